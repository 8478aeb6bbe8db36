package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
)

// The four route shapes every Server of the package shares. Each turns a
// request into the arguments of the Server function that answers it (p
// holds the path values: subscription, resource group, then the names),
// and that function's responder into the HTTP answer. A nil function is an
// error naming the method.

// getRoute answers a single-response method (200).
func getRoute[R any](op, template string, set func() bool, fn func(ctx context.Context, p []string) (azfake.Responder[R], azfake.ErrorResponder)) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		p, err := fakeserver.PathParams(template, req)
		if err != nil {
			return nil, err
		}
		resp, errResp := fn(req.Context(), p)
		return fakeserver.Reply(req, resp, errResp, http.StatusOK)
	}
}

// bodyRoute answers a single-response method that takes a body of type M
// (a PATCH, 200).
func bodyRoute[M, R any](op, template string, set func() bool, fn func(ctx context.Context, p []string, body M) (azfake.Responder[R], azfake.ErrorResponder)) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		p, err := fakeserver.PathParams(template, req)
		if err != nil {
			return nil, err
		}
		body, err := fakeserver.Body[M](req)
		if err != nil {
			return nil, err
		}
		resp, errResp := fn(req.Context(), p, body)
		return fakeserver.Reply(req, resp, errResp, http.StatusOK)
	}
}

// createRoute answers a create-or-update poller (200 or 201) whose body
// is of type M.
func createRoute[M, R any](op, template string, set func() bool, fn func(ctx context.Context, p []string, body M) (azfake.PollerResponder[R], azfake.ErrorResponder)) fakeserver.Handler {
	var tr fakeserver.Tracker[azfake.PollerResponder[R]]
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		return fakeserver.Poll(&tr, req, func() (azfake.PollerResponder[R], azfake.ErrorResponder, error) {
			var zero azfake.PollerResponder[R]
			p, err := fakeserver.PathParams(template, req)
			if err != nil {
				return zero, azfake.ErrorResponder{}, err
			}
			body, err := fakeserver.Body[M](req)
			if err != nil {
				return zero, azfake.ErrorResponder{}, err
			}
			resp, errResp := fn(req.Context(), p, body)
			return resp, errResp, nil
		}, http.StatusOK, http.StatusCreated)
	}
}

// deleteRoute answers a delete poller (200, 202 or 204).
func deleteRoute[R any](op, template string, set func() bool, fn func(ctx context.Context, p []string) (azfake.PollerResponder[R], azfake.ErrorResponder)) fakeserver.Handler {
	var tr fakeserver.Tracker[azfake.PollerResponder[R]]
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		return fakeserver.Poll(&tr, req, func() (azfake.PollerResponder[R], azfake.ErrorResponder, error) {
			p, err := fakeserver.PathParams(template, req)
			if err != nil {
				return azfake.PollerResponder[R]{}, azfake.ErrorResponder{}, err
			}
			resp, errResp := fn(req.Context(), p)
			return resp, errResp, nil
		}, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
	}
}

// listRoute answers a pager; the fake adds the nextLinks with setNext.
func listRoute[R any](op, template string, set func() bool, fn func(p []string) azfake.PagerResponder[R], setNext func(page *R, link string)) fakeserver.Handler {
	var tr fakeserver.Tracker[azfake.PagerResponder[R]]
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		return fakeserver.Page(&tr, req, func() (azfake.PagerResponder[R], error) {
			p, err := fakeserver.PathParams(template, req)
			if err != nil {
				return azfake.PagerResponder[R]{}, err
			}
			return fn(p), nil
		}, setNext)
	}
}

// ServerFactory holds one fake Server per client of the package; a client
// of any kind whose Transport is NewServerFactoryTransport(&factory) is
// answered by the matching Server. Set the Servers (and their functions) a
// test uses.
type ServerFactory struct {
	// InstancesServer answers iotoperations.InstancesClient.
	InstancesServer InstancesServer
	// DataflowProfilesServer answers iotoperations.DataflowProfilesClient.
	DataflowProfilesServer DataflowProfilesServer
	// BrokersServer answers iotoperations.BrokersClient.
	BrokersServer BrokersServer
	// BrokerListenersServer answers iotoperations.BrokerListenersClient.
	BrokerListenersServer BrokerListenersServer
	// BrokerAuthenticationsServer answers iotoperations.BrokerAuthenticationsClient.
	BrokerAuthenticationsServer BrokerAuthenticationsServer
	// BrokerAuthorizationsServer answers iotoperations.BrokerAuthorizationsClient.
	BrokerAuthorizationsServer BrokerAuthorizationsServer
	// DataflowEndpointsServer answers iotoperations.DataflowEndpointsClient.
	DataflowEndpointsServer DataflowEndpointsServer
	// DataflowsServer answers iotoperations.DataflowsClient.
	DataflowsServer DataflowsServer
	// DataflowGraphsServer answers iotoperations.DataflowGraphsClient.
	DataflowGraphsServer DataflowGraphsServer
	// RegistryEndpointsServer answers iotoperations.RegistryEndpointsClient.
	RegistryEndpointsServer RegistryEndpointsServer
	// AkriConnectorTemplatesServer answers iotoperations.AkriConnectorTemplatesClient.
	AkriConnectorTemplatesServer AkriConnectorTemplatesServer
	// AkriConnectorsServer answers iotoperations.AkriConnectorsClient.
	AkriConnectorsServer AkriConnectorsServer
	// OperationsServer answers iotoperations.OperationsClient.
	OperationsServer OperationsServer
}

// ServerFactoryTransport routes the requests of every client of the
// package to the Servers of a ServerFactory. Use it as
// ClientOptions.Transport.
type ServerFactoryTransport struct {
	t *fakeserver.Transport
}

// NewServerFactoryTransport returns a transport that answers every
// client's requests with the matching Server of srv.
func NewServerFactoryTransport(srv *ServerFactory) *ServerFactoryTransport {
	routes := map[string]fakeserver.Handler{}
	for _, r := range []map[string]fakeserver.Handler{
		srv.InstancesServer.routes(),
		srv.DataflowProfilesServer.routes(),
		srv.BrokersServer.routes(),
		srv.BrokerListenersServer.routes(),
		srv.BrokerAuthenticationsServer.routes(),
		srv.BrokerAuthorizationsServer.routes(),
		srv.DataflowEndpointsServer.routes(),
		srv.DataflowsServer.routes(),
		srv.DataflowGraphsServer.routes(),
		srv.RegistryEndpointsServer.routes(),
		srv.AkriConnectorTemplatesServer.routes(),
		srv.AkriConnectorsServer.routes(),
		srv.OperationsServer.routes(),
	} {
		for name, h := range r {
			routes[name] = h
		}
	}
	return &ServerFactoryTransport{fakeserver.NewTransport(routes)}
}

// Do implements policy.Transporter.
func (t *ServerFactoryTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }
