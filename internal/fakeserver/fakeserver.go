// Package fakeserver is the machinery shared by the azfake-style fake
// servers of every service package: dispatch on the API name that each
// client method puts in the request context, path-parameter extraction from
// the client's own path templates, and the trackers that carry a pager or a
// poller across the requests of one operation.
//
// A service's fake package declares a Server struct with one function field
// per client method and a transport built with NewTransport; everything else
// is here.
package fakeserver

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/fake/server"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// Handler answers one request for one API name.
type Handler func(req *http.Request) (*http.Response, error)

// Transport is a policy.Transporter that dispatches each request to the
// handler registered for its API name ("<Client>.<Method>").
type Transport struct {
	routes map[string]Handler
}

// NewTransport returns a transport over routes, keyed by API name.
func NewTransport(routes map[string]Handler) *Transport {
	return &Transport{routes: routes}
}

// Do implements policy.Transporter.
func (t *Transport) Do(req *http.Request) (*http.Response, error) {
	name, ok := req.Context().Value(runtime.CtxAPINameKey{}).(string)
	if !ok {
		return nil, NonRetriable(errors.New("fake: the request carries no API name (runtime.CtxAPINameKey)"))
	}
	h, ok := t.routes[name]
	if !ok {
		return nil, NonRetriable(fmt.Errorf("fake: no handler for %s", name))
	}
	return h(req)
}

// NotImplemented is the error for a Server whose function field for the
// method is nil.
func NotImplemented(name string) error {
	return NonRetriable(fmt.Errorf("fake: %s is not implemented: set the Server's %s field", name, name[strings.LastIndexByte(name, '.')+1:]))
}

type nonRetriable struct{ error }

func (nonRetriable) NonRetriable()   {}
func (e nonRetriable) Unwrap() error { return e.error }

// NonRetriable marks err so that azcore's retry policy gives up at once:
// a fake misconfiguration does not heal by retrying.
func NonRetriable(err error) error { return nonRetriable{err} }

// PathParams matches the request path against a client path template (the
// same constant the client fills) and returns the placeholder values in
// order, unescaped. Literal segments compare case-insensitively, as ARM
// does.
func PathParams(template string, req *http.Request) ([]string, error) {
	want := strings.Split(strings.Trim(template, "/"), "/")
	got := strings.Split(strings.Trim(req.URL.EscapedPath(), "/"), "/")
	// the endpoint may carry a base path (IoT Central's /api): match the tail
	if len(got) < len(want) {
		return nil, NonRetriable(fmt.Errorf("fake: path %s does not match %s", req.URL.Path, template))
	}
	got = got[len(got)-len(want):]
	var values []string
	for i, seg := range want {
		if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
			v, err := url.PathUnescape(got[i])
			if err != nil {
				return nil, NonRetriable(fmt.Errorf("fake: bad segment %q: %w", got[i], err))
			}
			values = append(values, v)
			continue
		}
		if !strings.EqualFold(seg, got[i]) {
			return nil, NonRetriable(fmt.Errorf("fake: path %s does not match %s", req.URL.Path, template))
		}
	}
	return values, nil
}

// Reply turns what a Server function returned into an HTTP response: the
// error responder wins, then the status must be one the operation accepts,
// then the content is marshalled as JSON (nobody for no content).
func Reply[T any](req *http.Request, r azfake.Responder[T], e azfake.ErrorResponder, statuses ...int) (*http.Response, error) {
	if err := server.GetError(e, req); err != nil {
		return nil, err
	}
	content := server.GetResponseContent(r)
	if err := checkStatus(content.HTTPStatus, statuses); err != nil {
		return nil, err
	}
	if content.HTTPStatus == http.StatusNoContent {
		return server.NewResponse(content, req, nil)
	}
	return server.MarshalResponseAsJSON(content, server.GetResponse(r), req)
}

func checkStatus(status int, statuses []int) error {
	if slices.Contains(statuses, status) {
		return nil
	}
	return NonRetriable(fmt.Errorf("fake: status %d is not one the operation returns (%v)", status, statuses))
}

// Tracker remembers in-progress pagers or pollers between the requests of
// one operation, keyed by the request path as azfake sanitizes it.
type Tracker[T any] struct {
	mu    sync.Mutex
	items map[string]*T
}

func (t *Tracker[T]) key(req *http.Request) string {
	return server.SanitizePagerPollerPath(req.URL.Path)
}

func (t *Tracker[T]) get(req *http.Request) *T {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.items[t.key(req)]
}

func (t *Tracker[T]) add(req *http.Request, v *T) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.items == nil {
		t.items = make(map[string]*T)
	}
	t.items[t.key(req)] = v
}

func (t *Tracker[T]) remove(req *http.Request) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.items, t.key(req))
}

// Page answers one page request. The first request of an operation calls
// start for the PagerResponder and injects fake nextLinks with setNextLink;
// later requests continue it.
func Page[T any](tr *Tracker[azfake.PagerResponder[T]], req *http.Request, start func() (azfake.PagerResponder[T], error), setNextLink func(page *T, link string)) (*http.Response, error) {
	p := tr.get(req)
	if p == nil {
		r, err := start()
		if err != nil {
			return nil, err
		}
		p = &r
		tr.add(req, p)
		server.PagerResponderInjectNextLinks(p, req, func(page *T, createLink func() string) {
			setNextLink(page, createLink())
		})
	}
	resp, err := server.PagerResponderNext(p, req)
	if err != nil {
		tr.remove(req)
		return nil, err
	}
	if !server.PagerResponderMore(p) {
		tr.remove(req)
	}
	return resp, nil
}

// Poll answers one request of a long-running operation. The first request
// calls start (whose error responder is honoured); later requests are the
// poller's status checks.
func Poll[T any](tr *Tracker[azfake.PollerResponder[T]], req *http.Request, start func() (azfake.PollerResponder[T], azfake.ErrorResponder, error), statuses ...int) (*http.Response, error) {
	p := tr.get(req)
	if p == nil {
		r, e, err := start()
		if err != nil {
			return nil, err
		}
		if err := server.GetError(e, req); err != nil {
			return nil, err
		}
		p = &r
		tr.add(req, p)
	}
	resp, err := server.PollerResponderNext(p, req)
	if err != nil {
		tr.remove(req)
		return nil, err
	}
	if err := checkStatus(resp.StatusCode, statuses); err != nil {
		tr.remove(req)
		return nil, err
	}
	if !server.PollerResponderMore(p) {
		tr.remove(req)
	}
	return resp, nil
}

// Body decodes the request's JSON body into a model.
func Body[T any](req *http.Request) (T, error) {
	v, err := server.UnmarshalRequestAsJSON[T](req)
	if err != nil {
		return v, NonRetriable(err)
	}
	return v, nil
}
