package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// KpiServer is a fake for customerinsights.KpiClient: each field answers
// the client method of the same name; a call to a nil field fails with an
// error naming it.
type KpiServer struct {
	// BeginCreateOrUpdate answers KpiClient.BeginCreateOrUpdate (HTTP status 200 or 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, kpiName string, parameters ci.KpiResourceFormat, options *ci.KpiClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.KpiClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers KpiClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, kpiName string, options *ci.KpiClientGetOptions) (resp azfake.Responder[ci.KpiClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers KpiClient.BeginDelete (HTTP status 200 or 202).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, kpiName string, options *ci.KpiClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.KpiClientDeleteResponse], errResp azfake.ErrorResponder)
	// Reprocess answers KpiClient.Reprocess (HTTP status 202).
	Reprocess func(ctx context.Context, resourceGroupName, hubName, kpiName string, options *ci.KpiClientReprocessOptions) (resp azfake.Responder[ci.KpiClientReprocessResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers KpiClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.KpiClientListByHubOptions) (resp azfake.PagerResponder[ci.KpiClientListByHubResponse])
}

// KpiServerTransport routes KpiClient's requests to a KpiServer. Use it as
// ClientOptions.Transport.
type KpiServerTransport struct{ transport }

// NewKpiServerTransport returns a transport that answers KpiClient's
// requests with srv.
func NewKpiServerTransport(srv *KpiServer) *KpiServerTransport {
	return &KpiServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *KpiServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *KpiServer) routes() routes {
	var (
		creates fakeserver.Tracker[azfake.PollerResponder[ci.KpiClientCreateOrUpdateResponse]]
		deletes fakeserver.Tracker[azfake.PollerResponder[ci.KpiClientDeleteResponse]]
		lists   fakeserver.Tracker[azfake.PagerResponder[ci.KpiClientListByHubResponse]]
	)
	return routes{
		"KpiClient.BeginCreateOrUpdate": pollBody("KpiClient.BeginCreateOrUpdate", kpiPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &creates,
			func(req *http.Request, p []string, body ci.KpiResourceFormat) (azfake.PollerResponder[ci.KpiClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"KpiClient.Get": respond("KpiClient.Get", kpiPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.KpiClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"KpiClient.BeginDelete": poll("KpiClient.BeginDelete", kpiPath, func() bool { return srv.BeginDelete != nil }, &deletes,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.KpiClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted),
		"KpiClient.Reprocess": respond("KpiClient.Reprocess", kpiReprocPath, func() bool { return srv.Reprocess != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.KpiClientReprocessResponse], azfake.ErrorResponder) {
				return srv.Reprocess(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusAccepted),
		"KpiClient.NewListByHubPager": page("KpiClient.NewListByHubPager", kpisPath, func() bool { return srv.NewListByHubPager != nil }, &lists,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.KpiClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.KpiClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
