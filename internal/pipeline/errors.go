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

// maxErrorBody caps how much of an error response is read and kept: enough
// for any real error document, small enough that a hostile or broken server
// cannot make an error string huge.
const maxErrorBody = 64 << 10

// ServiceError is the error returned for every response whose status code
// the operation does not accept. It is decoded once, from whichever error
// document the service sent:
//
//   - ARM: {"error":{"code","message","target","details":[...],"additionalInfo":[...]}}
//   - IoT Hub DPS: {"code": 400201 or "…", "httpStatusCode", "message", "details"}
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

// wireError is the union of the error documents the services send.
type wireError struct {
	Error *struct {
		Code           json.RawMessage       `json:"code"`
		Message        string                `json:"message"`
		Target         string                `json:"target"`
		Details        []ErrorDetail         `json:"details"`
		AdditionalInfo []ErrorAdditionalInfo `json:"additionalInfo"`
		RequestID      string                `json:"requestId"`
		Time           string                `json:"time"`
	} `json:"error"`
	// DPS's flat shape
	Code           json.RawMessage `json:"code"`
	HTTPStatusCode json.RawMessage `json:"httpStatusCode"`
	Message        string          `json:"message"`
	Details        json.RawMessage `json:"details"`
}

// NewServiceError reads (at most 64 KiB of) resp's body and decodes it into a
// *ServiceError. The body stays readable on the wrapped ResponseError.
func NewServiceError(resp *http.Response) error {
	var body []byte
	if resp.Body != nil {
		body, _ = io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		_ = resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
	}
	e := DecodeServiceError(resp.StatusCode, resp.Header, body)
	if req := resp.Request; req != nil {
		e.Method = req.Method
		if req.URL != nil {
			e.Path = req.URL.EscapedPath()
		}
	}
	e.resp = &azcore.ResponseError{ErrorCode: e.Code, StatusCode: resp.StatusCode, RawResponse: resp}
	return e
}

// DecodeServiceError decodes an error document without the response around
// it; it never fails: what cannot be decoded becomes the status text and a
// short excerpt of the body.
func DecodeServiceError(status int, header http.Header, body []byte) *ServiceError {
	e := &ServiceError{StatusCode: status}
	if header != nil {
		e.RequestID = header.Get("x-ms-request-id")
	}
	var w wireError
	// A streaming decode takes the leading document even when the body was
	// cut at maxErrorBody or trailed by junk.
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '{' && json.NewDecoder(bytes.NewReader(trimmed)).Decode(&w) == nil {
		if w.Error != nil {
			e.Code = codeString(w.Error.Code)
			e.Message = w.Error.Message
			e.Target = w.Error.Target
			e.Details = w.Error.Details
			e.AdditionalInfo = w.Error.AdditionalInfo
			e.Time = w.Error.Time
			if w.Error.RequestID != "" {
				e.RequestID = w.Error.RequestID
			}
		} else {
			e.Code = codeString(w.Code)
			e.Message = w.Message
			e.DetailText = detailText(w.Details)
		}
	} else if len(trimmed) > 0 {
		e.Message = excerpt(trimmed)
	}
	if header != nil {
		if hc := header.Get("x-ms-error-code"); hc != "" && e.Code == "" {
			e.Code = hc
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

// codeString accepts a code sent as a string or as a number (DPS sends
// numbers such as 404201).
func codeString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// detailText reads DPS's "details", a string in the spec; anything else is
// kept as compact JSON.
func detailText(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) == nil {
		return buf.String()
	}
	return ""
}

// excerpt keeps the start of a body that is not a known error document, on
// one line, so that a proxy's HTML page does not flood a log.
func excerpt(b []byte) string {
	const max = 256
	s := strings.Join(strings.Fields(string(b[:min(len(b), max*4)])), " ")
	if len(s) > max {
		s = s[:max] + "…"
	}
	return s
}
