package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the broker operations.
const (
	brokersPath = instancePath + "/brokers"
	brokerPath  = brokersPath + "/{brokerName}"
)

// BrokersClient manages the brokers of Azure IoT Operations
// (Microsoft.IoTOperations/instances/brokers). It is immutable and safe for
// concurrent use.
type BrokersClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewBrokersClient returns a client for the brokers in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewBrokersClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*BrokersClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &BrokersClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// BrokersClientGetOptions holds the optional parameters of
// BrokersClient.Get; there are none yet.
type BrokersClientGetOptions struct{}

// BrokersClientGetResponse is the result of BrokersClient.Get.
type BrokersClientGetResponse struct {
	BrokerResource
}

// Get returns a broker (Broker_Get). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError; a missing broker or parent is
// a 404, see IsNotFound); invalid path arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker/get
func (c *BrokersClient) Get(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *BrokersClientGetOptions) (resp BrokersClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "BrokersClient.Get", brokerPath, &resp.BrokerResource, c.subscriptionID, resourceGroupName, instanceName, brokerName)
	return resp, err
}

// BrokersClientBeginCreateOrUpdateOptions holds the optional parameters of
// BrokersClient.BeginCreateOrUpdate.
type BrokersClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokersClientCreateOrUpdateResponse is the result of
// BrokersClient.BeginCreateOrUpdate: the broker once the operation has
// ended.
type BrokersClientCreateOrUpdateResponse struct {
	BrokerResource
}

// BeginCreateOrUpdate creates a broker or replaces one
// (Broker_CreateOrUpdate) and returns a poller for the operation. The
// service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the broker as it ended, and an operation that ends
// Failed or Canceled is an *azcore.ResponseError with the code of the
// operation. Members kept in the Unknown maps of a resource read earlier are
// sent back unchanged. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker/create-or-update
func (c *BrokersClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, brokerName string, resource BrokerResource, options *BrokersClientBeginCreateOrUpdateOptions) (*runtime.Poller[BrokersClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[BrokersClientCreateOrUpdateResponse](ctx, c.pl, "BrokersClient.BeginCreateOrUpdate", token, brokerPath, resource, c.subscriptionID, resourceGroupName, instanceName, brokerName)
}

// BrokersClientBeginDeleteOptions holds the optional parameters of
// BrokersClient.BeginDelete.
type BrokersClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokersClientDeleteResponse is the result of BrokersClient.BeginDelete; it
// holds nothing.
type BrokersClientDeleteResponse struct{}

// BeginDelete deletes a broker (Broker_Delete) and returns a poller for the
// deletion. The service answers 204 when there is nothing to delete, or 202
// with a Location header that the poller follows until the broker is gone.
// Poller.ResumeToken saves the operation; cancelling ctx stops waiting, not
// the operation. A service failure is a *ServiceError; invalid path
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker/delete
func (c *BrokersClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *BrokersClientBeginDeleteOptions) (*runtime.Poller[BrokersClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[BrokersClientDeleteResponse](ctx, c.pl, "BrokersClient.BeginDelete", token, brokerPath, c.subscriptionID, resourceGroupName, instanceName, brokerName)
}

// BrokersClientListOptions holds the optional parameters of
// BrokersClient.NewListPager and ListIter; there are none yet.
type BrokersClientListOptions struct{}

// BrokersClientListResponse is one page of BrokersClient.NewListPager.
type BrokersClientListResponse struct {
	BrokerResourceListResult
}

// NewListPager lists the brokers of an instance, page by page, following
// nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker
func (c *BrokersClient) NewListPager(resourceGroupName, instanceName string, options *BrokersClientListOptions) *runtime.Pager[BrokersClientListResponse] {
	return newListPager(c.pl, "BrokersClient.NewListPager", brokersPath,
		func(p *BrokersClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName)
}

// ListIter returns an iterator over every broker of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *BrokersClient) ListIter(ctx context.Context, resourceGroupName, instanceName string, options *BrokersClientListOptions) iter.Seq2[BrokerResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, options), func(p BrokersClientListResponse) []BrokerResource { return p.Value })
}
