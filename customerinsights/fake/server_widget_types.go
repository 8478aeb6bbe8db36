package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// WidgetTypesServer is a fake for customerinsights.WidgetTypesClient: each
// field answers the client method of the same name; a call to a nil field
// fails with an error naming it.
type WidgetTypesServer struct {
	// Get answers WidgetTypesClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, widgetTypeName string, options *ci.WidgetTypesClientGetOptions) (resp azfake.Responder[ci.WidgetTypesClientGetResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers WidgetTypesClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.WidgetTypesClientListByHubOptions) (resp azfake.PagerResponder[ci.WidgetTypesClientListByHubResponse])
}

// WidgetTypesServerTransport routes WidgetTypesClient's requests to a WidgetTypesServer. Use it as ClientOptions.Transport.
type WidgetTypesServerTransport struct{ transport }

// NewWidgetTypesServerTransport returns a transport that answers WidgetTypesClient's requests with srv.
func NewWidgetTypesServerTransport(srv *WidgetTypesServer) *WidgetTypesServerTransport {
	return &WidgetTypesServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *WidgetTypesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *WidgetTypesServer) routes() routes {
	var (
		newListByHubPagerT fakeserver.Tracker[azfake.PagerResponder[ci.WidgetTypesClientListByHubResponse]]
	)
	return routes{
		"WidgetTypesClient.Get": respond("WidgetTypesClient.Get", widgetTypesItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.WidgetTypesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"WidgetTypesClient.NewListByHubPager": page("WidgetTypesClient.NewListByHubPager", widgetTypesPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.WidgetTypesClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.WidgetTypesClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
