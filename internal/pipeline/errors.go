package pipeline

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// maxErrorBody caps how much of an error response is read when azcore has
// not already buffered it: enough for any real error document, small
// enough that a hostile or broken server cannot make it expensive.
const maxErrorBody = 64 << 10

// ServiceError is the error returned for every response whose status code
// the operation does not accept. It is decoded once, from whichever error
// document the service sent:
//
//   - ARM: {"error":{"code","message","target","details":[...],"additionalInfo":[...]}}
//   - IoT Hub DPS: {"code": 400201 or "…", "httpStatusCode", "message", "details"}
//   - the DPS service API: {"errorCode": 401002, "trackingId", "message", "timestampUtc"}
//   - IoT Central: {"error":{"code","message","requestId","time"}} plus x-ms-error-code
//   - anything else (empty, not JSON, truncated): Code from x-ms-error-code
//     or the status text, Message from the start of the body.
//
// errors.As(err, &respErr) with a *azcore.ResponseError also works: it is
// what Unwrap returns, with ErrorCode set to Code.
type ServiceError struct {
	StatusCode int    // HTTP status code
	Code       string // the service's error code; never empty
	Message    string
	Target     string // ARM: the element the error is about
	// Details holds ARM's nested errors.
	Details []ErrorDetail
	// AdditionalInfo holds ARM's typed extra information.
	AdditionalInfo []ErrorAdditionalInfo
	// DetailText holds DPS's "details", which is a string.
	DetailText string
	// RequestID is IoT Central's requestId, or the x-ms-request-id header.
	RequestID string
	// Time is IoT Central's error time stamp, as sent.
	Time string
	// Method and Path identify the request; the query string is never kept
	// since it may hold signed tokens.
	Method string
	Path   string

	resp *azcore.ResponseError
}

// ErrorDetail is one ARM error detail; details nest.
type ErrorDetail struct {
	Code           string                `json:"code,omitempty"`
	Message        string                `json:"message,omitempty"`
	Target         string                `json:"target,omitempty"`
	Details        []ErrorDetail         `json:"details,omitempty"`
	AdditionalInfo []ErrorAdditionalInfo `json:"additionalInfo,omitempty"`
}

// ErrorAdditionalInfo is ARM's typed additional error information.
type ErrorAdditionalInfo struct {
	Type string          `json:"type,omitempty"`
	Info json.RawMessage `json:"info,omitempty"`
}

// Error returns "METHOD /path: 404 ResourceNotFound: message".
func (e *ServiceError) Error() string {
	var b strings.Builder
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(strconv.Itoa(e.StatusCode))
	b.WriteByte(' ')
	b.WriteString(e.Code)
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	if e.Target != "" {
		b.WriteString(" (target ")
		b.WriteString(e.Target)
		b.WriteByte(')')
	}
	if e.RequestID != "" {
		b.WriteString(" [request ")
		b.WriteString(e.RequestID)
		b.WriteByte(']')
	}
	return b.String()
}

// Unwrap returns the *azcore.ResponseError for the same response.
func (e *ServiceError) Unwrap() error { return e.resp }

// NewServiceError decodes resp's body into a *ServiceError. A body that
// azcore already buffered is read whole, however large, in one linear pass
// (see decodeDocument); any other body is read up to 64 KiB. The body
// stays readable on the wrapped ResponseError.
func NewServiceError(resp *http.Response) error {
	var body []byte
	if buffered, ok := resp.Body.(interface{ Bytes() []byte }); ok {
		body = buffered.Bytes()
	} else if resp.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		_ = resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
	}
	e := DecodeServiceError(resp.StatusCode, resp.Header, body)
	if req := resp.Request; req != nil {
		e.Method = req.Method
		if req.URL != nil {
			e.Path = truncate(req.URL.EscapedPath(), maxTextLen)
		}
	}
	e.resp = &azcore.ResponseError{ErrorCode: e.Code, StatusCode: resp.StatusCode, RawResponse: resp}
	return e
}

// DecodeServiceError decodes an error document without the response around
// it; it never fails: what cannot be decoded becomes the status text and a
// short excerpt of the body. Its time is linear in len(body) whatever the
// document's nesting, and every string it keeps is capped.
func DecodeServiceError(status int, header http.Header, body []byte) *ServiceError {
	e := &ServiceError{StatusCode: status}
	if header != nil {
		e.RequestID = truncate(header.Get("x-ms-request-id"), maxCodeLen)
	}
	// The leading document is taken even when the body was cut or trailed
	// by junk.
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && !(trimmed[0] == '{' && e.decodeDocument(trimmed)) {
		e.Message = excerpt(trimmed)
	}
	if header != nil {
		if hc := header.Get("x-ms-error-code"); hc != "" && e.Code == "" {
			e.Code = truncate(hc, maxCodeLen)
		}
	}
	if e.Code == "" {
		e.Code = strings.ReplaceAll(http.StatusText(status), " ", "")
		if e.Code == "" {
			e.Code = "HTTP" + strconv.Itoa(status)
		}
	}
	return e
}

// excerpt keeps the start of a body that is not a known error document, on
// one line, so that a proxy's HTML page does not flood a log.
func excerpt(b []byte) string {
	const max = 256
	return truncate(strings.Join(strings.Fields(string(b[:min(len(b), max*4)])), " "), max)
}
