package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// InteractionsServer is a fake for customerinsights.InteractionsClient:
// each field answers the client method of the same name; a call to a nil
// field fails with an error naming it.
type InteractionsServer struct {
	// BeginCreateOrUpdate answers InteractionsClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, interactionName string, parameters ci.InteractionResourceFormat, options *ci.InteractionsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.InteractionsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers InteractionsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, interactionName string, options *ci.InteractionsClientGetOptions) (resp azfake.Responder[ci.InteractionsClientGetResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers InteractionsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.InteractionsClientListByHubOptions) (resp azfake.PagerResponder[ci.InteractionsClientListByHubResponse])
	// SuggestRelationshipLinks answers InteractionsClient.SuggestRelationshipLinks.
	SuggestRelationshipLinks func(ctx context.Context, resourceGroupName, hubName, interactionName string, options *ci.InteractionsClientSuggestRelationshipLinksOptions) (resp azfake.Responder[ci.InteractionsClientSuggestRelationshipLinksResponse], errResp azfake.ErrorResponder)
}

// InteractionsServerTransport routes InteractionsClient's requests to a InteractionsServer. Use it as ClientOptions.Transport.
type InteractionsServerTransport struct{ transport }

// NewInteractionsServerTransport returns a transport that answers InteractionsClient's requests with srv.
func NewInteractionsServerTransport(srv *InteractionsServer) *InteractionsServerTransport {
	return &InteractionsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *InteractionsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *InteractionsServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.InteractionsClientCreateOrUpdateResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.InteractionsClientListByHubResponse]]
	)
	return routes{
		"InteractionsClient.BeginCreateOrUpdate": pollBody("InteractionsClient.BeginCreateOrUpdate", interactionsItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.InteractionResourceFormat) (azfake.PollerResponder[ci.InteractionsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"InteractionsClient.Get": respond("InteractionsClient.Get", interactionsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.InteractionsClientGetResponse], azfake.ErrorResponder) {
				var opts *ci.InteractionsClientGetOptions
				if v := queryParam(req, "locale-code"); v != nil {
					opts = &ci.InteractionsClientGetOptions{LocaleCode: v}
				}
				return srv.Get(req.Context(), p[1], p[2], p[3], opts)
			}, http.StatusOK),
		"InteractionsClient.NewListByHubPager": page("InteractionsClient.NewListByHubPager", interactionsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.InteractionsClientListByHubResponse] {
				var opts *ci.InteractionsClientListByHubOptions
				if v := queryParam(req, "locale-code"); v != nil {
					opts = &ci.InteractionsClientListByHubOptions{LocaleCode: v}
				}
				return srv.NewListByHubPager(p[1], p[2], opts)
			}, func(page *ci.InteractionsClientListByHubResponse, link string) { page.NextLink = &link }),
		"InteractionsClient.SuggestRelationshipLinks": respond("InteractionsClient.SuggestRelationshipLinks", interactionsSuggestRelationshipLinksPath, func() bool { return srv.SuggestRelationshipLinks != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.InteractionsClientSuggestRelationshipLinksResponse], azfake.ErrorResponder) {
				return srv.SuggestRelationshipLinks(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
	}
}
