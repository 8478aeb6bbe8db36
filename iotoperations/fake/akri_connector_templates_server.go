package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the Akri connector template operations, as the client fills them.
const (
	akriConnectorTemplatesPath = instancePath + "/akriConnectorTemplates"
	akriConnectorTemplatePath  = akriConnectorTemplatesPath + "/{akriConnectorTemplateName}"
)

// AkriConnectorTemplatesServer is a fake for
// iotoperations.AkriConnectorTemplatesClient: each field answers the client
// method of the same name. Set the fields a test uses; a call to a nil field
// fails with an error naming it.
type AkriConnectorTemplatesServer struct {
	// BeginCreateOrUpdate answers AkriConnectorTemplatesClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, resource iotoperations.AkriConnectorTemplateResource, options *iotoperations.AkriConnectorTemplatesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorTemplatesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers AkriConnectorTemplatesClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, options *iotoperations.AkriConnectorTemplatesClientGetOptions) (resp azfake.Responder[iotoperations.AkriConnectorTemplatesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers AkriConnectorTemplatesClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, options *iotoperations.AkriConnectorTemplatesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorTemplatesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers AkriConnectorTemplatesClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.AkriConnectorTemplatesClientListOptions) (resp azfake.PagerResponder[iotoperations.AkriConnectorTemplatesClientListResponse])
}

// AkriConnectorTemplatesServerTransport routes
// AkriConnectorTemplatesClient's requests to an AkriConnectorTemplatesServer.
// Use it as ClientOptions.Transport.
type AkriConnectorTemplatesServerTransport struct {
	t *fakeserver.Transport
}

// NewAkriConnectorTemplatesServerTransport returns a transport that answers
// AkriConnectorTemplatesClient's requests with srv.
func NewAkriConnectorTemplatesServerTransport(srv *AkriConnectorTemplatesServer) *AkriConnectorTemplatesServerTransport {
	return &AkriConnectorTemplatesServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *AkriConnectorTemplatesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *AkriConnectorTemplatesServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.AkriConnectorTemplatesClientCreateOrUpdateResponse
		deleteResp = iotoperations.AkriConnectorTemplatesClientDeleteResponse
		listResp   = iotoperations.AkriConnectorTemplatesClientListResponse
	)
	return map[string]fakeserver.Handler{
		"AkriConnectorTemplatesClient.BeginCreateOrUpdate": createRoute("AkriConnectorTemplatesClient.BeginCreateOrUpdate", akriConnectorTemplatePath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.AkriConnectorTemplateResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], body, nil)
			}),
		"AkriConnectorTemplatesClient.Get": getRoute("AkriConnectorTemplatesClient.Get", akriConnectorTemplatePath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.AkriConnectorTemplatesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], nil)
			}),
		"AkriConnectorTemplatesClient.BeginDelete": deleteRoute("AkriConnectorTemplatesClient.BeginDelete", akriConnectorTemplatePath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], nil)
			}),
		"AkriConnectorTemplatesClient.NewListPager": listRoute("AkriConnectorTemplatesClient.NewListPager", akriConnectorTemplatesPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
