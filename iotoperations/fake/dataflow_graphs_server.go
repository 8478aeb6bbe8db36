package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the dataflow graph operations, as the client fills them.
const (
	graphsPath = profilePath + "/dataflowGraphs"
	graphPath  = graphsPath + "/{dataflowGraphName}"
)

// DataflowGraphsServer is a fake for iotoperations.DataflowGraphsClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type DataflowGraphsServer struct {
	// BeginCreateOrUpdate answers DataflowGraphsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, resource iotoperations.DataflowGraphResource, options *iotoperations.DataflowGraphsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowGraphsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers DataflowGraphsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, options *iotoperations.DataflowGraphsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowGraphsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers DataflowGraphsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, options *iotoperations.DataflowGraphsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowGraphsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers DataflowGraphsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowGraphsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowGraphsClientListResponse])
}

// DataflowGraphsServerTransport routes DataflowGraphsClient's requests to a
// DataflowGraphsServer. Use it as ClientOptions.Transport.
type DataflowGraphsServerTransport struct {
	t *fakeserver.Transport
}

// NewDataflowGraphsServerTransport returns a transport that answers
// DataflowGraphsClient's requests with srv.
func NewDataflowGraphsServerTransport(srv *DataflowGraphsServer) *DataflowGraphsServerTransport {
	return &DataflowGraphsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *DataflowGraphsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *DataflowGraphsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.DataflowGraphsClientCreateOrUpdateResponse
		deleteResp = iotoperations.DataflowGraphsClientDeleteResponse
		listResp   = iotoperations.DataflowGraphsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"DataflowGraphsClient.BeginCreateOrUpdate": createRoute("DataflowGraphsClient.BeginCreateOrUpdate", graphPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.DataflowGraphResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"DataflowGraphsClient.Get": getRoute("DataflowGraphsClient.Get", graphPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.DataflowGraphsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"DataflowGraphsClient.BeginDelete": deleteRoute("DataflowGraphsClient.BeginDelete", graphPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"DataflowGraphsClient.NewListPager": listRoute("DataflowGraphsClient.NewListPager", graphsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
