package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/wire"
)

// Operation states as the ARM long-running operation protocols spell them.
const (
	stateInProgress = "InProgress"
	stateSucceeded  = "Succeeded"
	stateFailed     = "Failed"
)

// operationPoller is this module's runtime.PollingHandler for the three ARM
// long-running operation protocols: Azure-AsyncOperation (poll the status
// resource, then the final GET the method needs), Location (poll until it
// stops answering 202) and provisioningState in the body (poll the
// resource). It sends exactly the requests azcore's own handlers send, in
// the same order, but reads each answer once with the lossless codec
// instead of through generic maps.
//
// Its JSON form (the resume token's payload) has the members azcore's
// Azure-AsyncOperation, Location and body handlers use, so a token from
// either resumes with either.
type operationPoller[T any] struct {
	c *Client
	// resp is the last answer; body is its payload, already read.
	resp *http.Response
	body []byte

	AsyncURL   string                `json:"asyncURL,omitempty"`
	LocURL     string                `json:"locURL,omitempty"`
	OrigURL    string                `json:"origURL,omitempty"`
	Method     string                `json:"method,omitempty"`
	FinalState runtime.FinalStateVia `json:"finalState,omitempty"`
	// Type is "loc" or "body" for the Location and body protocols, as in
	// azcore's tokens; PollURL is what they poll.
	Type     string `json:"type,omitempty"`
	PollURL  string `json:"pollURL,omitempty"`
	CurState string `json:"state"`
}

// newOperationPoller picks the protocol from the first answer, as azcore
// does. It returns nil when the answer calls for a protocol this handler
// does not speak (Operation-Location, or an azfake server's own), and
// azcore's handlers take over.
func newOperationPoller[T any](c *Client, resp *http.Response, via runtime.FinalStateVia) (*operationPoller[T], error) {
	if resp.Header.Get("Fake-Poller-Status") != "" || resp.Header.Get("Operation-Location") != "" && resp.Header.Get("Azure-AsyncOperation") == "" {
		return nil, nil
	}
	body, err := runtime.Payload(resp)
	if err != nil {
		return nil, err
	}
	p := &operationPoller[T]{c: c, resp: resp, body: body, OrigURL: resp.Request.URL.String(), Method: resp.Request.Method, FinalState: via}
	state := provisioningState(body)
	switch {
	case resp.Header.Get("Azure-AsyncOperation") != "":
		p.AsyncURL = resp.Header.Get("Azure-AsyncOperation")
		p.LocURL = resp.Header.Get("Location")
		p.CurState = pick(state, stateInProgress)
	case resp.Header.Get("Location") != "":
		p.Type, p.PollURL = "loc", resp.Header.Get("Location")
		p.CurState = pick(state, stateInProgress)
	default:
		p.Type, p.PollURL = "body", p.OrigURL
		switch {
		case resp.StatusCode == http.StatusNoContent:
			p.CurState = stateSucceeded
		case state != "":
			p.CurState = state
		case resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusAccepted:
			p.CurState = stateInProgress
		default:
			p.CurState = stateSucceeded
		}
	}
	return p, nil
}

// Done implements runtime.PollingHandler.
func (p *operationPoller[T]) Done() bool { return isTerminal(p.CurState) }

// Poll implements runtime.PollingHandler.
func (p *operationPoller[T]) Poll(ctx context.Context) (*http.Response, error) {
	url := p.PollURL
	if p.AsyncURL != "" {
		url = p.AsyncURL
	}
	resp, body, err := p.get(ctx, url)
	if err != nil {
		return nil, err
	}
	switch {
	case p.AsyncURL != "":
		if !validStatus(resp.StatusCode) {
			return nil, NewServiceError(resp)
		}
		var status struct {
			Status string `json:"status"`
		}
		if err := wire.Unmarshal(body, &status); err != nil || status.Status == "" {
			return nil, errors.New("the operation status response did not contain a status")
		}
		p.CurState = status.Status
	case p.Type == "loc":
		if h := resp.Header.Get("Location"); h != "" {
			p.PollURL = h
		}
		switch state := provisioningState(body); {
		case state != "":
			p.CurState = state
		case resp.StatusCode == http.StatusAccepted:
			p.CurState = stateInProgress
		case resp.StatusCode >= 200 && resp.StatusCode < 300:
			p.CurState = stateSucceeded
		case resp.StatusCode == http.StatusRequestTimeout || resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			// throttled or timed out: not a verdict, poll again
		default:
			p.CurState = stateFailed
		}
	default: // body
		switch {
		case resp.StatusCode == http.StatusNoContent:
			p.CurState = stateSucceeded
		case !validStatus(resp.StatusCode):
			return nil, NewServiceError(resp)
		default:
			p.CurState = pick(provisioningState(body), stateSucceeded)
		}
	}
	return resp, nil
}

// Result implements runtime.PollingHandler: the final GET where the
// protocol needs one, then the result or the operation's error.
func (p *operationPoller[T]) Result(ctx context.Context, out *T) error {
	if p.resp == nil {
		return errors.New("the operation has not been polled since it was resumed")
	}
	failed := isFailed(p.CurState)
	if p.AsyncURL != "" {
		if p.resp.StatusCode == http.StatusNoContent {
			return nil
		}
		if failed {
			return p.failure()
		}
		final := ""
		switch p.Method {
		case http.MethodPut, http.MethodPatch:
			final = p.OrigURL
		case http.MethodPost:
			switch {
			case p.FinalState == runtime.FinalStateViaAzureAsyncOp:
			case p.FinalState == runtime.FinalStateViaOriginalURI:
				final = p.OrigURL
			case p.LocURL != "":
				final = p.LocURL
			}
		}
		if final != "" {
			if _, _, err := p.get(ctx, final); err != nil {
				return err
			}
		}
	}
	if p.resp.StatusCode == http.StatusNoContent {
		return nil
	}
	if !validStatus(p.resp.StatusCode) || failed {
		return p.failure()
	}
	if len(bytes.TrimSpace(p.body)) == 0 {
		return nil
	}
	return wire.Unmarshal(p.body, out)
}

// failure is the operation's error from the last answer, whose body the
// error keeps.
func (p *operationPoller[T]) failure() error {
	p.resp.Body = io.NopCloser(bytes.NewReader(p.body))
	return NewServiceError(p.resp)
}

// get sends a GET and reads its answer whole.
func (p *operationPoller[T]) get(ctx context.Context, url string) (*http.Response, []byte, error) {
	req, err := runtime.NewRequest(ctx, http.MethodGet, url)
	if err != nil {
		return nil, nil, err
	}
	req.Raw().Header.Set("Accept", "application/json")
	resp, err := p.c.pl.Do(req)
	if err != nil && resp == nil {
		return nil, nil, RedactError(err)
	}
	// A policy may fail on an answer it inspects (azcore's ARM
	// provider-registration policy cannot parse a 409 whose body is not an
	// ARM error): the answer is what the protocol reads, and a failure
	// status becomes the service's typed error below, as in Send.
	body, err := runtime.Payload(resp)
	if err != nil {
		return nil, nil, RedactError(err)
	}
	p.resp, p.body = resp, body
	return resp, body, nil
}

// provisioningState reads properties.provisioningState, or "".
func provisioningState(body []byte) string {
	if len(body) == 0 || !bytes.Contains(body, []byte("provisioningState")) {
		return ""
	}
	var doc struct {
		Properties *struct {
			ProvisioningState string `json:"provisioningState"`
		} `json:"properties"`
	}
	if wire.Unmarshal(body, &doc) != nil || doc.Properties == nil {
		return ""
	}
	return doc.Properties.ProvisioningState
}

func validStatus(code int) bool {
	return code == http.StatusOK || code == http.StatusCreated || code == http.StatusAccepted || code == http.StatusNoContent
}

func isTerminal(state string) bool {
	return strings.EqualFold(state, stateSucceeded) || isFailed(state)
}

func isFailed(state string) bool {
	return strings.EqualFold(state, stateFailed) || strings.EqualFold(state, "Canceled") || strings.EqualFold(state, "Cancelled")
}

var _ runtime.PollingHandler[struct{}] = (*operationPoller[struct{}])(nil)

// resumesOperationPoller reports whether a resume token's payload is one
// operationPoller (or azcore's Azure-AsyncOperation, Location or body
// handler) wrote; an azfake token is left to azcore.
func resumesOperationPoller(token string) (ours bool, err error) {
	var wrapper struct {
		Token *struct {
			AsyncURL string `json:"asyncURL"`
			PollURL  string `json:"pollURL"`
			FakeURL  string `json:"fakeURL"`
		} `json:"token"`
	}
	if wire.Unmarshal([]byte(token), &wrapper) != nil || wrapper.Token == nil {
		return false, &ValidationError{Field: "ResumeToken", Value: quoteValue(Secret{}), Rule: "must be a token returned by Poller.ResumeToken"}
	}
	switch t := wrapper.Token; {
	case t.FakeURL != "":
		return false, nil
	case t.AsyncURL != "" || t.PollURL != "":
		return true, nil
	}
	return false, &ValidationError{Field: "ResumeToken", Value: quoteValue(Secret{}), Rule: "must be a token of a long-running operation's poller"}
}
