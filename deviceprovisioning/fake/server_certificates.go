package fake

import (
	"context"
	"maps"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/fakeserver"
)

// CertificatesServer is a fake for deviceprovisioning.CertificatesClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type CertificatesServer struct {
	// CreateOrUpdate answers CreateOrUpdate (HTTP status 200); options
	// carry the request's If-Match.
	CreateOrUpdate func(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName string, certificateDescription dps.CertificateResponse, options *dps.CertificatesClientCreateOrUpdateOptions) (resp azfake.Responder[dps.CertificatesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers Get (HTTP status 200); options carry the request's
	// If-Match.
	Get func(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName string, options *dps.CertificatesClientGetOptions) (resp azfake.Responder[dps.CertificatesClientGetResponse], errResp azfake.ErrorResponder)
	// List answers List (HTTP status 200).
	List func(ctx context.Context, resourceGroupName, provisioningServiceName string, options *dps.CertificatesClientListOptions) (resp azfake.Responder[dps.CertificatesClientListResponse], errResp azfake.ErrorResponder)
	// Delete answers Delete (HTTP status 200 or 204).
	Delete func(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, options *dps.CertificatesClientDeleteOptions) (resp azfake.Responder[dps.CertificatesClientDeleteResponse], errResp azfake.ErrorResponder)
	// GenerateVerificationCode answers GenerateVerificationCode (HTTP
	// status 200).
	GenerateVerificationCode func(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, options *dps.CertificatesClientGenerateVerificationCodeOptions) (resp azfake.Responder[dps.CertificatesClientGenerateVerificationCodeResponse], errResp azfake.ErrorResponder)
	// VerifyCertificate answers VerifyCertificate (HTTP status 200).
	VerifyCertificate func(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, request dps.VerificationCodeRequest, options *dps.CertificatesClientVerifyCertificateOptions) (resp azfake.Responder[dps.CertificatesClientVerifyCertificateResponse], errResp azfake.ErrorResponder)
}

// OperationsServer is a fake for deviceprovisioning.OperationsClient.
type OperationsServer struct {
	// NewListPager answers NewListPager (and ListIter); the fake adds the
	// nextLinks.
	NewListPager func(options *dps.OperationsClientListOptions) (resp azfake.PagerResponder[dps.OperationsClientListResponse])
}

// Path templates of the certificate operations, as the client fills them.
const (
	certificatesPath = servicePath + "/certificates"
	certificatePath  = certificatesPath + "/{certificateName}"
	operationsPath   = "/providers/Microsoft.Devices/operations"
)

// CertificatesServerTransport routes CertificatesClient's requests to a
// CertificatesServer. Use it as ClientOptions.Transport.
type CertificatesServerTransport struct{ t *fakeserver.Transport }

// NewCertificatesServerTransport returns a transport that answers
// CertificatesClient's requests with srv.
func NewCertificatesServerTransport(srv *CertificatesServer) *CertificatesServerTransport {
	return &CertificatesServerTransport{fakeserver.NewTransport(certificateRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *CertificatesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

// OperationsServerTransport routes OperationsClient's requests to an
// OperationsServer. Use it as ClientOptions.Transport.
type OperationsServerTransport struct{ t *fakeserver.Transport }

// NewOperationsServerTransport returns a transport that answers
// OperationsClient's requests with srv.
func NewOperationsServerTransport(srv *OperationsServer) *OperationsServerTransport {
	return &OperationsServerTransport{fakeserver.NewTransport(operationRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *OperationsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// ServerFactory holds a fake server for each ARM client of the package;
// NewServerFactoryTransport routes every client's requests to the right
// one, so that one transport backs a deviceprovisioning.ClientFactory.
type ServerFactory struct {
	ProvisioningServicesServer ProvisioningServicesServer
	CertificatesServer         CertificatesServer
	OperationsServer           OperationsServer
}

// ServerFactoryTransport routes the requests of every ARM client of the
// package to the servers of a ServerFactory.
type ServerFactoryTransport struct{ t *fakeserver.Transport }

// NewServerFactoryTransport returns a transport that answers the requests
// of every client a ClientFactory hands out with the servers of srv.
func NewServerFactoryTransport(srv *ServerFactory) *ServerFactoryTransport {
	all := routes(&srv.ProvisioningServicesServer)
	maps.Copy(all, certificateRoutes(&srv.CertificatesServer))
	maps.Copy(all, operationRoutes(&srv.OperationsServer))
	return &ServerFactoryTransport{fakeserver.NewTransport(all)}
}

// Do implements policy.Transporter.
func (t *ServerFactoryTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// routeOf returns a handler that runs h, or fails with NotImplemented
// naming client.method when the server's field for it is nil.
func routeOf(client, method string, set func() bool, h fakeserver.Handler) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(client + "." + method)
		}
		return h(req)
	}
}

// ifMatch returns the request's If-Match, or nil.
func ifMatch(req *http.Request) *string {
	if v := req.Header.Get("If-Match"); v != "" {
		return &v
	}
	return nil
}

func certificateRoutes(srv *CertificatesServer) map[string]fakeserver.Handler {
	const c = "CertificatesClient"
	answer := func(method string, set func() bool, template string, call func(req *http.Request, p []string) (*http.Response, error)) (string, fakeserver.Handler) {
		return c + "." + method, routeOf(c, method, set, func(req *http.Request) (*http.Response, error) {
			p, err := fakeserver.PathParams(template, req)
			if err != nil {
				return nil, err
			}
			return call(req, p)
		})
	}
	ok := []int{http.StatusOK}
	routes := map[string]fakeserver.Handler{}
	add := func(name string, h fakeserver.Handler) { routes[name] = h }
	add(answer("CreateOrUpdate", func() bool { return srv.CreateOrUpdate != nil }, certificatePath, func(req *http.Request, p []string) (*http.Response, error) {
		body, err := fakeserver.Body[dps.CertificateResponse](req)
		if err != nil {
			return nil, err
		}
		resp, errResp := srv.CreateOrUpdate(req.Context(), p[1], p[2], p[3], body, &dps.CertificatesClientCreateOrUpdateOptions{IfMatch: ifMatch(req)})
		return fakeserver.Reply(req, resp, errResp, ok...)
	}))
	add(answer("Get", func() bool { return srv.Get != nil }, certificatePath, func(req *http.Request, p []string) (*http.Response, error) {
		resp, errResp := srv.Get(req.Context(), p[1], p[2], p[3], &dps.CertificatesClientGetOptions{IfMatch: ifMatch(req)})
		return fakeserver.Reply(req, resp, errResp, ok...)
	}))
	add(answer("List", func() bool { return srv.List != nil }, certificatesPath, func(req *http.Request, p []string) (*http.Response, error) {
		resp, errResp := srv.List(req.Context(), p[1], p[2], nil)
		return fakeserver.Reply(req, resp, errResp, ok...)
	}))
	add(answer("Delete", func() bool { return srv.Delete != nil }, certificatePath, func(req *http.Request, p []string) (*http.Response, error) {
		resp, errResp := srv.Delete(req.Context(), p[1], p[2], p[3], req.Header.Get("If-Match"), nil)
		return fakeserver.Reply(req, resp, errResp, http.StatusOK, http.StatusNoContent)
	}))
	add(answer("GenerateVerificationCode", func() bool { return srv.GenerateVerificationCode != nil }, certificatePath+"/generateVerificationCode", func(req *http.Request, p []string) (*http.Response, error) {
		resp, errResp := srv.GenerateVerificationCode(req.Context(), p[1], p[2], p[3], req.Header.Get("If-Match"), nil)
		return fakeserver.Reply(req, resp, errResp, ok...)
	}))
	add(answer("VerifyCertificate", func() bool { return srv.VerifyCertificate != nil }, certificatePath+"/verify", func(req *http.Request, p []string) (*http.Response, error) {
		body, err := fakeserver.Body[dps.VerificationCodeRequest](req)
		if err != nil {
			return nil, err
		}
		resp, errResp := srv.VerifyCertificate(req.Context(), p[1], p[2], p[3], req.Header.Get("If-Match"), body, nil)
		return fakeserver.Reply(req, resp, errResp, ok...)
	}))
	return routes
}

func operationRoutes(srv *OperationsServer) map[string]fakeserver.Handler {
	var pages fakeserver.Tracker[azfake.PagerResponder[dps.OperationsClientListResponse]]
	return map[string]fakeserver.Handler{
		"OperationsClient.NewListPager": routeOf("OperationsClient", "NewListPager", func() bool { return srv.NewListPager != nil }, func(req *http.Request) (*http.Response, error) {
			return page(&pages, req, operationsPath, func([]string) azfake.PagerResponder[dps.OperationsClientListResponse] {
				return srv.NewListPager(nil)
			}, func(r *dps.OperationsClientListResponse) **string { return &r.NextLink })
		}),
	}
}
