package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ConnectorsServer is a fake for customerinsights.ConnectorsClient: each
// field answers the client method of the same name; a call to a nil field
// fails with an error naming it.
type ConnectorsServer struct {
	// BeginCreateOrUpdate answers ConnectorsClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, connectorName string, parameters ci.ConnectorResourceFormat, options *ci.ConnectorsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.ConnectorsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers ConnectorsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, connectorName string, options *ci.ConnectorsClientGetOptions) (resp azfake.Responder[ci.ConnectorsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers ConnectorsClient.BeginDelete (HTTP status 200, 202, 204).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, connectorName string, options *ci.ConnectorsClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.ConnectorsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers ConnectorsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.ConnectorsClientListByHubOptions) (resp azfake.PagerResponder[ci.ConnectorsClientListByHubResponse])
}

// ConnectorsServerTransport routes ConnectorsClient's requests to a ConnectorsServer. Use it as ClientOptions.Transport.
type ConnectorsServerTransport struct{ transport }

// NewConnectorsServerTransport returns a transport that answers ConnectorsClient's requests with srv.
func NewConnectorsServerTransport(srv *ConnectorsServer) *ConnectorsServerTransport {
	return &ConnectorsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *ConnectorsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *ConnectorsServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.ConnectorsClientCreateOrUpdateResponse]]
		beginDeleteT         fakeserver.Tracker[azfake.PollerResponder[ci.ConnectorsClientDeleteResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.ConnectorsClientListByHubResponse]]
	)
	return routes{
		"ConnectorsClient.BeginCreateOrUpdate": pollBody("ConnectorsClient.BeginCreateOrUpdate", connectorsItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.ConnectorResourceFormat) (azfake.PollerResponder[ci.ConnectorsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"ConnectorsClient.Get": respond("ConnectorsClient.Get", connectorsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ConnectorsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"ConnectorsClient.BeginDelete": poll("ConnectorsClient.BeginDelete", connectorsItemPath, func() bool { return srv.BeginDelete != nil }, &beginDeleteT,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.ConnectorsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent),
		"ConnectorsClient.NewListByHubPager": page("ConnectorsClient.NewListByHubPager", connectorsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.ConnectorsClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.ConnectorsClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
