package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the Akri connector template operations.
const (
	akriConnectorTemplatesPath = instancePath + "/akriConnectorTemplates"
	akriConnectorTemplatePath  = akriConnectorTemplatesPath + "/{akriConnectorTemplateName}"
)

// AkriConnectorTemplatesClient manages the Akri connector templates of Azure
// IoT Operations (Microsoft.IoTOperations/instances/akriConnectorTemplates).
// It is immutable and safe for concurrent use.
type AkriConnectorTemplatesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewAkriConnectorTemplatesClient returns a client for the Akri connector
// templates in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewAkriConnectorTemplatesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*AkriConnectorTemplatesClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &AkriConnectorTemplatesClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// AkriConnectorTemplatesClientGetOptions holds the optional parameters of
// AkriConnectorTemplatesClient.Get; there are none yet.
type AkriConnectorTemplatesClientGetOptions struct{}

// AkriConnectorTemplatesClientGetResponse is the result of
// AkriConnectorTemplatesClient.Get.
type AkriConnectorTemplatesClientGetResponse struct {
	AkriConnectorTemplateResource
}

// Get returns an Akri connector template (AkriConnectorTemplate_Get). A
// service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError; a missing Akri connector template or parent is a
// 404, see IsNotFound); invalid path arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector-template/get
func (c *AkriConnectorTemplatesClient) Get(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, options *AkriConnectorTemplatesClientGetOptions) (resp AkriConnectorTemplatesClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "AkriConnectorTemplatesClient.Get", akriConnectorTemplatePath, &resp.AkriConnectorTemplateResource, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName)
	return resp, err
}

// AkriConnectorTemplatesClientBeginCreateOrUpdateOptions holds the optional
// parameters of AkriConnectorTemplatesClient.BeginCreateOrUpdate.
type AkriConnectorTemplatesClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// AkriConnectorTemplatesClientCreateOrUpdateResponse is the result of
// AkriConnectorTemplatesClient.BeginCreateOrUpdate: the Akri connector
// template once the operation has ended.
type AkriConnectorTemplatesClientCreateOrUpdateResponse struct {
	AkriConnectorTemplateResource
}

// BeginCreateOrUpdate creates an Akri connector template or replaces one
// (AkriConnectorTemplate_CreateOrUpdate) and returns a poller for the
// operation. The service answers 201 with an Azure-AsyncOperation header (or
// 200); PollUntilDone returns the Akri connector template as it ended, and
// an operation that ends Failed or Canceled is an *azcore.ResponseError with
// the code of the operation. Members kept in the Unknown maps of a resource
// read earlier are sent back unchanged. Poller.ResumeToken saves the
// operation, to continue it later with ResumeToken; cancelling ctx stops
// waiting, not the operation. A service failure is a *ServiceError; invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector-template/create-or-update
func (c *AkriConnectorTemplatesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, resource AkriConnectorTemplateResource, options *AkriConnectorTemplatesClientBeginCreateOrUpdateOptions) (*runtime.Poller[AkriConnectorTemplatesClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[AkriConnectorTemplatesClientCreateOrUpdateResponse](ctx, c.pl, "AkriConnectorTemplatesClient.BeginCreateOrUpdate", token, akriConnectorTemplatePath, resource, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName)
}

// AkriConnectorTemplatesClientBeginDeleteOptions holds the optional
// parameters of AkriConnectorTemplatesClient.BeginDelete.
type AkriConnectorTemplatesClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// AkriConnectorTemplatesClientDeleteResponse is the result of
// AkriConnectorTemplatesClient.BeginDelete; it holds nothing.
type AkriConnectorTemplatesClientDeleteResponse struct{}

// BeginDelete deletes an Akri connector template
// (AkriConnectorTemplate_Delete) and returns a poller for the deletion. The
// service answers 204 when there is nothing to delete, or 202 with a
// Location header that the poller follows until the Akri connector template
// is gone. Poller.ResumeToken saves the operation; cancelling ctx stops
// waiting, not the operation. A service failure is a *ServiceError; invalid
// path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector-template/delete
func (c *AkriConnectorTemplatesClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, akriConnectorTemplateName string, options *AkriConnectorTemplatesClientBeginDeleteOptions) (*runtime.Poller[AkriConnectorTemplatesClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[AkriConnectorTemplatesClientDeleteResponse](ctx, c.pl, "AkriConnectorTemplatesClient.BeginDelete", token, akriConnectorTemplatePath, c.subscriptionID, resourceGroupName, instanceName, akriConnectorTemplateName)
}

// AkriConnectorTemplatesClientListOptions holds the optional parameters of
// AkriConnectorTemplatesClient.NewListPager and ListIter; there are none
// yet.
type AkriConnectorTemplatesClientListOptions struct{}

// AkriConnectorTemplatesClientListResponse is one page of
// AkriConnectorTemplatesClient.NewListPager.
type AkriConnectorTemplatesClientListResponse struct {
	AkriConnectorTemplateResourceListResult
}

// NewListPager lists the Akri connector templates of an instance, page by
// page, following nextLink. Nothing is sent until NextPage. A service
// failure is a *ServiceError (a missing parent is 404
// ParentResourceNotFound); invalid path arguments are a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/akri-connector-template
func (c *AkriConnectorTemplatesClient) NewListPager(resourceGroupName, instanceName string, options *AkriConnectorTemplatesClientListOptions) *runtime.Pager[AkriConnectorTemplatesClientListResponse] {
	return newListPager(c.pl, "AkriConnectorTemplatesClient.NewListPager", akriConnectorTemplatesPath,
		func(p *AkriConnectorTemplatesClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName)
}

// ListIter returns an iterator over every Akri connector template of every
// page of NewListPager, holding one page at a time; it stops at the first
// error, which it yields.
func (c *AkriConnectorTemplatesClient) ListIter(ctx context.Context, resourceGroupName, instanceName string, options *AkriConnectorTemplatesClientListOptions) iter.Seq2[AkriConnectorTemplateResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, options), func(p AkriConnectorTemplatesClientListResponse) []AkriConnectorTemplateResource { return p.Value })
}
