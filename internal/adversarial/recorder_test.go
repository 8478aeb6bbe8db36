package adversarial_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
)

// seenRequest is what a recordingTransport received.
type seenRequest struct {
	method, path, query string // path escaped as sent
	body                []byte
}

// recorder collects the requests of one call; it travels in the call's
// context, so calls on shared clients can run in parallel.
type recorder struct {
	mu   sync.Mutex
	reqs []seenRequest
}

type recorderKey struct{}

func withRecorder(ctx context.Context) (context.Context, *recorder) {
	r := &recorder{}
	return context.WithValue(ctx, recorderKey{}, r), r
}

func (r *recorder) requests() []seenRequest {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]seenRequest(nil), r.reqs...)
}

// notFoundTransport records every request in the recorder of its context
// and answers 404 with the error shape of the service the host names.
type notFoundTransport struct {
	stray atomic.Int64 // requests without a recorder
}

func (tr *notFoundTransport) Do(req *http.Request) (*http.Response, error) {
	var sent []byte
	if req.Body != nil {
		sent, _ = io.ReadAll(req.Body)
		_ = req.Body.Close()
	}
	if r, ok := req.Context().Value(recorderKey{}).(*recorder); ok {
		r.mu.Lock()
		r.reqs = append(r.reqs, seenRequest{method: req.Method, path: req.URL.EscapedPath(), query: req.URL.RawQuery, body: sent})
		r.mu.Unlock()
	} else {
		tr.stray.Add(1)
	}
	body := notFoundBody(req)
	return &http.Response{
		StatusCode:    http.StatusNotFound,
		Status:        "404 Not Found",
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json; charset=utf-8"}},
		Body:          io.NopCloser(strings.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}, nil
}

// notFoundBody is the 404 body each service sends: DPS (resource provider
// and service API) its own shape with a numeric code, IoT Central and ARM
// an "error" object.
func notFoundBody(req *http.Request) string {
	switch {
	case strings.HasSuffix(req.URL.Host, ".azure-devices-provisioning.net"),
		strings.Contains(req.URL.Path, "/providers/Microsoft.Devices/"):
		return `{"code":404201,"httpStatusCode":404,"message":"The requested resource was not found.","trackingId":"adversarial"}`
	case strings.HasSuffix(req.URL.Host, ".azureiotcentral.com"):
		return `{"error":{"code":"NotFound","message":"The requested resource was not found.","requestId":"adversarial","time":"Sun, 01 Nov 2026 00:00:00 GMT"}}`
	default:
		return `{"error":{"code":"ResourceNotFound","message":"The resource was not found."}}`
	}
}
