package emulator

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/google/go-cmp/cmp"
)

func statuses(e *Emulator) []int {
	var out []int
	for _, r := range e.Requests() {
		out = append(out, r.Status)
	}
	return out
}

func TestFaultsRetriedByAzcore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		faults []Fault
		want   []int // statuses the emulator answered, in order (0: dropped)
	}{
		{"throttle twice", []Fault{{Kind: FaultThrottle, Times: 2, RetryAfter: time.Millisecond}}, []int{429, 429, 200}},
		{"503 then 500", []Fault{{Kind: FaultStatus, Status: 503}, {Kind: FaultStatus}}, []int{503, 500, 200}},
		{"connection reset", []Fault{{Kind: FaultReset}}, []int{0, 200}},
		{"other method unaffected", []Fault{{Kind: FaultStatus, Method: http.MethodPut}}, []int{200}},
		{"other path unaffected", []Fault{{Kind: FaultStatus, Path: "/gadgets/"}}, []int{200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, _ := widgetService(t, Options{})
			if _, _, err := e.Store().Put(widgets+"/w1", json.RawMessage(`{"name":"w1"}`), ""); err != nil {
				t.Fatal(err)
			}
			e.Faults().Add(tt.faults...)
			resp := send(t, testPipeline(t, e), http.MethodGet, base+widgets+"/w1", nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status = %d after retries", resp.StatusCode)
			}
			if d := cmp.Diff(tt.want, statuses(e)); d != "" {
				t.Errorf("answers (-want +got):\n%s", d)
			}
		})
	}
}

func TestThrottleHeadersAndBody(t *testing.T) {
	t.Parallel()
	e := New(Options{})
	e.Faults().Add(Fault{Kind: FaultThrottle, RetryAfter: 1500 * time.Millisecond, Code: "Slow", Message: "slow down"})
	req := httptest.NewRequest(http.MethodGet, "/anything", nil)
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	if rec.Code != 429 || rec.Header().Get("Retry-After") != "2" || rec.Header().Get("retry-after-ms") != "1500" || rec.Header().Get("x-ms-error-code") != "Slow" {
		t.Errorf("throttle answer: %d %v", rec.Code, rec.Header())
	}
	if got := rec.Body.String(); got != `{"error":{"code":"Slow","message":"slow down"}}` {
		t.Errorf("body = %s", got)
	}
}

func TestResetOverHTTP(t *testing.T) {
	t.Parallel()
	e := New(Options{})
	e.Handle("GET /ping", func(w http.ResponseWriter, r *http.Request) { WriteJSON(w, 200, json.RawMessage(`{}`)) })
	e.Faults().Add(Fault{Kind: FaultReset})
	srv := httptest.NewServer(e)
	defer srv.Close()
	if _, err := srv.Client().Get(srv.URL + "/ping"); err == nil {
		t.Fatal("the dropped connection reached the client as a response")
	}
	resp, err := srv.Client().Get(srv.URL + "/ping")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("after the fault: %v %v", resp, err)
	}
	resp.Body.Close()
}

func TestResetThroughTransporter(t *testing.T) {
	t.Parallel()
	e := New(Options{})
	e.Faults().Add(Fault{Kind: FaultReset})
	_, err := e.Do(httptest.NewRequest(http.MethodGet, "https://x.test/a?sig=secret", nil))
	if !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("error = %v, want ECONNRESET", err)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the query: %v", err)
	}
}

func TestDelayWaitsForTheClock(t *testing.T) {
	t.Parallel()
	e, _ := widgetService(t, Options{})
	if _, _, err := e.Store().Put(widgets+"/w1", json.RawMessage(`{"name":"w1"}`), ""); err != nil {
		t.Fatal(err)
	}
	e.Faults().Add(Fault{Kind: FaultDelay, Delay: time.Minute}, Fault{Kind: FaultStatus})
	pl := testPipeline(t, e)
	done := make(chan *http.Response)
	go func() { done <- send(t, pl, http.MethodGet, base+widgets+"/w1", nil) }()
	e.Clock().WaitForWaiters(1)
	select {
	case <-done:
		t.Fatal("the delayed request finished before the clock moved")
	default:
	}
	e.Clock().Advance(59 * time.Second)
	if e.Clock().Waiters() != 1 {
		t.Fatal("the request was released early")
	}
	e.Clock().Advance(time.Second)
	resp := <-done
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d", resp.StatusCode)
	}
	// A request takes at most one fault: the delayed request must not also
	// take the 500 queued behind the delay.
	if d := cmp.Diff([]int{200}, statuses(e)); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
	if e.Faults().Pending() != 1 {
		t.Errorf("pending faults = %d, want the 500 left", e.Faults().Pending())
	}
}

func TestDelayHonoursContext(t *testing.T) {
	t.Parallel()
	e := New(Options{})
	e.Faults().Add(Fault{Kind: FaultDelay, Delay: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	req, err := runtime.NewRequest(ctx, http.MethodGet, base+"/x")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		e.Clock().WaitForWaiters(1)
		cancel()
	}()
	_, err = testPipeline(t, e).Do(req)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	e := New(Options{RateLimit: 3})
	e.Handle("GET /ping", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	do := func() int {
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ping", nil))
		return rec.Code
	}
	var got []int
	for range 4 {
		got = append(got, do())
	}
	e.Clock().Advance(time.Second)
	got = append(got, do())
	if d := cmp.Diff([]int{204, 204, 204, 429, 204}, got); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
}

func TestUnknownRoute(t *testing.T) {
	t.Parallel()
	e := New(Options{ErrorBody: func(status int, code, message string) []byte {
		return []byte(`{"code":"` + code + `"}`)
	}})
	resp, err := e.Do(httptest.NewRequest(http.MethodGet, "https://x.test/nothing", nil))
	if err != nil {
		t.Fatal(err)
	}
	err = runtime.NewResponseError(resp)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != 404 || re.ErrorCode != "NotFound" {
		t.Errorf("unknown route: %v", err)
	}
}

func httptestRequest() *http.Request {
	return httptest.NewRequest(http.MethodPut, "https://x.test/a", nil)
}
