// Package fake holds two test doubles for the clients of package
// customerinsights, both plugged in as ClientOptions.Transport:
//
//   - azfake-style servers, one per client (ProfilesServer, HubsServer,
//     KpiServer, ...), whose function fields answer each client method;
//     ServerFactory gathers them behind one transport
//     (NewServerFactoryTransport) for a ClientFactory.
//   - Emulator (NewEmulator), an in-memory service that speaks the wire
//     protocol and keeps state.
package fake

import (
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
)

// routes maps API names ("<Client>.<Method>") to their handlers.
type routes map[string]fakeserver.Handler

// handler is a generic route of a server: it extracts the path
// parameters of tmpl (p[0] is the subscription) and answers with call,
// or fails naming the method when its field is not set.
func handler(name, tmpl string, set func() bool, answer func(req *http.Request, p []string) (*http.Response, error)) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(name)
		}
		p, err := fakeserver.PathParams(tmpl, req)
		if err != nil {
			return nil, err
		}
		return answer(req, p)
	}
}

// respond is the route of a method answered with an azfake.Responder.
func respond[R any](name, tmpl string, set func() bool, call func(req *http.Request, p []string) (azfake.Responder[R], azfake.ErrorResponder), statuses ...int) fakeserver.Handler {
	return handler(name, tmpl, set, func(req *http.Request, p []string) (*http.Response, error) {
		r, e := call(req, p)
		return fakeserver.Reply(req, r, e, statuses...)
	})
}

// respondBody is respond for a method that takes a JSON body of type B.
func respondBody[B, R any](name, tmpl string, set func() bool, call func(req *http.Request, p []string, body B) (azfake.Responder[R], azfake.ErrorResponder), statuses ...int) fakeserver.Handler {
	return handler(name, tmpl, set, func(req *http.Request, p []string) (*http.Response, error) {
		body, err := fakeserver.Body[B](req)
		if err != nil {
			return nil, err
		}
		r, e := call(req, p, body)
		return fakeserver.Reply(req, r, e, statuses...)
	})
}

// poll is the route of a long-running method answered with an
// azfake.PollerResponder; tr carries the poller across its requests.
func poll[R any](name, tmpl string, set func() bool, tr *fakeserver.Tracker[azfake.PollerResponder[R]], call func(req *http.Request, p []string) (azfake.PollerResponder[R], azfake.ErrorResponder), statuses ...int) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(name)
		}
		return fakeserver.Poll(tr, req, func() (azfake.PollerResponder[R], azfake.ErrorResponder, error) {
			p, err := fakeserver.PathParams(tmpl, req)
			if err != nil {
				return azfake.PollerResponder[R]{}, azfake.ErrorResponder{}, err
			}
			r, e := call(req, p)
			return r, e, nil
		}, statuses...)
	}
}

// pollBody is poll for a method that takes a JSON body of type B.
func pollBody[B, R any](name, tmpl string, set func() bool, tr *fakeserver.Tracker[azfake.PollerResponder[R]], call func(req *http.Request, p []string, body B) (azfake.PollerResponder[R], azfake.ErrorResponder), statuses ...int) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(name)
		}
		return fakeserver.Poll(tr, req, func() (azfake.PollerResponder[R], azfake.ErrorResponder, error) {
			p, err := fakeserver.PathParams(tmpl, req)
			if err != nil {
				return azfake.PollerResponder[R]{}, azfake.ErrorResponder{}, err
			}
			body, err := fakeserver.Body[B](req)
			if err != nil {
				return azfake.PollerResponder[R]{}, azfake.ErrorResponder{}, err
			}
			r, e := call(req, p, body)
			return r, e, nil
		}, statuses...)
	}
}

// page is the route of a pager method answered with an
// azfake.PagerResponder; the fake adds the nextLinks with next.
func page[R any](name, tmpl string, set func() bool, tr *fakeserver.Tracker[azfake.PagerResponder[R]], call func(req *http.Request, p []string) azfake.PagerResponder[R], next func(page *R, link string)) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(name)
		}
		return fakeserver.Page(tr, req, func() (azfake.PagerResponder[R], error) {
			p, err := fakeserver.PathParams(tmpl, req)
			if err != nil {
				return azfake.PagerResponder[R]{}, err
			}
			return call(req, p), nil
		}, next)
	}
}

// queryParam returns the request's query parameter, or nil when absent.
func queryParam(req *http.Request, name string) *string {
	if q := req.URL.Query(); q.Has(name) {
		v := q.Get(name)
		return &v
	}
	return nil
}

// transport is the policy.Transporter of every server of the package.
type transport struct{ t *fakeserver.Transport }

func (t transport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func newTransport(r routes) transport { return transport{fakeserver.NewTransport(r)} }
