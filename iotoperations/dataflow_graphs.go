package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the dataflow graph operations.
const (
	graphsPath = profilePath + "/dataflowGraphs"
	graphPath  = graphsPath + "/{dataflowGraphName}"
)

// DataflowGraphsClient manages the dataflow graphs of Azure IoT Operations
// (Microsoft.IoTOperations/instances/dataflowProfiles/dataflowGraphs). It is
// immutable and safe for concurrent use.
type DataflowGraphsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewDataflowGraphsClient returns a client for the dataflow graphs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewDataflowGraphsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*DataflowGraphsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &DataflowGraphsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// DataflowGraphsClientGetOptions holds the optional parameters of
// DataflowGraphsClient.Get; there are none yet.
type DataflowGraphsClientGetOptions struct{}

// DataflowGraphsClientGetResponse is the result of DataflowGraphsClient.Get.
type DataflowGraphsClientGetResponse struct {
	DataflowGraphResource
}

// Get returns a dataflow graph (DataflowGraph_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// dataflow graph or parent is a 404, see IsNotFound); invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-graph/get
func (c *DataflowGraphsClient) Get(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, options *DataflowGraphsClientGetOptions) (resp DataflowGraphsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "DataflowGraphsClient.Get", graphPath, &resp.DataflowGraphResource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName)
	return resp, err
}

// DataflowGraphsClientBeginCreateOrUpdateOptions holds the optional
// parameters of DataflowGraphsClient.BeginCreateOrUpdate.
type DataflowGraphsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowGraphsClientCreateOrUpdateResponse is the result of
// DataflowGraphsClient.BeginCreateOrUpdate: the dataflow graph once the
// operation has ended.
type DataflowGraphsClientCreateOrUpdateResponse struct {
	DataflowGraphResource
}

// BeginCreateOrUpdate creates a dataflow graph or replaces one
// (DataflowGraph_CreateOrUpdate) and returns a poller for the operation. The
// service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the dataflow graph as it ended, and an operation
// that ends Failed or Canceled is an *azcore.ResponseError with the code of
// the operation. Members kept in the Unknown maps of a resource read earlier
// are sent back unchanged. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-graph/create-or-update
func (c *DataflowGraphsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, resource DataflowGraphResource, options *DataflowGraphsClientBeginCreateOrUpdateOptions) (*runtime.Poller[DataflowGraphsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[DataflowGraphsClientCreateOrUpdateResponse](ctx, c.pl, "DataflowGraphsClient.BeginCreateOrUpdate", token, graphPath, resource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName)
}

// DataflowGraphsClientBeginDeleteOptions holds the optional parameters of
// DataflowGraphsClient.BeginDelete.
type DataflowGraphsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowGraphsClientDeleteResponse is the result of
// DataflowGraphsClient.BeginDelete; it holds nothing.
type DataflowGraphsClientDeleteResponse struct{}

// BeginDelete deletes a dataflow graph (DataflowGraph_Delete) and returns a
// poller for the deletion. The service answers 204 when there is nothing to
// delete, or 202 with a Location header that the poller follows until the
// dataflow graph is gone. Poller.ResumeToken saves the operation; cancelling
// ctx stops waiting, not the operation. A service failure is a
// *ServiceError; invalid path arguments are a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-graph/delete
func (c *DataflowGraphsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName string, options *DataflowGraphsClientBeginDeleteOptions) (*runtime.Poller[DataflowGraphsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[DataflowGraphsClientDeleteResponse](ctx, c.pl, "DataflowGraphsClient.BeginDelete", token, graphPath, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowGraphName)
}

// DataflowGraphsClientListOptions holds the optional parameters of
// DataflowGraphsClient.NewListPager and ListIter; there are none yet.
type DataflowGraphsClientListOptions struct{}

// DataflowGraphsClientListResponse is one page of
// DataflowGraphsClient.NewListPager.
type DataflowGraphsClientListResponse struct {
	DataflowGraphResourceListResult
}

// NewListPager lists the dataflow graphs of a dataflow profile, page by
// page, following nextLink. Nothing is sent until NextPage. A service
// failure is a *ServiceError (a missing parent is 404
// ParentResourceNotFound); invalid path arguments are a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-graph
func (c *DataflowGraphsClient) NewListPager(resourceGroupName, instanceName, dataflowProfileName string, options *DataflowGraphsClientListOptions) *runtime.Pager[DataflowGraphsClientListResponse] {
	return newListPager(c.pl, "DataflowGraphsClient.NewListPager", graphsPath,
		func(p *DataflowGraphsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName)
}

// ListIter returns an iterator over every dataflow graph of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *DataflowGraphsClient) ListIter(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *DataflowGraphsClientListOptions) iter.Seq2[DataflowGraphResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, dataflowProfileName, options), func(p DataflowGraphsClientListResponse) []DataflowGraphResource { return p.Value })
}
