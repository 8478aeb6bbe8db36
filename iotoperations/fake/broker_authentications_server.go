package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the broker authentication operations, as the client fills them.
const (
	authenticationsPath = brokerPath + "/authentications"
	authenticationPath  = authenticationsPath + "/{authenticationName}"
)

// BrokerAuthenticationsServer is a fake for
// iotoperations.BrokerAuthenticationsClient: each field answers the client
// method of the same name. Set the fields a test uses; a call to a nil field
// fails with an error naming it.
type BrokerAuthenticationsServer struct {
	// BeginCreateOrUpdate answers BrokerAuthenticationsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, resource iotoperations.BrokerAuthenticationResource, options *iotoperations.BrokerAuthenticationsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthenticationsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers BrokerAuthenticationsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, options *iotoperations.BrokerAuthenticationsClientGetOptions) (resp azfake.Responder[iotoperations.BrokerAuthenticationsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers BrokerAuthenticationsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, options *iotoperations.BrokerAuthenticationsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthenticationsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers BrokerAuthenticationsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, brokerName string, options *iotoperations.BrokerAuthenticationsClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerAuthenticationsClientListResponse])
}

// BrokerAuthenticationsServerTransport routes BrokerAuthenticationsClient's
// requests to a BrokerAuthenticationsServer. Use it as
// ClientOptions.Transport.
type BrokerAuthenticationsServerTransport struct {
	t *fakeserver.Transport
}

// NewBrokerAuthenticationsServerTransport returns a transport that answers
// BrokerAuthenticationsClient's requests with srv.
func NewBrokerAuthenticationsServerTransport(srv *BrokerAuthenticationsServer) *BrokerAuthenticationsServerTransport {
	return &BrokerAuthenticationsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *BrokerAuthenticationsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *BrokerAuthenticationsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.BrokerAuthenticationsClientCreateOrUpdateResponse
		deleteResp = iotoperations.BrokerAuthenticationsClientDeleteResponse
		listResp   = iotoperations.BrokerAuthenticationsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"BrokerAuthenticationsClient.BeginCreateOrUpdate": createRoute("BrokerAuthenticationsClient.BeginCreateOrUpdate", authenticationPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.BrokerAuthenticationResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"BrokerAuthenticationsClient.Get": getRoute("BrokerAuthenticationsClient.Get", authenticationPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.BrokerAuthenticationsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerAuthenticationsClient.BeginDelete": deleteRoute("BrokerAuthenticationsClient.BeginDelete", authenticationPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerAuthenticationsClient.NewListPager": listRoute("BrokerAuthenticationsClient.NewListPager", authenticationsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
