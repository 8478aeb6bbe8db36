package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

func TestRedactError(t *testing.T) {
	t.Parallel()
	base := &url.Error{Op: "Get", URL: "https://u:pw@h.example/api/devices?$skiptoken=2&sig=S3CRET#frag", Err: io.EOF}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"nil", nil, ""},
		{"no URL", io.EOF, "EOF"},
		{"URL without query", &url.Error{Op: "Get", URL: "https://h.example/api", Err: io.EOF}, `Get "https://h.example/api": EOF`},
		{"url.Error", base, `Get "https://h.example/api/devices?REDACTED": EOF`},
		{"wrapped url.Error", fmt.Errorf("page 2: %w", base), `page 2: Get "https://h.example/api/devices?REDACTED": EOF`},
		{"URL in a plain message", errors.New("invalid polling URL HTTPS://h.example/op?sig=S3CRET, giving up"), "invalid polling URL HTTPS://h.example/op?REDACTED giving up"},
		{"two URLs", errors.New(`from "http://a/x?sig=S3CRET" to 'https://b/y?k=S3CRET'`), `from "http://a/x?REDACTED" to 'https://b/y?REDACTED'`},
		{"relative URL in a url.Error", &url.Error{Op: "parse", URL: "/api/x?sig=S3CRET%zz", Err: errors.New("invalid URL escape")}, `parse "/api/x?REDACTED": invalid URL escape`},
		{"non-ASCII before a URL", errors.New("ß→ https://h/x?sig=S3CRET"), "ß→ https://h/x?REDACTED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := RedactError(tt.err)
			if tt.err == nil {
				if got != nil {
					t.Fatalf("RedactError(nil) = %v", got)
				}
				return
			}
			if got.Error() != tt.want {
				t.Errorf("Error() = %q, want %q", got.Error(), tt.want)
			}
			if !errors.Is(got, tt.err) {
				t.Error("errors.Is no longer finds the original error")
			}
			var ue *url.Error
			if errors.As(tt.err, &ue) {
				var red *url.Error
				if !errors.As(got, &red) || strings.Contains(red.URL, "S3CRET") || red.Err != ue.Err {
					t.Errorf("errors.As gives %+v, want the url.Error with its URL redacted", red)
				}
				var ne net.Error
				if !errors.As(got, &ne) || strings.Contains(ne.Error(), "S3CRET") {
					t.Errorf("errors.As(net.Error) gives %v, want the redacted url.Error", ne)
				}
			}
			if RedactError(got) != got {
				t.Error("redacting twice wraps twice")
			}
		})
	}
}

// resetServer is a TLS server that drops the connection of every request
// whose method and path are in reset, and answers the others from answers.
func resetServer(t *testing.T, reset map[string]bool, answers map[string]func(w http.ResponseWriter, base string)) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	srv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Method + " " + r.URL.Path
		if reset[key] {
			panic(http.ErrAbortHandler)
		}
		if a, ok := answers[key]; ok {
			a(w, srv.URL)
			return
		}
		http.Error(w, `{"error":{"code":"NotFound"}}`, http.StatusNotFound)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// checkNoSecret fails when any rendering of err quotes the secret.
func checkNoSecret(t *testing.T, err error, secret string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error, want a dropped connection")
	}
	for _, format := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		if s := fmt.Sprintf(format, err); strings.Contains(s, secret) {
			t.Errorf("%s of the error quotes the secret: %s", format, s)
		}
	}
	var ue *url.Error
	if errors.As(err, &ue) && strings.Contains(ue.URL, secret) {
		t.Errorf("the *url.Error keeps the secret: %s", ue.URL)
	}
}

func TestTransportErrorsNeverQuoteTheQuery(t *testing.T) {
	t.Parallel()
	const secret = "TRANSPORTSECRET"
	sig := "sig=" + secret
	created := func(link string) func(w http.ResponseWriter, base string) {
		return func(w http.ResponseWriter, base string) {
			w.Header().Set("Azure-AsyncOperation", base+link)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusCreated)
			_, _ = io.WriteString(w, `{"name":"a"}`)
		}
	}
	succeeded := func(w http.ResponseWriter, _ string) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":"Succeeded"}`)
	}
	srv := resetServer(t,
		map[string]bool{"GET /api/devices": true, "GET /api/next": true, "GET /api/reset-op": true, "GET /api/things/b": true},
		map[string]func(w http.ResponseWriter, base string){
			"GET /api/first": func(w http.ResponseWriter, base string) {
				_, _ = io.WriteString(w, `{"value":["a"],"nextLink":"`+base+`/api/next?`+sig+`"}`)
			},
			"PUT /api/things/a": created("/api/reset-op?" + sig),
			"PUT /api/things/b": created("/api/ok-op?" + sig),
			"GET /api/ok-op":    succeeded,
		})
	c, err := NewDataPlaneClient(srv.URL+"/api", DataPlaneAuth{Key: azcore.NewKeyCredential("APIKEY")}, &policy.ClientOptions{Transport: srv.Client(), Retry: noRetry()}, "1")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	startLRO := func(t *testing.T, name string) *runtime.Poller[thing] {
		t.Helper()
		req, err := c.NewRequest(ctx, http.MethodPut, "/things/"+name)
		if err != nil {
			t.Fatal(err)
		}
		SetQuery(req, "sig", secret)
		resp, err := c.Send(req, http.StatusCreated)
		if err != nil {
			t.Fatal(err)
		}
		p, err := NewPoller[thing](c, resp, runtime.FinalStateViaAzureAsyncOp, nil)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		run  func(t *testing.T) error
	}{
		{"request", func(t *testing.T) error {
			req, err := c.NewRequest(ctx, http.MethodGet, "/devices")
			if err != nil {
				t.Fatal(err)
			}
			SetQuery(req, "sig", secret)
			_, err = c.Send(req, http.StatusOK)
			return err
		}},
		{"call", func(t *testing.T) error {
			_, err := Call{Op: "ThingsClient.Get", Method: http.MethodGet, Template: "/devices", Query: []string{"sig", secret}}.Do(ctx, c)
			return err
		}},
		{"next page", func(t *testing.T) error {
			pager := NewPager(c, PageSpec[page]{
				Op:       "ThingsClient.NewListPager",
				First:    func(ctx context.Context) (*policy.Request, error) { return c.NewRequest(ctx, http.MethodGet, "/first") },
				NextLink: func(p *page) *string { return p.NextLink },
			})
			var last error
			for _, err := range All(ctx, pager, func(p page) []string { return p.Value }) {
				last = err
			}
			return last
		}},
		{"poll", func(t *testing.T) error {
			_, err := startLRO(t, "a").Poll(ctx)
			return err
		}},
		{"poll after resume", func(t *testing.T) error {
			token, err := startLRO(t, "a").ResumeToken()
			if err != nil {
				t.Fatal(err)
			}
			p, err := ResumePoller[thing](c, token, nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.Poll(ctx)
			return err
		}},
		{"final GET", func(t *testing.T) error {
			_, err := startLRO(t, "b").PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: 1})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.run(t)
			checkNoSecret(t, err, secret)
			var ue *url.Error
			if !errors.As(err, &ue) || !strings.Contains(ue.URL, "?REDACTED") {
				t.Errorf("err = %v, want a *url.Error with the query redacted", err)
			}
		})
	}
}
