package deviceprovisioning

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Headers of the service API's queries.
const (
	headerMaxItemCount = "x-ms-max-item-count"
	headerContinuation = "x-ms-continuation"
	headerItemType     = "x-ms-item-type"
)

// ErrRepeatedContinuation is returned by a query pager when the service
// answers a page with the continuation token it was just given: following
// it again would never end.
var ErrRepeatedContinuation = errors.New("deviceprovisioning: the service repeated the continuation token it was given")

// serviceCall is one request-response operation of the service API.
type serviceCall struct {
	op, method, template string
	params               []string
	ifMatch              *string
	body                 any
	ok                   []int
	out                  any
}

// do validates nothing (the caller has), then sends the call and decodes
// its answer into out.
func (c *ServiceClient) do(ctx context.Context, x serviceCall) (resp *http.Response, err error) {
	ctx, end := c.pl.Start(ctx, x.op)
	defer func() { end(err) }()
	path, err := pipeline.Path(x.template, x.params...)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, x.method, path)
	if err != nil {
		return nil, err
	}
	pipeline.SetIfMatch(req, x.ifMatch)
	if x.body != nil {
		if err := pipeline.SetBody(req, x.body, pipeline.ContentTypeJSON); err != nil {
			return nil, err
		}
	}
	// Enrollments, groups and registrations may carry symmetric keys in
	// either direction: no service API body is logged.
	pipeline.NoBodyLogging(req)
	if resp, err = c.pl.Send(req, x.ok...); err != nil {
		return nil, err
	}
	if x.out != nil {
		err = pipeline.DecodeBody(resp, x.out)
	}
	return resp, err
}

// querySpec describes a query of the service API; T is the item type and
// P the page (response) type.
type querySpec[T, P any] struct {
	op, template string
	params       []string
	body         any
	maxItemCount *int32
	start        *string
	// check validates the arguments; it runs in the first NextPage,
	// before anything is sent.
	check func() error
	// page builds the response from a page's items and headers.
	page func(items []T, continuation, itemType *string) P
	// token returns the continuation token of a page.
	token func(*P) *string
}

// newQueryPager returns a pager over a query of the service API, which
// pages with headers: each POST carries the page size (x-ms-max-item-count)
// and the token of the page it wants (x-ms-continuation), and the answer,
// a bare JSON array, carries the token of the next page. Nothing is sent
// until NextPage. A page that repeats the token it was asked with ends
// paging with ErrRepeatedContinuation.
func newQueryPager[T, P any](c *ServiceClient, q querySpec[T, P]) *runtime.Pager[P] {
	return runtime.NewPager(runtime.PagingHandler[P]{
		More: func(p P) bool {
			t := q.token(&p)
			return t != nil && *t != ""
		},
		Fetcher: func(ctx context.Context, cur *P) (out P, err error) {
			ctx, end := c.pl.Start(ctx, q.op)
			defer func() { end(err) }()
			prev := q.start
			if cur != nil {
				prev = q.token(cur)
			} else if q.check != nil {
				if err := q.check(); err != nil {
					return out, err
				}
			}
			path, err := pipeline.Path(q.template, q.params...)
			if err != nil {
				return out, err
			}
			req, err := c.pl.NewRequest(ctx, http.MethodPost, path)
			if err != nil {
				return out, err
			}
			if q.maxItemCount != nil {
				req.Raw().Header.Set(headerMaxItemCount, strconv.FormatInt(int64(*q.maxItemCount), 10))
			}
			if prev != nil && *prev != "" {
				req.Raw().Header.Set(headerContinuation, *prev)
			}
			if q.body != nil {
				if err := pipeline.SetBody(req, q.body, pipeline.ContentTypeJSON); err != nil {
					return out, err
				}
			}
			pipeline.NoBodyLogging(req)
			resp, err := c.pl.Send(req, http.StatusOK)
			if err != nil {
				return out, err
			}
			var items []T
			if err := pipeline.DecodeBody(resp, &items); err != nil {
				return out, err
			}
			out = q.page(items, headerValue(resp, headerContinuation), headerValue(resp, headerItemType))
			if next := q.token(&out); prev != nil && next != nil && *next != "" && *next == *prev {
				return out, ErrRepeatedContinuation
			}
			return out, nil
		},
		Tracer: c.pl.Tracer(),
	})
}

func headerValue(resp *http.Response, name string) *string {
	if v := resp.Header.Get(name); v != "" {
		return &v
	}
	return nil
}
