package iotoperations

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// operationsPath is the path of Operations_List; it names no subscription.
const operationsPath = "/providers/Microsoft.IoTOperations/operations"

// OperationsClient lists the operations of the Microsoft.IoTOperations
// resource provider. It is immutable and safe for concurrent use.
type OperationsClient struct {
	pl *pipeline.Client
}

// NewOperationsClient returns a client for the provider's operations,
// authenticated with cred. options may be nil.
func NewOperationsClient(cred azcore.TokenCredential, options *ClientOptions) (*OperationsClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &OperationsClient{pl: pl}, nil
}

// OperationsClientListOptions holds the optional parameters of
// OperationsClient.NewListPager and ListIter; there are none yet.
type OperationsClientListOptions struct{}

// OperationsClientListResponse is one page of OperationsClient.NewListPager.
type OperationsClientListResponse struct {
	OperationListResult
}

// NewListPager lists the operations of the provider (Operations_List),
// page by page, following nextLink. Nothing is sent until NextPage. A
// service failure is a *ServiceError.
//
// https://learn.microsoft.com/rest/api/iotoperations/operations/list
func (c *OperationsClient) NewListPager(options *OperationsClientListOptions) *runtime.Pager[OperationsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[OperationsClientListResponse]{
		Op: "OperationsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, operationsPath)
		},
		NextLink: func(p *OperationsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every operation of every page of
// NewListPager, holding one page at a time; it stops at the first error,
// which it yields.
func (c *OperationsClient) ListIter(ctx context.Context, options *OperationsClientListOptions) iter.Seq2[Operation, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p OperationsClientListResponse) []Operation { return p.Value })
}
