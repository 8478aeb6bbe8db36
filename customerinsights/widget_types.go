package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the WidgetTypesClient operations.
const (
	widgetTypesPath     = hubPath + "/widgetTypes"
	widgetTypesItemPath = widgetTypesPath + "/{widgetTypeName}"
)

// WidgetTypesClient manages the widget types of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/widgetTypes). It is immutable and safe
// for concurrent use.
type WidgetTypesClient struct{ client }

// NewWidgetTypesClient returns a WidgetTypesClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewWidgetTypesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*WidgetTypesClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &WidgetTypesClient{c}, nil
}

// WidgetTypesClientGetOptions holds the optional parameters of
// WidgetTypesClient.Get; there are none yet.
type WidgetTypesClientGetOptions struct{}

// WidgetTypesClientGetResponse is the result of WidgetTypesClient.Get.
type WidgetTypesClientGetResponse struct {
	WidgetTypeResourceFormat
}

// Get returns a widget type (WidgetTypes_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/widget-types/get
func (c *WidgetTypesClient) Get(ctx context.Context, resourceGroupName, hubName, widgetTypeName string, options *WidgetTypesClientGetOptions) (resp WidgetTypesClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "WidgetTypesClient.Get", Method: http.MethodGet, Template: widgetTypesItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, widgetTypeName}, Out: &resp.WidgetTypeResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// WidgetTypesClientListByHubOptions holds the optional parameters of
// WidgetTypesClient.NewListByHubPager; there are none yet.
type WidgetTypesClientListByHubOptions struct{}

// WidgetTypesClientListByHubResponse is one page of WidgetTypesClient.NewListByHubPager.
type WidgetTypesClientListByHubResponse struct {
	WidgetTypeListResult
}

// NewListByHubPager lists the widget types of a hub
// (WidgetTypes_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/widget-types/list-by-hub
func (c *WidgetTypesClient) NewListByHubPager(resourceGroupName, hubName string, options *WidgetTypesClientListByHubOptions) *runtime.Pager[WidgetTypesClientListByHubResponse] {
	return newPager(c.client, "WidgetTypesClient.NewListByHubPager", widgetTypesPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *WidgetTypesClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *WidgetTypesClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *WidgetTypesClientListByHubOptions) iter.Seq2[WidgetTypeResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p WidgetTypesClientListByHubResponse) []WidgetTypeResourceFormat { return p.Value })
}
