package customerinsights

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// pollingHeaders mark a response that azcore's own pollers follow: the
// Azure-AsyncOperation, Operation-Location and Location protocols, and the
// protocol of azfake servers (Fake-Poller-Status).
var pollingHeaders = [...]string{"Azure-AsyncOperation", "Operation-Location", "Location", "Fake-Poller-Status"}

func hasPollingHeader(resp *http.Response) bool {
	for _, h := range pollingHeaders {
		if resp.Header.Get(h) != "" {
			return true
		}
	}
	return false
}

// lro describes a long-running operation on a resource of model M whose
// poller yields R. The service's spec declares a bare 202 for these
// operations: with a polling header the poller follows azcore's standard
// protocols; without one it reads the resource (GET on the request's URL)
// until its provisioningState is terminal (create) or it is gone (delete).
type lro[M, R any] struct {
	// op is "<Client>.<Method>"; it also marks resume tokens.
	op string
	// delete selects the delete flow (wait for 404) over the create flow
	// (wait for a terminal provisioningState).
	delete bool
	// state returns the resource's provisioningState, nil when absent.
	state func(*M) *ProvisioningStates
	// wrap turns the final resource into the poller's result.
	wrap func(M) R
	// secret marks a resource that carries secrets: no request or answer
	// of the operation has its body logged.
	secret bool
}

// begin sends the request that starts the operation and returns its poller.
func (l lro[M, R]) begin(ctx context.Context, pl *pipeline.Client, call pipeline.Call) (*runtime.Poller[R], error) {
	call.Op, call.Secret = l.op, l.secret
	resp, err := call.Do(ctx, pl)
	if err != nil {
		return nil, err
	}
	if l.delete && resp.StatusCode != http.StatusAccepted || hasPollingHeader(resp) {
		via := runtime.FinalStateViaAzureAsyncOp
		if l.delete {
			via = runtime.FinalStateViaLocation
		}
		return pipeline.NewPoller[R](pl, resp, via, nil)
	}
	h := l.handler(pl)
	h.URL = resp.Request.URL.String()
	if resp.StatusCode == http.StatusOK {
		if err := h.update(resp); err != nil {
			return nil, err
		}
	}
	return pipeline.NewPoller(pl, resp, "", runtime.PollingHandler[R](h))
}

// resume rebuilds a poller from a token of Poller.ResumeToken.
func (l lro[M, R]) resume(pl *pipeline.Client, token string) (*runtime.Poller[R], error) {
	if tokenKind(token) == l.op {
		return pipeline.ResumePoller(pl, token, runtime.PollingHandler[R](l.handler(pl)))
	}
	return pipeline.ResumePoller[R](pl, token, nil)
}

func (l lro[M, R]) handler(pl *pipeline.Client) *statePoller[M, R] {
	return &statePoller[M, R]{Kind: l.op, spec: l, pl: pl}
}

// statePoller is the runtime.PollingHandler of an lro for which the
// service sent no polling header. Its exported fields are what a resume
// token holds (azcore encodes the handler with encoding/json).
type statePoller[M, R any] struct {
	Kind string `json:"customerInsightsPoller"`
	// URL is the resource's URL, with the api-version.
	URL string `json:"url"`
	// State is the provisioningState last read; "" before the first read.
	State ProvisioningStates `json:"state,omitempty"`
	// Gone is set when a read answered 404.
	Gone bool `json:"gone,omitempty"`

	spec  lro[M, R]
	pl    *pipeline.Client
	resp  *http.Response
	model M
}

// Poll reads the resource again.
func (p *statePoller[M, R]) Poll(ctx context.Context) (resp *http.Response, err error) {
	ok := []int{http.StatusOK}
	if p.spec.delete {
		ok = append(ok, http.StatusNotFound)
	}
	ctx, end := p.pl.Start(ctx, p.spec.op)
	defer func() { end(err) }()
	req, err := runtime.NewRequest(ctx, http.MethodGet, p.URL)
	if err != nil {
		return nil, err
	}
	req.Raw().Header.Set("Accept", "application/json")
	if p.spec.secret {
		pipeline.NoBodyLogging(req)
	}
	resp, err = p.pl.Send(req, ok...)
	if err != nil {
		return nil, err
	}
	if err := p.update(resp); err != nil {
		return nil, err
	}
	return resp, nil
}

// update records the resource in resp (or that it is gone) and its state;
// a resource without provisioningState is taken as Succeeded, as ARM does.
func (p *statePoller[M, R]) update(resp *http.Response) error {
	if resp.StatusCode == http.StatusNotFound {
		p.Gone, p.resp = true, resp
		return nil
	}
	var model M
	if err := pipeline.DecodeBody(resp, &model); err != nil {
		return err
	}
	p.model, p.resp = model, resp
	p.State = ProvisioningStatesSucceeded
	if s := p.spec.state(&model); s != nil && *s != "" {
		p.State = canonicalState(*s)
	}
	return nil
}

// failed reports whether the state says the operation cannot succeed.
func (p *statePoller[M, R]) failed() bool {
	return p.State == ProvisioningStatesFailed || p.State == ProvisioningStatesHumanIntervention
}

// Done reports whether the operation ended: the resource is gone (delete),
// Succeeded (create), or Failed or HumanIntervention (both).
func (p *statePoller[M, R]) Done() bool {
	if p.spec.delete {
		return p.Gone || p.failed()
	}
	return p.State == ProvisioningStatesSucceeded || p.failed()
}

// Result returns the resource (create) or nothing (delete), or a
// *ProvisioningError when the operation ended without succeeding.
func (p *statePoller[M, R]) Result(_ context.Context, out *R) error {
	if p.failed() || p.spec.delete && !p.Gone {
		return newProvisioningError(p.State, p.model, p.resp)
	}
	if !p.spec.delete {
		*out = p.spec.wrap(p.model)
	}
	return nil
}

// canonicalState spells a state the way the spec does, whatever its case.
func canonicalState(s ProvisioningStates) ProvisioningStates {
	for _, known := range PossibleProvisioningStatesValues() {
		if strings.EqualFold(string(s), string(known)) {
			return known
		}
	}
	return s
}

// tokenKind returns the statePoller kind a resume token was made by, or ""
// for a token of azcore's standard pollers.
func tokenKind(token string) string {
	var t struct {
		Token struct {
			Kind string `json:"customerInsightsPoller"`
		} `json:"token"`
	}
	if json.Unmarshal([]byte(token), &t) != nil {
		return ""
	}
	return t.Token.Kind
}
