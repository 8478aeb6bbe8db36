// Package fake holds two test doubles for customerinsights.ProfilesClient,
// both plugged in as ClientOptions.Transport: ProfilesServer, an
// azfake-style fake whose function fields answer each client method, and
// Emulator (NewEmulator), an in-memory service that speaks the wire
// protocol and keeps state.
package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ProfilesServer is a fake for customerinsights.ProfilesClient: each field
// answers the client method of the same name. Set the fields a test uses;
// a call to a nil field fails with an error naming it.
type ProfilesServer struct {
	// BeginCreateOrUpdate answers ProfilesClient.BeginCreateOrUpdate
	// (HTTP status 200 or 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, profileName string, profile customerinsights.ProfileResourceFormat, options *customerinsights.ProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[customerinsights.ProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers ProfilesClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, profileName string, options *customerinsights.ProfilesClientGetOptions) (resp azfake.Responder[customerinsights.ProfilesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers ProfilesClient.BeginDelete (HTTP status 200,
	// 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, profileName string, options *customerinsights.ProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[customerinsights.ProfilesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers ProfilesClient.NewListByHubPager (and
	// ListByHubIter); the fake adds the nextLinks.
	NewListByHubPager func(resourceGroupName, hubName string, options *customerinsights.ProfilesClientListByHubOptions) (resp azfake.PagerResponder[customerinsights.ProfilesClientListByHubResponse])
	// GetEnrichingKpis answers ProfilesClient.GetEnrichingKpis.
	GetEnrichingKpis func(ctx context.Context, resourceGroupName, hubName, profileName string, options *customerinsights.ProfilesClientGetEnrichingKpisOptions) (resp azfake.Responder[customerinsights.ProfilesClientGetEnrichingKpisResponse], errResp azfake.ErrorResponder)
}

// Path templates of the profile operations, as the client fills them.
const (
	profilesPath      = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CustomerInsights/hubs/{hubName}/profiles"
	profilePath       = profilesPath + "/{profileName}"
	enrichingKpisPath = profilePath + "/getEnrichingKpis"
)

// ProfilesServerTransport routes ProfilesClient's requests to a
// ProfilesServer. Use it as ClientOptions.Transport.
type ProfilesServerTransport struct {
	t *fakeserver.Transport
}

// NewProfilesServerTransport returns a transport that answers
// ProfilesClient's requests with srv.
func NewProfilesServerTransport(srv *ProfilesServer) *ProfilesServerTransport {
	return &ProfilesServerTransport{fakeserver.NewTransport(profilesRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *ProfilesServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// localeCode returns the request's locale-code parameter, or nil.
func localeCode(req *http.Request) *string {
	if q := req.URL.Query(); q.Has("locale-code") {
		v := q.Get("locale-code")
		return &v
	}
	return nil
}

func profilesRoutes(srv *ProfilesServer) map[string]fakeserver.Handler {
	var (
		creates fakeserver.Tracker[azfake.PollerResponder[customerinsights.ProfilesClientCreateOrUpdateResponse]]
		deletes fakeserver.Tracker[azfake.PollerResponder[customerinsights.ProfilesClientDeleteResponse]]
		lists   fakeserver.Tracker[azfake.PagerResponder[customerinsights.ProfilesClientListByHubResponse]]
	)
	return map[string]fakeserver.Handler{
		"ProfilesClient.BeginCreateOrUpdate": func(req *http.Request) (*http.Response, error) {
			if srv.BeginCreateOrUpdate == nil {
				return nil, fakeserver.NotImplemented("ProfilesClient.BeginCreateOrUpdate")
			}
			return fakeserver.Poll(&creates, req, func() (azfake.PollerResponder[customerinsights.ProfilesClientCreateOrUpdateResponse], azfake.ErrorResponder, error) {
				var zero azfake.PollerResponder[customerinsights.ProfilesClientCreateOrUpdateResponse]
				p, err := fakeserver.PathParams(profilePath, req)
				if err != nil {
					return zero, azfake.ErrorResponder{}, err
				}
				body, err := fakeserver.Body[customerinsights.ProfileResourceFormat](req)
				if err != nil {
					return zero, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted)
		},
		"ProfilesClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("ProfilesClient.Get")
			}
			p, err := fakeserver.PathParams(profilePath, req)
			if err != nil {
				return nil, err
			}
			var opts *customerinsights.ProfilesClientGetOptions
			if lc := localeCode(req); lc != nil {
				opts = &customerinsights.ProfilesClientGetOptions{LocaleCode: lc}
			}
			resp, errResp := srv.Get(req.Context(), p[1], p[2], p[3], opts)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"ProfilesClient.BeginDelete": func(req *http.Request) (*http.Response, error) {
			if srv.BeginDelete == nil {
				return nil, fakeserver.NotImplemented("ProfilesClient.BeginDelete")
			}
			return fakeserver.Poll(&deletes, req, func() (azfake.PollerResponder[customerinsights.ProfilesClientDeleteResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(profilePath, req)
				if err != nil {
					return azfake.PollerResponder[customerinsights.ProfilesClientDeleteResponse]{}, azfake.ErrorResponder{}, err
				}
				var opts *customerinsights.ProfilesClientBeginDeleteOptions
				if lc := localeCode(req); lc != nil {
					opts = &customerinsights.ProfilesClientBeginDeleteOptions{LocaleCode: lc}
				}
				resp, errResp := srv.BeginDelete(req.Context(), p[1], p[2], p[3], opts)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
		},
		"ProfilesClient.NewListByHubPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListByHubPager == nil {
				return nil, fakeserver.NotImplemented("ProfilesClient.NewListByHubPager")
			}
			return fakeserver.Page(&lists, req, func() (azfake.PagerResponder[customerinsights.ProfilesClientListByHubResponse], error) {
				p, err := fakeserver.PathParams(profilesPath, req)
				if err != nil {
					return azfake.PagerResponder[customerinsights.ProfilesClientListByHubResponse]{}, err
				}
				var opts *customerinsights.ProfilesClientListByHubOptions
				if lc := localeCode(req); lc != nil {
					opts = &customerinsights.ProfilesClientListByHubOptions{LocaleCode: lc}
				}
				return srv.NewListByHubPager(p[1], p[2], opts), nil
			}, func(page *customerinsights.ProfilesClientListByHubResponse, link string) { page.NextLink = &link })
		},
		"ProfilesClient.GetEnrichingKpis": func(req *http.Request) (*http.Response, error) {
			if srv.GetEnrichingKpis == nil {
				return nil, fakeserver.NotImplemented("ProfilesClient.GetEnrichingKpis")
			}
			p, err := fakeserver.PathParams(enrichingKpisPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.GetEnrichingKpis(req.Context(), p[1], p[2], p[3], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
	}
}
