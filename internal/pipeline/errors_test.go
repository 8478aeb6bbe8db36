package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestDecodeServiceErrorShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		status int
		header http.Header
		body   string
		want   ServiceError
	}{
		{
			name:   "ARM with details and additional info",
			status: 400,
			body: `{"error":{"code":"InvalidResource","message":"bad","target":"properties.instanceCount",
				"details":[{"code":"OutOfRange","message":"1..20","details":[{"code":"Inner"}]}],
				"additionalInfo":[{"type":"PolicyViolation","info":{"policy":"p1"}}]}}`,
			want: ServiceError{StatusCode: 400, Code: "InvalidResource", Message: "bad", Target: "properties.instanceCount",
				Details:        []ErrorDetail{{Code: "OutOfRange", Message: "1..20", Details: []ErrorDetail{{Code: "Inner"}}}},
				AdditionalInfo: []ErrorAdditionalInfo{{Type: "PolicyViolation", Info: json.RawMessage(`{"policy":"p1"}`)}}},
		},
		{
			name:   "DPS with a numeric code",
			status: 404,
			body:   `{"code":404201,"httpStatusCode":"NotFound","message":"ProvisioningServiceNotFound","details":"no such service"}`,
			want:   ServiceError{StatusCode: 404, Code: "404201", Message: "ProvisioningServiceNotFound", DetailText: "no such service"},
		},
		{
			name:   "DPS with a string code and object details",
			status: 409,
			body:   `{"code":"Conflict","httpStatusCode":"Conflict","message":"m","details":{"a":1}}`,
			want:   ServiceError{StatusCode: 409, Code: "Conflict", Message: "m", DetailText: `{"a":1}`},
		},
		{
			name:   "DPS service API: errorCode and trackingId, no header",
			status: 401,
			body:   `{"errorCode":401002,"trackingId":"t-9","message":"Unauthorized","timestampUtc":"2026-11-30T01:00:00Z"}`,
			want:   ServiceError{StatusCode: 401, Code: "401002", Message: "Unauthorized", RequestID: "t-9"},
		},
		{
			name:   "IoT Central",
			status: 412,
			header: http.Header{"X-Ms-Error-Code": {"PreconditionFailed"}},
			body:   `{"error":{"code":"PreconditionFailed","message":"etag mismatch","requestId":"r-1","time":"Tue, 01 Aug 2023 10:00:00 GMT"}}`,
			want:   ServiceError{StatusCode: 412, Code: "PreconditionFailed", Message: "etag mismatch", RequestID: "r-1", Time: "Tue, 01 Aug 2023 10:00:00 GMT"},
		},
		{
			name:   "empty body uses the header code",
			status: 429,
			header: http.Header{"X-Ms-Error-Code": {"TooManyRequests"}, "X-Ms-Request-Id": {"rid"}},
			want:   ServiceError{StatusCode: 429, Code: "TooManyRequests", RequestID: "rid"},
		},
		{
			name:   "empty body and no header uses the status text",
			status: 503,
			want:   ServiceError{StatusCode: 503, Code: "ServiceUnavailable"},
		},
		{
			name:   "HTML from a proxy is excerpted on one line",
			status: 502,
			body:   "<html>\n  <body>Bad   gateway</body>\n</html>",
			want:   ServiceError{StatusCode: 502, Code: "BadGateway", Message: "<html> <body>Bad gateway</body> </html>"},
		},
		{
			name:   "truncated JSON",
			status: 500,
			body:   `{"error":{"code":"Intern`,
			want:   ServiceError{StatusCode: 500, Code: "InternalServerError", Message: `{"error":{"code":"Intern`},
		},
		{
			name:   "unknown status",
			status: 599,
			body:   `null`,
			want:   ServiceError{StatusCode: 599, Code: "HTTP599", Message: "null"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := DecodeServiceError(tt.status, tt.header, []byte(tt.body))
			if diff := cmp.Diff(&tt.want, got, cmpopts.IgnoreUnexported(ServiceError{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewServiceErrorUnwrapsToResponseErrorWithoutSecrets(t *testing.T) {
	t.Parallel()
	u, _ := url.Parse("https://myapp.azureiotcentral.com/api/devices/d1?api-version=2022-07-31&sig=SECRETSIG")
	req := &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{"Authorization": {"SharedAccessSignature sr=x&sig=SECRETTOKEN"}}}
	huge := strings.Repeat("x", 5<<20)
	resp := &http.Response{
		StatusCode: 404, Request: req, Header: http.Header{},
		Body: io.NopCloser(strings.NewReader(`{"error":{"code":"NotFound","message":"no device"}}` + huge)),
	}
	err := NewServiceError(resp)
	var respErr *azcore.ResponseError
	if !errors.As(err, &respErr) {
		t.Fatalf("errors.As(*azcore.ResponseError) failed for %T", err)
	}
	if respErr.ErrorCode != "NotFound" || respErr.StatusCode != 404 {
		t.Fatalf("ResponseError = %q %d, want NotFound 404", respErr.ErrorCode, respErr.StatusCode)
	}
	var se *ServiceError
	if !errors.As(err, &se) {
		t.Fatal("errors.As(*ServiceError) failed")
	}
	if se.Code != "NotFound" || se.Message != "no device" {
		t.Errorf("code %q message %q", se.Code, se.Message)
	}
	for _, s := range []string{err.Error(), respErr.Error()} {
		if strings.Contains(s, "SECRET") {
			t.Errorf("error string leaks a secret: %s", s[:min(len(s), 300)])
		}
		if len(s) > 2*maxErrorBody+4096 {
			t.Errorf("error string is %d bytes; the body cap did not hold", len(s))
		}
	}
	if want := "GET /api/devices/d1: 404 "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Error() = %q, want prefix %q", err.Error()[:60], want)
	}
	if !HasStatus(err, 404) || HasStatus(err, 412) {
		t.Error("IsStatus disagrees with the status")
	}
}

// FuzzDecodeServiceError checks that no body makes the decoder panic or
// leave the code empty.
func FuzzDecodeServiceError(f *testing.F) {
	for _, s := range []string{`{"error":{"code":"X"}}`, `{"code":1}`, `{"code":{"a":1}}`, `{"error":"str"}`, `[]`, "", "\x00"} {
		f.Add(500, []byte(s))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := DecodeServiceError(status, http.Header{}, body)
		if e.Code == "" {
			t.Fatalf("empty code for %q", body)
		}
		_ = e.Error()
		resp := &http.Response{StatusCode: status, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(body))}
		if !errors.As(NewServiceError(resp), new(*azcore.ResponseError)) {
			t.Fatal("not an azcore.ResponseError")
		}
	})
}
