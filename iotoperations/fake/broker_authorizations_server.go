package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the broker authorization operations, as the client fills them.
const (
	authorizationsPath = brokerPath + "/authorizations"
	authorizationPath  = authorizationsPath + "/{authorizationName}"
)

// BrokerAuthorizationsServer is a fake for
// iotoperations.BrokerAuthorizationsClient: each field answers the client
// method of the same name. Set the fields a test uses; a call to a nil field
// fails with an error naming it.
type BrokerAuthorizationsServer struct {
	// BeginCreateOrUpdate answers BrokerAuthorizationsClient.BeginCreateOrUpdate (HTTP status
	// 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, resource iotoperations.BrokerAuthorizationResource, options *iotoperations.BrokerAuthorizationsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthorizationsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers BrokerAuthorizationsClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, options *iotoperations.BrokerAuthorizationsClientGetOptions) (resp azfake.Responder[iotoperations.BrokerAuthorizationsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers BrokerAuthorizationsClient.BeginDelete (HTTP status 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, options *iotoperations.BrokerAuthorizationsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthorizationsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers BrokerAuthorizationsClient.NewListPager (and ListIter); the fake adds
	// the nextLinks.
	NewListPager func(resourceGroupName, instanceName, brokerName string, options *iotoperations.BrokerAuthorizationsClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerAuthorizationsClientListResponse])
}

// BrokerAuthorizationsServerTransport routes BrokerAuthorizationsClient's
// requests to a BrokerAuthorizationsServer. Use it as
// ClientOptions.Transport.
type BrokerAuthorizationsServerTransport struct {
	t *fakeserver.Transport
}

// NewBrokerAuthorizationsServerTransport returns a transport that answers
// BrokerAuthorizationsClient's requests with srv.
func NewBrokerAuthorizationsServerTransport(srv *BrokerAuthorizationsServer) *BrokerAuthorizationsServerTransport {
	return &BrokerAuthorizationsServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *BrokerAuthorizationsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func (srv *BrokerAuthorizationsServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.BrokerAuthorizationsClientCreateOrUpdateResponse
		deleteResp = iotoperations.BrokerAuthorizationsClientDeleteResponse
		listResp   = iotoperations.BrokerAuthorizationsClientListResponse
	)
	return map[string]fakeserver.Handler{
		"BrokerAuthorizationsClient.BeginCreateOrUpdate": createRoute("BrokerAuthorizationsClient.BeginCreateOrUpdate", authorizationPath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.BrokerAuthorizationResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], p[3], p[4], body, nil)
			}),
		"BrokerAuthorizationsClient.Get": getRoute("BrokerAuthorizationsClient.Get", authorizationPath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.BrokerAuthorizationsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerAuthorizationsClient.BeginDelete": deleteRoute("BrokerAuthorizationsClient.BeginDelete", authorizationPath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], p[3], p[4], nil)
			}),
		"BrokerAuthorizationsClient.NewListPager": listRoute("BrokerAuthorizationsClient.NewListPager", authorizationsPath,
			func() bool { return srv.NewListPager != nil },
			func(p []string) azfake.PagerResponder[listResp] { return srv.NewListPager(p[1], p[2], p[3], nil) },
			func(page *listResp, link string) { page.NextLink = &link }),
	}
}
