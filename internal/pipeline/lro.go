package pipeline

import (
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// NewPoller wraps the first response of a long-running operation. via says
// where the final result comes from (runtime.FinalStateViaAzureAsyncOp for
// ARM PUTs, runtime.FinalStateViaLocation for DELETEs); handler is nil for
// the standard Azure-AsyncOperation / Location / provisioningState protocols.
func NewPoller[T any](c *Client, resp *http.Response, via runtime.FinalStateVia, handler runtime.PollingHandler[T]) (*runtime.Poller[T], error) {
	return runtime.NewPoller(resp, c.pl, &runtime.NewPollerOptions[T]{
		FinalStateVia: via,
		Handler:       handler,
		Tracer:        c.tracer,
	})
}

// ResumePoller rebuilds a poller from a token returned by Poller.ResumeToken.
// handler must be the same kind as the one the poller was created with (nil
// for the standard protocols).
func ResumePoller[T any](c *Client, token string, handler runtime.PollingHandler[T]) (*runtime.Poller[T], error) {
	return runtime.NewPollerFromResumeToken(token, c.pl, &runtime.NewPollerFromResumeTokenOptions[T]{
		Handler: handler,
		Tracer:  c.tracer,
	})
}
