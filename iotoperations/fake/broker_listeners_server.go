package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the broker listener operations, as the client fills them.
const (
	listenersPath = brokerPath + "/listeners"
	listenerPath  = listenersPath + "/{listenerName}"
)

// BrokerListenersServer is a fake for iotoperations.BrokerListenersClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type BrokerListenersServer struct {
	// BeginCreateOrUpdate answers BrokerListenersClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, resource iotoperations.BrokerListenerResource, options *iotoperations.BrokerListenersClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerListenersClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers BrokerListenersClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, options *iotoperations.BrokerListenersClientGetOptions) (resp azfake.Responder[iotoperations.BrokerListenersClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers BrokerListenersClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, options *iotoperations.BrokerListenersClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerListenersClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers BrokerListenersClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, brokerName string, options *iotoperations.BrokerListenersClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerListenersClientListResponse])
}

// BrokerListenersServerTransport routes BrokerListenersClient's requests to
// a BrokerListenersServer. Use it as ClientOptions.Transport.
type BrokerListenersServerTransport struct {
	t *fakeserver.Transport
}

// NewBrokerListenersServerTransport returns a transport that answers
// BrokerListenersClient's requests with srv.
func NewBrokerListenersServerTransport(srv *BrokerListenersServer) *BrokerListenersServerTransport {
	return &BrokerListenersServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *BrokerListenersServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *BrokerListenersServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.BrokerListenersClientCreateOrUpdateResponse
		deleteResp = iotoperations.BrokerListenersClientDeleteResponse
		listResp   = iotoperations.BrokerListenersClientListResponse
	)
	return map[string]fakeserver.Handler{
		"BrokerListenersClient.BeginCreateOrUpdate": createRoute("BrokerListenersClient.BeginCreateOrUpdate", listenerPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.BrokerListenerResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"BrokerListenersClient.Get": getRoute("BrokerListenersClient.Get", listenerPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.BrokerListenersClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerListenersClient.BeginDelete": deleteRoute("BrokerListenersClient.BeginDelete", listenerPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerListenersClient.NewListPager": listRoute("BrokerListenersClient.NewListPager", listenersPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
