package pipeline

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

func TestCall(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		call       Call
		status     int
		body       string
		wantPath   string
		wantCT     string
		wantBody   string
		wantErr    int // status of the expected *ServiceError; 0 for none
		wantName   string
		validation bool
	}{
		{
			name: "get decodes", call: Call{Op: "W.Get", Method: http.MethodGet, Template: "/things/{id}", Params: []string{"a/b c"}, Query: []string{"x", "1&2"}},
			status: 200, body: `{"name":"n1","extra":true}`, wantPath: "/api/things/a%2Fb%20c", wantName: "n1",
		},
		{
			name: "put sends the model", call: Call{Op: "W.Put", Method: http.MethodPut, Template: "/things/{id}", Params: []string{"t1"}, Body: widget{Name: new("w")}},
			status: 200, body: `{"name":"w"}`, wantPath: "/api/things/t1", wantCT: ContentTypeJSON, wantBody: `{"name":"w"}`, wantName: "w",
		},
		{
			name: "patch with merge-patch", call: Call{Op: "W.Patch", Method: http.MethodPatch, Template: "/things/{id}", Params: []string{"t1"}, Body: widget{Name: new("p")}, ContentType: ContentTypeMergePatch},
			status: 200, body: `{}`, wantPath: "/api/things/t1", wantCT: ContentTypeMergePatch, wantBody: `{"name":"p"}`,
		},
		{
			name: "delete accepts 204 by default", call: Call{Op: "W.Delete", Method: http.MethodDelete, Template: "/things/{id}", Params: []string{"t1"}},
			status: 204, wantPath: "/api/things/t1",
		},
		{
			name: "delete rejects 200 by default", call: Call{Op: "W.Delete", Method: http.MethodDelete, Template: "/things/{id}", Params: []string{"t1"}},
			status: 200, body: `{}`, wantPath: "/api/things/t1", wantErr: 200,
		},
		{
			name: "explicit statuses", call: Call{Op: "W.Run", Method: http.MethodPost, Template: "/things/{id}/run", Params: []string{"t1"}, OK: []int{201}},
			status: 404, body: `{"error":{"code":"NotFound","message":"no"}}`, wantPath: "/api/things/t1/run", wantErr: 404,
		},
		{
			name: "a dot-dot segment never leaves the process", call: Call{Op: "W.Get", Method: http.MethodGet, Template: "/things/{id}", Params: []string{".."}},
			validation: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(tt.status, tt.body) }}
			c, err := NewDataPlaneClient("https://h/api", DataPlaneAuth{Key: azcore.NewKeyCredential("t")}, &policy.ClientOptions{Transport: rec, Retry: noRetry()}, "1")
			if err != nil {
				t.Fatal(err)
			}
			var out widget
			call := tt.call
			if tt.wantName != "" {
				call.Out = &out
			}
			_, err = call.Do(context.Background(), c)
			if tt.validation {
				if !errors.Is(err, ErrInvalidInput) || len(rec.reqs) != 0 {
					t.Fatalf("error %v after %d requests, want a validation error and none", err, len(rec.reqs))
				}
				return
			}
			var se *ServiceError
			switch {
			case tt.wantErr != 0 && (!errors.As(err, &se) || se.StatusCode != tt.wantErr):
				t.Fatalf("error = %v, want a *ServiceError %d", err, tt.wantErr)
			case tt.wantErr == 0 && err != nil:
				t.Fatal(err)
			}
			got := rec.reqs[0]
			if got.URL.EscapedPath() != tt.wantPath || got.Method != tt.call.Method || rec.apiName[0] != tt.call.Op {
				t.Errorf("sent %s %s (api %q)", got.Method, got.URL.EscapedPath(), rec.apiName[0])
			}
			if q := got.URL.Query(); len(tt.call.Query) > 0 && q.Get(tt.call.Query[0]) != tt.call.Query[1] {
				t.Errorf("query = %s", got.URL.RawQuery)
			}
			if got.Header.Get("Content-Type") != tt.wantCT {
				t.Errorf("content type = %q", got.Header.Get("Content-Type"))
			}
			if got.Body != nil {
				b, _ := io.ReadAll(got.Body)
				if string(b) != tt.wantBody {
					t.Errorf("body = %s", b)
				}
			}
			if tt.wantName != "" && (out.Name == nil || *out.Name != tt.wantName) {
				t.Errorf("decoded %+v", out)
			}
		})
	}
}
