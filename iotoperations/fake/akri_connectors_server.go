package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the Akri connector operations, as the client fills them.
const (
	akriConnectorsPath = akriConnectorTemplatePath + "/connectors"
	akriConnectorPath  = akriConnectorsPath + "/{connectorName}"
)

// AkriConnectorsServer is a fake for iotoperations.AkriConnectorsClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type AkriConnectorsServer struct {
	// BeginCreateOrUpdate answers AkriConnectorsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, resource iotoperations.AkriConnectorResource, options *iotoperations.AkriConnectorsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers AkriConnectorsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, options *iotoperations.AkriConnectorsClientGetOptions) (resp azfake.Responder[iotoperations.AkriConnectorsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers AkriConnectorsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, options *iotoperations.AkriConnectorsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers AkriConnectorsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, akriConnectorTemplateName string, options *iotoperations.AkriConnectorsClientListOptions) (resp azfake.PagerResponder[iotoperations.AkriConnectorsClientListResponse])
}

// AkriConnectorsServerTransport routes AkriConnectorsClient's requests to a
// AkriConnectorsServer. Use it as ClientOptions.Transport.
type AkriConnectorsServerTransport struct {
	t *fakeserver.Transport
}

// NewAkriConnectorsServerTransport returns a transport that answers
// AkriConnectorsClient's requests with srv.
func NewAkriConnectorsServerTransport(srv *AkriConnectorsServer) *AkriConnectorsServerTransport {
	return &AkriConnectorsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *AkriConnectorsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *AkriConnectorsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.AkriConnectorsClientCreateOrUpdateResponse
		deleteResp = iotoperations.AkriConnectorsClientDeleteResponse
		listResp   = iotoperations.AkriConnectorsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"AkriConnectorsClient.BeginCreateOrUpdate": createRoute("AkriConnectorsClient.BeginCreateOrUpdate", akriConnectorPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.AkriConnectorResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"AkriConnectorsClient.Get": getRoute("AkriConnectorsClient.Get", akriConnectorPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.AkriConnectorsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"AkriConnectorsClient.BeginDelete": deleteRoute("AkriConnectorsClient.BeginDelete", akriConnectorPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"AkriConnectorsClient.NewListPager": listRoute("AkriConnectorsClient.NewListPager", akriConnectorsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
