package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the broker authentication operations.
const (
	authenticationsPath = brokerPath + "/authentications"
	authenticationPath  = authenticationsPath + "/{authenticationName}"
)

// BrokerAuthenticationsClient manages the broker authentications of Azure
// IoT Operations
// (Microsoft.IoTOperations/instances/brokers/authentications). It is
// immutable and safe for concurrent use.
type BrokerAuthenticationsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewBrokerAuthenticationsClient returns a client for the broker
// authentications in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewBrokerAuthenticationsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*BrokerAuthenticationsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &BrokerAuthenticationsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// BrokerAuthenticationsClientGetOptions holds the optional parameters of
// BrokerAuthenticationsClient.Get; there are none yet.
type BrokerAuthenticationsClientGetOptions struct{}

// BrokerAuthenticationsClientGetResponse is the result of
// BrokerAuthenticationsClient.Get.
type BrokerAuthenticationsClientGetResponse struct {
	BrokerAuthenticationResource
}

// Get returns a broker authentication (BrokerAuthentication_Get). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError; a
// missing broker authentication or parent is a 404, see IsNotFound); invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authentication/get
func (c *BrokerAuthenticationsClient) Get(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, options *BrokerAuthenticationsClientGetOptions) (resp BrokerAuthenticationsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "BrokerAuthenticationsClient.Get", authenticationPath, &resp.BrokerAuthenticationResource, c.subscriptionID, resourceGroupName, instanceName, brokerName, authenticationName)
	return resp, err
}

// BrokerAuthenticationsClientBeginCreateOrUpdateOptions holds the optional
// parameters of BrokerAuthenticationsClient.BeginCreateOrUpdate.
type BrokerAuthenticationsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerAuthenticationsClientCreateOrUpdateResponse is the result of
// BrokerAuthenticationsClient.BeginCreateOrUpdate: the broker authentication
// once the operation has ended.
type BrokerAuthenticationsClientCreateOrUpdateResponse struct {
	BrokerAuthenticationResource
}

// BeginCreateOrUpdate creates a broker authentication or replaces one
// (BrokerAuthentication_CreateOrUpdate) and returns a poller for the
// operation. The service answers 201 with an Azure-AsyncOperation header (or
// 200); PollUntilDone returns the broker authentication as it ended, and an
// operation that ends Failed or Canceled is an *azcore.ResponseError with
// the code of the operation. Members kept in the Unknown maps of a resource
// read earlier are sent back unchanged. Poller.ResumeToken saves the
// operation, to continue it later with ResumeToken; cancelling ctx stops
// waiting, not the operation. A service failure is a *ServiceError; invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authentication/create-or-update
func (c *BrokerAuthenticationsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, resource BrokerAuthenticationResource, options *BrokerAuthenticationsClientBeginCreateOrUpdateOptions) (*runtime.Poller[BrokerAuthenticationsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[BrokerAuthenticationsClientCreateOrUpdateResponse](ctx, c.pl, "BrokerAuthenticationsClient.BeginCreateOrUpdate", token, authenticationPath, resource, c.subscriptionID, resourceGroupName, instanceName, brokerName, authenticationName)
}

// BrokerAuthenticationsClientBeginDeleteOptions holds the optional
// parameters of BrokerAuthenticationsClient.BeginDelete.
type BrokerAuthenticationsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// BrokerAuthenticationsClientDeleteResponse is the result of
// BrokerAuthenticationsClient.BeginDelete; it holds nothing.
type BrokerAuthenticationsClientDeleteResponse struct{}

// BeginDelete deletes a broker authentication (BrokerAuthentication_Delete)
// and returns a poller for the deletion. The service answers 204 when there
// is nothing to delete, or 202 with a Location header that the poller
// follows until the broker authentication is gone. Poller.ResumeToken saves
// the operation; cancelling ctx stops waiting, not the operation. A service
// failure is a *ServiceError; invalid path arguments are a *ValidationError,
// and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authentication/delete
func (c *BrokerAuthenticationsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, brokerName, authenticationName string, options *BrokerAuthenticationsClientBeginDeleteOptions) (*runtime.Poller[BrokerAuthenticationsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[BrokerAuthenticationsClientDeleteResponse](ctx, c.pl, "BrokerAuthenticationsClient.BeginDelete", token, authenticationPath, c.subscriptionID, resourceGroupName, instanceName, brokerName, authenticationName)
}

// BrokerAuthenticationsClientListOptions holds the optional parameters of
// BrokerAuthenticationsClient.NewListPager and ListIter; there are none yet.
type BrokerAuthenticationsClientListOptions struct{}

// BrokerAuthenticationsClientListResponse is one page of
// BrokerAuthenticationsClient.NewListPager.
type BrokerAuthenticationsClientListResponse struct {
	BrokerAuthenticationResourceListResult
}

// NewListPager lists the broker authentications of a broker, page by page,
// following nextLink. Nothing is sent until NextPage. A service failure is a
// *ServiceError (a missing parent is 404 ParentResourceNotFound); invalid
// path arguments are a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/broker-authentication
func (c *BrokerAuthenticationsClient) NewListPager(resourceGroupName, instanceName, brokerName string, options *BrokerAuthenticationsClientListOptions) *runtime.Pager[BrokerAuthenticationsClientListResponse] {
	return newListPager(c.pl, "BrokerAuthenticationsClient.NewListPager", authenticationsPath,
		func(p *BrokerAuthenticationsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, brokerName)
}

// ListIter returns an iterator over every broker authentication of every
// page of NewListPager, holding one page at a time; it stops at the first
// error, which it yields.
func (c *BrokerAuthenticationsClient) ListIter(ctx context.Context, resourceGroupName, instanceName, brokerName string, options *BrokerAuthenticationsClientListOptions) iter.Seq2[BrokerAuthenticationResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, brokerName, options), func(p BrokerAuthenticationsClientListResponse) []BrokerAuthenticationResource { return p.Value })
}
