package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

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
	// Polls is how many reads of a profile still show it Provisioning
	// (after a create or update) or Deleting (after a delete) before it
	// ends: default 2; -1 ends it on the first read.
	Polls int
	// PageSize is how many profiles a list page holds; default 100.
	PageSize int
	// PollingHeaders makes the 202 answers carry polling headers, whose
	// reads then advance provisioning instead of reads of the profile.
	// The default, none, is what the service's spec declares.
	PollingHeaders PollingHeaders
	// RetryAfter is sent on 202 answers and on polls of a polling header
	// while the operation runs; zero sends none.
	RetryAfter time.Duration
	// RateLimit caps requests per clock second (429 beyond); zero is none.
	RateLimit int
	// Clock is the emulator's time source, for lastChangedUtc, fault
	// delays and the rate limit; default a manual clock at
	// 2026-01-01T00:00:00Z.
	Clock *emulation.Clock
}

// Emulator is an in-memory Customer Insights profiles service. A PUT is
// answered 202 (with no polling header, as the spec declares, unless
// EmulatorOptions.PollingHeaders says otherwise) and the profile reads
// Provisioning for EmulatorOptions.Polls GETs, then Succeeded, or the state
// scripted with ScriptProvisioning. A DELETE is answered 202 and the
// profile reads Deleting, then is gone (404). Lists page with nextLink.
// Errors are ARM-shaped.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler). It is safe for concurrent
// use and never sleeps: time moves with Clock().Advance.
type Emulator struct {
	emu     *emulator.Emulator
	headers PollingHeaders

	mu   sync.Mutex
	ends map[string]customerinsights.ProvisioningStates
	kpis map[string][]customerinsights.KpiDefinition
}

// Routes of the emulated service.
const (
	emulatedProfiles = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.CustomerInsights/hubs/{hub}/profiles"
	emulatedProfile  = emulatedProfiles + "/{profile}"
	profileType      = "Microsoft.CustomerInsights/hubs/profiles"
)

var emulatedProfileNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]{1,127}$`)

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
		kpis:    map[string][]customerinsights.KpiDefinition{},
	}
	e.emu.Handle("PUT "+emulatedProfile, e.checked(e.putProfile))
	e.emu.Handle("GET "+emulatedProfile, e.checked(e.getProfile))
	e.emu.Handle("DELETE "+emulatedProfile, e.checked(e.deleteProfile))
	e.emu.Handle("GET "+emulatedProfiles, e.checked(e.listProfiles))
	e.emu.Handle("POST "+emulatedProfile+"/getEnrichingKpis", e.checked(e.enrichingKpis))
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
	e.ends[scriptKey(resourceGroupName, hubName, profileName)] = state
	return nil
}

// SetEnrichingKpis sets the KPIs that GetEnrichingKpis returns for a
// profile (in any subscription); by default there are none.
func (e *Emulator) SetEnrichingKpis(resourceGroupName, hubName, profileName string, kpis []customerinsights.KpiDefinition) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.kpis[scriptKey(resourceGroupName, hubName, profileName)] = append([]customerinsights.KpiDefinition(nil), kpis...)
}

func scriptKey(rg, hub, profile string) string {
	return strings.ToLower(rg + "/" + hub + "/" + profile)
}

func requestScriptKey(r *http.Request) string {
	return scriptKey(r.PathValue("rg"), r.PathValue("hub"), r.PathValue("profile"))
}

// APIVersions are the Microsoft.CustomerInsights api-versions the emulator
// accepts: every version published in the REST specs
// (specification/customer-insights/resource-manager/Microsoft.CustomerInsights/stable).
// The profile resource carries the same fields in both.
var APIVersions = []string{"2017-01-01", customerinsights.DefaultAPIVersion}

// checked answers requests without a published api-version with the
// error ARM sends, and passes the others to h.
func (e *Emulator) checked(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if v := r.URL.Query().Get("api-version"); !slices.Contains(APIVersions, v) {
			e.emu.WriteError(w, http.StatusBadRequest, "InvalidApiVersionParameter",
				"The api-version '"+v+"' is invalid. The supported versions are '"+strings.Join(APIVersions, ",")+"'.")
			return
		}
		h(w, r)
	}
}

func (e *Emulator) notFound(w http.ResponseWriter, r *http.Request) {
	e.emu.WriteError(w, http.StatusNotFound, "ResourceNotFound",
		"The profile '"+r.PathValue("profile")+"' was not found in hub '"+r.PathValue("hub")+"'.")
}

// putProfile stores the profile as Provisioning and starts its provisioning.
func (e *Emulator) putProfile(w http.ResponseWriter, r *http.Request) {
	hub, name := r.PathValue("hub"), r.PathValue("profile")
	if !emulatedProfileNameRE.MatchString(name) {
		e.emu.WriteError(w, http.StatusBadRequest, "InvalidResourceName", "The profile name '"+name+"' must match ^[a-zA-Z][a-zA-Z0-9_]+$ and be 1 to 128 characters long.")
		return
	}
	body, err := emulator.ReadJSON(r)
	var profile customerinsights.ProfileResourceFormat
	if err == nil {
		err = profile.UnmarshalJSON(body)
	}
	if err == nil {
		err = checkProfileDefinition(profile.Properties)
	}
	if err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, "InvalidRequestContent", err.Error())
		return
	}
	key := r.URL.Path
	profile.ID, profile.Name, profile.Type = to.Ptr(key), to.Ptr(hub+"/"+name), to.Ptr(profileType)
	if profile.Properties == nil {
		profile.Properties = &customerinsights.ProfileTypeDefinition{}
	}
	d := profile.Properties
	now := e.emu.Clock().Now().UTC()
	d.ProvisioningState = to.Ptr(customerinsights.ProvisioningStatesProvisioning)
	d.TenantID, d.TypeName, d.LastChangedUTC = to.Ptr(strings.ToLower(hub)), to.Ptr(name), &now
	if d.EntityType == nil {
		d.EntityType = to.Ptr(customerinsights.EntityTypesProfile)
	}
	if d.InstancesCount == nil {
		d.InstancesCount = to.Ptr[int32](0)
	}
	stored, err := profile.MarshalJSON()
	if err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, "InvalidRequestContent", err.Error())
		return
	}
	_, _, _ = e.emu.Store().Put(key, stored, "") // without If-Match, Put cannot fail
	e.mu.Lock()
	end, scripted := e.ends[requestScriptKey(r)]
	delete(e.ends, requestScriptKey(r))
	e.mu.Unlock()
	if !scripted {
		end = customerinsights.ProvisioningStatesSucceeded
	}
	failed := end // the state a failed operation leaves
	if failed == customerinsights.ProvisioningStatesSucceeded {
		failed = customerinsights.ProvisioningStatesFailed // failed by a FaultFailOperation
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States:      []string{string(customerinsights.ProvisioningStatesProvisioning)},
		ResourceKey: e.attach(key),
		OnPoll: func(status string) {
			switch status {
			case emulator.StatusSucceeded:
				e.setState(key, customerinsights.ProvisioningStatesSucceeded)
			case emulator.StatusFailed, emulator.StatusCanceled:
				e.setState(key, failed)
			}
		},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			if end != customerinsights.ProvisioningStatesSucceeded {
				return nil, &emulator.OperationError{Code: "Provisioning" + string(end), Message: "the profile '" + name + "' ended in provisioning state " + string(end)}
			}
			rec := e.setState(key, customerinsights.ProvisioningStatesSucceeded)
			return rec.Body, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.headers)
}

// checkProfileDefinition enforces the service's rules on a profile type:
// every field has a name and a type, every strong ID has a name and names
// at least one declared field (compared without case, as the service
// does), and entityType is one of the closed enum's values.
func checkProfileDefinition(d *customerinsights.ProfileTypeDefinition) error {
	if d == nil {
		return nil
	}
	if d.EntityType != nil && !slices.Contains(customerinsights.PossibleEntityTypesValues(), *d.EntityType) {
		return fmt.Errorf("properties.entityType %q must be one of None, Profile, Interaction, Relationship", *d.EntityType)
	}
	declared := make(map[string]bool, len(d.Fields))
	for i, f := range d.Fields {
		if f.FieldName == nil || *f.FieldName == "" || f.FieldType == nil || *f.FieldType == "" {
			return fmt.Errorf("properties.fields[%d] must have a fieldName and a fieldType", i)
		}
		declared[strings.ToLower(*f.FieldName)] = true
	}
	for i, id := range d.StrongIDs {
		if id.StrongIDName == nil || *id.StrongIDName == "" || len(id.KeyPropertyNames) == 0 {
			return fmt.Errorf("properties.strongIds[%d] must have a strongIdName and keyPropertyNames", i)
		}
		for _, k := range id.KeyPropertyNames {
			if !declared[strings.ToLower(k)] {
				return fmt.Errorf("properties.strongIds[%d].keyPropertyNames names %q, which is not a declared field", i, k)
			}
		}
	}
	return nil
}

// attach returns the key to attach an operation to when the profile's GETs
// advance it, that is, when no polling header is sent.
func (e *Emulator) attach(key string) string {
	if e.headers != 0 {
		return ""
	}
	return key
}

// setState sets the stored profile's provisioningState.
func (e *Emulator) setState(key string, state customerinsights.ProvisioningStates) emulator.Record {
	rec, _ := e.emu.Store().Update(key, func(body json.RawMessage) (json.RawMessage, error) {
		return emulator.Set(body, state, "properties", "provisioningState"), nil
	})
	return rec
}

// getProfile advances the profile's operation, if any, and returns it.
func (e *Emulator) getProfile(w http.ResponseWriter, r *http.Request) {
	e.emu.PollResource(r.URL.Path)
	rec, ok := e.emu.Store().Get(r.URL.Path)
	if !ok {
		e.notFound(w, r)
		return
	}
	emulator.WriteJSON(w, http.StatusOK, rec.Body)
}

// deleteProfile marks the profile Deleting and removes it when its
// operation ends; a missing profile is answered 204.
func (e *Emulator) deleteProfile(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path
	if _, ok := e.emu.Store().Get(key); !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	e.setState(key, customerinsights.ProvisioningStatesDeleting)
	scripted := requestScriptKey(r)
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States:      []string{string(customerinsights.ProvisioningStatesDeleting)},
		ResourceKey: e.attach(key),
		OnPoll: func(status string) {
			if status == emulator.StatusFailed || status == emulator.StatusCanceled {
				e.setState(key, customerinsights.ProvisioningStatesFailed)
			}
		},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			_, _ = e.emu.Store().Delete(key, "")
			e.mu.Lock()
			delete(e.kpis, scripted)
			e.mu.Unlock()
			return nil, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.headers)
}

// listProfiles answers one page of the hub's profiles.
func (e *Emulator) listProfiles(w http.ResponseWriter, r *http.Request) {
	recs := e.emu.Store().List(r.URL.Path)
	items := make([]json.RawMessage, len(recs))
	for i, rec := range recs {
		items[i] = rec.Body
	}
	e.emu.WritePage(w, r, items)
}

// enrichingKpis answers the KPIs set with SetEnrichingKpis.
func (e *Emulator) enrichingKpis(w http.ResponseWriter, r *http.Request) {
	key := strings.TrimSuffix(r.URL.Path, "/getEnrichingKpis")
	if _, ok := e.emu.Store().Get(key); !ok {
		e.notFound(w, r)
		return
	}
	e.mu.Lock()
	resp := customerinsights.ProfilesClientGetEnrichingKpisResponse{KpiDefinitionArray: e.kpis[requestScriptKey(r)]}
	e.mu.Unlock()
	if resp.KpiDefinitionArray == nil {
		resp.KpiDefinitionArray = []customerinsights.KpiDefinition{}
	}
	body, err := resp.MarshalJSON()
	if err != nil {
		e.emu.WriteError(w, http.StatusInternalServerError, "InternalServerError", err.Error())
		return
	}
	emulator.WriteJSON(w, http.StatusOK, json.RawMessage(body))
}
