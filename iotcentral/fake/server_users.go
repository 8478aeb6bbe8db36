package fake

import (
	"context"
	"io"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// UsersServer is a fake for iotcentral.UsersClient: each field answers the
// client method of the same name. Set the fields a test uses; a call to a
// nil field fails with an error naming it.
type UsersServer struct {
	// NewListPager answers UsersClient.NewListPager.
	NewListPager func(options *iotcentral.UsersClientListOptions) (resp azfake.PagerResponder[iotcentral.UsersClientListResponse])
	// Get answers UsersClient.Get.
	Get func(ctx context.Context, userID string, options *iotcentral.UsersClientGetOptions) (resp azfake.Responder[iotcentral.UsersClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers UsersClient.Create; user is decoded to its kind.
	Create func(ctx context.Context, userID string, user iotcentral.User, options *iotcentral.UsersClientCreateOptions) (resp azfake.Responder[iotcentral.UsersClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers UsersClient.Update; patch is decoded to its kind.
	Update func(ctx context.Context, userID string, patch iotcentral.User, options *iotcentral.UsersClientUpdateOptions) (resp azfake.Responder[iotcentral.UsersClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers UsersClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, userID string, options *iotcentral.UsersClientDeleteOptions) (resp azfake.Responder[iotcentral.UsersClientDeleteResponse], errResp azfake.ErrorResponder)
}

// userPath is the client's path template for one user.
const userPath = "/users/{userId}"

// UsersServerTransport routes UsersClient's requests to a UsersServer. Use
// it as ClientOptions.Transport.
type UsersServerTransport struct {
	t *fakeserver.Transport
}

// NewUsersServerTransport returns a transport that answers UsersClient's
// requests with srv.
func NewUsersServerTransport(srv *UsersServer) *UsersServerTransport {
	return &UsersServerTransport{fakeserver.NewTransport(usersRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *UsersServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// userBody decodes a request's user, choosing its kind from "type".
func userBody(req *http.Request) (iotcentral.User, error) {
	data, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, fakeserver.NonRetriable(err)
	}
	u, err := unmarshalUnion[iotcentral.User](data)
	if err != nil {
		return nil, fakeserver.NonRetriable(err)
	}
	return u, nil
}

func usersRoutes(srv *UsersServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.UsersClientListResponse]]
	return map[string]fakeserver.Handler{
		"UsersClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("UsersClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.UsersClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.UsersClientListResponse, link string) { page.NextLink = &link })
		},
		"UsersClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("UsersClient.Get")
			}
			p, err := fakeserver.PathParams(userPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"UsersClient.Create": func(req *http.Request) (*http.Response, error) {
			if srv.Create == nil {
				return nil, fakeserver.NotImplemented("UsersClient.Create")
			}
			p, err := fakeserver.PathParams(userPath, req)
			if err != nil {
				return nil, err
			}
			body, err := userBody(req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Create(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"UsersClient.Update": func(req *http.Request) (*http.Response, error) {
			if srv.Update == nil {
				return nil, fakeserver.NotImplemented("UsersClient.Update")
			}
			p, err := fakeserver.PathParams(userPath, req)
			if err != nil {
				return nil, err
			}
			body, err := userBody(req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Update(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"UsersClient.Delete": func(req *http.Request) (*http.Response, error) {
			if srv.Delete == nil {
				return nil, fakeserver.NotImplemented("UsersClient.Delete")
			}
			p, err := fakeserver.PathParams(userPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
	}
}
