package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the dataflow operations, as the client fills them.
const (
	dataflowsPath = profilePath + "/dataflows"
	dataflowPath  = dataflowsPath + "/{dataflowName}"
)

// DataflowsServer is a fake for iotoperations.DataflowsClient: each field
// answers the client method of the same name. Set the fields a test uses; a
// call to a nil field fails with an error naming it.
type DataflowsServer struct {
	// BeginCreateOrUpdate answers DataflowsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, resource iotoperations.DataflowResource, options *iotoperations.DataflowsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers DataflowsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, options *iotoperations.DataflowsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers DataflowsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, options *iotoperations.DataflowsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers DataflowsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowsClientListResponse])
}

// DataflowsServerTransport routes DataflowsClient's requests to a
// DataflowsServer. Use it as ClientOptions.Transport.
type DataflowsServerTransport struct {
	t *fakeserver.Transport
}

// NewDataflowsServerTransport returns a transport that answers
// DataflowsClient's requests with srv.
func NewDataflowsServerTransport(srv *DataflowsServer) *DataflowsServerTransport {
	return &DataflowsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *DataflowsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func (srv *DataflowsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.DataflowsClientCreateOrUpdateResponse
		deleteResp = iotoperations.DataflowsClientDeleteResponse
		listResp   = iotoperations.DataflowsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"DataflowsClient.BeginCreateOrUpdate": createRoute("DataflowsClient.BeginCreateOrUpdate", dataflowPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.DataflowResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"DataflowsClient.Get": getRoute("DataflowsClient.Get", dataflowPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.DataflowsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"DataflowsClient.BeginDelete": deleteRoute("DataflowsClient.BeginDelete", dataflowPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"DataflowsClient.NewListPager": listRoute("DataflowsClient.NewListPager", dataflowsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
