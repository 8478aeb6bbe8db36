package iotcentral_test

import (
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/azclients/azclients/iotcentral"
)

// testEndpoint has a base path, as IoT Central's /api does, so that a
// method building an absolute path fails loudly.
const testEndpoint = "https://myapp.azureiotcentral.com/api"

// testAPIToken is the fake credential tests authenticate with.
const testAPIToken = "SharedAccessSignature sr=myapp&sig=dGVzdA&skn=test&se=4102444800"

// countingTransport counts the requests that reach next.
type countingTransport struct {
	next  policy.Transporter
	count atomic.Int32
}

func (c *countingTransport) Do(req *http.Request) (*http.Response, error) {
	c.count.Add(1)
	return c.next.Do(req)
}

// newTestClient returns a client whose requests go to transport, with
// millisecond retries.
func newTestClient(t testing.TB, transport policy.Transporter) *iotcentral.Client {
	t.Helper()
	return newTestClientVersion(t, transport, "")
}

// newTestClientVersion is newTestClient with an api-version ("" for the
// default).
func newTestClientVersion(t testing.TB, transport policy.Transporter, apiVersion string) *iotcentral.Client {
	t.Helper()
	c, err := iotcentral.NewClientWithAPITokenString(testEndpoint, testAPIToken, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport:  transport,
		APIVersion: apiVersion,
		Retry:      policy.RetryOptions{MaxRetries: 2, RetryDelay: time.Millisecond, MaxRetryDelay: 2 * time.Millisecond},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// assertValidation checks that err is a *ValidationError for field whose
// rule contains rule.
func assertValidation(t *testing.T, err error, field, rule string) {
	t.Helper()
	if !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Fatalf("error %v is not ErrInvalidInput", err)
	}
	for _, e := range flatten(err) {
		var ve *iotcentral.ValidationError
		if errors.As(e, &ve) && ve.Field == field && strings.Contains(ve.Rule, rule) {
			return
		}
	}
	t.Fatalf("error %q does not report field %q with rule %q", err, field, rule)
}

func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// httpFunc is a transport made of a function.
type httpFunc func(req *http.Request) (*http.Response, error)

func (f httpFunc) Do(req *http.Request) (*http.Response, error) { return f(req) }

// jsonResponse builds a response to req.
func jsonResponse(req *http.Request, status int, body string, header ...string) *http.Response {
	h := http.Header{"Content-Type": {"application/json"}}
	for i := 0; i+1 < len(header); i += 2 {
		h.Set(header[i], header[i+1])
	}
	return &http.Response{StatusCode: status, Status: http.StatusText(status), Header: h, Body: nopBody(body), Request: req, ContentLength: int64(len(body))}
}

type readCloser struct{ *strings.Reader }

func (readCloser) Close() error { return nil }

func nopBody(s string) readCloser { return readCloser{strings.NewReader(s)} }
