package fake

import (
	"context"
	"encoding/json"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// DestinationsServer is a fake for iotcentral.DestinationsClient: each field answers the client
// method of the same name (iterators use the pager fields). Set the fields
// a test uses; a call to a nil field fails with an error naming it.
type DestinationsServer struct {
	// NewListPager answers DestinationsClient.NewListPager.
	NewListPager func(options *iotcentral.DestinationsClientListOptions) (resp azfake.PagerResponder[iotcentral.DestinationsClientListResponse])
	// Get answers DestinationsClient.Get.
	Get func(ctx context.Context, destinationID string, options *iotcentral.DestinationsClientGetOptions) (resp azfake.Responder[iotcentral.DestinationsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers DestinationsClient.Create.
	Create func(ctx context.Context, destinationID string, body iotcentral.Destination, options *iotcentral.DestinationsClientCreateOptions) (resp azfake.Responder[iotcentral.DestinationsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers DestinationsClient.Update.
	Update func(ctx context.Context, destinationID string, patch iotcentral.Destination, options *iotcentral.DestinationsClientUpdateOptions) (resp azfake.Responder[iotcentral.DestinationsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers DestinationsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, destinationID string, options *iotcentral.DestinationsClientDeleteOptions) (resp azfake.Responder[iotcentral.DestinationsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListExportsPager answers DestinationsClient.NewListExportsPager.
	NewListExportsPager func(destinationID string, options *iotcentral.DestinationsClientListExportsOptions) (resp azfake.PagerResponder[iotcentral.DestinationsClientListExportsResponse])
}

// DestinationsServerTransport routes DestinationsClient's requests to a DestinationsServer. Use it as
// ClientOptions.Transport.
type DestinationsServerTransport struct{ t *fakeserver.Transport }

// NewDestinationsServerTransport returns a transport that answers DestinationsClient's requests with srv.
func NewDestinationsServerTransport(srv *DestinationsServer) *DestinationsServerTransport {
	return &DestinationsServerTransport{fakeserver.NewTransport(destinationsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *DestinationsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func destinationsRoutes(srv *DestinationsServer) map[string]fakeserver.Handler {
	var (
		list  fakeserver.Tracker[azfake.PagerResponder[iotcentral.DestinationsClientListResponse]]
		cross fakeserver.Tracker[azfake.PagerResponder[iotcentral.DestinationsClientListExportsResponse]]
	)
	const path = "/dataExport/destinations/{id}"
	ok := http.StatusOK
	decode := func(req *http.Request) (iotcentral.Destination, error) {
		raw, err := fakeserver.Body[json.RawMessage](req)
		var v iotcentral.Destination
		if err == nil {
			if err = wire.Unmarshal(raw, &v); err != nil {
				err = fakeserver.NonRetriable(err)
			}
		}
		return v, err
	}
	return map[string]fakeserver.Handler{
		"DestinationsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DestinationsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DestinationsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.DestinationsClientListResponse, link string) { page.NextLink = &link })
		},
		"DestinationsClient.NewListExportsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListExportsPager == nil {
				return nil, fakeserver.NotImplemented("DestinationsClient.NewListExportsPager")
			}
			return fakeserver.Page(&cross, req, func() (azfake.PagerResponder[iotcentral.DestinationsClientListExportsResponse], error) {
				p, err := fakeserver.PathParams(path+"/exports", req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DestinationsClientListExportsResponse]{}, err
				}
				return srv.NewListExportsPager(p[0], nil), nil
			}, func(page *iotcentral.DestinationsClientListExportsResponse, link string) { page.NextLink = &link })
		},
		"DestinationsClient.Get": serve(func() bool { return srv.Get != nil }, "DestinationsClient.Get", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DestinationsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"DestinationsClient.Create": serve(func() bool { return srv.Create != nil }, "DestinationsClient.Create", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DestinationsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := decode(req)
				if err != nil {
					return azfake.Responder[iotcentral.DestinationsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DestinationsClient.Update": serve(func() bool { return srv.Update != nil }, "DestinationsClient.Update", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DestinationsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := decode(req)
				if err != nil {
					return azfake.Responder[iotcentral.DestinationsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DestinationsClient.Delete": serve(func() bool { return srv.Delete != nil }, "DestinationsClient.Delete", path, http.StatusNoContent,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DestinationsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}),
	}
}
