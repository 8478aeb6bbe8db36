package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// DashboardsServer is a fake for
// iotcentral.DashboardsClient: each field answers the client
// method of the same name (ListIter uses NewListPager). Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type DashboardsServer struct {
	// NewListPager answers DashboardsClient.NewListPager.
	NewListPager func(options *iotcentral.DashboardsClientListOptions) (resp azfake.PagerResponder[iotcentral.DashboardsClientListResponse])
	// Get answers DashboardsClient.Get.
	Get func(ctx context.Context, dashboardID string, options *iotcentral.DashboardsClientGetOptions) (resp azfake.Responder[iotcentral.DashboardsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers DashboardsClient.Create.
	Create func(ctx context.Context, dashboardID string, dashboard iotcentral.Dashboard, options *iotcentral.DashboardsClientCreateOptions) (resp azfake.Responder[iotcentral.DashboardsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers DashboardsClient.Update.
	Update func(ctx context.Context, dashboardID string, patch iotcentral.Dashboard, options *iotcentral.DashboardsClientUpdateOptions) (resp azfake.Responder[iotcentral.DashboardsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers DashboardsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, dashboardID string, options *iotcentral.DashboardsClientDeleteOptions) (resp azfake.Responder[iotcentral.DashboardsClientDeleteResponse], errResp azfake.ErrorResponder)
}

// DashboardsServerTransport routes DashboardsClient's
// requests to a DashboardsServer. Use it as
// ClientOptions.Transport.
type DashboardsServerTransport struct{ t *fakeserver.Transport }

// NewDashboardsServerTransport returns a transport that answers
// DashboardsClient's requests with srv.
func NewDashboardsServerTransport(srv *DashboardsServer) *DashboardsServerTransport {
	return &DashboardsServerTransport{fakeserver.NewTransport(dashboardsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *DashboardsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func dashboardsRoutes(srv *DashboardsServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.DashboardsClientListResponse]]
	const path = "/dashboards/{dashboardId}"
	ok := http.StatusOK
	return map[string]fakeserver.Handler{
		"DashboardsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DashboardsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DashboardsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.DashboardsClientListResponse, link string) { page.NextLink = &link })
		},
		"DashboardsClient.Get": serve(func() bool { return srv.Get != nil }, "DashboardsClient.Get", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DashboardsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"DashboardsClient.Create": serve(func() bool { return srv.Create != nil }, "DashboardsClient.Create", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DashboardsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.Dashboard](req)
				if err != nil {
					return azfake.Responder[iotcentral.DashboardsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DashboardsClient.Update": serve(func() bool { return srv.Update != nil }, "DashboardsClient.Update", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DashboardsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.Dashboard](req)
				if err != nil {
					return azfake.Responder[iotcentral.DashboardsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DashboardsClient.Delete": serve(func() bool { return srv.Delete != nil }, "DashboardsClient.Delete", path, http.StatusNoContent,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DashboardsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}),
	}
}
