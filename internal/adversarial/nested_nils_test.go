package adversarial_test

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// unionStep is one step from a body model to a union member inside it:
// a struct field, followed through a pointer or into a slice's first
// element.
type unionStep struct {
	field int
	name  string // the field's JSON name
}

// unionPath is where a union member sits in a body model.
type unionPath struct {
	steps []unionStep
	iface reflect.Type
	slice bool // the member is a []<union>, whose first element is set
}

func (u unionPath) String() string {
	var names []string
	for _, s := range u.steps {
		names = append(names, s.name)
	}
	return strings.Join(names, ".")
}

// unionPaths finds every union member of model type t, three structs deep.
func unionPaths(t reflect.Type, prefix []unionStep, depth int) []unionPath {
	return memberPaths(t, prefix, depth, func(ft reflect.Type) bool { return ft.Kind() == reflect.Interface })
}

// memberPaths finds every member of model type t (three structs deep)
// whose type, or the element type of whose slice, is one match accepts.
func memberPaths(t reflect.Type, prefix []unionStep, depth int, match func(reflect.Type) bool) []unionPath {
	if depth > 3 || t.Kind() != reflect.Struct {
		return nil
	}
	var out []unionPath
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		steps := append(append([]unionStep(nil), prefix...), unionStep{field: i, name: name})
		ft := f.Type
		switch {
		case match(ft):
			out = append(out, unionPath{steps: steps, iface: ft})
		case ft.Kind() == reflect.Slice && match(ft.Elem()):
			out = append(out, unionPath{steps: steps, iface: ft.Elem(), slice: true})
		case ft.Kind() == reflect.Pointer:
			out = append(out, memberPaths(ft.Elem(), steps, depth+1, match)...)
		case ft.Kind() == reflect.Struct:
			out = append(out, memberPaths(ft, steps, depth+1, match)...)
		case ft.Kind() == reflect.Slice && (ft.Elem().Kind() == reflect.Struct || ft.Elem().Kind() == reflect.Pointer && ft.Elem().Elem().Kind() == reflect.Struct):
			elem := ft.Elem()
			if elem.Kind() == reflect.Pointer {
				elem = elem.Elem()
			}
			out = append(out, memberPaths(elem, steps, depth+1, match)...)
		}
	}
	return out
}

// withUnion returns a copy of body with the member at path set to v; the
// copy shares nothing it changes with body.
func withUnion(body reflect.Value, path unionPath, v reflect.Value) reflect.Value {
	c := reflect.New(body.Type()).Elem()
	c.Set(body)
	at := c
	for i, step := range path.steps {
		f := at.Field(step.field)
		if i == len(path.steps)-1 {
			if path.slice {
				s := reflect.MakeSlice(f.Type(), 1, 1)
				s.Index(0).Set(v)
				f.Set(s)
			} else {
				f.Set(v)
			}
			break
		}
		switch f.Kind() {
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			if !f.IsNil() {
				p.Elem().Set(f.Elem())
			}
			f.Set(p)
			at = p.Elem()
		case reflect.Struct:
			at = f
		case reflect.Slice:
			s := reflect.MakeSlice(f.Type(), 1, 1)
			if f.Len() > 0 {
				s.Index(0).Set(f.Index(0))
			}
			e := s.Index(0)
			if e.Kind() == reflect.Pointer {
				p := reflect.New(e.Type().Elem())
				if !e.IsNil() {
					p.Elem().Set(e.Elem())
				}
				e.Set(p)
				e = p.Elem()
			}
			f.Set(s)
			at = e
		}
	}
	return c
}

// unionAt returns the member at path in body, if every step is there.
func unionAt(body reflect.Value, path unionPath) reflect.Value {
	at := body
	for i, step := range path.steps {
		f := at.Field(step.field)
		if i == len(path.steps)-1 {
			if path.slice {
				if f.Len() == 0 {
					return reflect.Value{}
				}
				return f.Index(0)
			}
			return f
		}
		for f.Kind() == reflect.Pointer || f.Kind() == reflect.Slice {
			if f.Kind() == reflect.Pointer {
				if f.IsNil() {
					return reflect.Value{}
				}
				f = f.Elem()
				continue
			}
			if f.Len() == 0 {
				return reflect.Value{}
			}
			f = f.Index(0)
		}
		at = f
	}
	return reflect.Value{}
}

// runNestedNils puts a typed nil of each known kind in every union member
// of every body model the operation takes (three structs deep). Each call
// either fails validation before I/O or sends a body in which the member
// is absent, never null: a typed nil is a missing value.
func (p plan) runNestedNils(t *testing.T, tally *hostileTally) {
	t.Helper()
	for j := 1; j < len(p.base); j++ {
		body := p.base[j]
		if body.Kind() != reflect.Struct || j == p.ctorParam {
			continue
		}
		if _, ok := body.Type().FieldByName("Unknown"); !ok {
			continue
		}
		for _, path := range unionPaths(body.Type(), nil, 0) {
			kinds := map[reflect.Type]bool{}
			for _, k := range unions[path.iface].kinds {
				kinds[reflect.TypeOf(k)] = true
			}
			if cur := unionAt(body, path); cur.IsValid() && !cur.IsNil() {
				kinds[cur.Elem().Type()] = true
			}
			if len(kinds) == 0 {
				tally.unionsWithoutKinds.Add(1)
				tally.kindless.Store(path.iface.String(), true)
				continue
			}
			for kind := range kinds {
				if kind.Kind() != reflect.Pointer {
					continue
				}
				nilKind := reflect.New(path.iface).Elem()
				nilKind.Set(reflect.Zero(kind))
				ctx, rec := withRecorder(context.Background())
				args := p.args(ctx, nil, "")
				args[j] = withUnion(body, path, nilKind)
				got := invoke(ctx, p.op.fn, args)
				tally.calls.Add(1)
				what := fmt.Sprintf("arg%d.%s = (%v)(nil)", j, path, kind)
				if got.panicked != "" {
					t.Errorf("%s: panicked: %s", what, got.panicked)
					continue
				}
				reqs := rec.requests()
				if rejectedBeforeIO(t, what, p.op.client.pkg, got.err, reqs) {
					tally.rejected.Add(1)
					continue
				}
				tally.sent.Add(1)
				if null := sentNull(reqs[0].body, path.steps[len(path.steps)-1].name); null != "" {
					t.Errorf("%s: the body sends %s: %s", what, null, clip(string(reqs[0].body)))
				}
			}
		}
	}
}

// sentNull returns the null the body sends for member name (as a member or
// as the first element of an array member), or "".
func sentNull(body []byte, name string) string {
	for _, null := range []string{`"` + name + `":null`, `"` + name + `":[null`} {
		if bytes.Contains(body, []byte(null)) {
			return null
		}
	}
	return ""
}

// nestedUnion is a model with unions at several depths, for
// TestUnionPaths.
type nestedUnion struct {
	Top        fmt.Stringer   `json:"top,omitempty"`
	List       []fmt.Stringer `json:"list,omitempty"`
	Properties *struct {
		Inner fmt.Stringer `json:"inner,omitempty"`
		Items []struct {
			Deep fmt.Stringer `json:"deep,omitempty"`
		} `json:"items,omitempty"`
	} `json:"properties,omitempty"`
	Unknown map[string]any `json:"-"`
}

// TestUnionPaths checks the walk that finds union members in bodies, the
// copy that sets one, and the null check.
func TestUnionPaths(t *testing.T) {
	t.Parallel()
	var got []string
	for _, p := range unionPaths(reflect.TypeFor[nestedUnion](), nil, 0) {
		got = append(got, p.String())
	}
	if want := []string{"top", "list", "properties.inner", "properties.items.deep"}; !reflect.DeepEqual(got, want) {
		t.Errorf("unionPaths = %q, want %q", got, want)
	}
	base := reflect.ValueOf(nestedUnion{})
	typedNil := reflect.New(reflect.TypeFor[fmt.Stringer]()).Elem()
	typedNil.Set(reflect.ValueOf((*strings.Builder)(nil)))
	for _, p := range unionPaths(base.Type(), nil, 0) {
		set := withUnion(base, p, typedNil)
		at := unionAt(set, p)
		if !at.IsValid() || at.IsNil() || at.Elem().Type() != reflect.TypeFor[*strings.Builder]() {
			t.Errorf("%s: withUnion did not set the typed nil (%v)", p, at)
		}
		if base.Interface().(nestedUnion).Properties != nil {
			t.Errorf("%s: withUnion changed the body it copied", p)
		}
	}
	tests := []struct {
		body, name, want string
	}{
		{`{"a":1,"top":null}`, "top", `"top":null`},
		{`{"list":[null]}`, "list", `"list":[null`},
		{`{"top":{"x":1}}`, "top", ""},
		{`{"other":null}`, "top", ""},
	}
	for _, tt := range tests {
		if got := sentNull([]byte(tt.body), tt.name); got != tt.want {
			t.Errorf("sentNull(%s, %s) = %q, want %q", tt.body, tt.name, got, tt.want)
		}
	}
}
