package adversarial_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"testing"
)

// invalidValue is a value JSON cannot carry, for members of one type.
type invalidValue struct {
	name  string
	value func(t reflect.Type) reflect.Value // a value of type t
}

func floatValue(f float64) func(reflect.Type) reflect.Value {
	return func(t reflect.Type) reflect.Value {
		if t.Kind() == reflect.Pointer {
			p := reflect.New(t.Elem())
			p.Elem().SetFloat(f)
			return p
		}
		return reflect.ValueOf(f).Convert(t)
	}
}

func rawValue(s string) func(reflect.Type) reflect.Value {
	return func(t reflect.Type) reflect.Value { return reflect.ValueOf(json.RawMessage(s)).Convert(t) }
}

func isFloat(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Float64 || t.Kind() == reflect.Float32
}

func isRaw(t reflect.Type) bool { return t == reflect.TypeFor[json.RawMessage]() }

// invalidMembers are, per kind of member, the values no JSON document can
// hold: the client must refuse them as a *ValidationError naming the
// member, never send a broken body or fail with an untyped error.
var invalidMembers = []struct {
	match  func(reflect.Type) bool
	values []invalidValue
}{
	{isFloat, []invalidValue{{"NaN", floatValue(math.NaN())}, {"+Inf", floatValue(math.Inf(1))}, {"-Inf", floatValue(math.Inf(-1))}}},
	{isRaw, []invalidValue{{"truncated raw JSON", rawValue(`{"a":`)}, {"raw JSON with trailing data", rawValue(`{} {}`)}, {"raw non-JSON", rawValue(`NaN`)}}},
}

// runInvalidMembers puts each invalid value in every float and raw JSON
// member of every body model the operation takes (three structs deep):
// each call is a *ValidationError before any I/O.
func (p plan) runInvalidMembers(t *testing.T, tally *hostileTally) {
	t.Helper()
	for j := 1; j < len(p.base); j++ {
		body := p.base[j]
		if body.Kind() != reflect.Struct || j == p.ctorParam {
			continue
		}
		if _, ok := body.Type().FieldByName("Unknown"); !ok {
			continue
		}
		for _, m := range invalidMembers {
			for _, path := range memberPaths(body.Type(), nil, 0, m.match) {
				for _, v := range m.values {
					ctx, rec := withRecorder(context.Background())
					args := p.args(ctx, nil, "")
					args[j] = withUnion(body, path, v.value(path.iface))
					got := invoke(ctx, p.op.fn, args)
					tally.calls.Add(1)
					what := fmt.Sprintf("arg%d.%s = %s", j, path, v.name)
					if got.panicked != "" {
						t.Errorf("%s: panicked: %s", what, got.panicked)
						continue
					}
					reqs := rec.requests()
					if !rejectedBeforeIO(t, what, p.op.client.pkg, got.err, reqs) {
						t.Errorf("%s: sent (%d requests, error %v); want a *ValidationError before I/O", what, len(reqs), clipErr(got.err))
						continue
					}
					tally.rejected.Add(1)
				}
			}
		}
	}
}
