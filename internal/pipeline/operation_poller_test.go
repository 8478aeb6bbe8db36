package pipeline

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/google/go-cmp/cmp"
)

const (
	resURL    = "https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/P/things/t1"
	statusURL = "https://management.azure.com/subscriptions/s/providers/P/locations/l/operationStatuses/op1"
	resultURL = "https://management.azure.com/subscriptions/s/providers/P/locations/l/operationResults/op1"
)

// wireStep is one scripted answer: the request it expects and what it
// answers.
type wireStep struct {
	method, url string
	status      int
	body        string
	header      []string
}

type opThing struct {
	Name       *string `json:"name,omitempty"`
	Properties *struct {
		ProvisioningState *string `json:"provisioningState,omitempty"`
	} `json:"properties,omitempty"`
}

// scriptedARM returns a client whose transport answers steps in order and
// fails the test on any other request.
func scriptedARM(t *testing.T, steps ...wireStep) (*Client, *[]string) {
	t.Helper()
	var seen []string
	rec := &recorder{answer: func(req *http.Request) *http.Response {
		i := len(seen)
		seen = append(seen, req.Method+" "+strings.SplitN(req.URL.String(), "?", 2)[0])
		if i >= len(steps) {
			t.Errorf("unexpected request %d: %s %s", i, req.Method, req.URL)
			return jsonResponse(500, `{}`)
		}
		s := steps[i]
		if got := strings.SplitN(req.URL.String(), "?", 2)[0]; req.Method != s.method || got != s.url {
			t.Errorf("request %d = %s %s, want %s %s", i, req.Method, got, s.method, s.url)
		}
		resp := jsonResponse(s.status, s.body)
		for j := 0; j+1 < len(s.header); j += 2 {
			resp.Header.Set(s.header[j], s.header[j+1])
		}
		return resp
	}}
	c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	return c, &seen
}

func startOperation(t *testing.T, c *Client, method string, via runtime.FinalStateVia) (*runtime.Poller[opThing], error) {
	t.Helper()
	req, err := runtime.NewRequest(context.Background(), method, resURL)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Send(req, http.StatusOK, http.StatusCreated, http.StatusAccepted, http.StatusNoContent)
	if err != nil {
		t.Fatal(err)
	}
	return NewPoller[opThing](c, resp, via, nil)
}

var fast = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func TestOperationPollerFlows(t *testing.T) {
	t.Parallel()
	async := []string{"Azure-AsyncOperation", statusURL, "Retry-After", "0"}
	tests := []struct {
		name     string
		method   string
		via      runtime.FinalStateVia
		steps    []wireStep
		want     *string // the result's name; nil for no body
		wantCode string  // the error's code, when the operation fails
	}{
		{"PUT 201 + Azure-AsyncOperation, polls, final GET", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{"name":"t1","properties":{"provisioningState":"Accepted"}}`, async},
			{http.MethodGet, statusURL, 200, `{"status":"InProgress"}`, nil},
			{http.MethodGet, statusURL, 200, `{"status":"Succeeded"}`, nil},
			{http.MethodGet, resURL, 200, `{"name":"final","properties":{"provisioningState":"Succeeded"}}`, nil},
		}, to("final"), ""},
		{"PUT 200 already succeeded", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 200, `{"name":"done","properties":{"provisioningState":"Succeeded"}}`, nil},
		}, to("done"), ""},
		{"PUT 201 without header polls the resource", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{"name":"t1","properties":{"provisioningState":"Creating"}}`, nil},
			{http.MethodGet, resURL, 200, `{"name":"t1","properties":{"provisioningState":"Updating"}}`, nil},
			{http.MethodGet, resURL, 200, `{"name":"body","properties":{"provisioningState":"Succeeded"}}`, nil},
		}, to("body"), ""},
		{"operation fails with the status document's error", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{}`, async},
			{http.MethodGet, statusURL, 200, `{"status":"Failed","error":{"code":"QuotaExceeded","message":"no room"}}`, nil},
		}, nil, "QuotaExceeded"},
		{"canceled is a failure", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{}`, async},
			{http.MethodGet, statusURL, 200, `{"status":"Canceled","error":{"code":"Canceled","message":"stopped"}}`, nil},
		}, nil, "Canceled"},
		{"status poll answered with an error", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{}`, async},
			{http.MethodGet, statusURL, 404, `{"error":{"code":"NotFound","message":"gone"}}`, nil},
		}, nil, "NotFound"},
		{"final GET fails", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, []wireStep{
			{http.MethodPut, resURL, 201, `{}`, async},
			{http.MethodGet, statusURL, 200, `{"status":"Succeeded"}`, nil},
			{http.MethodGet, resURL, 500, `{"error":{"code":"InternalError","message":"oops"}}`, nil},
		}, nil, "InternalError"},
		{"DELETE 202 + Location until 204", http.MethodDelete, runtime.FinalStateViaLocation, []wireStep{
			{http.MethodDelete, resURL, 202, ``, []string{"Location", resultURL}},
			{http.MethodGet, resultURL, 202, ``, []string{"Location", resultURL + "2"}},
			{http.MethodGet, resultURL + "2", 204, ``, nil},
		}, nil, ""},
		{"DELETE 202 + Azure-AsyncOperation, no final GET", http.MethodDelete, runtime.FinalStateViaLocation, []wireStep{
			{http.MethodDelete, resURL, 202, ``, append([]string{"Location", resultURL}, async...)},
			{http.MethodGet, statusURL, 200, `{"status":"Succeeded"}`, nil},
		}, nil, ""},
		{"DELETE 204 at once", http.MethodDelete, runtime.FinalStateViaLocation, []wireStep{
			{http.MethodDelete, resURL, 204, ``, nil},
		}, nil, ""},
		{"Location poll that fails", http.MethodDelete, runtime.FinalStateViaLocation, []wireStep{
			{http.MethodDelete, resURL, 202, ``, []string{"Location", resultURL}},
			{http.MethodGet, resultURL, 409, `{"error":{"code":"Conflict","message":"busy"}}`, nil},
		}, nil, "Conflict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, seen := scriptedARM(t, tt.steps...)
			poller, err := startOperation(t, c, tt.method, tt.via)
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), fast)
			if tt.wantCode != "" {
				var re *azcore.ResponseError
				if !errors.As(err, &re) || re.ErrorCode != tt.wantCode {
					t.Fatalf("err = %v, want a ResponseError with code %s", err, tt.wantCode)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Name); tt.wantCode == "" && diff != "" {
				t.Errorf("result name (-want +got):\n%s", diff)
			}
			if len(*seen) != len(tt.steps) {
				t.Errorf("sent %d requests, want %d: %v", len(*seen), len(tt.steps), *seen)
			}
		})
	}
}

func to(s string) *string { return &s }

func TestOperationPollerResumes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		token func(t *testing.T) string
	}{
		{"a token of ours", func(t *testing.T) string {
			c, _ := scriptedARM(t, wireStep{http.MethodPut, resURL, 201, `{}`, []string{"Azure-AsyncOperation", statusURL}})
			p, err := startOperation(t, c, http.MethodPut, runtime.FinalStateViaAzureAsyncOp)
			if err != nil {
				t.Fatal(err)
			}
			tok, err := p.ResumeToken()
			if err != nil {
				t.Fatal(err)
			}
			return tok
		}},
		{"a token of azcore's own handler", func(t *testing.T) string {
			c, _ := scriptedARM(t, wireStep{http.MethodPut, resURL, 201, `{}`, []string{"Azure-AsyncOperation", statusURL}})
			req, _ := runtime.NewRequest(context.Background(), http.MethodPut, resURL)
			resp, err := c.Send(req, http.StatusCreated)
			if err != nil {
				t.Fatal(err)
			}
			p, err := runtime.NewPoller[opThing](resp, c.pl, &runtime.NewPollerOptions[opThing]{FinalStateVia: runtime.FinalStateViaAzureAsyncOp})
			if err != nil {
				t.Fatal(err)
			}
			tok, err := p.ResumeToken()
			if err != nil {
				t.Fatal(err)
			}
			return tok
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			token := tt.token(t)
			c, seen := scriptedARM(t,
				wireStep{http.MethodGet, statusURL, 200, `{"status":"Succeeded"}`, nil},
				wireStep{http.MethodGet, resURL, 200, `{"name":"resumed"}`, nil},
			)
			p, err := ResumePoller[opThing](c, token, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.PollUntilDone(context.Background(), fast)
			if err != nil || got.Name == nil || *got.Name != "resumed" || len(*seen) != 2 {
				t.Fatalf("resumed result %+v, %v after %v", got, err, *seen)
			}
		})
	}
}

func TestOperationPollerRefusesForeignTokens(t *testing.T) {
	t.Parallel()
	for name, token := range map[string]string{
		"not JSON":         "{",
		"no payload":       `{"type":"thing"}`,
		"unknown protocol": `{"type":"thing","token":{"state":"InProgress"}}`,
	} {
		c, seen := scriptedARM(t)
		if _, err := ResumePoller[opThing](c, token, nil); !errors.Is(err, ErrInvalidInput) || len(*seen) != 0 {
			t.Errorf("%s: err = %v after %d requests, want a validation error before any", name, err, len(*seen))
		}
	}
}

// BenchmarkCreateUntilDone compares this module's polling handler with
// azcore's own on the same client and canned transport: PUT 201 +
// Azure-AsyncOperation, two status polls, final GET.
func BenchmarkCreateUntilDone(b *testing.B) {
	body := `{"name":"t1","id":"/subscriptions/s/resourceGroups/rg/providers/P/things/t1","properties":{"provisioningState":"Succeeded","a":1,"b":"two"}}`
	answers := []func() *http.Response{
		func() *http.Response {
			r := jsonResponse(201, body)
			r.Header.Set("Azure-AsyncOperation", statusURL)
			return r
		},
		func() *http.Response { return jsonResponse(200, `{"status":"InProgress","name":"op1"}`) },
		func() *http.Response { return jsonResponse(200, `{"status":"Succeeded","name":"op1"}`) },
		func() *http.Response { return jsonResponse(200, body) },
	}
	for _, handler := range []string{"ours", "azcore"} {
		b.Run(handler, func(b *testing.B) {
			n := 0
			rec := &recorder{answer: func(*http.Request) *http.Response { r := answers[n%4](); n++; return r }}
			c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}}, "v1")
			if err != nil {
				b.Fatal(err)
			}
			opts := &runtime.PollUntilDoneOptions{Frequency: time.Nanosecond}
			b.ReportAllocs()
			for b.Loop() {
				rec.reqs, rec.apiName, n = rec.reqs[:0], rec.apiName[:0], 0
				req, _ := runtime.NewRequest(context.Background(), http.MethodPut, resURL)
				resp, err := c.Send(req, http.StatusCreated)
				if err != nil {
					b.Fatal(err)
				}
				var p *runtime.Poller[opThing]
				if handler == "ours" {
					p, err = NewPoller[opThing](c, resp, runtime.FinalStateViaAzureAsyncOp, nil)
				} else {
					p, err = runtime.NewPoller[opThing](resp, c.pl, &runtime.NewPollerOptions[opThing]{FinalStateVia: runtime.FinalStateViaAzureAsyncOp})
				}
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.PollUntilDone(context.Background(), opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
