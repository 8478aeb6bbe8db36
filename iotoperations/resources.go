package iotoperations

import (
	"context"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// The four request shapes every Microsoft.IoTOperations resource type
// shares. Each client method names its operation, fills its path template
// (whose first placeholder is the subscription ID) and calls one of these:
// check the path → build the request → send → decode. Nothing is sent when
// the path arguments are invalid.

// getResource reads one resource into out (200).
func getResource(ctx context.Context, pl *pipeline.Client, op, template string, out any, values ...string) (err error) {
	ctx, end := pl.Start(ctx, op)
	defer func() { end(err) }()
	req, err := newResourceRequest(ctx, pl, http.MethodGet, template, nil, values)
	if err != nil {
		return err
	}
	resp, err := pl.Send(req, http.StatusOK)
	if err != nil {
		return err
	}
	return pipeline.DecodeBody(resp, out)
}

// patchResource sends body as a PATCH and decodes the resource into out
// (200).
func patchResource(ctx context.Context, pl *pipeline.Client, op, template string, body, out any, values ...string) (err error) {
	ctx, end := pl.Start(ctx, op)
	defer func() { end(err) }()
	req, err := newResourceRequest(ctx, pl, http.MethodPatch, template, body, values)
	if err != nil {
		return err
	}
	resp, err := pl.Send(req, http.StatusOK)
	if err != nil {
		return err
	}
	return pipeline.DecodeBody(resp, out)
}

// beginCreateOrUpdate sends body as a PUT (200, or 201 +
// Azure-AsyncOperation) and returns a poller whose final state comes
// through the async operation, then a GET of the resource. A resume token
// continues a saved operation instead.
func beginCreateOrUpdate[T any](ctx context.Context, pl *pipeline.Client, op, resumeToken, template string, body any, values ...string) (poller *runtime.Poller[T], err error) {
	if resumeToken != "" {
		return pipeline.ResumePoller[T](pl, resumeToken, nil)
	}
	ctx, end := pl.Start(ctx, op)
	defer func() { end(err) }()
	req, err := newResourceRequest(ctx, pl, http.MethodPut, template, body, values)
	if err != nil {
		return nil, err
	}
	resp, err := pl.Send(req, http.StatusOK, http.StatusCreated)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[T](pl, resp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// beginDelete sends a DELETE (202 + Location, or 204 when there is nothing
// to delete; 200 is accepted too) and returns a poller that follows the
// Location. A resume token continues a saved operation instead.
func beginDelete[T any](ctx context.Context, pl *pipeline.Client, op, resumeToken, template string, values ...string) (poller *runtime.Poller[T], err error) {
	if resumeToken != "" {
		return pipeline.ResumePoller[T](pl, resumeToken, nil)
	}
	ctx, end := pl.Start(ctx, op)
	defer func() { end(err) }()
	req, err := newResourceRequest(ctx, pl, http.MethodDelete, template, nil, values)
	if err != nil {
		return nil, err
	}
	resp, err := pl.Send(req, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[T](pl, resp, runtime.FinalStateViaLocation, nil)
}

// newListPager lists a collection page by page, following nextLink; the
// path is checked by the first NextPage, before anything is sent.
func newListPager[T any](pl *pipeline.Client, op, template string, nextLink func(*T) *string, values ...string) *runtime.Pager[T] {
	return pipeline.NewPager(pl, pipeline.PageSpec[T]{
		Op: op,
		First: func(ctx context.Context) (*policy.Request, error) {
			return newResourceRequest(ctx, pl, http.MethodGet, template, nil, values)
		},
		NextLink: nextLink,
	})
}

// newResourceRequest checks the path arguments, fills template and builds
// the request, with body as JSON when it is not nil.
func newResourceRequest(ctx context.Context, pl *pipeline.Client, method, template string, body any, values []string) (*policy.Request, error) {
	path, err := resourcePath(template, values[0], values[1:]...)
	if err != nil {
		return nil, err
	}
	req, err := pl.NewRequest(ctx, method, path)
	if err != nil {
		return nil, err
	}
	if body != nil {
		if err := pipeline.SetBody(req, body, pipeline.ContentTypeJSON); err != nil {
			return nil, err
		}
	}
	return req, nil
}
