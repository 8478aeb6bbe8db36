package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// ExportsClient manages the application's data export exports (preview
// api-versions only: with the stable one every call is a *ValidationError
// naming it). Get one with Client.Exports; it is safe for concurrent use.
// Requests and answers carry secrets and are never logged.
type ExportsClient struct {
	pl *pipeline.Client
}

// Exports returns the client for data export exports.
func (c *Client) Exports() *ExportsClient { return &ExportsClient{pl: c.pl} }

// ExportsClientListOptions holds the optional parameters of
// ExportsClient.NewListPager and ListIter; there are none yet.
type ExportsClientListOptions struct{}

// ExportsClientListResponse is one page of ExportsClient.NewListPager.
type ExportsClientListResponse struct {
	ExportCollection
}

// NewListPager lists the application's exports (Exports_List), page by page.
// Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *ExportsClient) NewListPager(options *ExportsClientListOptions) *runtime.Pager[ExportsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ExportsClientListResponse]{
		Op: "ExportsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewRequest(ctx, c.pl, "ExportsClient.NewListPager", "/dataExport/exports")
		},
		NextLink: func(p *ExportsClientListResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListIter returns an iterator over every item of NewListPager; it stops at
// the first error, which it yields.
func (c *ExportsClient) ListIter(ctx context.Context, options *ExportsClientListOptions) iter.Seq2[Export, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p ExportsClientListResponse) []Export { return p.Value })
}

// ExportsClientGetOptions holds the optional parameters of ExportsClient.Get; there
// are none yet.
type ExportsClientGetOptions struct{}

// ExportsClientGetResponse is the result of ExportsClient.Get.
type ExportsClientGetResponse struct {
	Export
}

// Get returns a export (Exports_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *ExportsClient) Get(ctx context.Context, exportID string, options *ExportsClientGetOptions) (resp ExportsClientGetResponse, err error) {
	err = c.call(ctx, "ExportsClient.Get", http.MethodGet, exportID, nil, "", &resp.Export)
	return resp, err
}

// ExportsClientCreateOptions holds the optional parameters of ExportsClient.Create; there
// are none yet.
type ExportsClientCreateOptions struct{}

// ExportsClientCreateResponse is the result of ExportsClient.Create.
type ExportsClientCreateResponse struct {
	Export
}

// Create creates or replaces a export (Exports_Create).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *ExportsClient) Create(ctx context.Context, exportID string, body Export, options *ExportsClientCreateOptions) (resp ExportsClientCreateResponse, err error) {
	var v pipeline.Validator
	v.Required("body.displayName", body.DisplayName != nil)
	v.Required("body.enabled", body.Enabled != nil)
	v.Required("body.source", body.Source != nil)
	v.Required("body.destinations", body.Destinations != nil)
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.call(ctx, "ExportsClient.Create", http.MethodPut, exportID, body, pipeline.ContentTypeJSON, &resp.Export)
	return resp, err
}

// ExportsClientUpdateOptions holds the optional parameters of ExportsClient.Update; there
// are none yet.
type ExportsClientUpdateOptions struct{}

// ExportsClientUpdateResponse is the result of ExportsClient.Update.
type ExportsClientUpdateResponse struct {
	Export
}

// Update changes, with a JSON merge patch, a export (Exports_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *ExportsClient) Update(ctx context.Context, exportID string, patch Export, options *ExportsClientUpdateOptions) (resp ExportsClientUpdateResponse, err error) {
	err = c.call(ctx, "ExportsClient.Update", http.MethodPatch, exportID, patch, pipeline.ContentTypeMergePatch, &resp.Export)
	return resp, err
}

// ExportsClientDeleteOptions holds the optional parameters of ExportsClient.Delete; there
// are none yet.
type ExportsClientDeleteOptions struct{}

// ExportsClientDeleteResponse is the result of ExportsClient.Delete.
type ExportsClientDeleteResponse struct{}

// Delete deletes a export (Exports_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *ExportsClient) Delete(ctx context.Context, exportID string, options *ExportsClientDeleteOptions) (resp ExportsClientDeleteResponse, err error) {
	err = c.call(ctx, "ExportsClient.Delete", http.MethodDelete, exportID, nil, "", nil)
	return resp, err
}

// ExportsClientListDestinationsOptions holds the optional parameters of
// ExportsClient.NewListDestinationsPager and ListDestinationsIter; there are none yet.
type ExportsClientListDestinationsOptions struct{}

// ExportsClientListDestinationsResponse is one page of ExportsClient.NewListDestinationsPager. Each item's
// "transform" for this pairing is kept in its Unknown members.
type ExportsClientListDestinationsResponse struct {
	DestinationCollection
}

// NewListDestinationsPager lists the destinations of a export, page by page. Nothing is
// sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *ExportsClient) NewListDestinationsPager(exportID string, options *ExportsClientListDestinationsOptions) *runtime.Pager[ExportsClientListDestinationsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ExportsClientListDestinationsResponse]{
		Op: "ExportsClient.NewListDestinationsPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkRequiredID(&v, "exportID", exportID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path("/dataExport/exports/{id}/destinations", exportID)
			if err != nil {
				return nil, err
			}
			return previewRequest(ctx, c.pl, "ExportsClient.NewListDestinationsPager", path)
		},
		NextLink: func(p *ExportsClientListDestinationsResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListDestinationsIter returns an iterator over every item of NewListDestinationsPager; it
// stops at the first error, which it yields.
func (c *ExportsClient) ListDestinationsIter(ctx context.Context, exportID string, options *ExportsClientListDestinationsOptions) iter.Seq2[Destination, error] {
	return pipeline.All(ctx, c.NewListDestinationsPager(exportID, options), func(p ExportsClientListDestinationsResponse) []Destination { return p.Value })
}

// call runs one operation on one item, after the preview and ID checks; its
// bodies are never logged.
func (c *ExportsClient) call(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkPreview(&v, c.pl.APIVersion(), op)
	checkRequiredID(&v, "exportID", id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: "/dataExport/exports/{id}", Params: []string{id},
		Body: body, ContentType: contentType, Out: out, Secret: true,
	}.Do(ctx, c.pl)
	return err
}
