package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the registry endpoint operations, as the client fills them.
const (
	registryEndpointsPath = instancePath + "/registryEndpoints"
	registryEndpointPath  = registryEndpointsPath + "/{registryEndpointName}"
)

// RegistryEndpointsServer is a fake for
// iotoperations.RegistryEndpointsClient: each field answers the client
// method of the same name. Set the fields a test uses; a call to a nil field
// fails with an error naming it.
type RegistryEndpointsServer struct {
	// BeginCreateOrUpdate answers RegistryEndpointsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, resource iotoperations.RegistryEndpointResource, options *iotoperations.RegistryEndpointsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.RegistryEndpointsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers RegistryEndpointsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, options *iotoperations.RegistryEndpointsClientGetOptions) (resp azfake.Responder[iotoperations.RegistryEndpointsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers RegistryEndpointsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, options *iotoperations.RegistryEndpointsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.RegistryEndpointsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers RegistryEndpointsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.RegistryEndpointsClientListOptions) (resp azfake.PagerResponder[iotoperations.RegistryEndpointsClientListResponse])
}

// RegistryEndpointsServerTransport routes RegistryEndpointsClient's requests
// to a RegistryEndpointsServer. Use it as ClientOptions.Transport.
type RegistryEndpointsServerTransport struct {
	t *fakeserver.Transport
}

// NewRegistryEndpointsServerTransport returns a transport that answers
// RegistryEndpointsClient's requests with srv.
func NewRegistryEndpointsServerTransport(srv *RegistryEndpointsServer) *RegistryEndpointsServerTransport {
	return &RegistryEndpointsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *RegistryEndpointsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *RegistryEndpointsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.RegistryEndpointsClientCreateOrUpdateResponse
		deleteResp = iotoperations.RegistryEndpointsClientDeleteResponse
		listResp   = iotoperations.RegistryEndpointsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"RegistryEndpointsClient.BeginCreateOrUpdate": createRoute("RegistryEndpointsClient.BeginCreateOrUpdate", registryEndpointPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.RegistryEndpointResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], body, nil)
			}),
		"RegistryEndpointsClient.Get": getRoute("RegistryEndpointsClient.Get", registryEndpointPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.RegistryEndpointsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], nil)
			}),
		"RegistryEndpointsClient.BeginDelete": deleteRoute("RegistryEndpointsClient.BeginDelete", registryEndpointPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], nil)
			}),
		"RegistryEndpointsClient.NewListPager": listRoute("RegistryEndpointsClient.NewListPager", registryEndpointsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
