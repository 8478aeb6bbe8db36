package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ViewsServer is a fake for customerinsights.ViewsClient: each field
// answers the client method of the same name; a call to a nil field fails
// with an error naming it.
type ViewsServer struct {
	// CreateOrUpdate answers ViewsClient.CreateOrUpdate (HTTP status 200).
	CreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, viewName string, parameters ci.ViewResourceFormat, options *ci.ViewsClientCreateOrUpdateOptions) (resp azfake.Responder[ci.ViewsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers ViewsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, viewName string, userID string, options *ci.ViewsClientGetOptions) (resp azfake.Responder[ci.ViewsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers ViewsClient.Delete (HTTP status 200).
	Delete func(ctx context.Context, resourceGroupName, hubName, viewName string, userID string, options *ci.ViewsClientDeleteOptions) (resp azfake.Responder[ci.ViewsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers ViewsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, userID string, options *ci.ViewsClientListByHubOptions) (resp azfake.PagerResponder[ci.ViewsClientListByHubResponse])
}

// ViewsServerTransport routes ViewsClient's requests to a ViewsServer. Use it as ClientOptions.Transport.
type ViewsServerTransport struct{ transport }

// NewViewsServerTransport returns a transport that answers ViewsClient's requests with srv.
func NewViewsServerTransport(srv *ViewsServer) *ViewsServerTransport {
	return &ViewsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *ViewsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *ViewsServer) routes() routes {
	var (
		newListByHubPagerT fakeserver.Tracker[azfake.PagerResponder[ci.ViewsClientListByHubResponse]]
	)
	return routes{
		"ViewsClient.CreateOrUpdate": respondBody("ViewsClient.CreateOrUpdate", viewsItemPath, func() bool { return srv.CreateOrUpdate != nil },
			func(req *http.Request, p []string, body ci.ViewResourceFormat) (azfake.Responder[ci.ViewsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.CreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK),
		"ViewsClient.Get": respond("ViewsClient.Get", viewsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ViewsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], req.URL.Query().Get("userId"), nil)
			}, http.StatusOK),
		"ViewsClient.Delete": respond("ViewsClient.Delete", viewsItemPath, func() bool { return srv.Delete != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ViewsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.Delete(req.Context(), p[1], p[2], p[3], req.URL.Query().Get("userId"), nil)
			}, http.StatusOK),
		"ViewsClient.NewListByHubPager": page("ViewsClient.NewListByHubPager", viewsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.ViewsClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], req.URL.Query().Get("userId"), nil)
			}, func(page *ci.ViewsClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
