package iotcentral_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
)

// authTransport records the Authorization header of every request and
// answers 404.
type authTransport struct {
	mu   sync.Mutex
	auth []string
}

func (a *authTransport) Do(req *http.Request) (*http.Response, error) {
	a.mu.Lock()
	a.auth = append(a.auth, req.Header.Get("Authorization"))
	a.mu.Unlock()
	return &http.Response{StatusCode: http.StatusNotFound, Header: http.Header{}, Body: http.NoBody, Request: req}, nil
}

func (a *authTransport) headers() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.auth...)
}

// An API token lives in an azcore.KeyCredential: Update changes the header
// of every later request.
func TestAPITokenRotatesWithUpdate(t *testing.T) {
	t.Parallel()
	rec := &authTransport{}
	token := azcore.NewKeyCredential("SharedAccessSignature sr=app&sig=first")
	c, err := iotcentral.NewClientWithAPIToken(testEndpoint, token, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: rec, Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, _ = c.Devices().Get(ctx, "d1", nil)
	token.Update("SharedAccessSignature sr=app&sig=second")
	_, _ = c.Devices().Get(ctx, "d1", nil)
	want := []string{"SharedAccessSignature sr=app&sig=first", "SharedAccessSignature sr=app&sig=second"}
	if d := cmp.Diff(want, rec.headers()); d != "" {
		t.Errorf("Authorization headers (-want +got):\n%s", d)
	}
}

// No credential goes over plain http:// unless the caller opts in; the
// refusal comes at construction, before any request, and never shows the
// token.
func TestCredentialsOverHTTP(t *testing.T) {
	t.Parallel()
	const secret = "SharedAccessSignature sr=app&sig=TOPSECRET"
	const httpEndpoint = "http://localhost:8080/api"
	tests := []struct {
		name      string
		allowHTTP bool
		newClient func(opts *iotcentral.ClientOptions) (*iotcentral.Client, error)
	}{
		{"API token refused", false, func(o *iotcentral.ClientOptions) (*iotcentral.Client, error) {
			return iotcentral.NewClientWithAPIToken(httpEndpoint, azcore.NewKeyCredential(secret), o)
		}},
		{"API token string refused", false, func(o *iotcentral.ClientOptions) (*iotcentral.Client, error) {
			return iotcentral.NewClientWithAPITokenString(httpEndpoint, secret, o)
		}},
		{"Entra ID token refused", false, func(o *iotcentral.ClientOptions) (*iotcentral.Client, error) {
			return iotcentral.NewClient(httpEndpoint, &azfake.TokenCredential{}, o)
		}},
		{"API token allowed", true, func(o *iotcentral.ClientOptions) (*iotcentral.Client, error) {
			return iotcentral.NewClientWithAPIToken(httpEndpoint, azcore.NewKeyCredential(secret), o)
		}},
		{"Entra ID token allowed", true, func(o *iotcentral.ClientOptions) (*iotcentral.Client, error) {
			return iotcentral.NewClient(httpEndpoint, &azfake.TokenCredential{}, o)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &authTransport{}
			c, err := tt.newClient(&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
				Transport: rec, Retry: policy.RetryOptions{MaxRetries: -1}, InsecureAllowCredentialWithHTTP: tt.allowHTTP,
			}})
			if !tt.allowHTTP {
				if !errors.Is(err, iotcentral.ErrInvalidInput) || c != nil {
					t.Fatalf("client %v, error %v; want a *ValidationError", c, err)
				}
				if strings.Contains(err.Error(), "TOPSECRET") {
					t.Errorf("the error shows the token: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			_, _ = c.Devices().Get(context.Background(), "d1", nil)
			if h := rec.headers(); len(h) != 1 || h[0] == "" {
				t.Errorf("Authorization headers %q; want one request with a credential", h)
			}
		})
	}
}

// A missing token is a *ValidationError naming it.
func TestAPITokenIsRequired(t *testing.T) {
	t.Parallel()
	_, err := iotcentral.NewClientWithAPIToken(testEndpoint, nil, nil)
	assertValidation(t, err, "token", "is required")
	_, err = iotcentral.NewClientWithAPITokenString(testEndpoint, " ", nil)
	assertValidation(t, err, "apiToken", "is required")
}
