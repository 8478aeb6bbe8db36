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

// Kinds of profilePoll, kept in resume tokens so that a token is resumed
// with the handler that made it.
const (
	pollCreateOrUpdate = "customerinsights.profiles.createOrUpdate"
	pollDelete         = "customerinsights.profiles.delete"
)

// profilePoll follows an operation on a profile for which the service sent
// no polling header: each Poll reads the profile with GET. Its exported
// fields are what a resume token holds (azcore encodes the handler with
// encoding/json).
type profilePoll struct {
	Kind string `json:"customerInsightsPoller"`
	// URL is the profile's URL, with the api-version.
	URL string `json:"url"`
	// State is the provisioningState last read; "" before the first read.
	State ProvisioningStates `json:"state,omitempty"`
	// Gone is set when a read answered 404.
	Gone bool `json:"gone,omitempty"`

	pl      *pipeline.Client
	resp    *http.Response
	profile ProfileResourceFormat
}

// Poll reads the profile again.
func (p *profilePoll) Poll(ctx context.Context) (resp *http.Response, err error) {
	op := "ProfilesClient.BeginCreateOrUpdate"
	ok := []int{http.StatusOK}
	if p.Kind == pollDelete {
		op = "ProfilesClient.BeginDelete"
		ok = append(ok, http.StatusNotFound)
	}
	ctx, end := p.pl.Start(ctx, op)
	defer func() { end(err) }()
	req, err := runtime.NewRequest(ctx, http.MethodGet, p.URL)
	if err != nil {
		return nil, err
	}
	req.Raw().Header.Set("Accept", "application/json")
	resp, err = p.pl.Send(req, ok...)
	if err != nil {
		return nil, err
	}
	if err := p.update(resp); err != nil {
		return nil, err
	}
	return resp, nil
}

// update records the profile in resp (or that it is gone) and its state;
// a profile without provisioningState is taken as Succeeded, as ARM does.
func (p *profilePoll) update(resp *http.Response) error {
	if resp.StatusCode == http.StatusNotFound {
		p.Gone, p.resp = true, resp
		return nil
	}
	var profile ProfileResourceFormat
	if err := pipeline.DecodeBody(resp, &profile); err != nil {
		return err
	}
	p.profile, p.resp = profile, resp
	p.State = ProvisioningStatesSucceeded
	if d := profile.Properties; d != nil && d.ProvisioningState != nil && *d.ProvisioningState != "" {
		p.State = canonicalState(*d.ProvisioningState)
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

// createOrUpdatePoller is the runtime.PollingHandler of BeginCreateOrUpdate
// when the service sent no polling header.
type createOrUpdatePoller struct{ profilePoll }

// Done reports whether provisioning ended: Succeeded, Failed or
// HumanIntervention.
func (p *createOrUpdatePoller) Done() bool {
	switch p.State {
	case ProvisioningStatesSucceeded, ProvisioningStatesFailed, ProvisioningStatesHumanIntervention:
		return true
	}
	return false
}

// Result returns the profile, or a *ProvisioningError when it did not
// succeed.
func (p *createOrUpdatePoller) Result(_ context.Context, out *ProfilesClientCreateOrUpdateResponse) error {
	if p.State != ProvisioningStatesSucceeded {
		return newProvisioningError(p.State, p.profile, p.resp)
	}
	*out = ProfilesClientCreateOrUpdateResponse{ProfileResourceFormat: p.profile}
	return nil
}

// deletePoller is the runtime.PollingHandler of BeginDelete when the
// service answered 202 without a polling header.
type deletePoller struct{ profilePoll }

// Done reports whether the profile is gone, or the deletion failed.
func (p *deletePoller) Done() bool {
	return p.Gone || p.State == ProvisioningStatesFailed || p.State == ProvisioningStatesHumanIntervention
}

// Result returns nothing once the profile is gone, else a
// *ProvisioningError.
func (p *deletePoller) Result(_ context.Context, _ *ProfilesClientDeleteResponse) error {
	if p.Gone {
		return nil
	}
	return newProvisioningError(p.State, p.profile, p.resp)
}

// newCreateOrUpdatePoller returns the poller for the answer to the PUT:
// azcore's standard pollers when it carries a polling header, otherwise
// createOrUpdatePoller, which starts from the profile of a 200 answer or,
// for a 202, reads it on the first Poll.
func newCreateOrUpdatePoller(pl *pipeline.Client, resp *http.Response) (*runtime.Poller[ProfilesClientCreateOrUpdateResponse], error) {
	if hasPollingHeader(resp) {
		return pipeline.NewPoller[ProfilesClientCreateOrUpdateResponse](pl, resp, runtime.FinalStateViaAzureAsyncOp, nil)
	}
	h := &createOrUpdatePoller{profilePoll{Kind: pollCreateOrUpdate, URL: resp.Request.URL.String(), pl: pl}}
	if resp.StatusCode == http.StatusOK {
		if err := h.update(resp); err != nil {
			return nil, err
		}
	}
	return pipeline.NewPoller(pl, resp, "", runtime.PollingHandler[ProfilesClientCreateOrUpdateResponse](h))
}

// newDeletePoller returns the poller for the answer to the DELETE: done at
// once for 200 and 204, azcore's standard pollers for a 202 with a polling
// header, deletePoller for a 202 without one.
func newDeletePoller(pl *pipeline.Client, resp *http.Response) (*runtime.Poller[ProfilesClientDeleteResponse], error) {
	if resp.StatusCode != http.StatusAccepted || hasPollingHeader(resp) {
		return pipeline.NewPoller[ProfilesClientDeleteResponse](pl, resp, runtime.FinalStateViaLocation, nil)
	}
	h := &deletePoller{profilePoll{Kind: pollDelete, URL: resp.Request.URL.String(), pl: pl}}
	return pipeline.NewPoller(pl, resp, "", runtime.PollingHandler[ProfilesClientDeleteResponse](h))
}

// tokenKind returns the profilePoll kind a resume token was made by, or ""
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

func resumeCreateOrUpdate(pl *pipeline.Client, token string) (*runtime.Poller[ProfilesClientCreateOrUpdateResponse], error) {
	if tokenKind(token) == pollCreateOrUpdate {
		h := &createOrUpdatePoller{profilePoll{pl: pl}}
		return pipeline.ResumePoller(pl, token, runtime.PollingHandler[ProfilesClientCreateOrUpdateResponse](h))
	}
	return pipeline.ResumePoller[ProfilesClientCreateOrUpdateResponse](pl, token, nil)
}

func resumeDelete(pl *pipeline.Client, token string) (*runtime.Poller[ProfilesClientDeleteResponse], error) {
	if tokenKind(token) == pollDelete {
		h := &deletePoller{profilePoll{pl: pl}}
		return pipeline.ResumePoller(pl, token, runtime.PollingHandler[ProfilesClientDeleteResponse](h))
	}
	return pipeline.ResumePoller[ProfilesClientDeleteResponse](pl, token, nil)
}
