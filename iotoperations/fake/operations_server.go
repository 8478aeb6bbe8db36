package fake

import (
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// operationsPath is the path of Operations_List.
const operationsPath = "/providers/Microsoft.IoTOperations/operations"

// OperationsServer is a fake for iotoperations.OperationsClient.
type OperationsServer struct {
	// NewListPager answers OperationsClient.NewListPager (and ListIter);
	// the fake adds the nextLinks.
	NewListPager func(options *iotoperations.OperationsClientListOptions) (resp azfake.PagerResponder[iotoperations.OperationsClientListResponse])
}

// OperationsServerTransport routes OperationsClient's requests to an
// OperationsServer. Use it as ClientOptions.Transport.
type OperationsServerTransport struct {
	t *fakeserver.Transport
}

// NewOperationsServerTransport returns a transport that answers
// OperationsClient's requests with srv.
func NewOperationsServerTransport(srv *OperationsServer) *OperationsServerTransport {
	return &OperationsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *OperationsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func (srv *OperationsServer) routes() map[string]fakeserver.Handler {
	type listResp = iotoperations.OperationsClientListResponse
	return map[string]fakeserver.Handler{
		"OperationsClient.NewListPager": listRoute("OperationsClient.NewListPager", operationsPath,
			func() bool { return srv.NewListPager != nil },
			func([]string) azfake.PagerResponder[listResp] { return srv.NewListPager(nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
