package adversarial_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
)

var (
	contextType = reflect.TypeFor[context.Context]()
	errorType   = reflect.TypeFor[error]()
)

// operation is one exported method of a client that talks to the service:
// its first parameter is a context.Context.
type operation struct {
	client client
	name   string
	fn     reflect.Value // bound to the client
}

func (op operation) String() string { return op.client.pkg + "." + op.client.name + "." + op.name }

// operations lists the methods of c that take a context first.
func operations(c client) []operation {
	var out []operation
	t := c.v.Type()
	for i := range t.NumMethod() {
		m := t.Method(i)
		fn := c.v.Method(i)
		if fn.Type().NumIn() == 0 || fn.Type().In(0) != contextType {
			continue
		}
		out = append(out, operation{client: c, name: m.Name, fn: fn})
	}
	return out
}

// outcome is what one call of an operation did.
type outcome struct {
	err      error
	panicked string // the panic value and stack, when it panicked
}

// invoke calls fn with args and takes the call as far as its first answer:
// the error of a plain call or of Begin, a pager's first NextPage, an
// iterator's first item, a poller's first Poll.
func invoke(ctx context.Context, fn reflect.Value, args []reflect.Value) (out outcome) {
	defer func() {
		if r := recover(); r != nil {
			out.panicked = fmt.Sprintf("%v\n%s", r, debug.Stack())
		}
	}()
	return outcome{err: firstAnswer(ctx, fn.Call(args))}
}

// firstAnswer drives what a method returned until its first answer.
func firstAnswer(ctx context.Context, results []reflect.Value) error {
	if n := len(results); n > 0 && results[n-1].Type() == errorType && !results[n-1].IsNil() {
		return results[n-1].Interface().(error)
	}
	for _, r := range results {
		if r.Type() == errorType {
			continue
		}
		if next := r.MethodByName("NextPage"); next.IsValid() {
			if r.IsNil() {
				return errors.New("nil pager")
			}
			return errorOf(next.Call([]reflect.Value{reflect.ValueOf(ctx)}))
		}
		if poll := r.MethodByName("Poll"); poll.IsValid() {
			if r.IsNil() {
				return errors.New("nil poller")
			}
			return errorOf(poll.Call([]reflect.Value{reflect.ValueOf(ctx)}))
		}
		if isSeq2(r.Type()) {
			if r.IsNil() {
				return errors.New("nil iterator")
			}
			var got error
			items := 0
			yield := reflect.MakeFunc(r.Type().In(0), func(args []reflect.Value) []reflect.Value {
				items++
				if e := args[1]; !e.IsNil() {
					got = e.Interface().(error)
				}
				return []reflect.Value{reflect.ValueOf(false)}
			})
			r.Call([]reflect.Value{yield})
			if items == 0 {
				return errors.New("iterator yielded nothing")
			}
			return got
		}
	}
	return nil
}

// errorOf returns the error among results, if any.
func errorOf(results []reflect.Value) error {
	for _, r := range results {
		if r.Type() == errorType && !r.IsNil() {
			return r.Interface().(error)
		}
	}
	return nil
}

// isSeq2 reports whether t is an iter.Seq2[K, error].
func isSeq2(t reflect.Type) bool {
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	return y.Kind() == reflect.Func && y.NumIn() == 2 && y.In(1) == errorType &&
		y.NumOut() == 1 && y.Out(0).Kind() == reflect.Bool
}

// isOptions reports whether t is a *<Client><Method>Options.
func isOptions(t reflect.Type) bool {
	return t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && strings.HasSuffix(t.Elem().Name(), "Options")
}
