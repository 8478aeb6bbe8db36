package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// RolesServer is a fake for iotcentral.RolesClient: each field answers the
// client method of the same name. Set the fields a test uses; a call to a
// nil field fails with an error naming it.
type RolesServer struct {
	// NewListPager answers RolesClient.NewListPager.
	NewListPager func(options *iotcentral.RolesClientListOptions) (resp azfake.PagerResponder[iotcentral.RolesClientListResponse])
	// Get answers RolesClient.Get.
	Get func(ctx context.Context, roleID string, options *iotcentral.RolesClientGetOptions) (resp azfake.Responder[iotcentral.RolesClientGetResponse], errResp azfake.ErrorResponder)
}

// rolePath is the client's path template for one role.
const rolePath = "/roles/{roleId}"

// RolesServerTransport routes RolesClient's requests to a RolesServer. Use
// it as ClientOptions.Transport.
type RolesServerTransport struct {
	t *fakeserver.Transport
}

// NewRolesServerTransport returns a transport that answers RolesClient's
// requests with srv.
func NewRolesServerTransport(srv *RolesServer) *RolesServerTransport {
	return &RolesServerTransport{fakeserver.NewTransport(rolesRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *RolesServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func rolesRoutes(srv *RolesServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.RolesClientListResponse]]
	return map[string]fakeserver.Handler{
		"RolesClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("RolesClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.RolesClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.RolesClientListResponse, link string) { page.NextLink = &link })
		},
		"RolesClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("RolesClient.Get")
			}
			p, err := fakeserver.PathParams(rolePath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
	}
}
