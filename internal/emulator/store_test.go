package emulator

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestStore(t *testing.T) {
	t.Parallel()
	clock := NewClock(DefaultStart)
	s := newStore(clock)
	rec, created, err := s.Put("/Subs/A/things/One", json.RawMessage(`{"v":1}`), "")
	if err != nil || !created {
		t.Fatalf("first put: %v %v", created, err)
	}
	clock.Advance(time.Minute)

	tests := []struct {
		name    string
		ifMatch string
		wantErr error
	}{
		{"stale etag", `"nope"`, ErrPreconditionFailed},
		{"weak form of the current etag", "W/" + rec.ETag, nil},
		{"star on an existing key", "*", nil},
	}
	for _, tt := range tests {
		_, created, err := s.Put("/subs/a/THINGS/one", json.RawMessage(`{"v":2}`), tt.ifMatch)
		if !errors.Is(err, tt.wantErr) || (err == nil && created) {
			t.Errorf("%s: created %v, err %v", tt.name, created, err)
		}
		if err == nil {
			rec2, _ := s.Get("/subs/a/things/one")
			if rec2.ETag == rec.ETag || rec2.Key != "/Subs/A/things/One" || !rec2.Created.Equal(DefaultStart) || !rec2.Modified.Equal(DefaultStart.Add(time.Minute)) {
				t.Errorf("%s: record after put = %+v", tt.name, rec2)
			}
			rec = rec2
		}
	}
	if _, _, err := s.Put("/subs/a/things/two", json.RawMessage(`{}`), "*"); !errors.Is(err, ErrPreconditionFailed) {
		t.Errorf("If-Match * on a new key: %v", err)
	}
	if _, err := s.Update("/subs/a/things/missing", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of a missing key: %v", err)
	}
	boom := errors.New("boom")
	if _, err := s.Update("/subs/a/things/one", func(json.RawMessage) (json.RawMessage, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("update error: %v", err)
	}
	for _, k := range []string{"/subs/a/things/b", "/subs/a/things/a", "/subs/a/things/a/parts/x", "/subs/a/other/c"} {
		if _, _, err := s.Put(k, json.RawMessage(`{}`), ""); err != nil {
			t.Fatal(err)
		}
	}
	var keys []string
	for _, r := range s.List("/SUBS/a/things") {
		keys = append(keys, r.Key)
	}
	if d := cmp.Diff([]string{"/subs/a/things/a", "/subs/a/things/b", "/Subs/A/things/One"}, keys); d != "" {
		t.Errorf("children (-want +got):\n%s", d)
	}
	if _, err := s.Delete("/subs/a/things/one", `"stale"`); !errors.Is(err, ErrPreconditionFailed) {
		t.Errorf("delete with a stale etag: %v", err)
	}
	if _, err := s.Delete("/subs/a/things/one", ""); err != nil {
		t.Errorf("delete: %v", err)
	}
	if _, err := s.Delete("/subs/a/things/one", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	if s.Len() != 4 {
		t.Errorf("Len = %d", s.Len())
	}
}

func TestMergePatch(t *testing.T) {
	t.Parallel()
	tests := []struct{ target, patch, want string }{
		{`{"a":"b"}`, `{"a":"c"}`, `{"a":"c"}`},
		{`{"a":"b"}`, `{"b":"c"}`, `{"a":"b","b":"c"}`},
		{`{"a":"b"}`, `{"a":null}`, `{}`},
		{`{"a":"b","b":"c"}`, `{"a":null}`, `{"b":"c"}`},
		{`{"a":["b"]}`, `{"a":"c"}`, `{"a":"c"}`},
		{`{"a":"c"}`, `{"a":["b"]}`, `{"a":["b"]}`},
		{`{"a":{"b":"c"}}`, `{"a":{"b":"d","c":null}}`, `{"a":{"b":"d"}}`},
		{`{"a":[{"b":"c"}]}`, `{"a":[1]}`, `{"a":[1]}`},
		{`["a","b"]`, `["c","d"]`, `["c","d"]`},
		{`{"a":"b"}`, `["c"]`, `["c"]`},
		{`{"e":null}`, `{"a":1}`, `{"a":1,"e":null}`},
		{`[1,2]`, `{"a":"b","c":null}`, `{"a":"b"}`},
		{`{}`, `{"a":{"bb":{"ccc":null}}}`, `{"a":{"bb":{}}}`},
	}
	for _, tt := range tests {
		got, err := MergePatch(json.RawMessage(tt.target), json.RawMessage(tt.patch))
		if err != nil {
			t.Errorf("MergePatch(%s, %s): %v", tt.target, tt.patch, err)
			continue
		}
		if !jsonEqual(t, string(got), tt.want) {
			t.Errorf("MergePatch(%s, %s) = %s, want %s", tt.target, tt.patch, got, tt.want)
		}
	}
	if _, err := MergePatch(json.RawMessage(`{}`), json.RawMessage(`{"a":`)); err == nil {
		t.Error("a truncated patch was accepted")
	}
}

func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal([]byte(a), &x); err != nil {
		t.Fatalf("%s: %v", a, err)
	}
	if err := json.Unmarshal([]byte(b), &y); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return cmp.Equal(x, y)
}

func TestGetSetDelete(t *testing.T) {
	t.Parallel()
	body := json.RawMessage(`{"name":"x","properties":{"keep":[1,2],"state":"A"},"extra":{"z":true}}`)
	body = Set(body, "B", "properties", "state")
	body = Set(body, map[string]int{"n": 1}, "properties", "new", "deep")
	if got := GetString(body, "properties", "state"); got != "B" {
		t.Errorf("state = %q", got)
	}
	want := `{"name":"x","properties":{"keep":[1,2],"state":"B","new":{"deep":{"n":1}}},"extra":{"z":true}}`
	if !jsonEqual(t, string(body), want) {
		t.Errorf("after Set: %s", body)
	}
	body = Delete(body, "properties", "new")
	if Get(body, "properties", "new") != nil || Get(body, "missing", "x") != nil || Get(json.RawMessage(`[1]`), "a") != nil {
		t.Errorf("Get after Delete: %s", body)
	}
	if got := string(Set(json.RawMessage(`"not an object"`), 1, "a")); got != `{"a":1}` {
		t.Errorf("Set on a non-object = %s", got)
	}
}

func TestClockAfter(t *testing.T) {
	t.Parallel()
	c := NewClock(DefaultStart)
	now := c.After(0)
	late, early := c.After(2*time.Second), c.After(time.Second)
	select {
	case <-now:
	default:
		t.Fatal("After(0) did not fire at once")
	}
	c.Advance(time.Second)
	select {
	case got := <-early:
		if !got.Equal(DefaultStart.Add(time.Second)) {
			t.Errorf("fired at %v", got)
		}
	default:
		t.Fatal("After(1s) did not fire after 1s")
	}
	select {
	case <-late:
		t.Fatal("After(2s) fired after 1s")
	default:
	}
	c.Advance(time.Second)
	<-late
	if c.Waiters() != 0 {
		t.Errorf("waiters = %d", c.Waiters())
	}
}

func TestPollResource(t *testing.T) {
	t.Parallel()
	e := New(Options{Polls: 2})
	var seen []string
	var completed int
	op := e.StartOperation(httptestRequest(), OperationSpec{
		ResourceKey: "/hubs/h/profiles/P",
		States:      []string{"Provisioning"},
		OnPoll:      func(s string) { seen = append(seen, s) },
		Complete:    func() (json.RawMessage, *OperationError) { completed++; return nil, nil },
	})
	if op.Status() != "Provisioning" || op.Done() {
		t.Fatalf("new op status %q", op.Status())
	}
	for range 4 {
		e.PollResource("/HUBS/h/profiles/p")
	}
	if got, _ := e.PollResource("/hubs/h/profiles/p"); got != nil {
		t.Error("the finished operation is still attached")
	}
	if d := cmp.Diff([]string{"Provisioning", "Provisioning", StatusSucceeded}, seen); d != "" || completed != 1 {
		t.Errorf("statuses (-want +got):\n%s; completed %d times", d, completed)
	}
	op2 := e.StartOperation(httptestRequest(), OperationSpec{Complete: func() (json.RawMessage, *OperationError) {
		return nil, &OperationError{Code: "HumanIntervention", Message: "needs a person"}
	}, Polls: -1})
	if s, done := op2.Poll(); s != StatusFailed || !done || op2.Error().Status != 400 {
		t.Errorf("failing op: %s %v %+v", s, done, op2.Error())
	}
	op3 := e.StartOperation(httptestRequest(), OperationSpec{})
	op3.Cancel()
	if s, done := op3.Poll(); s != StatusCanceled || !done {
		t.Errorf("canceled op: %s %v", s, done)
	}
}
