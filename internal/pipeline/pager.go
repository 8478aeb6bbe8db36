package pipeline

import (
	"context"
	"errors"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// ErrRepeatedNextLink is returned when a service answers a page with the
// nextLink it was just asked for: following it again would never end.
var ErrRepeatedNextLink = errors.New("paging: the service repeated the nextLink it was asked for")

// PageSpec describes a nextLink-paged list operation.
type PageSpec[T any] struct {
	// Op names the call, "<Client>.New<X>Pager".
	Op string
	// First builds the request for the first page (validation errors
	// surface from the first NextPage call).
	First func(ctx context.Context) (*policy.Request, error)
	// NextLink returns the page's nextLink; nil or "" ends paging.
	NextLink func(page *T) *string
	// Secret marks pages that carry secrets (access keys): no page's body
	// is logged (see NoBodyLogging).
	Secret bool
}

// NewPager returns a pager that fetches the first page with spec.First and
// then follows nextLink with GETs. No request is sent until NextPage. A
// nextLink to a host the client does not trust (see WithAllowedHosts) ends
// paging with a *LinkError and is never requested; errors never quote a
// nextLink's query.
func NewPager[T any](c *Client, spec PageSpec[T]) *runtime.Pager[T] {
	return runtime.NewPager(runtime.PagingHandler[T]{
		More: func(page T) bool {
			next := spec.NextLink(&page)
			return next != nil && *next != ""
		},
		Fetcher: func(ctx context.Context, cur *T) (page T, err error) {
			ctx, end := c.Start(ctx, spec.Op)
			defer func() { end(err) }()
			var req *policy.Request
			prev := ""
			if cur != nil {
				if next := spec.NextLink(cur); next != nil {
					prev = *next
				}
			}
			if prev == "" {
				req, err = spec.First(ctx)
			} else {
				if err = c.links.checkRaw(prev); err == nil {
					req, err = runtime.NewRequest(ctx, http.MethodGet, prev)
				}
				if err == nil {
					req.Raw().Header.Set("Accept", "application/json")
				}
			}
			if err != nil {
				return page, RedactError(err)
			}
			if spec.Secret {
				NoBodyLogging(req)
			}
			resp, err := c.Send(req, http.StatusOK)
			if err != nil {
				return page, RedactError(err)
			}
			if err = DecodeBody(resp, &page); err != nil {
				return page, err
			}
			if next := spec.NextLink(&page); prev != "" && next != nil && *next == prev {
				return page, ErrRepeatedNextLink
			}
			return page, nil
		},
		Tracer: c.tracer,
	})
}

// All returns an iterator over every item of every page of pager; it stops
// at the first error, which it yields with the zero item.
func All[P, T any](ctx context.Context, pager *runtime.Pager[P], items func(P) []T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for pager.More() {
			page, err := pager.NextPage(ctx)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range items(page) {
				if !yield(item, nil) {
					return
				}
			}
		}
	}
}
