package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// APITokensServer is a fake for iotcentral.APITokensClient: each field
// answers the client method of the same name. Set the fields a test uses; a
// call to a nil field fails with an error naming it.
type APITokensServer struct {
	// NewListPager answers APITokensClient.NewListPager.
	NewListPager func(options *iotcentral.APITokensClientListOptions) (resp azfake.PagerResponder[iotcentral.APITokensClientListResponse])
	// Get answers APITokensClient.Get.
	Get func(ctx context.Context, tokenID string, options *iotcentral.APITokensClientGetOptions) (resp azfake.Responder[iotcentral.APITokensClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers APITokensClient.Create.
	Create func(ctx context.Context, tokenID string, token iotcentral.APIToken, options *iotcentral.APITokensClientCreateOptions) (resp azfake.Responder[iotcentral.APITokensClientCreateResponse], errResp azfake.ErrorResponder)
	// Delete answers APITokensClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, tokenID string, options *iotcentral.APITokensClientDeleteOptions) (resp azfake.Responder[iotcentral.APITokensClientDeleteResponse], errResp azfake.ErrorResponder)
}

// apiTokenPath is the client's path template for one API token.
const apiTokenPath = "/apiTokens/{tokenId}"

// APITokensServerTransport routes APITokensClient's requests to an
// APITokensServer. Use it as ClientOptions.Transport.
type APITokensServerTransport struct {
	t *fakeserver.Transport
}

// NewAPITokensServerTransport returns a transport that answers
// APITokensClient's requests with srv.
func NewAPITokensServerTransport(srv *APITokensServer) *APITokensServerTransport {
	return &APITokensServerTransport{fakeserver.NewTransport(apiTokensRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *APITokensServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func apiTokensRoutes(srv *APITokensServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.APITokensClientListResponse]]
	return map[string]fakeserver.Handler{
		"APITokensClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("APITokensClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.APITokensClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.APITokensClientListResponse, link string) { page.NextLink = &link })
		},
		"APITokensClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("APITokensClient.Get")
			}
			p, err := fakeserver.PathParams(apiTokenPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"APITokensClient.Create": func(req *http.Request) (*http.Response, error) {
			if srv.Create == nil {
				return nil, fakeserver.NotImplemented("APITokensClient.Create")
			}
			p, err := fakeserver.PathParams(apiTokenPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.APIToken](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Create(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"APITokensClient.Delete": func(req *http.Request) (*http.Response, error) {
			if srv.Delete == nil {
				return nil, fakeserver.NotImplemented("APITokensClient.Delete")
			}
			p, err := fakeserver.PathParams(apiTokenPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
	}
}
