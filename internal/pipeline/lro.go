package pipeline

import (
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// NewPoller wraps the first response of a long-running operation. via says
// where the final result comes from (runtime.FinalStateViaAzureAsyncOp for
// ARM PUTs, runtime.FinalStateViaLocation for DELETEs); handler is nil for
// the standard Azure-AsyncOperation / Location / provisioningState protocols.
// Polling links (Azure-AsyncOperation, Operation-Location, Location) to a
// host the client does not trust are a *LinkError, before any poll.
func NewPoller[T any](c *Client, resp *http.Response, via runtime.FinalStateVia, handler runtime.PollingHandler[T]) (*runtime.Poller[T], error) {
	if handler == nil {
		if err := c.checkPollingHeaders(resp); err != nil {
			return nil, err
		}
		op, err := newOperationPoller[T](c, resp, via)
		if err != nil {
			return nil, RedactError(err)
		}
		if op != nil {
			handler = op
		}
	}
	p, err := runtime.NewPoller(resp, c.pl, &runtime.NewPollerOptions[T]{
		FinalStateVia: via,
		Handler:       handler,
		Tracer:        c.tracer,
	})
	return p, RedactError(err)
}

// ResumePoller rebuilds a poller from a token returned by Poller.ResumeToken.
// handler must be the same kind as the one the poller was created with (nil
// for the standard protocols). A token that azcore did not produce is a
// *ValidationError for the field ResumeToken; a token whose links point to
// a host the client does not trust is a *LinkError. Nothing is sent in
// either case.
func ResumePoller[T any](c *Client, token string, handler runtime.PollingHandler[T]) (*runtime.Poller[T], error) {
	if err := c.checkResumeToken(token); err != nil {
		return nil, err
	}
	if handler == nil {
		ours, err := resumesOperationPoller(token)
		if err != nil {
			return nil, err
		}
		if ours {
			handler = &operationPoller[T]{c: c}
		}
	}
	p, err := runtime.NewPollerFromResumeToken(token, c.pl, &runtime.NewPollerFromResumeTokenOptions[T]{
		Handler: handler,
		Tracer:  c.tracer,
	})
	return p, RedactError(err)
}
