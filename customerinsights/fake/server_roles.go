package fake

import (
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// RolesServer is a fake for customerinsights.RolesClient: each field
// answers the client method of the same name; a call to a nil field fails
// with an error naming it.
type RolesServer struct {
	// NewListByHubPager answers RolesClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.RolesClientListByHubOptions) (resp azfake.PagerResponder[ci.RolesClientListByHubResponse])
}

// RolesServerTransport routes RolesClient's requests to a RolesServer. Use it as ClientOptions.Transport.
type RolesServerTransport struct{ transport }

// NewRolesServerTransport returns a transport that answers RolesClient's requests with srv.
func NewRolesServerTransport(srv *RolesServer) *RolesServerTransport {
	return &RolesServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *RolesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *RolesServer) routes() routes {
	var (
		newListByHubPagerT fakeserver.Tracker[azfake.PagerResponder[ci.RolesClientListByHubResponse]]
	)
	return routes{
		"RolesClient.NewListByHubPager": page("RolesClient.NewListByHubPager", rolesPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.RolesClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.RolesClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
