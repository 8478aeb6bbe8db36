package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// DataflowProfilesServer is a fake for iotoperations.DataflowProfilesClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type DataflowProfilesServer struct {
	// BeginCreateOrUpdate answers DataflowProfilesClient.BeginCreateOrUpdate
	// (HTTP status 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, resource iotoperations.DataflowProfileResource, options *iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers DataflowProfilesClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowProfilesClientGetOptions) (resp azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers DataflowProfilesClient.BeginDelete (HTTP status
	// 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers DataflowProfilesClient.NewListPager (and ListIter);
	// the fake adds the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.DataflowProfilesClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse])
}

// Path templates of the dataflow profile operations, as the client fills them.
const (
	profilesPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTOperations/instances/{instanceName}/dataflowProfiles"
	profilePath  = profilesPath + "/{dataflowProfileName}"
)

// DataflowProfilesServerTransport routes DataflowProfilesClient's requests
// to a DataflowProfilesServer. Use it as ClientOptions.Transport.
type DataflowProfilesServerTransport struct {
	t *fakeserver.Transport
}

// NewDataflowProfilesServerTransport returns a transport that answers
// DataflowProfilesClient's requests with srv.
func NewDataflowProfilesServerTransport(srv *DataflowProfilesServer) *DataflowProfilesServerTransport {
	return &DataflowProfilesServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *DataflowProfilesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *DataflowProfilesServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.DataflowProfilesClientCreateOrUpdateResponse
		deleteResp = iotoperations.DataflowProfilesClientDeleteResponse
		listResp   = iotoperations.DataflowProfilesClientListResponse
	)
	return map[string]fakeserver.Handler{
		"DataflowProfilesClient.BeginCreateOrUpdate": createRoute("DataflowProfilesClient.BeginCreateOrUpdate", profilePath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.DataflowProfileResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], body, nil)
			}),
		"DataflowProfilesClient.Get": getRoute("DataflowProfilesClient.Get", profilePath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], nil)
			}),
		"DataflowProfilesClient.BeginDelete": deleteRoute("DataflowProfilesClient.BeginDelete", profilePath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], nil)
			}),
		"DataflowProfilesClient.NewListPager": listRoute("DataflowProfilesClient.NewListPager", profilesPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
