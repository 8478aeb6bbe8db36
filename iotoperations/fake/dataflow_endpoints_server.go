package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the dataflow endpoint operations, as the client fills them.
const (
	endpointsPath = instancePath + "/dataflowEndpoints"
	endpointPath  = endpointsPath + "/{dataflowEndpointName}"
)

// DataflowEndpointsServer is a fake for
// iotoperations.DataflowEndpointsClient: each field answers the client
// method of the same name. Set the fields a test uses; a call to a nil field
// fails with an error naming it.
type DataflowEndpointsServer struct {
	// BeginCreateOrUpdate answers DataflowEndpointsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, resource iotoperations.DataflowEndpointResource, options *iotoperations.DataflowEndpointsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowEndpointsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers DataflowEndpointsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, options *iotoperations.DataflowEndpointsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowEndpointsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers DataflowEndpointsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, options *iotoperations.DataflowEndpointsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowEndpointsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers DataflowEndpointsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.DataflowEndpointsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowEndpointsClientListResponse])
}

// DataflowEndpointsServerTransport routes DataflowEndpointsClient's requests
// to a DataflowEndpointsServer. Use it as ClientOptions.Transport.
type DataflowEndpointsServerTransport struct {
	t *fakeserver.Transport
}

// NewDataflowEndpointsServerTransport returns a transport that answers
// DataflowEndpointsClient's requests with srv.
func NewDataflowEndpointsServerTransport(srv *DataflowEndpointsServer) *DataflowEndpointsServerTransport {
	return &DataflowEndpointsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *DataflowEndpointsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *DataflowEndpointsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.DataflowEndpointsClientCreateOrUpdateResponse
		deleteResp = iotoperations.DataflowEndpointsClientDeleteResponse
		listResp   = iotoperations.DataflowEndpointsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"DataflowEndpointsClient.BeginCreateOrUpdate": createRoute("DataflowEndpointsClient.BeginCreateOrUpdate", endpointPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.DataflowEndpointResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], body, nil)
			}),
		"DataflowEndpointsClient.Get": getRoute("DataflowEndpointsClient.Get", endpointPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.DataflowEndpointsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], nil)
			}),
		"DataflowEndpointsClient.BeginDelete": deleteRoute("DataflowEndpointsClient.BeginDelete", endpointPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], nil)
			}),
		"DataflowEndpointsClient.NewListPager": listRoute("DataflowEndpointsClient.NewListPager", endpointsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
