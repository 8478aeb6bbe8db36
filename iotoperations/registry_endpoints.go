package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the registry endpoint operations.
const (
	registryEndpointsPath = instancePath + "/registryEndpoints"
	registryEndpointPath  = registryEndpointsPath + "/{registryEndpointName}"
)

// RegistryEndpointsClient manages the registry endpoints of Azure IoT
// Operations (Microsoft.IoTOperations/instances/registryEndpoints). It is
// immutable and safe for concurrent use.
type RegistryEndpointsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewRegistryEndpointsClient returns a client for the registry endpoints in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewRegistryEndpointsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*RegistryEndpointsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &RegistryEndpointsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// RegistryEndpointsClientGetOptions holds the optional parameters of
// RegistryEndpointsClient.Get; there are none yet.
type RegistryEndpointsClientGetOptions struct{}

// RegistryEndpointsClientGetResponse is the result of
// RegistryEndpointsClient.Get.
type RegistryEndpointsClientGetResponse struct {
	RegistryEndpointResource
}

// Get returns a registry endpoint (RegistryEndpoint_Get). A service failure
// is a *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// registry endpoint or parent is a 404, see IsNotFound); invalid path
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/registry-endpoint/get
func (c *RegistryEndpointsClient) Get(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, options *RegistryEndpointsClientGetOptions) (resp RegistryEndpointsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "RegistryEndpointsClient.Get", registryEndpointPath, &resp.RegistryEndpointResource, c.subscriptionID, resourceGroupName, instanceName, registryEndpointName)
	return resp, err
}

// RegistryEndpointsClientBeginCreateOrUpdateOptions holds the optional
// parameters of RegistryEndpointsClient.BeginCreateOrUpdate.
type RegistryEndpointsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// RegistryEndpointsClientCreateOrUpdateResponse is the result of
// RegistryEndpointsClient.BeginCreateOrUpdate: the registry endpoint once
// the operation has ended.
type RegistryEndpointsClientCreateOrUpdateResponse struct {
	RegistryEndpointResource
}

// BeginCreateOrUpdate creates a registry endpoint or replaces one
// (RegistryEndpoint_CreateOrUpdate) and returns a poller for the operation.
// The service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the registry endpoint as it ended, and an operation
// that ends Failed or Canceled is an *azcore.ResponseError with the code of
// the operation. Members kept in the Unknown maps of a resource read earlier
// are sent back unchanged. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/registry-endpoint/create-or-update
func (c *RegistryEndpointsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, resource RegistryEndpointResource, options *RegistryEndpointsClientBeginCreateOrUpdateOptions) (*runtime.Poller[RegistryEndpointsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[RegistryEndpointsClientCreateOrUpdateResponse](ctx, c.pl, "RegistryEndpointsClient.BeginCreateOrUpdate", token, registryEndpointPath, resource, c.subscriptionID, resourceGroupName, instanceName, registryEndpointName)
}

// RegistryEndpointsClientBeginDeleteOptions holds the optional parameters of
// RegistryEndpointsClient.BeginDelete.
type RegistryEndpointsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// RegistryEndpointsClientDeleteResponse is the result of
// RegistryEndpointsClient.BeginDelete; it holds nothing.
type RegistryEndpointsClientDeleteResponse struct{}

// BeginDelete deletes a registry endpoint (RegistryEndpoint_Delete) and
// returns a poller for the deletion. The service answers 204 when there is
// nothing to delete, or 202 with a Location header that the poller follows
// until the registry endpoint is gone. Poller.ResumeToken saves the
// operation; cancelling ctx stops waiting, not the operation. A service
// failure is a *ServiceError; invalid path arguments are a *ValidationError,
// and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/registry-endpoint/delete
func (c *RegistryEndpointsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, registryEndpointName string, options *RegistryEndpointsClientBeginDeleteOptions) (*runtime.Poller[RegistryEndpointsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[RegistryEndpointsClientDeleteResponse](ctx, c.pl, "RegistryEndpointsClient.BeginDelete", token, registryEndpointPath, c.subscriptionID, resourceGroupName, instanceName, registryEndpointName)
}

// RegistryEndpointsClientListOptions holds the optional parameters of
// RegistryEndpointsClient.NewListPager and ListIter; there are none yet.
type RegistryEndpointsClientListOptions struct{}

// RegistryEndpointsClientListResponse is one page of
// RegistryEndpointsClient.NewListPager.
type RegistryEndpointsClientListResponse struct {
	RegistryEndpointResourceListResult
}

// NewListPager lists the registry endpoints of an instance, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/registry-endpoint
func (c *RegistryEndpointsClient) NewListPager(resourceGroupName, instanceName string, options *RegistryEndpointsClientListOptions) *runtime.Pager[RegistryEndpointsClientListResponse] {
	return newListPager(c.pl, "RegistryEndpointsClient.NewListPager", registryEndpointsPath,
		func(p *RegistryEndpointsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName)
}

// ListIter returns an iterator over every registry endpoint of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *RegistryEndpointsClient) ListIter(ctx context.Context, resourceGroupName, instanceName string, options *RegistryEndpointsClientListOptions) iter.Seq2[RegistryEndpointResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, options), func(p RegistryEndpointsClientListResponse) []RegistryEndpointResource { return p.Value })
}
