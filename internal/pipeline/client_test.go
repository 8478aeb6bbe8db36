package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	azlog "github.com/Azure/azure-sdk-for-go/sdk/azcore/log"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/google/go-cmp/cmp"
)

// recorder is a transport that answers from a function and records what it
// was sent.
type recorder struct {
	mu      sync.Mutex
	reqs    []*http.Request
	apiName []string
	answer  func(req *http.Request) *http.Response
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	name, _ := req.Context().Value(runtime.CtxAPINameKey{}).(string)
	r.apiName = append(r.apiName, name)
	r.mu.Unlock()
	resp := r.answer(req)
	resp.Request = req
	if resp.Header == nil {
		resp.Header = http.Header{}
	}
	return resp, nil
}

func jsonResponse(status int, body string) *http.Response {
	return &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(body))}
}

func noRetry() policy.RetryOptions { return policy.RetryOptions{MaxRetries: -1} }

func TestARMClientRequestShape(t *testing.T) {
	t.Parallel()
	rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(200, `{"name":"w"}`) }}
	sovereign := cloud.Configuration{Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
		cloud.ResourceManager: {Endpoint: "https://management.example.test/", Audience: "https://management.example.test"},
	}}
	tests := []struct {
		name        string
		opts        *arm.ClientOptions
		wantURL     string
		wantVersion string
	}{
		{"defaults", &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}},
			"https://management.azure.com/subscriptions/s/things/a%2Fb?api-version=2025-10-01", "2025-10-01"},
		{"api-version override and sovereign cloud", &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry(), APIVersion: "2099-01-01-preview", Cloud: sovereign}},
			"https://management.example.test/subscriptions/s/things/a%2Fb?api-version=2099-01-01-preview", "2099-01-01-preview"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewARMClient(&azfake.TokenCredential{}, tt.opts, "2025-10-01")
			if err != nil {
				t.Fatal(err)
			}
			if c.APIVersion() != tt.wantVersion {
				t.Errorf("APIVersion() = %q, want %q", c.APIVersion(), tt.wantVersion)
			}
			ctx, end := c.Start(context.Background(), "ThingsClient.Get")
			path, err := Path("/subscriptions/{subscriptionId}/things/{name}", "s", "a/b")
			if err != nil {
				t.Fatal(err)
			}
			req, err := c.NewRequest(ctx, http.MethodGet, path)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.Send(req, http.StatusOK)
			end(err)
			if err != nil {
				t.Fatal(err)
			}
			var w widget
			if err := DecodeBody(resp, &w); err != nil || *w.Name != "w" {
				t.Fatalf("decode: %v %v", w.Name, err)
			}
			rec.mu.Lock()
			got, name := rec.reqs[len(rec.reqs)-1], rec.apiName[len(rec.apiName)-1]
			rec.mu.Unlock()
			if got.URL.String() != tt.wantURL {
				t.Errorf("URL = %s, want %s", got.URL, tt.wantURL)
			}
			if name != "ThingsClient.Get" {
				t.Errorf("API name = %q", name)
			}
			if !strings.HasPrefix(got.Header.Get("Authorization"), "Bearer ") || got.Header.Get("Accept") != "application/json" {
				t.Errorf("headers = %v", got.Header)
			}
		})
	}
}

func TestNewARMClientNeedsACredential(t *testing.T) {
	t.Parallel()
	if _, err := NewARMClient(nil, nil, "v"); err == nil {
		t.Fatal("nil credential accepted")
	}
}

func TestDataPlaneAuth(t *testing.T) {
	t.Parallel()
	const token = "SharedAccessSignature sr=app&sig=TOPSECRET&skn=op&se=1"
	tests := []struct {
		name     string
		auth     DataPlaneAuth
		wantAuth string
		wantErr  string
	}{
		{"api token sent verbatim", DataPlaneAuth{Key: azcore.NewKeyCredential(token)}, token, ""},
		{"entra token", DataPlaneAuth{Credential: &azfake.TokenCredential{}, Scope: "https://apps.azureiotcentral.com/.default"}, "Bearer ", ""},
		{"both", DataPlaneAuth{Key: azcore.NewKeyCredential(token), Credential: &azfake.TokenCredential{}}, "", "exactly one"},
		{"neither", DataPlaneAuth{}, "", "exactly one"},
		{"credential without scope", DataPlaneAuth{Credential: &azfake.TokenCredential{}}, "", "scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{answer: func(*http.Request) *http.Response {
				return jsonResponse(403, `{"error":{"code":"Forbidden","message":"denied","requestId":"r1"}}`)
			}}
			c, err := NewDataPlaneClient("https://app.azureiotcentral.com/api/", tt.auth, &policy.ClientOptions{Transport: rec, Retry: noRetry()}, "2022-07-31")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "TOPSECRET") || strings.Contains(err.Error(), "Evil") {
					t.Fatalf("error leaks the token: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			req, _ := c.NewRequest(context.Background(), http.MethodGet, "/devices")
			_, err = c.Send(req, http.StatusOK)
			var se *ServiceError
			if !errors.As(err, &se) || se.Code != "Forbidden" || se.RequestID != "r1" {
				t.Fatalf("err = %v", err)
			}
			if strings.Contains(err.Error(), "TOPSECRET") || strings.Contains(fmt.Sprintf("%+v", errors.Unwrap(err)), "TOPSECRET") {
				t.Fatal("error leaks the token")
			}
			got := rec.reqs[0]
			if !strings.HasPrefix(got.Header.Get("Authorization"), tt.wantAuth) {
				t.Errorf("Authorization = %q, want prefix %q", got.Header.Get("Authorization"), tt.wantAuth)
			}
			if got.URL.String() != "https://app.azureiotcentral.com/api/devices?api-version=2022-07-31" {
				t.Errorf("URL = %s", got.URL)
			}
		})
	}
}

func TestSetBodyQueryAndIfMatch(t *testing.T) {
	t.Parallel()
	rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(204, ``) }}
	c, _ := NewDataPlaneClient("https://h/api", DataPlaneAuth{Key: azcore.NewKeyCredential("t")}, &policy.ClientOptions{Transport: rec}, "1")
	req, _ := c.NewRequest(context.Background(), http.MethodPatch, "/x")
	SetQuery(req, "$filter", "a eq 'b&c'")
	SetIfMatch(req, new("etag-1"))
	if err := SetBody(req, widget{Name: new("n"), Unknown: map[string]json.RawMessage{"z": json.RawMessage(`[1]`)}}, ContentTypeMergePatch); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(req, http.StatusNoContent); err != nil {
		t.Fatal(err)
	}
	got := rec.reqs[0]
	body, _ := io.ReadAll(got.Body)
	if string(body) != `{"name":"n","z":[1]}` {
		t.Errorf("body = %s", body)
	}
	if got.Header.Get("Content-Type") != ContentTypeMergePatch || got.Header.Get("If-Match") != "etag-1" {
		t.Errorf("headers = %v", got.Header)
	}
	if got.URL.Query().Get("$filter") != "a eq 'b&c'" || got.URL.Query().Get("api-version") != "1" {
		t.Errorf("query = %s", got.URL.RawQuery)
	}
}

func TestDecodeBodyRejectsEmpty(t *testing.T) {
	t.Parallel()
	var w widget
	err := DecodeBody(jsonResponse(200, "  "), &w)
	if err == nil || !strings.Contains(err.Error(), "widget: the response has no body") {
		t.Fatalf("err = %v", err)
	}
}

type page struct {
	Value    []string `json:"value"`
	NextLink *string  `json:"nextLink"`
}

func newTestPager(t *testing.T, pages map[string]string, first func(ctx context.Context, c *Client) (*policy.Request, error)) (*runtime.Pager[page], *recorder) {
	t.Helper()
	rec := &recorder{answer: func(req *http.Request) *http.Response {
		body, ok := pages[req.URL.Path]
		if !ok {
			return jsonResponse(404, `{"error":{"code":"NotFound"}}`)
		}
		return jsonResponse(200, body)
	}}
	c, err := NewDataPlaneClient("https://h/api", DataPlaneAuth{Key: azcore.NewKeyCredential("t")}, &policy.ClientOptions{Transport: rec, Retry: noRetry()}, "1")
	if err != nil {
		t.Fatal(err)
	}
	return NewPager(c, PageSpec[page]{
		Op:       "ThingsClient.NewListPager",
		First:    func(ctx context.Context) (*policy.Request, error) { return first(ctx, c) },
		NextLink: func(p *page) *string { return p.NextLink },
	}), rec
}

func listFirst(ctx context.Context, c *Client) (*policy.Request, error) {
	return c.NewRequest(ctx, http.MethodGet, "/things")
}

func TestPagerFollowsNextLink(t *testing.T) {
	t.Parallel()
	pages := map[string]string{
		"/api/things":  `{"value":["a","b"],"nextLink":"https://h/api/things2?token=x"}`,
		"/api/things2": `{"value":["c"],"nextLink":"https://h/api/things3"}`,
		"/api/things3": `{"value":["d"],"nextLink":null}`,
	}
	pager, rec := newTestPager(t, pages, listFirst)
	if len(rec.reqs) != 0 {
		t.Fatal("the pager sent a request before NextPage")
	}
	var got []string
	for item, err := range All(context.Background(), pager, func(p page) []string { return p.Value }) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, item)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "d"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if len(rec.reqs) != 3 || rec.reqs[1].URL.RawQuery != "token=x" {
		t.Errorf("requests = %d, second query %q", len(rec.reqs), rec.reqs[1].URL.RawQuery)
	}
	for _, n := range rec.apiName {
		if n != "ThingsClient.NewListPager" {
			t.Errorf("API name %q", n)
		}
	}
}

func TestPagerStopsOnRepeatedNextLinkAndErrors(t *testing.T) {
	t.Parallel()
	t.Run("repeated nextLink", func(t *testing.T) {
		t.Parallel()
		pager, _ := newTestPager(t, map[string]string{
			"/api/things": `{"value":["a"],"nextLink":"https://h/api/again"}`,
			"/api/again":  `{"value":["b"],"nextLink":"https://h/api/again"}`,
		}, listFirst)
		var err error
		for _, err = range All(context.Background(), pager, func(p page) []string { return p.Value }) {
		}
		if !errors.Is(err, ErrRepeatedNextLink) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("validation error surfaces from NextPage without a request", func(t *testing.T) {
		t.Parallel()
		pager, rec := newTestPager(t, nil, func(context.Context, *Client) (*policy.Request, error) {
			_, err := Path("/things/{id}", "..")
			return nil, err
		})
		_, err := pager.NextPage(context.Background())
		if !errors.Is(err, ErrInvalidInput) || len(rec.reqs) != 0 {
			t.Fatalf("err = %v, requests %d", err, len(rec.reqs))
		}
	})
	t.Run("service error on a later page", func(t *testing.T) {
		t.Parallel()
		pager, _ := newTestPager(t, map[string]string{"/api/things": `{"value":["a"],"nextLink":"https://h/api/gone"}`}, listFirst)
		var items []string
		var err error
		for item, e := range All(context.Background(), pager, func(p page) []string { return p.Value }) {
			if e != nil {
				err = e
				break
			}
			items = append(items, item)
		}
		var respErr *azcore.ResponseError
		if len(items) != 1 || !errors.As(err, &respErr) || respErr.StatusCode != 404 {
			t.Fatalf("items %v err %v", items, err)
		}
	})
	t.Run("early break sends no more requests", func(t *testing.T) {
		t.Parallel()
		pager, rec := newTestPager(t, map[string]string{
			"/api/things": `{"value":["a","b"],"nextLink":"https://h/api/next"}`,
		}, listFirst)
		for range All(context.Background(), pager, func(p page) []string { return p.Value }) {
			break
		}
		if len(rec.reqs) != 1 {
			t.Fatalf("requests = %d", len(rec.reqs))
		}
	})
}

func TestSendKeepsTheStatusOfAnUnparsable409(t *testing.T) {
	t.Parallel()
	rec := &recorder{answer: func(*http.Request) *http.Response {
		return &http.Response{StatusCode: http.StatusConflict, Header: http.Header{"Content-Type": {"text/plain"}}, Body: io.NopCloser(strings.NewReader("conflict: busy"))}
	}}
	c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	req, err := c.NewRequest(context.Background(), http.MethodPut, "/subscriptions/s/resourceGroups/rg/providers/P.X/things/a")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Send(req, http.StatusOK)
	var se *ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusConflict || !strings.Contains(se.Error(), "conflict: busy") {
		t.Fatalf("error = %v, want a *ServiceError with status 409 and the body", err)
	}
}

func TestDataPlaneCredentialOverHTTP(t *testing.T) {
	t.Parallel()
	const token = "SharedAccessSignature sr=app&sig=TOPSECRET&skn=op&se=1"
	tests := []struct {
		name      string
		auth      DataPlaneAuth
		endpoint  string
		allowHTTP bool
		wantErr   string
	}{
		{"key over http refused", DataPlaneAuth{Key: azcore.NewKeyCredential(token)}, "http://app.example/api", false, "must use https"},
		{"token over http refused", DataPlaneAuth{Credential: &azfake.TokenCredential{}, Scope: "s/.default"}, "http://app.example/api", false, "must use https"},
		{"key over http allowed", DataPlaneAuth{Key: azcore.NewKeyCredential(token)}, "http://app.example/api", true, ""},
		{"relative endpoint", DataPlaneAuth{Key: azcore.NewKeyCredential(token)}, "app.example/api", false, "absolute URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(200, `{}`) }}
			c, err := NewDataPlaneClient(tt.endpoint, tt.auth, &policy.ClientOptions{Transport: rec, InsecureAllowCredentialWithHTTP: tt.allowHTTP}, "1")
			if tt.wantErr != "" {
				if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "TOPSECRET") {
					t.Fatalf("err = %v, want a validation error with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			req, _ := c.NewRequest(context.Background(), http.MethodGet, "/devices")
			if _, err := c.Send(req, http.StatusOK); err != nil {
				t.Fatal(err)
			}
			if got := rec.reqs[0].Header.Get("Authorization"); got != token {
				t.Errorf("Authorization = %q", got)
			}
		})
	}
}

func TestKeyCredentialRotates(t *testing.T) {
	t.Parallel()
	rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(200, `{}`) }}
	key := azcore.NewKeyCredential("old")
	c, err := NewDataPlaneClient("https://app.example/api", DataPlaneAuth{Key: key}, &policy.ClientOptions{Transport: rec}, "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"old", "new"} {
		key.Update(want)
		req, _ := c.NewRequest(context.Background(), http.MethodGet, "/devices")
		if _, err := c.Send(req, http.StatusOK); err != nil {
			t.Fatal(err)
		}
		if got := rec.reqs[len(rec.reqs)-1].Header.Get("Authorization"); got != want {
			t.Errorf("Authorization = %q, want %q", got, want)
		}
	}
}

func TestHasCode(t *testing.T) {
	t.Parallel()
	err := fmt.Errorf("wrapped: %w", NewServiceError(jsonResponse(404, `{"error":{"code":"ResourceNotFound","message":"m"}}`)))
	tests := []struct {
		name  string
		err   error
		codes []string
		want  bool
	}{
		{"match", err, []string{"Other", "ResourceNotFound"}, true},
		{"case-insensitive", err, []string{"resourcenotfound"}, true},
		{"no match", err, []string{"Conflict"}, false},
		{"any service error", err, nil, true},
		{"not a service error", errors.New("x"), nil, false},
	}
	for _, tt := range tests {
		if got := HasCode(tt.err, tt.codes...); got != tt.want {
			t.Errorf("%s: HasCode = %v", tt.name, got)
		}
	}
	if !IsNotFound(err) || IsPreconditionFailed(err) {
		t.Error("IsNotFound/IsPreconditionFailed wrong for a 404")
	}
}

func TestNoBodyLoggingKeepsSecretsOutOfTheLog(t *testing.T) {
	// azcore's log listener is process-wide: this test does not run in
	// parallel with the others that log.
	const secret = "S3CR3T-KEY-VALUE"
	var mu sync.Mutex
	var logged strings.Builder
	azlog.SetListener(func(_ azlog.Event, msg string) {
		mu.Lock()
		defer mu.Unlock()
		logged.WriteString(msg)
	})
	defer azlog.SetListener(nil)
	rec := &recorder{answer: func(*http.Request) *http.Response {
		return jsonResponse(200, `{"value":[{"keyName":"k","primaryKey":"`+secret+`"}],"nextLink":"https://management.azure.com/next"}`)
	}}
	tests := []struct {
		name       string
		secret     bool
		wantSecret bool
	}{
		{"unmarked request bodies are logged", false, true},
		{"marked request and answer bodies are not", true, false},
	}
	for _, tt := range tests {
		logged.Reset()
		c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Transport: rec, Retry: noRetry(), Logging: policy.LogOptions{IncludeBody: true},
		}}, "v1")
		if err != nil {
			t.Fatal(err)
		}
		pager := NewPager(c, PageSpec[map[string]any]{
			Op: "Keys.NewListPager",
			First: func(ctx context.Context) (*policy.Request, error) {
				req, err := c.NewRequest(ctx, http.MethodPost, "/subscriptions/s/keys")
				if err == nil {
					err = SetBody(req, map[string]string{"key": secret}, ContentTypeJSON)
				}
				return req, err
			},
			NextLink: func(*map[string]any) *string { return nil },
			Secret:   tt.secret,
		})
		if _, err := pager.NextPage(context.Background()); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		got := logged.String()
		mu.Unlock()
		if !strings.Contains(got, "/subscriptions/s/keys") {
			t.Fatalf("%s: the request was not logged at all:\n%s", tt.name, got)
		}
		if strings.Contains(got, secret) != tt.wantSecret {
			t.Errorf("%s: secret in log = %v, want %v", tt.name, !tt.wantSecret, tt.wantSecret)
		}
	}
}

func TestSetBodyRefusesWhatJSONCannotCarry(t *testing.T) {
	t.Parallel()
	nan := math.NaN()
	tests := []struct {
		name      string
		body      any
		wantField string
	}{
		{"NaN", widget{Ratio: &nan}, "body.ratio"},
		{"invalid raw member", widget{Extra: json.RawMessage(`{"a":`)}, "body.extra"},
		{"invalid unknown member", widget{Sub: &widget{Unknown: map[string]json.RawMessage{"x": json.RawMessage("nope")}}}, "body.sub.x"},
	}
	for _, tt := range tests {
		req, _ := runtime.NewRequest(context.Background(), http.MethodPut, "https://h/x")
		err := SetBody(req, tt.body, ContentTypeJSON)
		var ve *ValidationError
		if !errors.As(err, &ve) || !errors.Is(err, ErrInvalidInput) || ve.Field != tt.wantField {
			t.Errorf("%s: err = %v, want a *ValidationError for %s", tt.name, err, tt.wantField)
		}
	}
}
