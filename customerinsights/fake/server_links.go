package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// LinksServer is a fake for customerinsights.LinksClient: each field
// answers the client method of the same name; a call to a nil field fails
// with an error naming it.
type LinksServer struct {
	// BeginCreateOrUpdate answers LinksClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, linkName string, parameters ci.LinkResourceFormat, options *ci.LinksClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.LinksClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers LinksClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, linkName string, options *ci.LinksClientGetOptions) (resp azfake.Responder[ci.LinksClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers LinksClient.Delete (HTTP status 200, 202).
	Delete func(ctx context.Context, resourceGroupName, hubName, linkName string, options *ci.LinksClientDeleteOptions) (resp azfake.Responder[ci.LinksClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers LinksClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.LinksClientListByHubOptions) (resp azfake.PagerResponder[ci.LinksClientListByHubResponse])
}

// LinksServerTransport routes LinksClient's requests to a LinksServer. Use it as ClientOptions.Transport.
type LinksServerTransport struct{ transport }

// NewLinksServerTransport returns a transport that answers LinksClient's requests with srv.
func NewLinksServerTransport(srv *LinksServer) *LinksServerTransport {
	return &LinksServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *LinksServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *LinksServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.LinksClientCreateOrUpdateResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.LinksClientListByHubResponse]]
	)
	return routes{
		"LinksClient.BeginCreateOrUpdate": pollBody("LinksClient.BeginCreateOrUpdate", linksItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.LinkResourceFormat) (azfake.PollerResponder[ci.LinksClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"LinksClient.Get": respond("LinksClient.Get", linksItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.LinksClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"LinksClient.Delete": respond("LinksClient.Delete", linksItemPath, func() bool { return srv.Delete != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.LinksClientDeleteResponse], azfake.ErrorResponder) {
				return srv.Delete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted),
		"LinksClient.NewListByHubPager": page("LinksClient.NewListByHubPager", linksPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.LinksClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.LinksClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
