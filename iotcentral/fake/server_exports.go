package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// ExportsServer is a fake for iotcentral.ExportsClient: each field answers the client
// method of the same name (iterators use the pager fields). Set the fields
// a test uses; a call to a nil field fails with an error naming it.
type ExportsServer struct {
	// NewListPager answers ExportsClient.NewListPager.
	NewListPager func(options *iotcentral.ExportsClientListOptions) (resp azfake.PagerResponder[iotcentral.ExportsClientListResponse])
	// Get answers ExportsClient.Get.
	Get func(ctx context.Context, exportID string, options *iotcentral.ExportsClientGetOptions) (resp azfake.Responder[iotcentral.ExportsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers ExportsClient.Create.
	Create func(ctx context.Context, exportID string, body iotcentral.Export, options *iotcentral.ExportsClientCreateOptions) (resp azfake.Responder[iotcentral.ExportsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers ExportsClient.Update.
	Update func(ctx context.Context, exportID string, patch iotcentral.Export, options *iotcentral.ExportsClientUpdateOptions) (resp azfake.Responder[iotcentral.ExportsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers ExportsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, exportID string, options *iotcentral.ExportsClientDeleteOptions) (resp azfake.Responder[iotcentral.ExportsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListDestinationsPager answers ExportsClient.NewListDestinationsPager.
	NewListDestinationsPager func(exportID string, options *iotcentral.ExportsClientListDestinationsOptions) (resp azfake.PagerResponder[iotcentral.ExportsClientListDestinationsResponse])
}

// ExportsServerTransport routes ExportsClient's requests to a ExportsServer. Use it as
// ClientOptions.Transport.
type ExportsServerTransport struct{ t *fakeserver.Transport }

// NewExportsServerTransport returns a transport that answers ExportsClient's requests with srv.
func NewExportsServerTransport(srv *ExportsServer) *ExportsServerTransport {
	return &ExportsServerTransport{fakeserver.NewTransport(exportsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *ExportsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func exportsRoutes(srv *ExportsServer) map[string]fakeserver.Handler {
	var (
		list  fakeserver.Tracker[azfake.PagerResponder[iotcentral.ExportsClientListResponse]]
		cross fakeserver.Tracker[azfake.PagerResponder[iotcentral.ExportsClientListDestinationsResponse]]
	)
	const path = "/dataExport/exports/{id}"
	ok := http.StatusOK
	decode := func(req *http.Request) (iotcentral.Export, error) {
		return fakeserver.Body[iotcentral.Export](req)
	}
	return map[string]fakeserver.Handler{
		"ExportsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("ExportsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.ExportsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.ExportsClientListResponse, link string) { page.NextLink = &link })
		},
		"ExportsClient.NewListDestinationsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListDestinationsPager == nil {
				return nil, fakeserver.NotImplemented("ExportsClient.NewListDestinationsPager")
			}
			return fakeserver.Page(&cross, req, func() (azfake.PagerResponder[iotcentral.ExportsClientListDestinationsResponse], error) {
				p, err := fakeserver.PathParams(path+"/destinations", req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.ExportsClientListDestinationsResponse]{}, err
				}
				return srv.NewListDestinationsPager(p[0], nil), nil
			}, func(page *iotcentral.ExportsClientListDestinationsResponse, link string) { page.NextLink = &link })
		},
		"ExportsClient.Get": serve(func() bool { return srv.Get != nil }, "ExportsClient.Get", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.ExportsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"ExportsClient.Create": serve(func() bool { return srv.Create != nil }, "ExportsClient.Create", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.ExportsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := decode(req)
				if err != nil {
					return azfake.Responder[iotcentral.ExportsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"ExportsClient.Update": serve(func() bool { return srv.Update != nil }, "ExportsClient.Update", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.ExportsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := decode(req)
				if err != nil {
					return azfake.Responder[iotcentral.ExportsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"ExportsClient.Delete": serve(func() bool { return srv.Delete != nil }, "ExportsClient.Delete", path, http.StatusNoContent,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.ExportsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}),
	}
}
