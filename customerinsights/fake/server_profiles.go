package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ProfilesServer is a fake for customerinsights.ProfilesClient: each field
// answers the client method of the same name. Set the fields a test uses;
// a call to a nil field fails with an error naming it.
type ProfilesServer struct {
	// BeginCreateOrUpdate answers ProfilesClient.BeginCreateOrUpdate
	// (HTTP status 200 or 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, profileName string, profile ci.ProfileResourceFormat, options *ci.ProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.ProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers ProfilesClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, profileName string, options *ci.ProfilesClientGetOptions) (resp azfake.Responder[ci.ProfilesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers ProfilesClient.BeginDelete (HTTP status 200,
	// 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, profileName string, options *ci.ProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.ProfilesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers ProfilesClient.NewListByHubPager (and
	// ListByHubIter); the fake adds the nextLinks.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.ProfilesClientListByHubOptions) (resp azfake.PagerResponder[ci.ProfilesClientListByHubResponse])
	// GetEnrichingKpis answers ProfilesClient.GetEnrichingKpis.
	GetEnrichingKpis func(ctx context.Context, resourceGroupName, hubName, profileName string, options *ci.ProfilesClientGetEnrichingKpisOptions) (resp azfake.Responder[ci.ProfilesClientGetEnrichingKpisResponse], errResp azfake.ErrorResponder)
}

// ProfilesServerTransport routes ProfilesClient's requests to a
// ProfilesServer. Use it as ClientOptions.Transport.
type ProfilesServerTransport struct{ transport }

// NewProfilesServerTransport returns a transport that answers
// ProfilesClient's requests with srv.
func NewProfilesServerTransport(srv *ProfilesServer) *ProfilesServerTransport {
	return &ProfilesServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *ProfilesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *ProfilesServer) routes() routes {
	var (
		creates fakeserver.Tracker[azfake.PollerResponder[ci.ProfilesClientCreateOrUpdateResponse]]
		deletes fakeserver.Tracker[azfake.PollerResponder[ci.ProfilesClientDeleteResponse]]
		lists   fakeserver.Tracker[azfake.PagerResponder[ci.ProfilesClientListByHubResponse]]
	)
	return routes{
		"ProfilesClient.BeginCreateOrUpdate": pollBody("ProfilesClient.BeginCreateOrUpdate", profilePath, func() bool { return srv.BeginCreateOrUpdate != nil }, &creates,
			func(req *http.Request, p []string, body ci.ProfileResourceFormat) (azfake.PollerResponder[ci.ProfilesClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"ProfilesClient.Get": respond("ProfilesClient.Get", profilePath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ProfilesClientGetResponse], azfake.ErrorResponder) {
				var opts *ci.ProfilesClientGetOptions
				if lc := queryParam(req, "locale-code"); lc != nil {
					opts = &ci.ProfilesClientGetOptions{LocaleCode: lc}
				}
				return srv.Get(req.Context(), p[1], p[2], p[3], opts)
			}, http.StatusOK),
		"ProfilesClient.BeginDelete": poll("ProfilesClient.BeginDelete", profilePath, func() bool { return srv.BeginDelete != nil }, &deletes,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.ProfilesClientDeleteResponse], azfake.ErrorResponder) {
				var opts *ci.ProfilesClientBeginDeleteOptions
				if lc := queryParam(req, "locale-code"); lc != nil {
					opts = &ci.ProfilesClientBeginDeleteOptions{LocaleCode: lc}
				}
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], opts)
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent),
		"ProfilesClient.NewListByHubPager": page("ProfilesClient.NewListByHubPager", profilesPath, func() bool { return srv.NewListByHubPager != nil }, &lists,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.ProfilesClientListByHubResponse] {
				var opts *ci.ProfilesClientListByHubOptions
				if lc := queryParam(req, "locale-code"); lc != nil {
					opts = &ci.ProfilesClientListByHubOptions{LocaleCode: lc}
				}
				return srv.NewListByHubPager(p[1], p[2], opts)
			}, func(page *ci.ProfilesClientListByHubResponse, link string) { page.NextLink = &link }),
		"ProfilesClient.GetEnrichingKpis": respond("ProfilesClient.GetEnrichingKpis", enrichingKpisPath, func() bool { return srv.GetEnrichingKpis != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ProfilesClientGetEnrichingKpisResponse], azfake.ErrorResponder) {
				return srv.GetEnrichingKpis(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
	}
}
