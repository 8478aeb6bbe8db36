package customerinsights

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// operationsPath lists the provider's operations; it names no subscription.
const operationsPath = "/providers/Microsoft.CustomerInsights/operations"

// OperationsClient lists the operations of the Microsoft.CustomerInsights
// resource provider. It is immutable and safe for concurrent use.
type OperationsClient struct{ client }

// NewOperationsClient returns an OperationsClient authenticated with cred.
// options may be nil.
func NewOperationsClient(cred azcore.TokenCredential, options *ClientOptions) (*OperationsClient, error) {
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	pl, err := pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAPIVersion)
	if err != nil {
		return nil, err
	}
	return &OperationsClient{client{pl: pl}}, nil
}

// OperationsClientListOptions holds the optional parameters of
// OperationsClient.NewListPager; there are none yet.
type OperationsClientListOptions struct{}

// OperationsClientListResponse is one page of OperationsClient.NewListPager.
type OperationsClientListResponse struct {
	OperationListResult
}

// NewListPager lists the operations of the provider (Operations_List),
// following nextLink; nothing is sent until NextPage. A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/customer-insights/operations/list
func (c *OperationsClient) NewListPager(options *OperationsClientListOptions) *runtime.Pager[OperationsClientListResponse] {
	return newPager(c.client, "OperationsClient.NewListPager", operationsPath, nil, nil, false, false,
		func(p *OperationsClientListResponse) *string { return p.NextLink })
}

// ListIter iterates over the operations of every page of NewListPager, one
// page at a time; it stops at the first error, which it yields.
func (c *OperationsClient) ListIter(ctx context.Context, options *OperationsClientListOptions) iter.Seq2[Operation, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p OperationsClientListResponse) []Operation { return p.Value })
}
