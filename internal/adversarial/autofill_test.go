package adversarial_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/testkit"
)

// autofill fills, in a copy of the body parameters of args, every member a
// validation error of err names as missing ("param.member.member"), with a
// plain valid value of its type, so that an operation added after
// validBodies was written still reaches the wire. It reports whether it
// filled anything.
func autofill(args []reflect.Value, err error) bool {
	filled := false
	for _, ve := range testkit.ValidationErrors(err) {
		if !strings.HasSuffix(ve.Rule, "is required") {
			continue
		}
		names := strings.Split(ve.Field, ".")
		if len(names) < 2 {
			continue
		}
		for j := 1; j < len(args); j++ {
			v := args[j]
			if v.Kind() != reflect.Struct {
				continue
			}
			if _, ok := v.Type().FieldByName("Unknown"); !ok {
				continue
			}
			c := reflect.New(v.Type()).Elem()
			c.Set(v)
			if fillAt(c, names[1:]) {
				args[j] = c
				filled = true
			}
		}
	}
	return filled
}

// fillAt sets the member at the JSON path names of the struct v
// (addressable), allocating what leads to it.
func fillAt(v reflect.Value, names []string) bool {
	for i := range v.NumField() {
		f := v.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name != names[0] {
			continue
		}
		fv := v.Field(i)
		if len(names) == 1 {
			return fillValue(fv)
		}
		switch fv.Kind() {
		case reflect.Pointer:
			p := reflect.New(fv.Type().Elem())
			if !fv.IsNil() {
				p.Elem().Set(fv.Elem())
			}
			fv.Set(p)
			return fillAt(p.Elem(), names[1:])
		case reflect.Struct:
			return fillAt(fv, names[1:])
		case reflect.Interface:
			if fv.IsNil() || fv.Elem().Kind() != reflect.Pointer || fv.Elem().Elem().Kind() != reflect.Struct {
				return false
			}
			p := reflect.New(fv.Elem().Elem().Type())
			p.Elem().Set(fv.Elem().Elem())
			if !fillAt(p.Elem(), names[1:]) {
				return false
			}
			fv.Set(p)
			return true
		}
		return false
	}
	return false
}

// fillValue sets v to a plain valid value of its type.
func fillValue(v reflect.Value) bool {
	t := v.Type()
	switch {
	case t == reflect.TypeFor[json.RawMessage]():
		v.Set(reflect.ValueOf(json.RawMessage(`{}`)))
	case t.Kind() == reflect.Pointer:
		p := reflect.New(t.Elem())
		if t.Elem().Kind() != reflect.Struct && !fillValue(p.Elem()) {
			return false
		}
		v.Set(p)
	case t.Kind() == reflect.String:
		v.SetString("adversarial")
	case t.Kind() == reflect.Bool:
		v.SetBool(true)
	case v.CanInt():
		v.SetInt(1)
	case v.CanUint():
		v.SetUint(1)
	case v.CanFloat():
		v.SetFloat(1)
	case t.Kind() == reflect.Slice:
		s := reflect.MakeSlice(t, 1, 1)
		if t.Elem().Kind() != reflect.Struct && !fillValue(s.Index(0)) {
			return false
		}
		v.Set(s)
	case t.Kind() == reflect.Map:
		v.Set(reflect.MakeMap(t))
	case t.Kind() == reflect.Interface:
		u, ok := unions[t]
		if !ok || len(u.kinds) == 0 {
			return false
		}
		v.Set(reflect.New(reflect.TypeOf(u.kinds[0]).Elem()))
	default:
		return false
	}
	return true
}

// autofillModel is a body with required members at several depths, for
// TestAutofill.
type autofillModel struct {
	Name       *string `json:"name,omitempty"`
	Properties *struct {
		Tags  []string          `json:"tags,omitempty"`
		Count *int32            `json:"count,omitempty"`
		Data  json.RawMessage   `json:"data,omitempty"`
		Other map[string]string `json:"other,omitempty"`
	} `json:"properties,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

// TestAutofill checks that the members a validation error names as
// missing get a value, and that the body it copied is left alone.
func TestAutofill(t *testing.T) {
	t.Parallel()
	var v pipeline.Validator
	for _, f := range []string{"body.name", "body.properties.tags", "body.properties.count", "body.properties.data", "body.properties.other"} {
		v.Required(f, false)
	}
	v.Fail("body.name", "x", "must be short") // not a missing member: ignored
	body := autofillModel{}
	args := []reflect.Value{{}, reflect.ValueOf(body)}
	if !autofill(args, v.Err()) {
		t.Fatal("autofill filled nothing")
	}
	got := args[1].Interface().(autofillModel)
	if got.Name == nil || got.Properties == nil || len(got.Properties.Tags) != 1 || got.Properties.Count == nil ||
		string(got.Properties.Data) != "{}" || got.Properties.Other == nil {
		t.Errorf("autofill left members missing: %+v %+v", got, got.Properties)
	}
	if body.Name != nil || body.Properties != nil {
		t.Errorf("autofill changed the body it copied: %+v", body)
	}
	if autofill(args, errors.New("not a validation error")) {
		t.Error("autofill filled something for an error that names nothing")
	}
}
