package deviceprovisioning

import (
	"context"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// donePoller is the runtime.PollingHandler of an operation that the first
// answer already ended successfully with nothing to return (a DELETE
// answered 404: the resource is not there).
type donePoller[T any] struct{ resp *http.Response }

// Done reports true: there is nothing to wait for.
func (p *donePoller[T]) Done() bool { return true }

// Poll returns the first answer again.
func (p *donePoller[T]) Poll(context.Context) (*http.Response, error) { return p.resp, nil }

// Result leaves out as it is: the operation has no result.
func (p *donePoller[T]) Result(context.Context, *T) error { return nil }

// newDonePoller returns a finished poller for resp, whose body is read and
// closed.
func newDonePoller[T any](pl *pipeline.Client, resp *http.Response) (*runtime.Poller[T], error) {
	if _, err := runtime.Payload(resp); err != nil {
		return nil, err
	}
	return pipeline.NewPoller(pl, resp, "", runtime.PollingHandler[T](&donePoller[T]{resp: resp}))
}
