package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the instance operations.
const (
	instancesBySubscriptionPath = "/subscriptions/{subscriptionId}/providers/Microsoft.IoTOperations/instances"
	instancesPath               = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTOperations/instances"
	instancePath                = instancesPath + "/{instanceName}"
)

// InstancesClient manages Azure IoT Operations instances
// (Microsoft.IoTOperations/instances), the tracked resources every other
// resource type of the package lives under. It is immutable and safe for
// concurrent use.
type InstancesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewInstancesClient returns a client for the instances in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewInstancesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*InstancesClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &InstancesClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// InstancesClientGetOptions holds the optional parameters of
// InstancesClient.Get; there are none yet.
type InstancesClientGetOptions struct{}

// InstancesClientGetResponse is the result of InstancesClient.Get.
type InstancesClientGetResponse struct {
	InstanceResource
}

// Get returns an instance (Instance_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// instance is a 404, see IsNotFound); invalid path arguments are a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/get
func (c *InstancesClient) Get(ctx context.Context, resourceGroupName, instanceName string, options *InstancesClientGetOptions) (resp InstancesClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "InstancesClient.Get", instancePath, &resp.InstanceResource, c.subscriptionID, resourceGroupName, instanceName)
	return resp, err
}

// InstancesClientBeginCreateOrUpdateOptions holds the optional parameters
// of InstancesClient.BeginCreateOrUpdate.
type InstancesClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// InstancesClientCreateOrUpdateResponse is the result of
// InstancesClient.BeginCreateOrUpdate: the instance once the operation has
// ended.
type InstancesClientCreateOrUpdateResponse struct {
	InstanceResource
}

// BeginCreateOrUpdate creates an instance or replaces one
// (Instance_CreateOrUpdate) and returns a poller for the operation. The
// service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the instance as it ended, and an operation that
// ends Failed or Canceled is an *azcore.ResponseError with the operation's
// code. location, extendedLocation and properties.schemaRegistryRef are
// required by the service; extendedLocation cannot change once the
// instance exists. Poller.ResumeToken saves the operation, to continue it
// later with ResumeToken; cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError; invalid path arguments are a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/create-or-update
func (c *InstancesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName string, resource InstanceResource, options *InstancesClientBeginCreateOrUpdateOptions) (*runtime.Poller[InstancesClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[InstancesClientCreateOrUpdateResponse](ctx, c.pl, "InstancesClient.BeginCreateOrUpdate", token, instancePath, resource, c.subscriptionID, resourceGroupName, instanceName)
}

// InstancesClientUpdateOptions holds the optional parameters of
// InstancesClient.Update; there are none yet.
type InstancesClientUpdateOptions struct{}

// InstancesClientUpdateResponse is the result of InstancesClient.Update:
// the instance as updated.
type InstancesClientUpdateResponse struct {
	InstanceResource
}

// Update changes the tags or the managed identity of an instance
// (Instance_Update, a PATCH answered 200); no other member changes. A
// service failure is a *ServiceError; invalid path arguments are a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/update
func (c *InstancesClient) Update(ctx context.Context, resourceGroupName, instanceName string, properties InstancePatchModel, options *InstancesClientUpdateOptions) (resp InstancesClientUpdateResponse, err error) {
	err = patchResource(ctx, c.pl, "InstancesClient.Update", instancePath, properties, &resp.InstanceResource, c.subscriptionID, resourceGroupName, instanceName)
	return resp, err
}

// InstancesClientBeginDeleteOptions holds the optional parameters of
// InstancesClient.BeginDelete.
type InstancesClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// InstancesClientDeleteResponse is the result of
// InstancesClient.BeginDelete; it holds nothing.
type InstancesClientDeleteResponse struct{}

// BeginDelete deletes an instance and everything under it
// (Instance_Delete) and returns a poller for the deletion. The service
// answers 204 when there is nothing to delete, or 202 with a Location
// header that the poller follows until the instance is gone.
// Poller.ResumeToken saves the operation; cancelling ctx stops waiting,
// not the operation. A service failure is a *ServiceError; invalid path
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/delete
func (c *InstancesClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName string, options *InstancesClientBeginDeleteOptions) (*runtime.Poller[InstancesClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[InstancesClientDeleteResponse](ctx, c.pl, "InstancesClient.BeginDelete", token, instancePath, c.subscriptionID, resourceGroupName, instanceName)
}

// InstancesClientListByResourceGroupOptions holds the optional parameters
// of InstancesClient.NewListByResourceGroupPager and
// ListByResourceGroupIter; there are none yet.
type InstancesClientListByResourceGroupOptions struct{}

// InstancesClientListByResourceGroupResponse is one page of
// InstancesClient.NewListByResourceGroupPager.
type InstancesClientListByResourceGroupResponse struct {
	InstanceResourceListResult
}

// NewListByResourceGroupPager lists the instances of a resource group
// (Instance_ListByResourceGroup), page by page, following nextLink.
// Nothing is sent until NextPage. A service failure is a *ServiceError;
// invalid path arguments are a *ValidationError returned by the first
// NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/list-by-resource-group
func (c *InstancesClient) NewListByResourceGroupPager(resourceGroupName string, options *InstancesClientListByResourceGroupOptions) *runtime.Pager[InstancesClientListByResourceGroupResponse] {
	return newListPager(c.pl, "InstancesClient.NewListByResourceGroupPager", instancesPath,
		func(p *InstancesClientListByResourceGroupResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName)
}

// ListByResourceGroupIter returns an iterator over every instance of every
// page of NewListByResourceGroupPager, holding one page at a time; it
// stops at the first error, which it yields.
func (c *InstancesClient) ListByResourceGroupIter(ctx context.Context, resourceGroupName string, options *InstancesClientListByResourceGroupOptions) iter.Seq2[InstanceResource, error] {
	return pipeline.All(ctx, c.NewListByResourceGroupPager(resourceGroupName, options),
		func(p InstancesClientListByResourceGroupResponse) []InstanceResource { return p.Value })
}

// InstancesClientListBySubscriptionOptions holds the optional parameters
// of InstancesClient.NewListBySubscriptionPager and
// ListBySubscriptionIter; there are none yet.
type InstancesClientListBySubscriptionOptions struct{}

// InstancesClientListBySubscriptionResponse is one page of
// InstancesClient.NewListBySubscriptionPager.
type InstancesClientListBySubscriptionResponse struct {
	InstanceResourceListResult
}

// NewListBySubscriptionPager lists the instances of the client's
// subscription (Instance_ListBySubscription), page by page, following
// nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError; an invalid subscription ID is a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/instance/list-by-subscription
func (c *InstancesClient) NewListBySubscriptionPager(options *InstancesClientListBySubscriptionOptions) *runtime.Pager[InstancesClientListBySubscriptionResponse] {
	return newListPager(c.pl, "InstancesClient.NewListBySubscriptionPager", instancesBySubscriptionPath,
		func(p *InstancesClientListBySubscriptionResponse) *string { return p.NextLink }, c.subscriptionID)
}

// ListBySubscriptionIter returns an iterator over every instance of every
// page of NewListBySubscriptionPager, holding one page at a time; it stops
// at the first error, which it yields.
func (c *InstancesClient) ListBySubscriptionIter(ctx context.Context, options *InstancesClientListBySubscriptionOptions) iter.Seq2[InstanceResource, error] {
	return pipeline.All(ctx, c.NewListBySubscriptionPager(options),
		func(p InstancesClientListBySubscriptionResponse) []InstanceResource { return p.Value })
}
