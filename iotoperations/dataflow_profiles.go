package iotoperations

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the dataflow profile operations.
const (
	profilesPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTOperations/instances/{instanceName}/dataflowProfiles"
	profilePath  = profilesPath + "/{dataflowProfileName}"
)

// DataflowProfilesClientGetOptions holds the optional parameters of DataflowProfilesClient.Get;
// there are none yet.
type DataflowProfilesClientGetOptions struct{}

// DataflowProfilesClientGetResponse is the result of DataflowProfilesClient.Get.
type DataflowProfilesClientGetResponse struct {
	DataflowProfileResource
}

// Get returns a dataflow profile (DataflowProfile_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError; a missing profile or instance is a 404); invalid
// arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-profile/get
func (c *DataflowProfilesClient) Get(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *DataflowProfilesClientGetOptions) (resp DataflowProfilesClientGetResponse, err error) {
	err = getResource(ctx, c.pl, "DataflowProfilesClient.Get", profilePath, &resp.DataflowProfileResource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName)
	return resp, err
}

// DataflowProfilesClientBeginCreateOrUpdateOptions holds the optional parameters of
// DataflowProfilesClient.BeginCreateOrUpdate.
type DataflowProfilesClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowProfilesClientCreateOrUpdateResponse is the result of
// DataflowProfilesClient.BeginCreateOrUpdate: the profile once the
// operation has ended.
type DataflowProfilesClientCreateOrUpdateResponse struct {
	DataflowProfileResource
}

// BeginCreateOrUpdate creates a dataflow profile or replaces one
// (DataflowProfile_CreateOrUpdate) and returns a poller for the operation.
// The service answers 201 with an Azure-AsyncOperation header to poll, or
// 200: with the header it is polled the same way, without one the profile
// is read until its provisioningState is terminal (a 200 that is already
// Succeeded is done at once). PollUntilDone returns the profile as it
// ended (final state via the async operation, then a GET of the profile);
// an operation that ends Failed or Canceled is an *azcore.ResponseError
// carrying the operation's error code. Members this version does not
// model, kept in the Unknown maps of a profile read earlier, are sent back
// unchanged.
//
// Poller.ResumeToken saves the operation, to continue it later with
// ResumeToken. Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError): the service checks names and ranges (an
// instanceCount outside 1..20 is a 400 with its own code, see HasCode).
// Invalid path arguments are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-profile/create-or-update
func (c *DataflowProfilesClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, resource DataflowProfileResource, options *DataflowProfilesClientBeginCreateOrUpdateOptions) (*runtime.Poller[DataflowProfilesClientCreateOrUpdateResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginCreateOrUpdate[DataflowProfilesClientCreateOrUpdateResponse](ctx, c.pl, "DataflowProfilesClient.BeginCreateOrUpdate", token, profilePath, resource, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName)
}

// DataflowProfilesClientBeginDeleteOptions holds the optional parameters of
// DataflowProfilesClient.BeginDelete.
type DataflowProfilesClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// DataflowProfilesClientDeleteResponse is the result of DataflowProfilesClient.BeginDelete;
// it holds nothing.
type DataflowProfilesClientDeleteResponse struct{}

// BeginDelete deletes a dataflow profile (DataflowProfile_Delete) and
// returns a poller for the deletion. The service answers 204 when there is
// nothing to delete, or 202 with a Location header that the poller follows
// until the profile is gone.
//
// Poller.ResumeToken saves the operation, to continue it later with
// ResumeToken. Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-profile/delete
func (c *DataflowProfilesClient) BeginDelete(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *DataflowProfilesClientBeginDeleteOptions) (*runtime.Poller[DataflowProfilesClientDeleteResponse], error) {
	var token string
	if options != nil {
		token = options.ResumeToken
	}
	return beginDelete[DataflowProfilesClientDeleteResponse](ctx, c.pl, "DataflowProfilesClient.BeginDelete", token, profilePath, c.subscriptionID, resourceGroupName, instanceName, dataflowProfileName)
}

// DataflowProfilesClientListOptions holds the optional parameters of
// DataflowProfilesClient.NewListPager and ListIter; there are none yet.
type DataflowProfilesClientListOptions struct{}

// DataflowProfilesClientListResponse is one page of DataflowProfilesClient.NewListPager.
type DataflowProfilesClientListResponse struct {
	DataflowProfileListResult
}

// NewListPager lists the dataflow profiles of an instance
// (DataflowProfile_ListByResourceGroup), page by page, following nextLink.
// Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotoperations/dataflow-profile/list-by-resource-group
func (c *DataflowProfilesClient) NewListPager(resourceGroupName, instanceName string, options *DataflowProfilesClientListOptions) *runtime.Pager[DataflowProfilesClientListResponse] {
	return newListPager(c.pl, "DataflowProfilesClient.NewListPager", profilesPath,
		func(p *DataflowProfilesClientListResponse) *string { return p.NextLink }, c.subscriptionID, resourceGroupName, instanceName)
}

// ListIter returns an iterator over every profile of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *DataflowProfilesClient) ListIter(ctx context.Context, resourceGroupName, instanceName string, options *DataflowProfilesClientListOptions) iter.Seq2[DataflowProfileResource, error] {
	return pipeline.All(ctx, c.NewListPager(resourceGroupName, instanceName, options), func(p DataflowProfilesClientListResponse) []DataflowProfileResource { return p.Value })
}
