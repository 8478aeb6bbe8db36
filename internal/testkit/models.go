package testkit

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/wire"
)

// CheckModels is the round-trip property every package's models keep. dir is
// the package's directory ("." from its own tests); samples holds a pointer
// to a zero value of every exported model of the package.
//
// It fails when an exported struct type declared in dir's non-test files has
// an Unknown field but is missing from samples, so that no model escapes the
// check. For each sample it fills every field at every level (pointers,
// nested models, slices, maps, times, enums, raw JSON, union interfaces with
// a concrete kind found among samples) plus an unknown member at each level,
// then checks that encode → decode gives back the same value and that a
// second encode is byte-identical to the first.
func CheckModels(t *testing.T, dir string, samples ...any) {
	t.Helper()
	declared := modelNames(t, dir)
	have := map[string]bool{}
	for _, s := range samples {
		rt := reflect.TypeOf(s)
		if rt.Kind() != reflect.Pointer || rt.Elem().Kind() != reflect.Struct {
			t.Fatalf("sample %T is not a pointer to a struct", s)
		}
		have[rt.Elem().Name()] = true
	}
	for _, name := range declared {
		if !have[name] {
			t.Errorf("model %s is not in the samples of CheckModels", name)
		}
	}
	f := filler{samples: samples}
	for _, s := range samples {
		rt := reflect.TypeOf(s).Elem()
		t.Run(rt.Name(), func(t *testing.T) {
			v := reflect.New(rt)
			f.fill(v.Elem(), 0)
			first, err := wire.Marshal(v.Interface())
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			back := reflect.New(rt)
			if err := wire.Unmarshal(first, back.Interface()); err != nil {
				t.Fatalf("decode %s: %v", first, err)
			}
			if diff := cmp.Diff(v.Interface(), back.Interface(), cmp.Exporter(func(reflect.Type) bool { return true })); diff != "" {
				t.Errorf("decode(encode(v)) differs (-filled +decoded):\n%s\nJSON: %s", diff, first)
			}
			second, err := wire.Marshal(back.Interface())
			if err != nil {
				t.Fatalf("second encode: %v", err)
			}
			if string(first) != string(second) {
				t.Errorf("second encode differs:\n first %s\nsecond %s", first, second)
			}
			// encoding/json goes through the model's MarshalJSON and
			// UnmarshalJSON, and must be just as lossless.
			if _, ok := v.Interface().(json.Marshaler); ok {
				viaJSON, err := json.Marshal(v.Interface())
				if err != nil {
					t.Fatalf("json.Marshal: %v", err)
				}
				if string(viaJSON) != string(first) {
					t.Errorf("json.Marshal differs from the codec:\n json %s\nwire %s", viaJSON, first)
				}
			}
		})
	}
}

// modelNames lists the exported struct types of dir's non-test files that
// have an Unknown field.
func modelNames(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, file, src, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || !ts.Name.IsExported() {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fl := range st.Fields.List {
				for _, id := range fl.Names {
					if id.Name == "Unknown" {
						names = append(names, ts.Name.Name)
					}
				}
			}
			return true
		})
	}
	slices.Sort(names)
	return names
}

// filler sets every field of a value to a distinct non-zero value.
type filler struct {
	samples []any
	n       int
}

// maxFillDepth stops recursive models (an error's details, say) from
// filling forever.
const maxFillDepth = 4

func (f *filler) next() int { f.n++; return f.n }

func (f *filler) fill(v reflect.Value, depth int) {
	t := v.Type()
	switch {
	case t == reflect.TypeFor[json.RawMessage]():
		v.SetBytes([]byte(fmt.Sprintf(`{"raw":[%d,"x",null]}`, f.next())))
		return
	case t == reflect.TypeFor[time.Time]():
		v.Set(reflect.ValueOf(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC).Add(time.Duration(f.next()) * time.Second)))
		return
	case t == reflect.TypeFor[json.Number]():
		v.SetString(fmt.Sprint(f.next()))
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if depth > maxFillDepth {
			return
		}
		p := reflect.New(t.Elem())
		f.fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		if depth > maxFillDepth {
			return
		}
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			if sf.Name == "Unknown" && sf.Type == reflect.TypeFor[map[string]json.RawMessage]() {
				v.Field(i).Set(reflect.ValueOf(map[string]json.RawMessage{
					fmt.Sprintf("zzUnknown%d", depth): json.RawMessage(fmt.Sprintf(`{"level":%d,"list":[true,{"n":%d}]}`, depth, f.next())),
				}))
				continue
			}
			if sf.Tag.Get("json") == "-" {
				continue
			}
			f.fill(v.Field(i), depth)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", f.next()))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.next() % 100))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(f.next() % 100))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.next()) + 0.5)
	case reflect.Slice:
		if depth > maxFillDepth {
			return
		}
		s := reflect.MakeSlice(t, 2, 2)
		for i := range 2 {
			f.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		if depth > maxFillDepth {
			return
		}
		m := reflect.MakeMap(t)
		for i := range 2 {
			e := reflect.New(t.Elem()).Elem()
			f.fill(e, depth+1)
			m.SetMapIndex(reflect.ValueOf(fmt.Sprintf("k%d", i)).Convert(t.Key()), e)
		}
		v.Set(m)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			v.Set(reflect.ValueOf(fmt.Sprintf("any%d", f.next())))
			return
		}
		if depth > maxFillDepth {
			return
		}
		for _, s := range f.samples {
			st := reflect.TypeOf(s)
			if st.Implements(t) && !strings.HasPrefix(st.Elem().Name(), "Unknown") {
				p := reflect.New(st.Elem())
				f.fill(p.Elem(), depth+1)
				// The discriminator holds the concrete type's kind, as decode sets it.
				if disc, kind, ok := wire.UnionKind(t, p); ok {
					for i := range st.Elem().NumField() {
						fv := p.Elem().Field(i)
						name, _, _ := strings.Cut(st.Elem().Field(i).Tag.Get("json"), ",")
						if name != disc || fv.Kind() != reflect.Pointer || fv.Type().Elem().Kind() != reflect.String {
							continue
						}
						k := reflect.New(fv.Type().Elem())
						k.Elem().SetString(kind)
						fv.Set(k)
					}
				}
				v.Set(p)
				return
			}
		}
	}
}
