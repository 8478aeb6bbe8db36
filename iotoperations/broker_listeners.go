package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the broker listener operations.
const (
	listenersPath = brokerPath + "/listeners"
	listenerPath  = listenersPath + "/{listenerName}"
)

// BrokerListenersClient manages the broker listeners of Azure IoT Operations
// (Microsoft.IoTOperations/instances/brokers/listeners). It is immutable and
// safe for concurrent use.
type BrokerListenersClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewBrokerListenersClient returns a client for the broker listeners in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewBrokerListenersClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*BrokerListenersClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &BrokerListenersClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// BrokerListenersClientGetOptions holds the optional parameters of
// BrokerListenersClient.Get; there are none yet.
type BrokerListenersClientGetOptions struct{}

// BrokerListenersClientGetResponse is the result of
// BrokerListenersClient.Get.
type BrokerListenersClientGetResponse struct {
	BrokerListenerResource
}

// Get returns a broker listener (BrokerListener_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError; a missing
// broker listener or parent is a 404, see IsNotFound); invalid path
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-listener/get
func (c *BrokerListenersClient) Get(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, options *BrokerListenersClientGetOptions) (resp BrokerListenersClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "BrokerListenersClient.Get", listenerPath, &resp.BrokerListenerResource, c.subscriptionID, resourceGroupName, instanceName, brokerName, listenerName)
	return resp, err
}

// BrokerListenersClientBeginCreateOrUpdateOptions holds the optional
// parameters of BrokerListenersClient.BeginCreateOrUpdate.
type BrokerListenersClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerListenersClientCreateOrUpdateResponse is the result of
// BrokerListenersClient.BeginCreateOrUpdate: the broker listener once the
// operation has ended.
type BrokerListenersClientCreateOrUpdateResponse struct {
	BrokerListenerResource
}

// BeginCreateOrUpdate creates a broker listener or replaces one
// (BrokerListener_CreateOrUpdate) and returns a poller for the operation.
// The service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the broker listener as it ended, and an operation
// that ends Failed or Canceled is an *azcore.ResponseError with the code of
// the operation. Members kept in the Unknown maps of a resource read earlier
// are sent back unchanged. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-listener/create-or-update
func (c *BrokerListenersClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, resource BrokerListenerResource, options *BrokerListenersClientBeginCreateOrUpdateOptions) (*runtime.Poller[BrokerListenersClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[BrokerListenersClientCreateOrUpdateResponse](ctx, c.pl, "BrokerListenersClient.BeginCreateOrUpdate", token, listenerPath, resource, c.subscriptionID, resourceGroupName, instanceName, brokerName, listenerName)
}

// BrokerListenersClientBeginDeleteOptions holds the optional parameters of
// BrokerListenersClient.BeginDelete.
type BrokerListenersClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerListenersClientDeleteResponse is the result of
// BrokerListenersClient.BeginDelete; it holds nothing.
type BrokerListenersClientDeleteResponse struct{}

// BeginDelete deletes a broker listener (BrokerListener_Delete) and returns
// a poller for the deletion. The service answers 204 when there is nothing
// to delete, or 202 with a Location header that the poller follows until the
// broker listener is gone. Poller.ResumeToken saves the operation;
// cancelling ctx stops waiting, not the operation. A service failure is a
// *ServiceError; invalid path arguments are a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-listener/delete
func (c *BrokerListenersClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, brokerName, listenerName string, options *BrokerListenersClientBeginDeleteOptions) (*runtime.Poller[BrokerListenersClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[BrokerListenersClientDeleteResponse](ctx, c.pl, "BrokerListenersClient.BeginDelete", token, listenerPath, c.subscriptionID, resourceGroupName, instanceName, brokerName, listenerName)
}

// BrokerListenersClientListOptions holds the optional parameters of
// BrokerListenersClient.NewListPager and ListIter; there are none yet.
type BrokerListenersClientListOptions struct{}

// BrokerListenersClientListResponse is one page of
// BrokerListenersClient.NewListPager.
type BrokerListenersClientListResponse struct {
	BrokerListenerResourceListResult
}

// NewListPager lists the broker listeners of a broker, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-listener
func (c *BrokerListenersClient) NewListPager(resourceGroupName, instanceName, brokerName string, options *BrokerListenersClientListOptions) *runtime.Pager[BrokerListenersClientListResponse] {
	return newListPager(c.pl, "BrokerListenersClient.NewListPager", listenersPath,
		func(p *BrokerListenersClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, brokerName)
}

// ListIter returns an iterator over every broker listener of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *BrokerListenersClient) ListIter(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *BrokerListenersClientListOptions) iter.Seq2[BrokerListenerResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, brokerName, options), func(p BrokerListenersClientListResponse) []BrokerListenerResource { return p.Value })
}
