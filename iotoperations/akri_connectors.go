package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the Akri connector operations.
const (
	akriConnectorsPath = akriConnectorTemplatePath + "/connectors"
	akriConnectorPath  = akriConnectorsPath + "/{connectorName}"
)

// AkriConnectorsClient manages the Akri connectors of Azure IoT Operations
// (Microsoft.IoTOperations/instances/akriConnectorTemplates/connectors). It
// is immutable and safe for concurrent use.
type AkriConnectorsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewAkriConnectorsClient returns a client for the Akri connectors in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewAkriConnectorsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*AkriConnectorsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &AkriConnectorsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// AkriConnectorsClientGetOptions holds the optional parameters of
// AkriConnectorsClient.Get; there are none yet.
type AkriConnectorsClientGetOptions struct{}

// AkriConnectorsClientGetResponse is the result of AkriConnectorsClient.Get.
type AkriConnectorsClientGetResponse struct {
	AkriConnectorResource
}

// Get returns an Akri connector (AkriConnector_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError; a missing Akri
// connector or parent is a 404, see IsNotFound); invalid path arguments are
// a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector/get
func (c *AkriConnectorsClient) Get(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, options *AkriConnectorsClientGetOptions) (resp AkriConnectorsClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "AkriConnectorsClient.Get", akriConnectorPath, &resp.AkriConnectorResource, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName)
	return resp, err
}

// AkriConnectorsClientBeginCreateOrUpdateOptions holds the optional
// parameters of AkriConnectorsClient.BeginCreateOrUpdate.
type AkriConnectorsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// AkriConnectorsClientCreateOrUpdateResponse is the result of
// AkriConnectorsClient.BeginCreateOrUpdate: the Akri connector once the
// operation has ended.
type AkriConnectorsClientCreateOrUpdateResponse struct {
	AkriConnectorResource
}

// BeginCreateOrUpdate creates an Akri connector or replaces one
// (AkriConnector_CreateOrUpdate) and returns a poller for the operation. The
// service answers 201 with an Azure-AsyncOperation header (or 200);
// PollUntilDone returns the Akri connector as it ended, and an operation
// that ends Failed or Canceled is an *azcore.ResponseError with the code of
// the operation. Members kept in the Unknown maps of a resource read earlier
// are sent back unchanged. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken; cancelling ctx stops waiting, not the
// operation. A service failure is a *ServiceError; invalid path arguments
// are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector/create-or-update
func (c *AkriConnectorsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, resource AkriConnectorResource, options *AkriConnectorsClientBeginCreateOrUpdateOptions) (*runtime.Poller[AkriConnectorsClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[AkriConnectorsClientCreateOrUpdateResponse](ctx, c.pl, "AkriConnectorsClient.BeginCreateOrUpdate", token, akriConnectorPath, resource, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName)
}

// AkriConnectorsClientBeginDeleteOptions holds the optional parameters of
// AkriConnectorsClient.BeginDelete.
type AkriConnectorsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// AkriConnectorsClientDeleteResponse is the result of
// AkriConnectorsClient.BeginDelete; it holds nothing.
type AkriConnectorsClientDeleteResponse struct{}

// BeginDelete deletes an Akri connector (AkriConnector_Delete) and returns a
// poller for the deletion. The service answers 204 when there is nothing to
// delete, or 202 with a Location header that the poller follows until the
// Akri connector is gone. Poller.ResumeToken saves the operation; cancelling
// ctx stops waiting, not the operation. A service failure is a
// *ServiceError; invalid path arguments are a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector/delete
func (c *AkriConnectorsClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName string, options *AkriConnectorsClientBeginDeleteOptions) (*runtime.Poller[AkriConnectorsClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[AkriConnectorsClientDeleteResponse](ctx, c.pl, "AkriConnectorsClient.BeginDelete", token, akriConnectorPath, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName, connectorName)
}

// AkriConnectorsClientListOptions holds the optional parameters of
// AkriConnectorsClient.NewListPager and ListIter; there are none yet.
type AkriConnectorsClientListOptions struct{}

// AkriConnectorsClientListResponse is one page of
// AkriConnectorsClient.NewListPager.
type AkriConnectorsClientListResponse struct {
	AkriConnectorResourceListResult
}

// NewListPager lists the Akri connectors of an Akri connector template, page
// by page, following nextLink. Nothing is sent until NextPage. A service
// failure is a *ServiceError (a missing parent is 404
// ParentResourceNotFound); invalid path arguments are a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector
func (c *AkriConnectorsClient) NewListPager(resourceGroupName, instanceName, akriConnectorTemplateName string, options *AkriConnectorsClientListOptions) *runtime.Pager[AkriConnectorsClientListResponse] {
	return newListPager(c.pl, "AkriConnectorsClient.NewListPager", akriConnectorsPath,
		func(p *AkriConnectorsClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName)
}

// ListIter returns an iterator over every Akri connector of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *AkriConnectorsClient) ListIter(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, options *AkriConnectorsClientListOptions) iter.Seq2[AkriConnectorResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, akriConnectorTemplateName, options), func(p AkriConnectorsClientListResponse) []AkriConnectorResource { return p.Value })
}
