package pipeline

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/google/go-cmp/cmp"
)

// linkSecret stands for a signature in a link's query; no error may quote it.
const linkSecret = "sig=LINKSECRET"

// countingCredential counts the tokens it hands out.
type countingCredential struct{ n atomic.Int32 }

func (c *countingCredential) GetToken(ctx context.Context, opts policy.TokenRequestOptions) (azcore.AccessToken, error) {
	c.n.Add(1)
	return (&azfake.TokenCredential{}).GetToken(ctx, opts)
}

// answerByPath answers from a map of path → response, 404 otherwise.
func answerByPath(answers map[string]func() *http.Response) func(*http.Request) *http.Response {
	return func(req *http.Request) *http.Response {
		if a, ok := answers[req.URL.Path]; ok {
			return a()
		}
		return jsonResponse(404, `{"error":{"code":"NotFound"}}`)
	}
}

// checkRefused asserts err is a *LinkError naming wantLink and quoting no
// path or query of the refused link.
func checkRefused(t *testing.T, err error, wantLink string) {
	t.Helper()
	var le *LinkError
	if !errors.As(err, &le) || !errors.Is(err, ErrUntrustedLink) {
		t.Fatalf("err = %v, want a *LinkError", err)
	}
	if le.Link != wantLink {
		t.Errorf("Link = %q, want %q", le.Link, wantLink)
	}
	if msg := err.Error(); strings.Contains(msg, "LINKSECRET") || strings.Contains(msg, "/steal") || !strings.Contains(msg, wantLink) {
		t.Errorf("error %q must name %s and nothing of the link's path or query", msg, wantLink)
	}
}

func TestPagerFollowsOnlyTrustedLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		endpoint string
		options  []Option
		next     string
		wantLink string // "" when the link is followed
	}{
		{"same host", "https://app.example/api", nil, "https://app.example/api/next?" + linkSecret, ""},
		{"same host in another case", "https://app.example/api", nil, "https://APP.Example/api/next", ""},
		{"plain http to another host", "https://app.example/api", nil, "http://evil.example/steal?" + linkSecret, "http://evil.example"},
		{"https to another host", "https://app.example/api", nil, "https://evil.example/steal?" + linkSecret, "https://evil.example"},
		{"plain http to the same host", "https://app.example/api", nil, "http://app.example/steal?" + linkSecret, "http://app.example"},
		{"another port", "https://app.example/api", nil, "https://app.example:8443/steal", "https://app.example:8443"},
		{"user information", "https://app.example/api", nil, "https://u:p@app.example/steal", "https://app.example"},
		{"a sibling subdomain", "https://app.example/api", nil, "https://app.example.evil.example/steal", "https://app.example.evil.example"},
		{"relative link", "https://app.example/api", nil, "/api/next?" + linkSecret, "(unparsable)"},
		{"unparsable link", "https://app.example/api", nil, "https://app.example/%zz?" + linkSecret, "(unparsable)"},
		{"allowed proxy", "https://app.example/api", []Option{WithAllowedHosts("Proxy.Example")}, "https://proxy.example/api/next", ""},
		{"allowed proxy over http", "https://app.example/api", []Option{WithAllowedHosts("proxy.example")}, "http://proxy.example/steal", "http://proxy.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{answer: answerByPath(map[string]func() *http.Response{
				"/api/first": func() *http.Response { return jsonResponse(200, `{"value":["a"],"nextLink":"`+tt.next+`"}`) },
				"/api/next":  func() *http.Response { return jsonResponse(200, `{"value":["b"]}`) },
			})}
			c, err := NewDataPlaneClient(tt.endpoint, DataPlaneAuth{Key: azcore.NewKeyCredential("APIKEY")}, &policy.ClientOptions{Transport: rec, Retry: noRetry()}, "1", tt.options...)
			if err != nil {
				t.Fatal(err)
			}
			pager := NewPager(c, PageSpec[page]{
				Op:       "ThingsClient.NewListPager",
				First:    func(ctx context.Context) (*policy.Request, error) { return c.NewRequest(ctx, http.MethodGet, "/first") },
				NextLink: func(p *page) *string { return p.NextLink },
			})
			var items []string
			for item, err := range All(context.Background(), pager, func(p page) []string { return p.Value }) {
				if err != nil {
					if tt.wantLink == "" {
						t.Fatal(err)
					}
					checkRefused(t, err, tt.wantLink)
					break
				}
				items = append(items, item)
			}
			want, wantReqs := []string{"a", "b"}, 2
			if tt.wantLink != "" {
				want, wantReqs = []string{"a"}, 1
			}
			if diff := cmp.Diff(want, items); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			if len(rec.reqs) != wantReqs {
				t.Errorf("requests sent = %d, want %d", len(rec.reqs), wantReqs)
			}
		})
	}
}

func TestHTTPLinksNeedTheInsecureOptIn(t *testing.T) {
	t.Parallel()
	rec := &recorder{answer: answerByPath(map[string]func() *http.Response{
		"/api/first": func() *http.Response {
			return jsonResponse(200, `{"value":["a"],"nextLink":"http://app.example/api/next"}`)
		},
		"/api/next": func() *http.Response { return jsonResponse(200, `{"value":["b"]}`) },
	})}
	c, err := NewDataPlaneClient("http://app.example/api", DataPlaneAuth{Key: azcore.NewKeyCredential("k")}, &policy.ClientOptions{Transport: rec, Retry: noRetry(), InsecureAllowCredentialWithHTTP: true}, "1")
	if err != nil {
		t.Fatal(err)
	}
	pager := NewPager(c, PageSpec[page]{
		Op:       "ThingsClient.NewListPager",
		First:    func(ctx context.Context) (*policy.Request, error) { return c.NewRequest(ctx, http.MethodGet, "/first") },
		NextLink: func(p *page) *string { return p.NextLink },
	})
	n := 0
	for _, err := range All(context.Background(), pager, func(p page) []string { return p.Value }) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Fatalf("items = %d, want 2", n)
	}
}

func TestRequestsToUntrustedHostsCostNoToken(t *testing.T) {
	t.Parallel()
	sovereign := cloud.Configuration{Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
		cloud.ResourceManager: {Endpoint: "https://management.example.test/", Audience: "https://management.example.test"},
	}}
	tests := []struct {
		name     string
		cloud    cloud.Configuration
		url      string
		wantLink string
	}{
		{"public cloud host", cloud.Configuration{}, "https://management.azure.com/x", ""},
		{"sovereign cloud host", sovereign, "https://management.example.test/x", ""},
		{"public host from a sovereign client", sovereign, "https://management.azure.com/x", "https://management.azure.com"},
		{"foreign https host", cloud.Configuration{}, "https://evil.example/steal?" + linkSecret, "https://evil.example"},
		{"plain http", cloud.Configuration{}, "http://management.azure.com/steal", "http://management.azure.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(200, `{}`) }}
			cred := &countingCredential{}
			c, err := NewARMClient(cred, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry(), Cloud: tt.cloud}}, "v1")
			if err != nil {
				t.Fatal(err)
			}
			req, err := runtime.NewRequest(context.Background(), http.MethodGet, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Send(req, http.StatusOK)
			if tt.wantLink == "" {
				if err != nil || len(rec.reqs) != 1 {
					t.Fatalf("err = %v, requests = %d", err, len(rec.reqs))
				}
				return
			}
			checkRefused(t, err, tt.wantLink)
			if len(rec.reqs) != 0 || cred.n.Load() != 0 {
				t.Errorf("requests = %d, tokens = %d; want none", len(rec.reqs), cred.n.Load())
			}
		})
	}
}

func TestAllowedHostsMustBeHosts(t *testing.T) {
	t.Parallel()
	for _, h := range []string{"", "https://proxy.example", "proxy.example/path", "u@proxy.example"} {
		_, err := NewDataPlaneClient("https://app.example", DataPlaneAuth{Key: azcore.NewKeyCredential("k")}, nil, "1", WithAllowedHosts(h))
		var ve *ValidationError
		if !errors.As(err, &ve) || ve.Field != "AllowedHosts" {
			t.Errorf("WithAllowedHosts(%q): err = %v, want a *ValidationError for AllowedHosts", h, err)
		}
	}
}

type thing struct {
	Name string `json:"name"`
}

// newLinkTestARMClient returns an ARM client answering from answers and
// the recorder that sees every request it sends.
func newLinkTestARMClient(t *testing.T, answers map[string]func() *http.Response) (*Client, *recorder) {
	t.Helper()
	rec := &recorder{answer: answerByPath(answers)}
	c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	return c, rec
}

func withHeader(resp *http.Response, name, value string) *http.Response {
	resp.Header.Set(name, value)
	return resp
}

// sendFirst sends the request that starts an operation on /things/a.
func sendFirst(t *testing.T, c *Client, method string, ok ...int) *http.Response {
	t.Helper()
	req, err := c.NewRequest(context.Background(), method, "/things/a")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Send(req, ok...)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestPollerFollowsOnlyTrustedLinks(t *testing.T) {
	t.Parallel()
	const trusted = "https://management.azure.com"
	tests := []struct {
		name     string
		header   string
		link     string
		wantLink string
	}{
		{"trusted Azure-AsyncOperation", "Azure-AsyncOperation", trusted + "/ops/1?" + linkSecret, ""},
		{"foreign https Azure-AsyncOperation", "Azure-AsyncOperation", "https://evil.example/steal?" + linkSecret, "https://evil.example"},
		{"plain http Azure-AsyncOperation", "Azure-AsyncOperation", "http://management.azure.com/steal?" + linkSecret, "http://management.azure.com"},
		{"foreign Location", "Location", "https://evil.example/steal?" + linkSecret, "https://evil.example"},
		{"plain http Location", "Location", "http://evil.example/steal", "http://evil.example"},
		{"foreign Operation-Location", "Operation-Location", "https://evil.example/steal", "https://evil.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, rec := newLinkTestARMClient(t, map[string]func() *http.Response{
				"/things/a": func() *http.Response {
					return withHeader(jsonResponse(http.StatusCreated, `{"name":"a"}`), tt.header, tt.link)
				},
				"/ops/1": func() *http.Response { return jsonResponse(200, `{"status":"Succeeded"}`) },
			})
			resp := sendFirst(t, c, http.MethodPut, http.StatusCreated)
			poller, err := NewPoller[thing](c, resp, runtime.FinalStateViaAzureAsyncOp, nil)
			if tt.wantLink != "" {
				checkRefused(t, err, tt.wantLink)
				if len(rec.reqs) != 1 {
					t.Errorf("requests = %d, want only the first", len(rec.reqs))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
			if err != nil || got.Name != "a" {
				t.Fatalf("got %+v, err %v", got, err)
			}
		})
	}
}

func TestPollerRefusesALaterLinkToAnotherHost(t *testing.T) {
	t.Parallel()
	c, rec := newLinkTestARMClient(t, map[string]func() *http.Response{
		"/things/a": func() *http.Response {
			return withHeader(jsonResponse(http.StatusAccepted, ``), "Location", "https://management.azure.com/results/1")
		},
		"/results/1": func() *http.Response {
			return withHeader(jsonResponse(http.StatusAccepted, ``), "Location", "https://evil.example/steal?"+linkSecret)
		},
	})
	resp := sendFirst(t, c, http.MethodDelete, http.StatusAccepted)
	poller, err := NewPoller[thing](c, resp, runtime.FinalStateViaLocation, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, err = poller.Poll(context.Background())
	checkRefused(t, err, "https://evil.example")
	for _, r := range rec.reqs {
		if r.URL.Host != "management.azure.com" {
			t.Errorf("a request went to %s", r.URL.Host)
		}
	}
}

func TestResumePollerChecksTheToken(t *testing.T) {
	t.Parallel()
	c, rec := newLinkTestARMClient(t, map[string]func() *http.Response{
		"/things/a": func() *http.Response {
			return withHeader(jsonResponse(http.StatusCreated, `{"name":"a"}`), "Azure-AsyncOperation", "https://management.azure.com/ops/1?"+linkSecret)
		},
	})
	poller, err := NewPoller[thing](c, sendFirst(t, c, http.MethodPut, http.StatusCreated), runtime.FinalStateViaAzureAsyncOp, nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ResumePoller[thing](c, token, nil); err != nil {
		t.Fatalf("a genuine token was refused: %v", err)
	}
	foreign := strings.ReplaceAll(token, "https://management.azure.com/ops", "https://evil.example/ops")
	_, err = ResumePoller[thing](c, foreign, nil)
	checkRefused(t, err, "https://evil.example")

	for _, garbage := range []string{"", "not a token", `{"type":"x"}`, `{"type":"x","token":{"asyncURL":42}}`, `https://evil.example/?` + linkSecret} {
		_, err := ResumePoller[thing](c, garbage, nil)
		var ve *ValidationError
		if !errors.As(err, &ve) || ve.Field != "ResumeToken" || strings.Contains(err.Error(), "LINKSECRET") {
			t.Errorf("ResumePoller(%q): err = %v, want a *ValidationError for ResumeToken", garbage, err)
		}
	}
	if len(rec.reqs) != 1 {
		t.Errorf("requests = %d, want only the first", len(rec.reqs))
	}
}
