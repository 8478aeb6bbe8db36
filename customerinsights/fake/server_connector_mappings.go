package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ConnectorMappingsServer is a fake for
// customerinsights.ConnectorMappingsClient: each field answers the client
// method of the same name; a call to a nil field fails with an error naming
// it.
type ConnectorMappingsServer struct {
	// CreateOrUpdate answers ConnectorMappingsClient.CreateOrUpdate (HTTP status 200, 201).
	CreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, parameters ci.ConnectorMappingResourceFormat, options *ci.ConnectorMappingsClientCreateOrUpdateOptions) (resp azfake.Responder[ci.ConnectorMappingsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers ConnectorMappingsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, options *ci.ConnectorMappingsClientGetOptions) (resp azfake.Responder[ci.ConnectorMappingsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers ConnectorMappingsClient.Delete (HTTP status 200, 204).
	Delete func(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, options *ci.ConnectorMappingsClientDeleteOptions) (resp azfake.Responder[ci.ConnectorMappingsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByConnectorPager answers ConnectorMappingsClient.NewListByConnectorPager.
	NewListByConnectorPager func(resourceGroupName, hubName, connectorName string, options *ci.ConnectorMappingsClientListByConnectorOptions) (resp azfake.PagerResponder[ci.ConnectorMappingsClientListByConnectorResponse])
}

// ConnectorMappingsServerTransport routes ConnectorMappingsClient's requests to a ConnectorMappingsServer. Use it as ClientOptions.Transport.
type ConnectorMappingsServerTransport struct{ transport }

// NewConnectorMappingsServerTransport returns a transport that answers ConnectorMappingsClient's requests with srv.
func NewConnectorMappingsServerTransport(srv *ConnectorMappingsServer) *ConnectorMappingsServerTransport {
	return &ConnectorMappingsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *ConnectorMappingsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *ConnectorMappingsServer) routes() routes {
	var (
		newListByConnectorPagerT fakeserver.Tracker[azfake.PagerResponder[ci.ConnectorMappingsClientListByConnectorResponse]]
	)
	return routes{
		"ConnectorMappingsClient.CreateOrUpdate": respondBody("ConnectorMappingsClient.CreateOrUpdate", connectorMappingsItemPath, func() bool { return srv.CreateOrUpdate != nil },
			func(req *http.Request, p []string, body ci.ConnectorMappingResourceFormat) (azfake.Responder[ci.ConnectorMappingsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.CreateOrUpdate(req.Context(), p[1], p[2], p[3], p[4], body, nil)
			}, http.StatusOK, http.StatusCreated),
		"ConnectorMappingsClient.Get": respond("ConnectorMappingsClient.Get", connectorMappingsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ConnectorMappingsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], p[4], nil)
			}, http.StatusOK),
		"ConnectorMappingsClient.Delete": respond("ConnectorMappingsClient.Delete", connectorMappingsItemPath, func() bool { return srv.Delete != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.ConnectorMappingsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.Delete(req.Context(), p[1], p[2], p[3], p[4], nil)
			}, http.StatusOK, http.StatusNoContent),
		"ConnectorMappingsClient.NewListByConnectorPager": page("ConnectorMappingsClient.NewListByConnectorPager", connectorMappingsPath, func() bool { return srv.NewListByConnectorPager != nil }, &newListByConnectorPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.ConnectorMappingsClientListByConnectorResponse] {
				return srv.NewListByConnectorPager(p[1], p[2], p[3], nil)
			}, func(page *ci.ConnectorMappingsClientListByConnectorResponse, link string) { page.NextLink = &link }),
	}
}
