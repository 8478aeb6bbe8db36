package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// OrganizationsServer is a fake for iotcentral.OrganizationsClient: each
// field answers the client method of the same name. Set the fields a test
// uses; a call to a nil field fails with an error naming it.
type OrganizationsServer struct {
	// NewListPager answers OrganizationsClient.NewListPager.
	NewListPager func(options *iotcentral.OrganizationsClientListOptions) (resp azfake.PagerResponder[iotcentral.OrganizationsClientListResponse])
	// Get answers OrganizationsClient.Get.
	Get func(ctx context.Context, organizationID string, options *iotcentral.OrganizationsClientGetOptions) (resp azfake.Responder[iotcentral.OrganizationsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers OrganizationsClient.Create.
	Create func(ctx context.Context, organizationID string, organization iotcentral.Organization, options *iotcentral.OrganizationsClientCreateOptions) (resp azfake.Responder[iotcentral.OrganizationsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers OrganizationsClient.Update.
	Update func(ctx context.Context, organizationID string, patch iotcentral.Organization, options *iotcentral.OrganizationsClientUpdateOptions) (resp azfake.Responder[iotcentral.OrganizationsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers OrganizationsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, organizationID string, options *iotcentral.OrganizationsClientDeleteOptions) (resp azfake.Responder[iotcentral.OrganizationsClientDeleteResponse], errResp azfake.ErrorResponder)
}

// organizationPath is the client's path template for one organization.
const organizationPath = "/organizations/{organizationId}"

// OrganizationsServerTransport routes OrganizationsClient's requests to an
// OrganizationsServer. Use it as ClientOptions.Transport.
type OrganizationsServerTransport struct {
	t *fakeserver.Transport
}

// NewOrganizationsServerTransport returns a transport that answers
// OrganizationsClient's requests with srv.
func NewOrganizationsServerTransport(srv *OrganizationsServer) *OrganizationsServerTransport {
	return &OrganizationsServerTransport{fakeserver.NewTransport(organizationsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *OrganizationsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func organizationsRoutes(srv *OrganizationsServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.OrganizationsClientListResponse]]
	return map[string]fakeserver.Handler{
		"OrganizationsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("OrganizationsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.OrganizationsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.OrganizationsClientListResponse, link string) { page.NextLink = &link })
		},
		"OrganizationsClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("OrganizationsClient.Get")
			}
			p, err := fakeserver.PathParams(organizationPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"OrganizationsClient.Create": func(req *http.Request) (*http.Response, error) {
			if srv.Create == nil {
				return nil, fakeserver.NotImplemented("OrganizationsClient.Create")
			}
			p, err := fakeserver.PathParams(organizationPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.Organization](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Create(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"OrganizationsClient.Update": func(req *http.Request) (*http.Response, error) {
			if srv.Update == nil {
				return nil, fakeserver.NotImplemented("OrganizationsClient.Update")
			}
			p, err := fakeserver.PathParams(organizationPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.Organization](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Update(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"OrganizationsClient.Delete": func(req *http.Request) (*http.Response, error) {
			if srv.Delete == nil {
				return nil, fakeserver.NotImplemented("OrganizationsClient.Delete")
			}
			p, err := fakeserver.PathParams(organizationPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
	}
}
