package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// RelationshipLinksServer is a fake for
// customerinsights.RelationshipLinksClient: each field answers the client
// method of the same name; a call to a nil field fails with an error naming
// it.
type RelationshipLinksServer struct {
	// BeginCreateOrUpdate answers RelationshipLinksClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, parameters ci.RelationshipLinkResourceFormat, options *ci.RelationshipLinksClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.RelationshipLinksClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers RelationshipLinksClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, options *ci.RelationshipLinksClientGetOptions) (resp azfake.Responder[ci.RelationshipLinksClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers RelationshipLinksClient.BeginDelete (HTTP status 200, 202).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, options *ci.RelationshipLinksClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.RelationshipLinksClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers RelationshipLinksClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.RelationshipLinksClientListByHubOptions) (resp azfake.PagerResponder[ci.RelationshipLinksClientListByHubResponse])
}

// RelationshipLinksServerTransport routes RelationshipLinksClient's requests to a RelationshipLinksServer. Use it as ClientOptions.Transport.
type RelationshipLinksServerTransport struct{ transport }

// NewRelationshipLinksServerTransport returns a transport that answers RelationshipLinksClient's requests with srv.
func NewRelationshipLinksServerTransport(srv *RelationshipLinksServer) *RelationshipLinksServerTransport {
	return &RelationshipLinksServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *RelationshipLinksServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *RelationshipLinksServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.RelationshipLinksClientCreateOrUpdateResponse]]
		beginDeleteT         fakeserver.Tracker[azfake.PollerResponder[ci.RelationshipLinksClientDeleteResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.RelationshipLinksClientListByHubResponse]]
	)
	return routes{
		"RelationshipLinksClient.BeginCreateOrUpdate": pollBody("RelationshipLinksClient.BeginCreateOrUpdate", relationshipLinksItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.RelationshipLinkResourceFormat) (azfake.PollerResponder[ci.RelationshipLinksClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"RelationshipLinksClient.Get": respond("RelationshipLinksClient.Get", relationshipLinksItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.RelationshipLinksClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"RelationshipLinksClient.BeginDelete": poll("RelationshipLinksClient.BeginDelete", relationshipLinksItemPath, func() bool { return srv.BeginDelete != nil }, &beginDeleteT,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.RelationshipLinksClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted),
		"RelationshipLinksClient.NewListByHubPager": page("RelationshipLinksClient.NewListByHubPager", relationshipLinksPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.RelationshipLinksClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.RelationshipLinksClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
