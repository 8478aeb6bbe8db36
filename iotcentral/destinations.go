package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
)

// DestinationsClient manages the application's data export destinations (preview
// api-versions only: with the stable one every call is a *ValidationError
// naming it). Get one with Client.Destinations; it is safe for concurrent use.
// Requests and answers carry secrets and are never logged.
type DestinationsClient struct {
	pl *pipeline.Client
}

// Destinations returns the client for data export destinations.
func (c *Client) Destinations() *DestinationsClient { return &DestinationsClient{pl: c.pl} }

// DestinationsClientListOptions holds the optional parameters of
// DestinationsClient.NewListPager and ListIter; there are none yet.
type DestinationsClientListOptions struct{}

// DestinationsClientListResponse is one page of DestinationsClient.NewListPager.
type DestinationsClientListResponse struct {
	DestinationCollection
}

// NewListPager lists the application's destinations (Destinations_List), page by page.
// Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DestinationsClient) NewListPager(options *DestinationsClientListOptions) *runtime.Pager[DestinationsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DestinationsClientListResponse]{
		Op: "DestinationsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewRequest(ctx, c.pl, "DestinationsClient.NewListPager", "/dataExport/destinations")
		},
		NextLink: func(p *DestinationsClientListResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListIter returns an iterator over every item of NewListPager; it stops at
// the first error, which it yields.
func (c *DestinationsClient) ListIter(ctx context.Context, options *DestinationsClientListOptions) iter.Seq2[Destination, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DestinationsClientListResponse) []Destination { return p.Value })
}

// DestinationsClientGetOptions holds the optional parameters of DestinationsClient.Get; there
// are none yet.
type DestinationsClientGetOptions struct{}

// DestinationsClientGetResponse is the result of DestinationsClient.Get.
type DestinationsClientGetResponse struct {
	// Destination is the destination: *BlobStorageV1Destination,
	// *EventHubsV1Destination, ... or *UnknownDestination.
	Destination Destination
}

// MarshalJSON writes the destination with its "type", as the service sends it.
func (r DestinationsClientGetResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Destination)
}

// UnmarshalJSON decodes the destination, choosing its kind from "type".
func (r *DestinationsClientGetResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.Destination)
}

// Get returns a destination (Destinations_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DestinationsClient) Get(ctx context.Context, destinationID string, options *DestinationsClientGetOptions) (resp DestinationsClientGetResponse, err error) {
	err = c.call(ctx, "DestinationsClient.Get", http.MethodGet, destinationID, nil, "", &resp.Destination)
	return resp, err
}

// DestinationsClientCreateOptions holds the optional parameters of DestinationsClient.Create; there
// are none yet.
type DestinationsClientCreateOptions struct{}

// DestinationsClientCreateResponse is the result of DestinationsClient.Create.
type DestinationsClientCreateResponse struct {
	// Destination is the destination: *BlobStorageV1Destination,
	// *EventHubsV1Destination, ... or *UnknownDestination.
	Destination Destination
}

// MarshalJSON writes the destination with its "type", as the service sends it.
func (r DestinationsClientCreateResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Destination)
}

// UnmarshalJSON decodes the destination, choosing its kind from "type".
func (r *DestinationsClientCreateResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.Destination)
}

// Create creates or replaces a destination (Destinations_Create).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *DestinationsClient) Create(ctx context.Context, destinationID string, body Destination, options *DestinationsClientCreateOptions) (resp DestinationsClientCreateResponse, err error) {
	if isNilUnion(body) {
		return resp, &ValidationError{Field: "body", Rule: "is required"}
	}
	err = c.call(ctx, "DestinationsClient.Create", http.MethodPut, destinationID, &body, pipeline.ContentTypeJSON, &resp.Destination)
	return resp, err
}

// DestinationsClientUpdateOptions holds the optional parameters of DestinationsClient.Update; there
// are none yet.
type DestinationsClientUpdateOptions struct{}

// DestinationsClientUpdateResponse is the result of DestinationsClient.Update.
type DestinationsClientUpdateResponse struct {
	// Destination is the destination: *BlobStorageV1Destination,
	// *EventHubsV1Destination, ... or *UnknownDestination.
	Destination Destination
}

// MarshalJSON writes the destination with its "type", as the service sends it.
func (r DestinationsClientUpdateResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Destination)
}

// UnmarshalJSON decodes the destination, choosing its kind from "type".
func (r *DestinationsClientUpdateResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.Destination)
}

// Update changes, with a JSON merge patch, a destination (Destinations_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *DestinationsClient) Update(ctx context.Context, destinationID string, patch Destination, options *DestinationsClientUpdateOptions) (resp DestinationsClientUpdateResponse, err error) {
	if isNilUnion(patch) {
		return resp, &ValidationError{Field: "patch", Rule: "is required"}
	}
	err = c.call(ctx, "DestinationsClient.Update", http.MethodPatch, destinationID, &patch, pipeline.ContentTypeMergePatch, &resp.Destination)
	return resp, err
}

// DestinationsClientDeleteOptions holds the optional parameters of DestinationsClient.Delete; there
// are none yet.
type DestinationsClientDeleteOptions struct{}

// DestinationsClientDeleteResponse is the result of DestinationsClient.Delete.
type DestinationsClientDeleteResponse struct{}

// Delete deletes a destination (Destinations_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DestinationsClient) Delete(ctx context.Context, destinationID string, options *DestinationsClientDeleteOptions) (resp DestinationsClientDeleteResponse, err error) {
	err = c.call(ctx, "DestinationsClient.Delete", http.MethodDelete, destinationID, nil, "", nil)
	return resp, err
}

// DestinationsClientListExportsOptions holds the optional parameters of
// DestinationsClient.NewListExportsPager and ListExportsIter; there are none yet.
type DestinationsClientListExportsOptions struct{}

// DestinationsClientListExportsResponse is one page of DestinationsClient.NewListExportsPager. Each item's
// "transform" for this pairing is kept in its Unknown members.
type DestinationsClientListExportsResponse struct {
	ExportCollection
}

// NewListExportsPager lists the exports of a destination, page by page. Nothing is
// sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DestinationsClient) NewListExportsPager(destinationID string, options *DestinationsClientListExportsOptions) *runtime.Pager[DestinationsClientListExportsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DestinationsClientListExportsResponse]{
		Op: "DestinationsClient.NewListExportsPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkRequiredID(&v, "destinationID", destinationID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path("/dataExport/destinations/{id}/exports", destinationID)
			if err != nil {
				return nil, err
			}
			return previewRequest(ctx, c.pl, "DestinationsClient.NewListExportsPager", path)
		},
		NextLink: func(p *DestinationsClientListExportsResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListExportsIter returns an iterator over every item of NewListExportsPager; it
// stops at the first error, which it yields.
func (c *DestinationsClient) ListExportsIter(ctx context.Context, destinationID string, options *DestinationsClientListExportsOptions) iter.Seq2[Export, error] {
	return pipeline.All(ctx, c.NewListExportsPager(destinationID, options), func(p DestinationsClientListExportsResponse) []Export { return p.Value })
}

// call runs one operation on one item, after the preview and ID checks; its
// bodies are never logged.
func (c *DestinationsClient) call(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkPreview(&v, c.pl.APIVersion(), op)
	checkRequiredID(&v, "destinationID", id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: "/dataExport/destinations/{id}", Params: []string{id},
		Body: body, ContentType: contentType, Out: out, Secret: true,
	}.Do(ctx, c.pl)
	return err
}

// previewRequest builds the first request of a preview-only list.
func previewRequest(ctx context.Context, pl *pipeline.Client, op, path string) (*policy.Request, error) {
	var v pipeline.Validator
	checkPreview(&v, pl.APIVersion(), op)
	if err := v.Err(); err != nil {
		return nil, err
	}
	return pl.NewRequest(ctx, http.MethodGet, path)
}
