package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// AuthorizationPoliciesServer is a fake for
// customerinsights.AuthorizationPoliciesClient: each field answers the
// client method of the same name; a call to a nil field fails with an error
// naming it.
type AuthorizationPoliciesServer struct {
	// CreateOrUpdate answers AuthorizationPoliciesClient.CreateOrUpdate (HTTP status 200, 201).
	CreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, parameters ci.AuthorizationPolicyResourceFormat, options *ci.AuthorizationPoliciesClientCreateOrUpdateOptions) (resp azfake.Responder[ci.AuthorizationPoliciesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers AuthorizationPoliciesClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *ci.AuthorizationPoliciesClientGetOptions) (resp azfake.Responder[ci.AuthorizationPoliciesClientGetResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers AuthorizationPoliciesClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.AuthorizationPoliciesClientListByHubOptions) (resp azfake.PagerResponder[ci.AuthorizationPoliciesClientListByHubResponse])
	// RegeneratePrimaryKey answers AuthorizationPoliciesClient.RegeneratePrimaryKey.
	RegeneratePrimaryKey func(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *ci.AuthorizationPoliciesClientRegeneratePrimaryKeyOptions) (resp azfake.Responder[ci.AuthorizationPoliciesClientRegeneratePrimaryKeyResponse], errResp azfake.ErrorResponder)
	// RegenerateSecondaryKey answers AuthorizationPoliciesClient.RegenerateSecondaryKey.
	RegenerateSecondaryKey func(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *ci.AuthorizationPoliciesClientRegenerateSecondaryKeyOptions) (resp azfake.Responder[ci.AuthorizationPoliciesClientRegenerateSecondaryKeyResponse], errResp azfake.ErrorResponder)
}

// AuthorizationPoliciesServerTransport routes AuthorizationPoliciesClient's requests to a AuthorizationPoliciesServer. Use it as ClientOptions.Transport.
type AuthorizationPoliciesServerTransport struct{ transport }

// NewAuthorizationPoliciesServerTransport returns a transport that answers AuthorizationPoliciesClient's requests with srv.
func NewAuthorizationPoliciesServerTransport(srv *AuthorizationPoliciesServer) *AuthorizationPoliciesServerTransport {
	return &AuthorizationPoliciesServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *AuthorizationPoliciesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *AuthorizationPoliciesServer) routes() routes {
	var (
		newListByHubPagerT fakeserver.Tracker[azfake.PagerResponder[ci.AuthorizationPoliciesClientListByHubResponse]]
	)
	return routes{
		"AuthorizationPoliciesClient.CreateOrUpdate": respondBody("AuthorizationPoliciesClient.CreateOrUpdate", authorizationPoliciesItemPath, func() bool { return srv.CreateOrUpdate != nil },
			func(req *http.Request, p []string, body ci.AuthorizationPolicyResourceFormat) (azfake.Responder[ci.AuthorizationPoliciesClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.CreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusCreated),
		"AuthorizationPoliciesClient.Get": respond("AuthorizationPoliciesClient.Get", authorizationPoliciesItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.AuthorizationPoliciesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"AuthorizationPoliciesClient.NewListByHubPager": page("AuthorizationPoliciesClient.NewListByHubPager", authorizationPoliciesPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.AuthorizationPoliciesClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.AuthorizationPoliciesClientListByHubResponse, link string) { page.NextLink = &link }),
		"AuthorizationPoliciesClient.RegeneratePrimaryKey": respond("AuthorizationPoliciesClient.RegeneratePrimaryKey", authorizationPoliciesRegeneratePrimaryKeyPath, func() bool { return srv.RegeneratePrimaryKey != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.AuthorizationPoliciesClientRegeneratePrimaryKeyResponse], azfake.ErrorResponder) {
				return srv.RegeneratePrimaryKey(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"AuthorizationPoliciesClient.RegenerateSecondaryKey": respond("AuthorizationPoliciesClient.RegenerateSecondaryKey", authorizationPoliciesRegenerateSecondaryKeyPath, func() bool { return srv.RegenerateSecondaryKey != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.AuthorizationPoliciesClientRegenerateSecondaryKeyResponse], azfake.ErrorResponder) {
				return srv.RegenerateSecondaryKey(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
	}
}
