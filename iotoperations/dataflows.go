package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the dataflow operations.
const (
	dataflowsPath = profilePath + "/dataflows"
	dataflowPath  = dataflowsPath + "/{dataflowName}"
)

// DataflowsClient manages the dataflows of Azure IoT Operations
// (Microsoft.IoTOperations/instances/dataflowProfiles/dataflows). It is
// immutable and safe for concurrent use.
type DataflowsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewDataflowsClient returns a client for the dataflows in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewDataflowsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*DataflowsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &DataflowsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// DataflowsClientGetOptions holds the optional parameters of
// DataflowsClient.Get; there are none yet.
type DataflowsClientGetOptions struct{}

// DataflowsClientGetResponse is the result of DataflowsClient.Get.
type DataflowsClientGetResponse struct {
	DataflowResource
}

// Get returns a dataflow (Dataflow_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// dataflow or parent is a 404, see IsNotFound); invalid path arguments are a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow/get
func (c *DataflowsClient) Get(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, options *DataflowsClientGetOptions) (resp DataflowsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "DataflowsClient.Get", dataflowPath, &resp.DataflowResource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowName)
	return resp, err
}

// DataflowsClientBeginCreateOrUpdateOptions holds the optional parameters of
// DataflowsClient.BeginCreateOrUpdate.
type DataflowsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowsClientCreateOrUpdateResponse is the result of
// DataflowsClient.BeginCreateOrUpdate: the dataflow once the operation has
// ended.
type DataflowsClientCreateOrUpdateResponse struct {
	DataflowResource
}

// BeginCreateOrUpdate creates a dataflow or replaces one
// (Dataflow_CreateOrUpdate) and returns a poller for the operation. The
// service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the dataflow as it ended, and an operation that ends
// Failed or Canceled is an *azcore.ResponseError with the code of the
// operation. Members kept in the Unknown maps of a resource read earlier are
// sent back unchanged. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow/create-or-update
func (c *DataflowsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, resource DataflowResource, options *DataflowsClientBeginCreateOrUpdateOptions) (*runtime.Poller[DataflowsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[DataflowsClientCreateOrUpdateResponse](ctx, c.pl, "DataflowsClient.BeginCreateOrUpdate", token, dataflowPath, resource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowName)
}

// DataflowsClientBeginDeleteOptions holds the optional parameters of
// DataflowsClient.BeginDelete.
type DataflowsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowsClientDeleteResponse is the result of
// DataflowsClient.BeginDelete; it holds nothing.
type DataflowsClientDeleteResponse struct{}

// BeginDelete deletes a dataflow (Dataflow_Delete) and returns a poller for
// the deletion. The service answers 204 when there is nothing to delete, or
// 202 with a Location header that the poller follows until the dataflow is
// gone. Poller.ResumeToken saves the operation; cancelling ctx stops
// waiting, not the operation. A service failure is a *ServiceError; invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow/delete
func (c *DataflowsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName, dataflowName string, options *DataflowsClientBeginDeleteOptions) (*runtime.Poller[DataflowsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[DataflowsClientDeleteResponse](ctx, c.pl, "DataflowsClient.BeginDelete", token, dataflowPath, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName, dataflowName)
}

// DataflowsClientListOptions holds the optional parameters of
// DataflowsClient.NewListPager and ListIter; there are none yet.
type DataflowsClientListOptions struct{}

// DataflowsClientListResponse is one page of DataflowsClient.NewListPager.
type DataflowsClientListResponse struct {
	DataflowResourceListResult
}

// NewListPager lists the dataflows of a dataflow profile, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow
func (c *DataflowsClient) NewListPager(resourceGroupName, instanceName, dataflowProfileName string, options *DataflowsClientListOptions) *runtime.Pager[DataflowsClientListResponse] {
	return newListPager(c.pl, "DataflowsClient.NewListPager", dataflowsPath,
		func(p *DataflowsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName)
}

// ListIter returns an iterator over every dataflow of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *DataflowsClient) ListIter(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *DataflowsClientListOptions) iter.Seq2[DataflowResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, dataflowProfileName, options), func(p DataflowsClientListResponse) []DataflowResource { return p.Value })
}
