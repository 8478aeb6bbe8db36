package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// Path templates of the instance operations, as the client fills them.
const (
	instancesBySubscriptionPath = "/subscriptions/{subscriptionId}/providers/Microsoft.IoTOperations/instances"
	instancesPath               = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTOperations/instances"
	instancePath                = instancesPath + "/{instanceName}"
)

// InstancesServer is a fake for iotoperations.InstancesClient: each field
// answers the client method of the same name. Set the fields a test uses;
// a call to a nil field fails with an error naming it.
type InstancesServer struct {
	// BeginCreateOrUpdate answers InstancesClient.BeginCreateOrUpdate
	// (HTTP status 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName string, resource iotoperations.InstanceResource, options *iotoperations.InstancesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.InstancesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers InstancesClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName string, options *iotoperations.InstancesClientGetOptions) (resp azfake.Responder[iotoperations.InstancesClientGetResponse], errResp azfake.ErrorResponder)
	// Update answers InstancesClient.Update.
	Update func(ctx context.Context, resourceGroupName, instanceName string, properties iotoperations.InstancePatchModel, options *iotoperations.InstancesClientUpdateOptions) (resp azfake.Responder[iotoperations.InstancesClientUpdateResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers InstancesClient.BeginDelete (HTTP status 200,
	// 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName string, options *iotoperations.InstancesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.InstancesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByResourceGroupPager answers
	// InstancesClient.NewListByResourceGroupPager (and
	// ListByResourceGroupIter); the fake adds the nextLinks.
	NewListByResourceGroupPager func(resourceGroupName string, options *iotoperations.InstancesClientListByResourceGroupOptions) (resp azfake.PagerResponder[iotoperations.InstancesClientListByResourceGroupResponse])
	// NewListBySubscriptionPager answers
	// InstancesClient.NewListBySubscriptionPager (and
	// ListBySubscriptionIter); the fake adds the nextLinks.
	NewListBySubscriptionPager func(options *iotoperations.InstancesClientListBySubscriptionOptions) (resp azfake.PagerResponder[iotoperations.InstancesClientListBySubscriptionResponse])
}

// InstancesServerTransport routes InstancesClient's requests to an
// InstancesServer. Use it as ClientOptions.Transport.
type InstancesServerTransport struct {
	t *fakeserver.Transport
}

// NewInstancesServerTransport returns a transport that answers
// InstancesClient's requests with srv.
func NewInstancesServerTransport(srv *InstancesServer) *InstancesServerTransport {
	return &InstancesServerTransport{fakeserver.NewTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *InstancesServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func (srv *InstancesServer) routes() map[string]fakeserver.Handler {
	type (
		createResp = iotoperations.InstancesClientCreateOrUpdateResponse
		deleteResp = iotoperations.InstancesClientDeleteResponse
		byRGResp   = iotoperations.InstancesClientListByResourceGroupResponse
		bySubResp  = iotoperations.InstancesClientListBySubscriptionResponse
	)
	return map[string]fakeserver.Handler{
		"InstancesClient.BeginCreateOrUpdate": createRoute("InstancesClient.BeginCreateOrUpdate", instancePath,
			func() bool { return srv.BeginCreateOrUpdate != nil },
			func(ctx context.Context, p []string, body iotoperations.InstanceResource) (azfake.PollerResponder[createResp], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(ctx, p[1], p[2], body, nil)
			}),
		"InstancesClient.Get": getRoute("InstancesClient.Get", instancePath,
			func() bool { return srv.Get != nil },
			func(ctx context.Context, p []string) (azfake.Responder[iotoperations.InstancesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(ctx, p[1], p[2], nil)
			}),
		"InstancesClient.Update": bodyRoute("InstancesClient.Update", instancePath,
			func() bool { return srv.Update != nil },
			func(ctx context.Context, p []string, body iotoperations.InstancePatchModel) (azfake.Responder[iotoperations.InstancesClientUpdateResponse], azfake.ErrorResponder) {
				return srv.Update(ctx, p[1], p[2], body, nil)
			}),
		"InstancesClient.BeginDelete": deleteRoute("InstancesClient.BeginDelete", instancePath,
			func() bool { return srv.BeginDelete != nil },
			func(ctx context.Context, p []string) (azfake.PollerResponder[deleteResp], azfake.ErrorResponder) {
				return srv.BeginDelete(ctx, p[1], p[2], nil)
			}),
		"InstancesClient.NewListByResourceGroupPager": listRoute("InstancesClient.NewListByResourceGroupPager", instancesPath,
			func() bool { return srv.NewListByResourceGroupPager != nil },
			func(p []string) azfake.PagerResponder[byRGResp] { return srv.NewListByResourceGroupPager(p[1], nil) },
			func(page *byRGResp, link string) { page.NextLink = &link }),
		"InstancesClient.NewListBySubscriptionPager": listRoute("InstancesClient.NewListBySubscriptionPager", instancesBySubscriptionPath,
			func() bool { return srv.NewListBySubscriptionPager != nil },
			func(p []string) azfake.PagerResponder[bySubResp] { return srv.NewListBySubscriptionPager(nil) },
			func(page *bySubResp, link string) { page.NextLink = &link }),
	}
}
