package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the broker authorization operations.
const (
	authorizationsPath = brokerPath + "/authorizations"
	authorizationPath  = authorizationsPath + "/{authorizationName}"
)

// BrokerAuthorizationsClient manages the broker authorizations of Azure IoT
// Operations (Microsoft.IoTOperations/instances/brokers/authorizations). It
// is immutable and safe for concurrent use.
type BrokerAuthorizationsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewBrokerAuthorizationsClient returns a client for the broker
// authorizations in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewBrokerAuthorizationsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*BrokerAuthorizationsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &BrokerAuthorizationsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// BrokerAuthorizationsClientGetOptions holds the optional parameters of
// BrokerAuthorizationsClient.Get; there are none yet.
type BrokerAuthorizationsClientGetOptions struct{}

// BrokerAuthorizationsClientGetResponse is the result of
// BrokerAuthorizationsClient.Get.
type BrokerAuthorizationsClientGetResponse struct {
	BrokerAuthorizationResource
}

// Get returns a broker authorization (BrokerAuthorization_Get). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError; a
// missing broker authorization or parent is a 404, see IsNotFound); invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authorization/get
func (c *BrokerAuthorizationsClient) Get(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, options *BrokerAuthorizationsClientGetOptions) (resp BrokerAuthorizationsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "BrokerAuthorizationsClient.Get", authorizationPath, &resp.BrokerAuthorizationResource, c.subscriptionID, resourceGroupName, instanceName, brokerName, authorizationName)
	return resp, err
}

// BrokerAuthorizationsClientBeginCreateOrUpdateOptions holds the optional
// parameters of BrokerAuthorizationsClient.BeginCreateOrUpdate.
type BrokerAuthorizationsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerAuthorizationsClientCreateOrUpdateResponse is the result of
// BrokerAuthorizationsClient.BeginCreateOrUpdate: the broker authorization
// once the operation has ended.
type BrokerAuthorizationsClientCreateOrUpdateResponse struct {
	BrokerAuthorizationResource
}

// BeginCreateOrUpdate creates a broker authorization or replaces one
// (BrokerAuthorization_CreateOrUpdate) and returns a poller for the
// operation. The service answers 201 with an Azure-AsyncOperation header (or
// 200); PollUntilDone returns the broker authorization as it ended, and an
// operation that ends Failed or Canceled is an *azcore.ResponseError with
// the code of the operation. Members kept in the Unknown maps of a resource
// read earlier are sent back unchanged. Poller.ResumeToken saves the
// operation, to continue it later with ResumeToken; cancelling ctx stops
// waiting, not the operation. A service failure is a *ServiceError; invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authorization/create-or-update
func (c *BrokerAuthorizationsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, resource BrokerAuthorizationResource, options *BrokerAuthorizationsClientBeginCreateOrUpdateOptions) (*runtime.Poller[BrokerAuthorizationsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[BrokerAuthorizationsClientCreateOrUpdateResponse](ctx, c.pl, "BrokerAuthorizationsClient.BeginCreateOrUpdate", token, authorizationPath, resource, c.subscriptionID, resourceGroupName, instanceName, brokerName, authorizationName)
}

// BrokerAuthorizationsClientBeginDeleteOptions holds the optional parameters
// of BrokerAuthorizationsClient.BeginDelete.
type BrokerAuthorizationsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerAuthorizationsClientDeleteResponse is the result of
// BrokerAuthorizationsClient.BeginDelete; it holds nothing.
type BrokerAuthorizationsClientDeleteResponse struct{}

// BeginDelete deletes a broker authorization (BrokerAuthorization_Delete)
// and returns a poller for the deletion. The service answers 204 when there
// is nothing to delete, or 202 with a Location header that the poller
// follows until the broker authorization is gone. Poller.ResumeToken saves
// the operation; cancelling ctx stops waiting, not the operation. A service
// failure is a *ServiceError; invalid path arguments are a *ValidationError,
// and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authorization/delete
func (c *BrokerAuthorizationsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, brokerName, authorizationName string, options *BrokerAuthorizationsClientBeginDeleteOptions) (*runtime.Poller[BrokerAuthorizationsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[BrokerAuthorizationsClientDeleteResponse](ctx, c.pl, "BrokerAuthorizationsClient.BeginDelete", token, authorizationPath, c.subscriptionID, resourceGroupName, instanceName, brokerName, authorizationName)
}

// BrokerAuthorizationsClientListOptions holds the optional parameters of
// BrokerAuthorizationsClient.NewListPager and ListIter; there are none yet.
type BrokerAuthorizationsClientListOptions struct{}

// BrokerAuthorizationsClientListResponse is one page of
// BrokerAuthorizationsClient.NewListPager.
type BrokerAuthorizationsClientListResponse struct {
	BrokerAuthorizationResourceListResult
}

// NewListPager lists the broker authorizations of a broker, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authorization
func (c *BrokerAuthorizationsClient) NewListPager(resourceGroupName, instanceName, brokerName string, options *BrokerAuthorizationsClientListOptions) *runtime.Pager[BrokerAuthorizationsClientListResponse] {
	return newListPager(c.pl, "BrokerAuthorizationsClient.NewListPager", authorizationsPath,
		func(p *BrokerAuthorizationsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, brokerName)
}

// ListIter returns an iterator over every broker authorization of every page
// of NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *BrokerAuthorizationsClient) ListIter(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *BrokerAuthorizationsClientListOptions) iter.Seq2[BrokerAuthorizationResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, brokerName, options), func(p BrokerAuthorizationsClientListResponse) []BrokerAuthorizationResource { return p.Value })
}
