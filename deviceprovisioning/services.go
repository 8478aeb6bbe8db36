package deviceprovisioning

import (
	"context"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the provisioning service operations.
const (
	providerPath        = "/subscriptions/{subscriptionId}/providers/Microsoft.Devices"
	subscriptionPath    = providerPath + "/provisioningServices"
	checkNamePath       = providerPath + "/checkProvisioningServiceNameAvailability"
	resourceGroupPath   = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices"
	servicePath         = resourceGroupPath + "/{provisioningServiceName}"
	listKeysPath        = servicePath + "/listkeys"
	keyPath             = servicePath + "/keys/{keyName}/listkeys"
	operationResultPath = servicePath + "/operationresults/{operationId}"
	skusPath            = servicePath + "/skus"
)

// ProvisioningServicesClientGetOptions holds the optional parameters of ProvisioningServicesClient.Get;
// there are none yet.
type ProvisioningServicesClientGetOptions struct{}

// ProvisioningServicesClientGetResponse is the result of ProvisioningServicesClient.Get.
type ProvisioningServicesClientGetResponse struct {
	ProvisioningServiceDescription
	// ETag is the ETag header of the answer.
	ETag *string
}

// Get returns a provisioning service (IotDpsResource_Get), without its keys:
// the service returns the shared access policies with null keys.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/get
func (c *ProvisioningServicesClient) Get(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientGetOptions) (resp ProvisioningServicesClientGetResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.Get")
	defer func() { end(err) }()
	req, err := c.serviceRequest(ctx, http.MethodGet, servicePath, resourceGroupName, provisioningServiceName)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	if etag := httpResp.Header.Get("ETag"); etag != "" {
		resp.ETag = &etag
	}
	err = pipeline.DecodeBody(httpResp, &resp.ProvisioningServiceDescription)
	return resp, err
}

// ProvisioningServicesClientBeginCreateOrUpdateOptions holds the optional parameters of
// ProvisioningServicesClient.BeginCreateOrUpdate.
type ProvisioningServicesClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProvisioningServicesClientCreateOrUpdateResponse is the result of
// ProvisioningServicesClient.BeginCreateOrUpdate and BeginModify: the
// service once the operation ended, without its keys.
type ProvisioningServicesClientCreateOrUpdateResponse struct {
	ProvisioningServiceDescription
}

// BeginCreateOrUpdate creates a provisioning service or replaces one
// (IotDpsResource_CreateOrUpdate) and returns a poller for the operation.
//
// A PUT replaces the whole service: shared access policies, linked hubs and
// every other property not sent are removed, and since Get returns the
// policies without their keys, sending back what Get returned loses the
// keys. To change some properties of an existing service, use BeginModify.
//
// The service answers 200 when it is done, or 201 with an
// Azure-AsyncOperation header to poll; PollUntilDone then reads the service
// again (GET) and returns it. A failed operation ends PollUntilDone with an
// *azcore.ResponseError. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken. Cancelling ctx stops waiting, not
// the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments or an invalid description
// (including a preview-only field with the stable api-version) are a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/create-or-update
func (c *ProvisioningServicesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, provisioningServiceName string, iotDpsDescription ProvisioningServiceDescription, options *ProvisioningServicesClientBeginCreateOrUpdateOptions) (poller *runtime.Poller[ProvisioningServicesClientCreateOrUpdateResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientCreateOrUpdateResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginCreateOrUpdate")
	defer func() { end(err) }()
	return createOrUpdate[ProvisioningServicesClientCreateOrUpdateResponse](ctx, c, resourceGroupName, provisioningServiceName, iotDpsDescription, nil)
}

// createOrUpdate validates and sends the PUT of a service, with If-Match
// when ifMatch is set, and returns the poller for its answer; T is the
// response type of the method that sends it.
func createOrUpdate[T any](ctx context.Context, c *ProvisioningServicesClient, resourceGroupName, provisioningServiceName string, d ProvisioningServiceDescription, ifMatch *string) (*runtime.Poller[T], error) {
	req, err := c.serviceRequest(ctx, http.MethodPut, servicePath, resourceGroupName, provisioningServiceName,
		func(v *pipeline.Validator) { checkDescription(v, "iotDpsDescription", d, c.pl.APIVersion()) })
	if err != nil {
		return nil, err
	}
	pipeline.SetIfMatch(req, ifMatch)
	if err := pipeline.SetBody(req, d, pipeline.ContentTypeJSON); err != nil {
		return nil, err
	}
	// The body carries access keys and hub connection strings.
	pipeline.NoBodyLogging(req)
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusCreated)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[T](c.pl, httpResp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// ProvisioningServicesClientBeginUpdateTagsOptions holds the optional parameters of
// ProvisioningServicesClient.BeginUpdateTags.
type ProvisioningServicesClientBeginUpdateTagsOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProvisioningServicesClientUpdateTagsResponse is the result of
// ProvisioningServicesClient.BeginUpdateTags: the service with its new
// tags, without its keys.
type ProvisioningServicesClientUpdateTagsResponse struct {
	ProvisioningServiceDescription
}

// BeginUpdateTags replaces the tags of a provisioning service
// (IotDpsResource_Update, a PATCH of the tags only; use BeginModify for
// other properties) and returns a poller for the operation. The service
// answers 200, usually done; a running operation is followed with azcore's
// standard protocols. With the preview api-version, errors come in the ARM
// shape; ServiceError decodes both.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/update
func (c *ProvisioningServicesClient) BeginUpdateTags(ctx context.Context, resourceGroupName, provisioningServiceName string, provisioningServiceTags TagsResource, options *ProvisioningServicesClientBeginUpdateTagsOptions) (poller *runtime.Poller[ProvisioningServicesClientUpdateTagsResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientUpdateTagsResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginUpdateTags")
	defer func() { end(err) }()
	req, err := c.serviceRequest(ctx, http.MethodPatch, servicePath, resourceGroupName, provisioningServiceName)
	if err != nil {
		return nil, err
	}
	if err := pipeline.SetBody(req, provisioningServiceTags, pipeline.ContentTypeJSON); err != nil {
		return nil, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusAccepted)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[ProvisioningServicesClientUpdateTagsResponse](c.pl, httpResp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// ProvisioningServicesClientBeginDeleteOptions holds the optional parameters of
// ProvisioningServicesClient.BeginDelete.
type ProvisioningServicesClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProvisioningServicesClientDeleteResponse is the result of ProvisioningServicesClient.BeginDelete;
// it holds nothing.
type ProvisioningServicesClientDeleteResponse struct{}

// BeginDelete deletes a provisioning service (IotDpsResource_Delete) and
// returns a poller for the deletion.
//
// The service answers 200 or 204 when the service is gone, or 202 with
// Azure-AsyncOperation and Location headers, which the poller follows. The
// spec lists 404 among the successful answers, and so does this method: a
// 404 means there is no such service (never created, or already deleted),
// and the poller it returns is already done, without error, so that
// deleting is idempotent. Call Get first to tell the cases apart.
//
// Poller.ResumeToken saves a running operation, to continue it later with
// ResumeToken. Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/delete
func (c *ProvisioningServicesClient) BeginDelete(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientBeginDeleteOptions) (poller *runtime.Poller[ProvisioningServicesClientDeleteResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientDeleteResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginDelete")
	defer func() { end(err) }()
	req, err := c.serviceRequest(ctx, http.MethodDelete, servicePath, resourceGroupName, provisioningServiceName)
	if err != nil {
		return nil, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusAccepted, http.StatusNoContent, http.StatusNotFound)
	if err != nil {
		return nil, err
	}
	if httpResp.StatusCode == http.StatusNotFound {
		return newDonePoller[ProvisioningServicesClientDeleteResponse](c.pl, httpResp)
	}
	return pipeline.NewPoller[ProvisioningServicesClientDeleteResponse](c.pl, httpResp, runtime.FinalStateViaLocation, nil)
}
