package fake

import (
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// OperationsServer is a fake for customerinsights.OperationsClient; a call
// to a nil field fails with an error naming it.
type OperationsServer struct {
	// NewListPager answers OperationsClient.NewListPager.
	NewListPager func(options *ci.OperationsClientListOptions) (resp azfake.PagerResponder[ci.OperationsClientListResponse])
}

// OperationsServerTransport routes OperationsClient's requests to an
// OperationsServer. Use it as ClientOptions.Transport.
type OperationsServerTransport struct{ transport }

// NewOperationsServerTransport returns a transport that answers
// OperationsClient's requests with srv.
func NewOperationsServerTransport(srv *OperationsServer) *OperationsServerTransport {
	return &OperationsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *OperationsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *OperationsServer) routes() routes {
	var lists fakeserver.Tracker[azfake.PagerResponder[ci.OperationsClientListResponse]]
	return routes{
		"OperationsClient.NewListPager": page("OperationsClient.NewListPager", operationsPath, func() bool { return srv.NewListPager != nil }, &lists,
			func(*http.Request, []string) azfake.PagerResponder[ci.OperationsClientListResponse] {
				return srv.NewListPager(nil)
			},
			func(page *ci.OperationsClientListResponse, link string) { page.NextLink = &link }),
	}
}
