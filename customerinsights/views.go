package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the ViewsClient operations.
const (
	viewsPath     = hubPath + "/views"
	viewsItemPath = viewsPath + "/{viewName}"
)

// ViewsClient manages the views of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/views). It is immutable and safe for
// concurrent use.
type ViewsClient struct{ client }

// NewViewsClient returns a ViewsClient for the hubs in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewViewsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ViewsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ViewsClient{c}, nil
}

// ViewsClientCreateOrUpdateOptions holds the optional parameters of
// ViewsClient.CreateOrUpdate; there are none yet.
type ViewsClientCreateOrUpdateOptions struct{}

// ViewsClientCreateOrUpdateResponse is the result of ViewsClient.CreateOrUpdate.
type ViewsClientCreateOrUpdateResponse struct {
	ViewResourceFormat
}

// CreateOrUpdate creates a view in a hub, or replaces one
// (Views_CreateOrUpdate). A service failure is a *ServiceError (errors.As
// also finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/views/create-or-update
func (c *ViewsClient) CreateOrUpdate(ctx context.Context, resourceGroupName, hubName, viewName string, parameters ViewResourceFormat, options *ViewsClientCreateOrUpdateOptions) (resp ViewsClientCreateOrUpdateResponse, err error) {
	_, err = pipeline.Call{Op: "ViewsClient.CreateOrUpdate", Method: http.MethodPut, Template: viewsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, viewName}, Body: parameters, Out: &resp.ViewResourceFormat, OK: []int{http.StatusOK}}.Do(ctx, c.pl)
	return resp, err
}

// ViewsClientGetOptions holds the optional parameters of ViewsClient.Get;
// there are none yet.
type ViewsClientGetOptions struct{}

// ViewsClientGetResponse is the result of ViewsClient.Get.
type ViewsClientGetResponse struct {
	ViewResourceFormat
}

// Get returns a view of userID ("*" for the hub-level views) (Views_Get). A
// service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/views/get
func (c *ViewsClient) Get(ctx context.Context, resourceGroupName, hubName, viewName string, userID string, options *ViewsClientGetOptions) (resp ViewsClientGetResponse, err error) {
	q := []string{"userId", userID}
	if err := requireQuery(q); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "ViewsClient.Get", Method: http.MethodGet, Template: viewsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, viewName}, Query: q, Out: &resp.ViewResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// ViewsClientDeleteOptions holds the optional parameters of
// ViewsClient.Delete; there are none yet.
type ViewsClientDeleteOptions struct{}

// ViewsClientDeleteResponse is the result of ViewsClient.Delete; it holds nothing.
type ViewsClientDeleteResponse struct{}

// Delete deletes a view of userID (Views_Delete). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/views/delete
func (c *ViewsClient) Delete(ctx context.Context, resourceGroupName, hubName, viewName string, userID string, options *ViewsClientDeleteOptions) (resp ViewsClientDeleteResponse, err error) {
	q := []string{"userId", userID}
	if err := requireQuery(q); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "ViewsClient.Delete", Method: http.MethodDelete, Template: viewsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, viewName}, Query: q, OK: []int{http.StatusOK}}.Do(ctx, c.pl)
	return resp, err
}

// ViewsClientListByHubOptions holds the optional parameters of
// ViewsClient.NewListByHubPager; there are none yet.
type ViewsClientListByHubOptions struct{}

// ViewsClientListByHubResponse is one page of ViewsClient.NewListByHubPager.
type ViewsClientListByHubResponse struct {
	ViewListResult
}

// NewListByHubPager lists the views of userID in a hub ("*" for the hub-
// level views) (Views_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/views/list-by-hub
func (c *ViewsClient) NewListByHubPager(resourceGroupName, hubName string, userID string, options *ViewsClientListByHubOptions) *runtime.Pager[ViewsClientListByHubResponse] {
	q := []string{"userId", userID}
	return newPager(c.client, "ViewsClient.NewListByHubPager", viewsPath, []string{c.subscriptionID, resourceGroupName, hubName}, q, true, false,
		func(p *ViewsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *ViewsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, userID string, options *ViewsClientListByHubOptions) iter.Seq2[ViewResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, userID, options), func(p ViewsClientListByHubResponse) []ViewResourceFormat { return p.Value })
}
