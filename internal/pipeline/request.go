package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"

	"github.com/azclients/azclients/internal/wire"
)

// Path fills the {placeholders} of template, in order, with values escaped
// by url.PathEscape. A value that is empty, "." or "..", or that holds a
// control character, is a validation error naming the placeholder:
// escaping already keeps '/', '?' and '#' from changing the path's shape,
// but a dot segment would still be resolved by servers and proxies, and no
// service names a resource with a control character.
func Path(template string, values ...string) (string, error) {
	var b strings.Builder
	b.Grow(len(template) + 16*len(values))
	var v Validator
	rest, n := template, 0
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		closing := strings.IndexByte(rest[open:], '}')
		if closing < 0 {
			panic("pipeline.Path: unclosed placeholder in " + template)
		}
		name := rest[open+1 : open+closing]
		if n >= len(values) {
			panic("pipeline.Path: too few values for " + template)
		}
		value := values[n]
		n++
		switch {
		case value == "":
			v.Fail(name, value, "is required")
		case value == "." || value == "..":
			v.Fail(name, value, "must not be a dot segment")
		case strings.ContainsFunc(value, unicode.IsControl):
			v.Fail(name, value, "must not contain control characters")
		}
		b.WriteString(rest[:open])
		b.WriteString(url.PathEscape(value))
		rest = rest[open+closing+1:]
	}
	if n != len(values) {
		panic("pipeline.Path: too many values for " + template)
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	return b.String(), nil
}

// NewRequest builds a request for path (already filled by Path) on the
// client's endpoint, with the api-version query parameter and
// Accept: application/json.
func (c *Client) NewRequest(ctx context.Context, method, path string) (*policy.Request, error) {
	req, err := runtime.NewRequest(ctx, method, c.endpoint+path)
	if err != nil {
		return nil, err
	}
	raw := req.Raw()
	raw.URL.RawQuery = "api-version=" + url.QueryEscape(c.apiVersion)
	raw.Header["Accept"] = []string{"application/json"}
	return req, nil
}

// SetQuery adds a query parameter to req.
func SetQuery(req *policy.Request, name, value string) {
	u := req.Raw().URL
	u.RawQuery += "&" + url.QueryEscape(name) + "=" + url.QueryEscape(value)
}

// Content types for request bodies.
const (
	ContentTypeJSON       = "application/json"
	ContentTypeMergePatch = "application/merge-patch+json"
)

// SetBody encodes v as the JSON body of req with the given content type,
// through the lossless codec (internal/wire).
func SetBody(req *policy.Request, v any, contentType string) error {
	body, err := wire.Marshal(v)
	var unsupported *wire.UnsupportedValueError
	if errors.As(err, &unsupported) {
		// NaN, ±Inf, invalid raw JSON: the caller's input, refused before
		// anything is sent.
		field := "body"
		if unsupported.Field != "" {
			field += "." + unsupported.Field
		}
		return &ValidationError{Field: field, Value: quoteValue(Secret{}), Rule: unsupported.Msg}
	}
	if err != nil {
		return err
	}
	return req.SetBody(streaming.NopCloser(bytes.NewReader(body)), contentType)
}

// DecodeError reports a JSON value that does not fit its model; see
// wire.DecodeError.
type DecodeError = wire.DecodeError

// noBodyLogging marks a request whose body or answer carries a secret.
type noBodyLogging struct{}

// NoBodyLogging marks req as carrying a secret in its body or its answer's
// (keys, connection strings, tokens): Send sends it through a pipeline that
// never logs bodies, whatever Logging.IncludeBody says. Headers and the
// sanitized URL are still logged.
func NoBodyLogging(req *policy.Request) { req.SetOperationValue(noBodyLogging{}) }

// SetIfMatch sets If-Match when etag is not empty.
func SetIfMatch(req *policy.Request, etag *string) {
	if etag != nil && *etag != "" {
		req.Raw().Header.Set("If-Match", *etag)
	}
}

// Send sends req and returns the response when its status is one of ok;
// otherwise it returns the response's *ServiceError.
func (c *Client) Send(req *policy.Request, ok ...int) (*http.Response, error) {
	pl := c.pl
	var mark noBodyLogging
	if req.OperationValue(&mark) {
		pl = c.quiet
	}
	resp, err := pl.Do(req)
	if err != nil && (resp == nil || runtime.HasStatusCode(resp, ok...)) {
		return nil, err
	}
	// A policy may fail on an answer it inspects (azcore's ARM
	// provider-registration policy cannot parse a 409 whose body is not
	// JSON): the service's answer is the error the caller needs.
	if !runtime.HasStatusCode(resp, ok...) {
		return nil, NewServiceError(resp)
	}
	return resp, nil
}

// DecodeBody reads resp's body into a model (or any JSON target). An empty
// body is an error: the operations that call it promise a document.
func DecodeBody(resp *http.Response, v any) error {
	body, err := runtime.Payload(resp)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return &DecodeError{Model: typeName(v), Msg: "the response has no body"}
	}
	return wire.Unmarshal(body, v)
}

func typeName(v any) string {
	s := strings.TrimPrefix(strings.TrimPrefix(fmt.Sprintf("%T", v), "*"), "[]")
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return s
}
