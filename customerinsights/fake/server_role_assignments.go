package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// RoleAssignmentsServer is a fake for
// customerinsights.RoleAssignmentsClient: each field answers the client
// method of the same name; a call to a nil field fails with an error naming
// it.
type RoleAssignmentsServer struct {
	// BeginCreateOrUpdate answers RoleAssignmentsClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, assignmentName string, parameters ci.RoleAssignmentResourceFormat, options *ci.RoleAssignmentsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.RoleAssignmentsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers RoleAssignmentsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, assignmentName string, options *ci.RoleAssignmentsClientGetOptions) (resp azfake.Responder[ci.RoleAssignmentsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers RoleAssignmentsClient.Delete (HTTP status 200, 202, 204).
	Delete func(ctx context.Context, resourceGroupName, hubName, assignmentName string, options *ci.RoleAssignmentsClientDeleteOptions) (resp azfake.Responder[ci.RoleAssignmentsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers RoleAssignmentsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.RoleAssignmentsClientListByHubOptions) (resp azfake.PagerResponder[ci.RoleAssignmentsClientListByHubResponse])
}

// RoleAssignmentsServerTransport routes RoleAssignmentsClient's requests to a RoleAssignmentsServer. Use it as ClientOptions.Transport.
type RoleAssignmentsServerTransport struct{ transport }

// NewRoleAssignmentsServerTransport returns a transport that answers RoleAssignmentsClient's requests with srv.
func NewRoleAssignmentsServerTransport(srv *RoleAssignmentsServer) *RoleAssignmentsServerTransport {
	return &RoleAssignmentsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *RoleAssignmentsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *RoleAssignmentsServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.RoleAssignmentsClientCreateOrUpdateResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.RoleAssignmentsClientListByHubResponse]]
	)
	return routes{
		"RoleAssignmentsClient.BeginCreateOrUpdate": pollBody("RoleAssignmentsClient.BeginCreateOrUpdate", roleAssignmentsItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.RoleAssignmentResourceFormat) (azfake.PollerResponder[ci.RoleAssignmentsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"RoleAssignmentsClient.Get": respond("RoleAssignmentsClient.Get", roleAssignmentsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.RoleAssignmentsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"RoleAssignmentsClient.Delete": respond("RoleAssignmentsClient.Delete", roleAssignmentsItemPath, func() bool { return srv.Delete != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.RoleAssignmentsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.Delete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent),
		"RoleAssignmentsClient.NewListByHubPager": page("RoleAssignmentsClient.NewListByHubPager", roleAssignmentsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.RoleAssignmentsClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.RoleAssignmentsClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
