package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the broker operations, as the client fills them.
const (
	brokersPath = instancePath + "/brokers"
	brokerPath  = brokersPath + "/{brokerName}"
)

// BrokersServer is a fake for iotoperations.BrokersClient: each field
// answers the client method of the same name. Set the fields a test uses; a
// call to a nil field fails with an error naming it.
type BrokersServer struct {
	// BeginCreateOrUpdate answers BrokersClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, brokerName string, resource iotoperations.BrokerResource, options *iotoperations.BrokersClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokersClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers BrokersClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *iotoperations.BrokersClientGetOptions) (resp azfake.Responder[iotoperations.BrokersClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers BrokersClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *iotoperations.BrokersClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokersClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers BrokersClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.BrokersClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokersClientListResponse])
}

// BrokersServerTransport routes BrokersClient's requests to a BrokersServer.
// Use it as ClientOptions.Transport.
type BrokersServerTransport struct {
	t *fakeserver.Transport
}

// NewBrokersServerTransport returns a transport that answers BrokersClient's
// requests with srv.
func NewBrokersServerTransport(srv *BrokersServer) *BrokersServerTransport {
	return &BrokersServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *BrokersServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func (srv *BrokersServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.BrokersClientCreateOrUpdateResponse
		deleteResp = iotoperations.BrokersClientDeleteResponse
		listResp   = iotoperations.BrokersClientListResponse
	)
	return map[string]fakeserver.Handler{
		"BrokersClient.BeginCreateOrUpdate": createRoute("BrokersClient.BeginCreateOrUpdate", brokerPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.BrokerResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], body, nil)
			}),
		"BrokersClient.Get": getRoute("BrokersClient.Get", brokerPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.BrokersClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], nil)
			}),
		"BrokersClient.BeginDelete": deleteRoute("BrokersClient.BeginDelete", brokerPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], nil)
			}),
		"BrokersClient.NewListPager": listRoute("BrokersClient.NewListPager", brokersPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
