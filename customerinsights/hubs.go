package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// subscriptionHubsPath lists the hubs of a whole subscription.
const subscriptionHubsPath = "/subscriptions/{subscriptionId}/providers/Microsoft.CustomerInsights/hubs"

// HubsClient manages Customer Insights hubs
// (Microsoft.CustomerInsights/hubs). It is immutable and safe for
// concurrent use.
type HubsClient struct{ client }

// NewHubsClient returns a client for the hubs of subscriptionID,
// authenticated with cred. options may be nil. A subscriptionID that is
// not a UUID is a *ValidationError.
func NewHubsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*HubsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &HubsClient{c}, nil
}

var hubDelete = lro[Hub, HubsClientDeleteResponse]{
	op: "HubsClient.BeginDelete", delete: true,
	state: func(h *Hub) *ProvisioningStates {
		if h.Properties == nil || h.Properties.ProvisioningState == nil {
			return nil
		}
		s := ProvisioningStates(*h.Properties.ProvisioningState)
		return &s
	},
}

// HubsClientCreateOrUpdateOptions holds the optional parameters of
// HubsClient.CreateOrUpdate; there are none yet.
type HubsClientCreateOrUpdateOptions struct{}

// HubsClientCreateOrUpdateResponse is the result of
// HubsClient.CreateOrUpdate.
type HubsClientCreateOrUpdateResponse struct {
	Hub
}

// CreateOrUpdate creates a hub (201) or replaces one (200)
// (Hubs_CreateOrUpdate). A service failure is a *ServiceError (errors.As
// also finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/create-or-update
func (c *HubsClient) CreateOrUpdate(ctx context.Context, resourceGroupName, hubName string, parameters Hub, options *HubsClientCreateOrUpdateOptions) (resp HubsClientCreateOrUpdateResponse, err error) {
	_, err = pipeline.Call{Op: "HubsClient.CreateOrUpdate", Method: http.MethodPut, Template: hubPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName}, Body: parameters,
		OK: []int{http.StatusOK, http.StatusCreated}, Out: &resp.Hub}.Do(ctx, c.pl)
	return resp, err
}

// HubsClientUpdateOptions holds the optional parameters of
// HubsClient.Update; there are none yet.
type HubsClientUpdateOptions struct{}

// HubsClientUpdateResponse is the result of HubsClient.Update.
type HubsClientUpdateResponse struct {
	Hub
}

// Update changes the members of a hub that parameters carries (PATCH,
// Hubs_Update) and returns the hub. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/update
func (c *HubsClient) Update(ctx context.Context, resourceGroupName, hubName string, parameters Hub, options *HubsClientUpdateOptions) (resp HubsClientUpdateResponse, err error) {
	_, err = pipeline.Call{Op: "HubsClient.Update", Method: http.MethodPatch, Template: hubPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName}, Body: parameters, Out: &resp.Hub}.Do(ctx, c.pl)
	return resp, err
}

// HubsClientGetOptions holds the optional parameters of HubsClient.Get;
// there are none yet.
type HubsClientGetOptions struct{}

// HubsClientGetResponse is the result of HubsClient.Get.
type HubsClientGetResponse struct {
	Hub
}

// Get returns a hub (Hubs_Get). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/get
func (c *HubsClient) Get(ctx context.Context, resourceGroupName, hubName string, options *HubsClientGetOptions) (resp HubsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "HubsClient.Get", Method: http.MethodGet, Template: hubPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName}, Out: &resp.Hub}.Do(ctx, c.pl)
	return resp, err
}

// HubsClientBeginDeleteOptions holds the optional parameters of
// HubsClient.BeginDelete.
type HubsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// HubsClientDeleteResponse is the result of HubsClient.BeginDelete; it
// holds nothing.
type HubsClientDeleteResponse struct{}

// BeginDelete deletes a hub and everything in it (Hubs_Delete) and
// returns a poller for the deletion: 200 and 204 are done at once; a 202
// is followed through its polling header or, without one, by reading the
// hub until it is gone. A service failure is a *ServiceError (errors.As
// also finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/delete
func (c *HubsClient) BeginDelete(ctx context.Context, resourceGroupName, hubName string, options *HubsClientBeginDeleteOptions) (*runtime.Poller[HubsClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return hubDelete.resume(c.pl, options.ResumeToken)
	}
	return hubDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: hubPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName},
		OK:     []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}})
}

// HubsClientListByResourceGroupOptions holds the optional parameters of
// HubsClient.NewListByResourceGroupPager; there are none yet.
type HubsClientListByResourceGroupOptions struct{}

// HubsClientListByResourceGroupResponse is one page of
// HubsClient.NewListByResourceGroupPager.
type HubsClientListByResourceGroupResponse struct {
	HubListResult
}

// NewListByResourceGroupPager lists the hubs of a resource group
// (Hubs_ListByResourceGroup), following nextLink; nothing is sent until
// NextPage.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/list-by-resource-group
func (c *HubsClient) NewListByResourceGroupPager(resourceGroupName string, options *HubsClientListByResourceGroupOptions) *runtime.Pager[HubsClientListByResourceGroupResponse] {
	return newPager(c.client, "HubsClient.NewListByResourceGroupPager", hubsPath, []string{c.subscriptionID, resourceGroupName}, nil, false, false,
		func(p *HubsClientListByResourceGroupResponse) *string { return p.NextLink })
}

// ListByResourceGroupIter iterates over the hubs of every page of
// NewListByResourceGroupPager, one page at a time; it stops at the first
// error, which it yields.
func (c *HubsClient) ListByResourceGroupIter(ctx context.Context, resourceGroupName string, options *HubsClientListByResourceGroupOptions) iter.Seq2[Hub, error] {
	return pipeline.All(ctx, c.NewListByResourceGroupPager(resourceGroupName, options), func(p HubsClientListByResourceGroupResponse) []Hub { return p.Value })
}

// HubsClientListOptions holds the optional parameters of
// HubsClient.NewListPager; there are none yet.
type HubsClientListOptions struct{}

// HubsClientListResponse is one page of HubsClient.NewListPager.
type HubsClientListResponse struct {
	HubListResult
}

// NewListPager lists the hubs of the subscription (Hubs_List), following
// nextLink; nothing is sent until NextPage.
//
// https://learn.microsoft.com/rest/api/customer-insights/hubs/list
func (c *HubsClient) NewListPager(options *HubsClientListOptions) *runtime.Pager[HubsClientListResponse] {
	return newPager(c.client, "HubsClient.NewListPager", subscriptionHubsPath, []string{c.subscriptionID}, nil, false, false,
		func(p *HubsClientListResponse) *string { return p.NextLink })
}

// ListIter iterates over the hubs of every page of NewListPager, one page
// at a time; it stops at the first error, which it yields.
func (c *HubsClient) ListIter(ctx context.Context, options *HubsClientListOptions) iter.Seq2[Hub, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p HubsClientListResponse) []Hub { return p.Value })
}
