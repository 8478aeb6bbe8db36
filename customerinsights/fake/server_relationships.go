package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// RelationshipsServer is a fake for customerinsights.RelationshipsClient:
// each field answers the client method of the same name; a call to a nil
// field fails with an error naming it.
type RelationshipsServer struct {
	// BeginCreateOrUpdate answers RelationshipsClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, relationshipName string, parameters ci.RelationshipResourceFormat, options *ci.RelationshipsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.RelationshipsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers RelationshipsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, relationshipName string, options *ci.RelationshipsClientGetOptions) (resp azfake.Responder[ci.RelationshipsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers RelationshipsClient.BeginDelete (HTTP status 200, 202).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, relationshipName string, options *ci.RelationshipsClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.RelationshipsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers RelationshipsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.RelationshipsClientListByHubOptions) (resp azfake.PagerResponder[ci.RelationshipsClientListByHubResponse])
}

// RelationshipsServerTransport routes RelationshipsClient's requests to a RelationshipsServer. Use it as ClientOptions.Transport.
type RelationshipsServerTransport struct{ transport }

// NewRelationshipsServerTransport returns a transport that answers RelationshipsClient's requests with srv.
func NewRelationshipsServerTransport(srv *RelationshipsServer) *RelationshipsServerTransport {
	return &RelationshipsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *RelationshipsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *RelationshipsServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.RelationshipsClientCreateOrUpdateResponse]]
		beginDeleteT         fakeserver.Tracker[azfake.PollerResponder[ci.RelationshipsClientDeleteResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.RelationshipsClientListByHubResponse]]
	)
	return routes{
		"RelationshipsClient.BeginCreateOrUpdate": pollBody("RelationshipsClient.BeginCreateOrUpdate", relationshipsItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.RelationshipResourceFormat) (azfake.PollerResponder[ci.RelationshipsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"RelationshipsClient.Get": respond("RelationshipsClient.Get", relationshipsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.RelationshipsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"RelationshipsClient.BeginDelete": poll("RelationshipsClient.BeginDelete", relationshipsItemPath, func() bool { return srv.BeginDelete != nil }, &beginDeleteT,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.RelationshipsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted),
		"RelationshipsClient.NewListByHubPager": page("RelationshipsClient.NewListByHubPager", relationshipsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.RelationshipsClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.RelationshipsClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
