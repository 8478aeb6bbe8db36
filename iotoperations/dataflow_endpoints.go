package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the dataflow endpoint operations.
const (
	endpointsPath = instancePath + "/dataflowEndpoints"
	endpointPath  = endpointsPath + "/{dataflowEndpointName}"
)

// DataflowEndpointsClient manages the dataflow endpoints of Azure IoT
// Operations (Microsoft.IoTOperations/instances/dataflowEndpoints). It is
// immutable and safe for concurrent use.
type DataflowEndpointsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewDataflowEndpointsClient returns a client for the dataflow endpoints in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewDataflowEndpointsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*DataflowEndpointsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &DataflowEndpointsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// DataflowEndpointsClientGetOptions holds the optional parameters of
// DataflowEndpointsClient.Get; there are none yet.
type DataflowEndpointsClientGetOptions struct{}

// DataflowEndpointsClientGetResponse is the result of
// DataflowEndpointsClient.Get.
type DataflowEndpointsClientGetResponse struct {
	DataflowEndpointResource
}

// Get returns a dataflow endpoint (DataflowEndpoint_Get). A service failure
// is a *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// dataflow endpoint or parent is a 404, see IsNotFound); invalid path
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-endpoint/get
func (c *DataflowEndpointsClient) Get(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, options *DataflowEndpointsClientGetOptions) (resp DataflowEndpointsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "DataflowEndpointsClient.Get", endpointPath, &resp.DataflowEndpointResource, c.subscriptionID, resourceGroupName, instanceName, dataflowEndpointName)
	return resp, err
}

// DataflowEndpointsClientBeginCreateOrUpdateOptions holds the optional
// parameters of DataflowEndpointsClient.BeginCreateOrUpdate.
type DataflowEndpointsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowEndpointsClientCreateOrUpdateResponse is the result of
// DataflowEndpointsClient.BeginCreateOrUpdate: the dataflow endpoint once
// the operation has ended.
type DataflowEndpointsClientCreateOrUpdateResponse struct {
	DataflowEndpointResource
}

// BeginCreateOrUpdate creates a dataflow endpoint or replaces one
// (DataflowEndpoint_CreateOrUpdate) and returns a poller for the operation.
// The service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the dataflow endpoint as it ended, and an operation
// that ends Failed or Canceled is an *azcore.ResponseError with the code of
// the operation. Members kept in the Unknown maps of a resource read earlier
// are sent back unchanged. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-endpoint/create-or-update
func (c *DataflowEndpointsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, resource DataflowEndpointResource, options *DataflowEndpointsClientBeginCreateOrUpdateOptions) (*runtime.Poller[DataflowEndpointsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[DataflowEndpointsClientCreateOrUpdateResponse](ctx, c.pl, "DataflowEndpointsClient.BeginCreateOrUpdate", token, endpointPath, resource, c.subscriptionID, resourceGroupName, instanceName, dataflowEndpointName)
}

// DataflowEndpointsClientBeginDeleteOptions holds the optional parameters of
// DataflowEndpointsClient.BeginDelete.
type DataflowEndpointsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowEndpointsClientDeleteResponse is the result of
// DataflowEndpointsClient.BeginDelete; it holds nothing.
type DataflowEndpointsClientDeleteResponse struct{}

// BeginDelete deletes a dataflow endpoint (DataflowEndpoint_Delete) and
// returns a poller for the deletion. The service answers 204 when there is
// nothing to delete, or 202 with a Location header that the poller follows
// until the dataflow endpoint is gone. Poller.ResumeToken saves the
// operation; cancelling ctx stops waiting, not the operation. A service
// failure is a *ServiceError; invalid path arguments are a *ValidationError,
// and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-endpoint/delete
func (c *DataflowEndpointsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, dataflowEndpointName string, options *DataflowEndpointsClientBeginDeleteOptions) (*runtime.Poller[DataflowEndpointsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[DataflowEndpointsClientDeleteResponse](ctx, c.pl, "DataflowEndpointsClient.BeginDelete", token, endpointPath, c.subscriptionID, resourceGroupName, instanceName, dataflowEndpointName)
}

// DataflowEndpointsClientListOptions holds the optional parameters of
// DataflowEndpointsClient.NewListPager and ListIter; there are none yet.
type DataflowEndpointsClientListOptions struct{}

// DataflowEndpointsClientListResponse is one page of
// DataflowEndpointsClient.NewListPager.
type DataflowEndpointsClientListResponse struct {
	DataflowEndpointResourceListResult
}

// NewListPager lists the dataflow endpoints of an instance, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-endpoint
func (c *DataflowEndpointsClient) NewListPager(resourceGroupName, instanceName string, options *DataflowEndpointsClientListOptions) *runtime.Pager[DataflowEndpointsClientListResponse] {
	return newListPager(c.pl, "DataflowEndpointsClient.NewListPager", endpointsPath,
		func(p *DataflowEndpointsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName)
}

// ListIter returns an iterator over every dataflow endpoint of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *DataflowEndpointsClient) ListIter(ctx context.Context, resourceGroupName, instanceName string, options *DataflowEndpointsClientListOptions) iter.Seq2[DataflowEndpointResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, options), func(p DataflowEndpointsClientListResponse) []DataflowEndpointResource { return p.Value })
}
