package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DashboardsClient manages the application's dashboards
// (preview api-versions only: with the stable one every call is a
// *ValidationError naming it). Get one with Client.Dashboards; it
// is safe for concurrent use.
type DashboardsClient struct {
	pl *pipeline.Client
}

// Dashboards returns the client for dashboards.
func (c *Client) Dashboards() *DashboardsClient {
	return &DashboardsClient{pl: c.pl}
}

// dashboardPath is the path template of one dashboard.
const dashboardPath = "/dashboards/{dashboardId}"

// DashboardsClientListOptions holds the optional parameters of
// DashboardsClient.NewListPager and ListIter; there are none yet.
type DashboardsClientListOptions struct{}

// DashboardsClientListResponse is one page of DashboardsClient.NewListPager.
type DashboardsClientListResponse struct {
	DashboardCollection
}

// NewListPager lists the application's dashboards
// (Dashboards_List), page by page. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DashboardsClient) NewListPager(options *DashboardsClientListOptions) *runtime.Pager[DashboardsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DashboardsClientListResponse]{
		Op: "DashboardsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewRequest(ctx, c.pl, "DashboardsClient.NewListPager", "/dashboards")
		},
		NextLink: func(p *DashboardsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every dashboard of NewListPager; it
// stops at the first error, which it yields.
func (c *DashboardsClient) ListIter(ctx context.Context, options *DashboardsClientListOptions) iter.Seq2[Dashboard, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DashboardsClientListResponse) []Dashboard { return p.Value })
}

// DashboardsClientGetOptions holds the optional parameters of DashboardsClient.Get;
// there are none yet.
type DashboardsClientGetOptions struct{}

// DashboardsClientGetResponse is the result of DashboardsClient.Get.
type DashboardsClientGetResponse struct {
	Dashboard
}

// Get returns a dashboard (Dashboards_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DashboardsClient) Get(ctx context.Context, dashboardID string, options *DashboardsClientGetOptions) (resp DashboardsClientGetResponse, err error) {
	err = c.call(ctx, "DashboardsClient.Get", http.MethodGet, dashboardID, nil, "", &resp.Dashboard)
	return resp, err
}

// DashboardsClientCreateOptions holds the optional parameters of DashboardsClient.Create;
// there are none yet.
type DashboardsClientCreateOptions struct{}

// DashboardsClientCreateResponse is the result of DashboardsClient.Create.
type DashboardsClientCreateResponse struct {
	Dashboard
}

// Create creates or replaces a dashboard
// (Dashboards_Create): DisplayName is required.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *DashboardsClient) Create(ctx context.Context, dashboardID string, dashboard Dashboard, options *DashboardsClientCreateOptions) (resp DashboardsClientCreateResponse, err error) {
	if dashboard.DisplayName == nil {
		return resp, &ValidationError{Field: "dashboard.displayName", Rule: "is required"}
	}
	err = c.call(ctx, "DashboardsClient.Create", http.MethodPut, dashboardID, dashboard, pipeline.ContentTypeJSON, &resp.Dashboard)
	return resp, err
}

// DashboardsClientUpdateOptions holds the optional parameters of DashboardsClient.Update;
// there are none yet.
type DashboardsClientUpdateOptions struct{}

// DashboardsClientUpdateResponse is the result of DashboardsClient.Update.
type DashboardsClientUpdateResponse struct {
	Dashboard
}

// Update changes a dashboard with a JSON merge patch
// (Dashboards_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DashboardsClient) Update(ctx context.Context, dashboardID string, patch Dashboard, options *DashboardsClientUpdateOptions) (resp DashboardsClientUpdateResponse, err error) {
	err = c.call(ctx, "DashboardsClient.Update", http.MethodPatch, dashboardID, patch, pipeline.ContentTypeMergePatch, &resp.Dashboard)
	return resp, err
}

// DashboardsClientDeleteOptions holds the optional parameters of DashboardsClient.Delete;
// there are none yet.
type DashboardsClientDeleteOptions struct{}

// DashboardsClientDeleteResponse is the result of DashboardsClient.Delete.
type DashboardsClientDeleteResponse struct{}

// Delete deletes a dashboard (Dashboards_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DashboardsClient) Delete(ctx context.Context, dashboardID string, options *DashboardsClientDeleteOptions) (resp DashboardsClientDeleteResponse, err error) {
	err = c.call(ctx, "DashboardsClient.Delete", http.MethodDelete, dashboardID, nil, "", nil)
	return resp, err
}

// call runs one operation on one dashboard, after the preview and ID checks.
func (c *DashboardsClient) call(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkPreview(&v, c.pl.APIVersion(), op)
	checkRequiredID(&v, "dashboardID", id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: dashboardPath, Params: []string{id},
		Body: body, ContentType: contentType, Out: out,
	}.Do(ctx, c.pl)
	return err
}
