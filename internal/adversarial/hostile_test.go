package adversarial_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

// slot is a place a hostile string goes: a string parameter, or an
// argument of the constructor of a parameter.
type slot struct {
	param, arg int // arg is -1 for the parameter itself
	name       string
	marker     string // the valid value the baseline call sends
}

// plan is how to call one operation with valid arguments, and where the
// hostile values go.
type plan struct {
	op        operation
	variant   string          // the constructor used, if any
	base      []reflect.Value // args[0], the context, is set per call
	slots     []slot
	nils      []int         // parameters of union interface or func type
	ctorParam int           // the parameter built by ctor
	ctor      reflect.Value // invalid when no parameter is constructed
}

// newPlans returns the plans of op: one, or one per constructor of the
// constructed parameter it takes.
func newPlans(op operation) ([]plan, error) {
	ft := op.fn.Type()
	var ctors []any
	ctorParam := -1
	for j := 1; j < ft.NumIn(); j++ {
		if cs, ok := constructors[ft.In(j)]; ok {
			if ctorParam >= 0 {
				return nil, fmt.Errorf("%v: two constructed parameters", op)
			}
			ctors, ctorParam = cs, j
		}
	}
	if ctorParam < 0 {
		p, err := newPlan(op, -1, reflect.Value{})
		return []plan{p}, err
	}
	var out []plan
	for _, c := range ctors {
		p, err := newPlan(op, ctorParam, reflect.ValueOf(c))
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

func newPlan(op operation, ctorParam int, ctor reflect.Value) (plan, error) {
	p := plan{op: op, ctorParam: ctorParam, ctor: ctor}
	ft := op.fn.Type()
	p.base = make([]reflect.Value, ft.NumIn())
	for j := range ft.NumIn() {
		pt := ft.In(j)
		switch {
		case j == 0:
		case j == ctorParam:
			name := runtime.FuncForPC(ctor.Pointer()).Name()
			p.variant = name[strings.LastIndexByte(name, '.')+1:]
			for a := range ctor.Type().NumIn() {
				s := slot{param: j, arg: a, name: fmt.Sprintf("arg%d (%s argument %d)", j, p.variant, a), marker: fmt.Sprintf("adv%dz", len(p.slots))}
				p.slots = append(p.slots, s)
			}
		case pt.Kind() == reflect.String:
			s := slot{param: j, arg: -1, name: fmt.Sprintf("arg%d", j), marker: fmt.Sprintf("adv%dz", len(p.slots))}
			p.slots = append(p.slots, s)
			p.base[j] = reflect.ValueOf(s.marker).Convert(pt)
		case pt.Kind() == reflect.Interface:
			u, ok := unions[pt]
			if !ok || u.valid == "" {
				return p, fmt.Errorf("%v: union %v is not in the unions table: add it", op, pt)
			}
			v, err := decodeInto(pt, u.valid)
			if err != nil {
				return p, err
			}
			p.nils = append(p.nils, j)
			p.base[j] = v
		case pt.Kind() == reflect.Func:
			p.nils = append(p.nils, j)
			p.base[j] = reflect.MakeFunc(pt, func([]reflect.Value) []reflect.Value {
				out := make([]reflect.Value, pt.NumOut())
				for i := range out {
					out[i] = reflect.Zero(pt.Out(i))
				}
				return out
			})
		case isOptions(pt):
			p.base[j] = reflect.Zero(pt)
		case pt.Kind() == reflect.Map:
			p.base[j] = reflect.MakeMap(pt)
		case pt.Kind() == reflect.Struct:
			if _, ok := pt.FieldByName("Unknown"); !ok {
				return p, fmt.Errorf("%v: parameter %d of type %v is neither a model nor in the constructors table: add it", op, j, pt)
			}
			p.base[j] = reflect.New(pt).Elem()
			if body, ok := validBodies[pt]; ok {
				v, err := decodeInto(pt, body)
				if err != nil {
					return p, err
				}
				p.base[j] = v
			}
		default:
			return p, fmt.Errorf("%v: parameter %d of type %v has no valid value: teach newPlan", op, j, pt)
		}
	}
	return p, nil
}

// args returns the plan's valid arguments with ctx and, when s is not nil,
// value in s's place.
func (p plan) args(ctx context.Context, s *slot, value string) []reflect.Value {
	args := slices.Clone(p.base)
	args[0] = reflect.ValueOf(ctx)
	if s != nil && s.arg < 0 {
		args[s.param] = reflect.ValueOf(value).Convert(args[s.param].Type())
	}
	if p.ctor.IsValid() {
		var in []reflect.Value
		for i := range p.slots {
			if p.slots[i].param != p.ctorParam {
				continue
			}
			v := p.slots[i].marker
			if s != nil && s.param == p.ctorParam && s.arg == p.slots[i].arg {
				v = value
			}
			in = append(in, reflect.ValueOf(v))
		}
		args[p.ctorParam] = p.ctor.Call(in)[0]
	}
	return args
}

// hostileTally counts what the hostile-input test tried.
type hostileTally struct {
	operations, calls, rejected, sent atomic.Int64
	// unionsWithoutKinds counts union members of bodies for which no
	// concrete kind is known (not in unions, nil in the valid body).
	unionsWithoutKinds atomic.Int64
	kindless           sync.Map // union type name → true, for the log
}

// TestHostileInputs puts each hostile value in each string parameter (and
// each argument of a constructed parameter such as iotcentral.Target) of every operation of every client, and a
// nil or typed-nil value in each union parameter, with valid values
// everywhere else. Each call either fails validation (a *ValidationError
// matching the package's ErrInvalidInput) with nothing sent, or sends the
// baseline call's path with exactly the one segment replaced by the
// escaped value, and gets the 404 back as an *azcore.ResponseError.
func TestHostileInputs(t *testing.T) {
	transport := &notFoundTransport{}
	clients := allClients(t, transport)
	var tally hostileTally
	t.Run("packages", func(t *testing.T) {
		byPkg := map[string][]client{}
		for _, c := range clients {
			byPkg[c.pkg] = append(byPkg[c.pkg], c)
		}
		for pkg, cs := range byPkg {
			t.Run(pkg, func(t *testing.T) {
				t.Parallel()
				for _, c := range cs {
					for _, op := range operations(c) {
						plans, err := newPlans(op)
						if err != nil {
							t.Error(err)
							continue
						}
						tally.operations.Add(1)
						for _, p := range plans {
							t.Run(strings.TrimSuffix(c.name+"."+op.name+"/"+p.variant, "/"), func(t *testing.T) {
								p.run(t, &tally)
							})
						}
					}
				}
			})
		}
	})
	if n := transport.stray.Load(); n != 0 {
		t.Errorf("%d requests were sent outside any call's context", n)
	}
	if tally.operations.Load() < 200 {
		t.Errorf("covered %d operations; the four packages have more than 200", tally.operations.Load())
	}
	var kindless []string
	tally.kindless.Range(func(k, _ any) bool { kindless = append(kindless, k.(string)); return true })
	slices.Sort(kindless)
	t.Logf("body union members with no known kind (add their kinds to unions to cover them): %v", kindless)
	t.Logf("hostile inputs: %d operations of %d clients, %d calls: %d rejected before I/O, %d sent as one escaped segment or without the nil member; %d body union members with no known kind",
		tally.operations.Load(), len(clients), tally.calls.Load(), tally.rejected.Load(), tally.sent.Load(), tally.unionsWithoutKinds.Load())
}

func (p plan) run(t *testing.T, tally *hostileTally) {
	t.Helper()
	ctx, rec := withRecorder(context.Background())
	base := invoke(ctx, p.op.fn, p.args(ctx, nil, ""))
	filled := false
retry:
	for try := 0; try < 8 && base.panicked == "" && len(rec.requests()) == 0; try++ {
		var ve *pipeline.ValidationError
		switch {
		case errors.As(base.err, &ve) && ve.Field == "ClientOptions.APIVersion" && p.op.client.preview.IsValid():
			// An operation only a preview api-version has: call it there.
			p.op.fn = p.op.client.preview.MethodByName(p.op.name)
		case autofill(p.base, base.err):
			// A body validBodies does not hold: fill what the client
			// says is missing.
			filled = true
		default:
			break retry
		}
		ctx, rec = withRecorder(context.Background())
		base = invoke(ctx, p.op.fn, p.args(ctx, nil, ""))
	}
	if filled && len(rec.requests()) > 0 {
		t.Logf("the valid body was filled in from the validation errors: add one to validBodies")
	}
	if base.panicked != "" {
		t.Fatalf("valid call panicked: %s", base.panicked)
	}
	baseReqs := rec.requests()
	if len(baseReqs) == 0 {
		t.Fatalf("valid call sent nothing: %v", base.err)
	}
	checkNotFound(t, "valid call", base.err)
	for i := range p.slots {
		s := &p.slots[i]
		for _, h := range hostileStrings {
			ctx, rec := withRecorder(context.Background())
			got := invoke(ctx, p.op.fn, p.args(ctx, s, h.value))
			tally.calls.Add(1)
			what := fmt.Sprintf("%s = %s", s.name, h.name)
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
			checkNotFound(t, what, got.err)
			for _, problem := range segmentProblems(baseReqs[0], reqs[0], s.marker, h.value) {
				t.Errorf("%s: %s", what, problem)
			}
		}
	}
	p.runNestedNils(t, tally)
	p.runInvalidMembers(t, tally)
	for _, j := range p.nils {
		nils := []reflect.Value{reflect.Zero(p.base[j].Type())}
		for _, kind := range unions[p.base[j].Type()].kinds {
			nils = append(nils, reflect.Zero(reflect.TypeOf(kind)))
		}
		for _, n := range nils {
			ctx, rec := withRecorder(context.Background())
			args := p.args(ctx, nil, "")
			args[j] = reflect.New(p.base[j].Type()).Elem()
			args[j].Set(n)
			got := invoke(ctx, p.op.fn, args)
			tally.calls.Add(1)
			what := fmt.Sprintf("arg%d = (%v)(nil)", j, n.Type())
			if got.panicked != "" {
				t.Errorf("%s: panicked: %s", what, got.panicked)
				continue
			}
			if !rejectedBeforeIO(t, what, p.op.client.pkg, got.err, rec.requests()) {
				t.Errorf("%s: a nil body was sent (%d requests, error %v); want a *ValidationError before I/O", what, len(rec.requests()), got.err)
				continue
			}
			tally.rejected.Add(1)
		}
	}
}

// rejectedBeforeIO reports whether err is a validation error, and fails the
// test if a validation error came after a request was sent or is not a
// *ValidationError matching the package's ErrInvalidInput.
func rejectedBeforeIO(t *testing.T, what, pkg string, err error, reqs []seenRequest) bool {
	t.Helper()
	var ve *pipeline.ValidationError
	isVE := errors.As(err, &ve)
	isInvalid := errors.Is(err, errInvalidInput[pkg])
	if !isVE && !isInvalid {
		if len(reqs) == 0 {
			t.Errorf("%s: nothing sent, and the error is not a validation error: %v", what, err)
			return true
		}
		return false
	}
	if isVE != isInvalid {
		t.Errorf("%s: errors.As(*ValidationError) = %v but errors.Is(ErrInvalidInput) = %v: %v", what, isVE, isInvalid, err)
	}
	if len(reqs) != 0 {
		t.Errorf("%s: validation error after %d requests: %v", what, len(reqs), err)
	}
	return true
}

// checkNotFound fails the test unless err is the transport's 404, or nil
// for an operation whose spec lists 404 among its successes (the DPS
// resource provider's delete).
func checkNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var re *azcore.ResponseError
	if !errors.As(err, &re) {
		t.Errorf("%s: error %v (%T), want an *azcore.ResponseError", what, err, err)
		return
	}
	if re.StatusCode != http.StatusNotFound || re.ErrorCode == "" {
		t.Errorf("%s: ResponseError status %d code %q, want 404 with a code", what, re.StatusCode, re.ErrorCode)
	}
}

// segmentProblems lists how got differs from base with marker replaced by
// value: a different method or number of path segments, another segment
// or query parameter changed, the changed segment not unescaping to value,
// or sent as a segment a server resolves away ("", ".", "..").
func segmentProblems(base, got seenRequest, marker, value string) []string {
	var out []string
	fail := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if got.method != base.method {
		fail("method %s, want %s", got.method, base.method)
	}
	bs, gs := strings.Split(base.path, "/"), strings.Split(got.path, "/")
	if len(bs) != len(gs) {
		fail("path %q has %d segments, the template %q has %d", clip(got.path), len(gs), base.path, len(bs))
		return out
	}
	for i := range bs {
		want, err := url.PathUnescape(bs[i])
		if err != nil {
			fail("baseline segment %q: %v", bs[i], err)
			continue
		}
		want = strings.ReplaceAll(want, marker, value)
		have, err := url.PathUnescape(gs[i])
		if err != nil {
			fail("segment %d %q does not unescape: %v", i, clip(gs[i]), err)
			continue
		}
		if have != want {
			fail("segment %d is %q, want %q (path %q)", i, clip(have), clip(want), clip(got.path))
		}
		if gs[i] != bs[i] && (gs[i] == "" || gs[i] == "." || gs[i] == "..") {
			fail("segment %d sent as %q, which a server resolves away", i, gs[i])
		}
	}
	bq, err := url.ParseQuery(base.query)
	if err != nil {
		fail("baseline query %q: %v", base.query, err)
		return out
	}
	gq, err := url.ParseQuery(got.query)
	if err != nil {
		fail("query %q does not parse: %v", clip(got.query), err)
		return out
	}
	for k, vs := range bq {
		for i := range vs {
			vs[i] = strings.ReplaceAll(vs[i], marker, value)
		}
		if !slices.Equal(gq[k], vs) {
			fail("query %s = %q, want %q", k, gq[k], vs)
		}
	}
	for k := range gq {
		if _, ok := bq[k]; !ok {
			fail("query parameter %q was added", k)
		}
	}
	return out
}

// clip shortens s for a failure message.
func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// TestSegmentProblems checks the wire check itself: it passes the one
// correctly escaped segment and catches every way a value can reshape the
// request.
func TestSegmentProblems(t *testing.T) {
	t.Parallel()
	base := seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/adv1z", query: "api-version=1&filter=adv0z"}
	tests := []struct {
		name, marker, value string
		got                 seenRequest
		problems            int
	}{
		{"escaped slash", "adv1z", "a/b", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/a%2Fb", query: "api-version=1&filter=adv0z"}, 0},
		{"escaped in query too", "adv0z", "a&b", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/a&b/providers/P/things/adv1z", query: "api-version=1&filter=a%26b"}, 0},
		{"raw slash", "adv1z", "a/b", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/a/b", query: "api-version=1&filter=adv0z"}, 1},
		{"dot-dot", "adv1z", "..", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/..", query: "api-version=1&filter=adv0z"}, 1},
		{"empty", "adv1z", "", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/", query: "api-version=1&filter=adv0z"}, 1},
		{"another resource", "adv1z", "x", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/other/providers/P/things/x", query: "api-version=1&filter=adv0z"}, 1},
		{"wrong value", "adv1z", "x", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/y", query: "api-version=1&filter=adv0z"}, 1},
		{"query injected", "adv0z", "a&b=c", seenRequest{method: "GET", path: "/subscriptions/s/resourceGroups/a&b=c/providers/P/things/adv1z", query: "api-version=1&filter=a&b=c"}, 2},
		{"method", "adv1z", "x", seenRequest{method: "PUT", path: "/subscriptions/s/resourceGroups/adv0z/providers/P/things/x", query: "api-version=1&filter=adv0z"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := segmentProblems(base, tt.got, tt.marker, tt.value)
			if len(got) != tt.problems {
				t.Errorf("segmentProblems = %q, want %d problems", got, tt.problems)
			}
		})
	}
}
