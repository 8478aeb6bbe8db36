package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// HubsServer is a fake for customerinsights.HubsClient: each field answers
// the client method of the same name; a call to a nil field fails with an
// error naming it.
type HubsServer struct {
	// CreateOrUpdate answers HubsClient.CreateOrUpdate (HTTP status 200 or 201).
	CreateOrUpdate func(ctx context.Context, resourceGroupName, hubName string, parameters ci.Hub, options *ci.HubsClientCreateOrUpdateOptions) (resp azfake.Responder[ci.HubsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Update answers HubsClient.Update.
	Update func(ctx context.Context, resourceGroupName, hubName string, parameters ci.Hub, options *ci.HubsClientUpdateOptions) (resp azfake.Responder[ci.HubsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers HubsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName string, options *ci.HubsClientGetOptions) (resp azfake.Responder[ci.HubsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers HubsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName string, options *ci.HubsClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.HubsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByResourceGroupPager answers HubsClient.NewListByResourceGroupPager.
	NewListByResourceGroupPager func(resourceGroupName string, options *ci.HubsClientListByResourceGroupOptions) (resp azfake.PagerResponder[ci.HubsClientListByResourceGroupResponse])
	// NewListPager answers HubsClient.NewListPager.
	NewListPager func(options *ci.HubsClientListOptions) (resp azfake.PagerResponder[ci.HubsClientListResponse])
}

// HubsServerTransport routes HubsClient's requests to a HubsServer. Use it
// as ClientOptions.Transport.
type HubsServerTransport struct{ transport }

// NewHubsServerTransport returns a transport that answers HubsClient's
// requests with srv.
func NewHubsServerTransport(srv *HubsServer) *HubsServerTransport {
	return &HubsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *HubsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *HubsServer) routes() routes {
	var (
		deletes fakeserver.Tracker[azfake.PollerResponder[ci.HubsClientDeleteResponse]]
		byRG    fakeserver.Tracker[azfake.PagerResponder[ci.HubsClientListByResourceGroupResponse]]
		all     fakeserver.Tracker[azfake.PagerResponder[ci.HubsClientListResponse]]
	)
	return routes{
		"HubsClient.CreateOrUpdate": respondBody("HubsClient.CreateOrUpdate", hubPath, func() bool { return srv.CreateOrUpdate != nil },
			func(req *http.Request, p []string, body ci.Hub) (azfake.Responder[ci.HubsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.CreateOrUpdate(req.Context(), p[1], p[2], body, nil)
			}, http.StatusOK, http.StatusCreated),
		"HubsClient.Update": respondBody("HubsClient.Update", hubPath, func() bool { return srv.Update != nil },
			func(req *http.Request, p []string, body ci.Hub) (azfake.Responder[ci.HubsClientUpdateResponse], azfake.ErrorResponder) {
				return srv.Update(req.Context(), p[1], p[2], body, nil)
			}, http.StatusOK),
		"HubsClient.Get": respond("HubsClient.Get", hubPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.HubsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], nil)
			}, http.StatusOK),
		"HubsClient.BeginDelete": poll("HubsClient.BeginDelete", hubPath, func() bool { return srv.BeginDelete != nil }, &deletes,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.HubsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], nil)
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent),
		"HubsClient.NewListByResourceGroupPager": page("HubsClient.NewListByResourceGroupPager", hubsPath, func() bool { return srv.NewListByResourceGroupPager != nil }, &byRG,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.HubsClientListByResourceGroupResponse] {
				return srv.NewListByResourceGroupPager(p[1], nil)
			}, func(page *ci.HubsClientListByResourceGroupResponse, link string) { page.NextLink = &link }),
		"HubsClient.NewListPager": page("HubsClient.NewListPager", subscriptionHubsPath, func() bool { return srv.NewListPager != nil }, &all,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.HubsClientListResponse] {
				return srv.NewListPager(nil)
			}, func(page *ci.HubsClientListResponse, link string) { page.NextLink = &link }),
	}
}
