package fake

import (
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/internal/emulator"
)

// PollingHeaders selects the polling headers of 202 answers.
type PollingHeaders = emulator.PollHeaders

// Polling headers an Emulator can send with its 202 answers.
const (
	// AsyncOperationHeader sends Azure-AsyncOperation.
	AsyncOperationHeader = emulator.AsyncOperationHeader
	// LocationHeader sends Location.
	LocationHeader = emulator.LocationHeader
)

// EmulatorOptions configures an Emulator. The zero value is valid.
type EmulatorOptions struct {
	// Polls is how many reads of a resource still show it Provisioning
	// (after a create or update that the service answers 202) or Deleting
	// (after such a delete) before it ends: default 2; -1 ends it on the
	// first read.
	Polls int
	// PageSize is how many resources a list page holds; default 100.
	PageSize int
	// PollingHeaders makes the 202 answers carry polling headers, whose
	// reads then advance provisioning instead of reads of the resource.
	// The default, none, is what the service's spec declares.
	PollingHeaders PollingHeaders
	// RetryAfter is sent on 202 answers and on polls of a polling header
	// while the operation runs; zero sends none.
	RetryAfter time.Duration
	// RateLimit caps requests per clock second (429 beyond); zero is none.
	RateLimit int
	// Clock is the emulator's time source, for timestamps, fault delays
	// and the rate limit; default a manual clock at 2026-01-01T00:00:00Z.
	Clock *emulation.Clock
}

// Emulator is an in-memory Microsoft.CustomerInsights service (api-version
// 2017-04-26, and 2017-01-01 for the types it publishes). Every resource
// lives in a hub, which must exist first (404 ParentResourceNotFound
// otherwise). Resources whose creation the spec declares long-running
// (profiles, interactions, relationships, relationship links, links, KPIs,
// role assignments, predictions) are answered 202 with no polling header,
// unless EmulatorOptions.PollingHeaders says otherwise, and read
// Provisioning for EmulatorOptions.Polls GETs, then Succeeded, or the state
// scripted with ScriptProvisioning. Long-running deletes (hubs, profiles,
// relationships, relationship links, connectors, KPIs, predictions) read
// Deleting, then are gone. The service's rules (names, required members,
// closed enums, references between types) are enforced and answered with
// ARM-shaped errors. Lists page with nextLink. A new hub holds the built-in
// roles and widget types.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler). It is safe for concurrent
// use and never sleeps: time moves with Clock().Advance.
type Emulator struct {
	emu     *emulator.Emulator
	headers PollingHeaders

	mu     sync.Mutex
	ends   map[string]customerinsights.ProvisioningStates
	hubs   map[string]string // folded hub key → key, for the subscription-wide list
	models map[string]string // folded prediction key → model status
	keys   int               // connector IDs and GUIDs handed out
}

// NewEmulator returns an empty emulator; options may be nil.
func NewEmulator(options *EmulatorOptions) *Emulator {
	var o EmulatorOptions
	if options != nil {
		o = *options
	}
	e := &Emulator{
		emu: emulator.New(emulator.Options{
			Clock: o.Clock, PageSize: o.PageSize, Polls: o.Polls, RetryAfter: o.RetryAfter, RateLimit: o.RateLimit,
		}),
		headers: o.PollingHeaders,
		ends:    map[string]customerinsights.ProvisioningStates{},
		hubs:    map[string]string{},
		models:  map[string]string{},
	}
	e.routeResources()
	e.routeActions()
	return e
}

// Do implements policy.Transporter: requests are answered in process.
func (e *Emulator) Do(req *http.Request) (*http.Response, error) { return e.emu.Do(req) }

// ServeHTTP implements http.Handler.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) { e.emu.ServeHTTP(w, r) }

// Clock returns the emulator's clock.
func (e *Emulator) Clock() *emulation.Clock { return e.emu.Clock() }

// AddFaults appends faults to the emulator's script: each request is
// matched against the pending faults in order, and the first match applies.
func (e *Emulator) AddFaults(faults ...emulation.Fault) { e.emu.Faults().Add(faults...) }

// PendingFaults returns how many fault applications are left.
func (e *Emulator) PendingFaults() int { return e.emu.Faults().Pending() }

// Requests returns every request answered so far, in order.
func (e *Emulator) Requests() []emulation.RequestRecord { return e.emu.Requests() }

// ScriptProvisioning makes the next create or update of a profile (in any
// subscription) end in state: ProvisioningStatesFailed,
// ProvisioningStatesHumanIntervention, or ProvisioningStatesSucceeded (the
// default). Any other state is a *customerinsights.ValidationError.
func (e *Emulator) ScriptProvisioning(resourceGroupName, hubName, profileName string, state customerinsights.ProvisioningStates) error {
	switch state {
	case customerinsights.ProvisioningStatesSucceeded, customerinsights.ProvisioningStatesFailed, customerinsights.ProvisioningStatesHumanIntervention:
	default:
		return &customerinsights.ValidationError{Field: "state", Value: `"` + string(state) + `"`, Rule: "must be Succeeded, Failed or HumanIntervention"}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ends[scriptKey(resourceGroupName, hubName, "profiles", profileName)] = state
	return nil
}

// takeScript returns and forgets the end state scripted for a resource.
func (e *Emulator) takeScript(rg, hub, collection, name string) (customerinsights.ProvisioningStates, bool) {
	key := scriptKey(rg, hub, collection, name)
	e.mu.Lock()
	defer e.mu.Unlock()
	state, ok := e.ends[key]
	delete(e.ends, key)
	return state, ok
}

func scriptKey(rg, hub, collection, name string) string {
	return strings.ToLower(rg + "/" + hub + "/" + collection + "/" + name)
}

// APIVersions are the Microsoft.CustomerInsights api-versions the emulator
// accepts: every version published in the REST specs
// (specification/customer-insights/resource-manager/Microsoft.CustomerInsights/stable).
// Predictions exist only in 2017-04-26 (2017-01-01 requests for them are
// answered NoRegisteredProviderFound). The one member-level difference of
// the other types, the members of a participant property reference, is
// read and answered in the form of the request's version.
var APIVersions = []string{"2017-01-01", customerinsights.DefaultAPIVersion}

// checked answers requests without a published api-version, or with one
// that does not carry the resource type (since, when not empty, is the
// first version that does), with the errors ARM sends, and passes the
// others to h.
func (e *Emulator) checked(since string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v := r.URL.Query().Get("api-version")
		if !slices.Contains(APIVersions, v) {
			e.emu.WriteError(w, http.StatusBadRequest, customerinsights.ErrorCodeInvalidAPIVersionParameter,
				"The api-version '"+v+"' is invalid. The supported versions are '"+strings.Join(APIVersions, ",")+"'.")
			return
		}
		if since != "" && v < since {
			e.emu.WriteError(w, http.StatusBadRequest, "NoRegisteredProviderFound",
				"No registered resource provider found for API version '"+v+"' of this resource type. The supported api-versions are '"+since+"'.")
			return
		}
		h(w, r)
	}
}
