package fake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/iotoperations"
)

// EmulatorOptions configures an Emulator. The zero value is valid.
type EmulatorOptions struct {
	// Polls is how many polls of an operation report it still running
	// before it ends: default 2; -1 ends it on the first poll.
	Polls int
	// PageSize is how many profiles a list page holds; default 100.
	PageSize int
	// RetryAfter is sent with 201/202 answers and running polls; a delay
	// that is not whole seconds is also sent as retry-after-ms. Zero sends
	// none.
	RetryAfter time.Duration
	// Clock is the emulator's time source (systemData, fault delays);
	// default a manual clock at emulation.DefaultStart.
	Clock *emulation.Clock
}

// Emulator is an in-memory Microsoft.IoTOperations dataflow profiles
// service. It keeps profiles per instance (add instances with AddInstance),
// runs a create as 201 (an update as 200) + Azure-AsyncOperation while
// provisioningState moves Accepted → Provisioning → Succeeded, and a
// delete as 202 + Location → 204, each taking EmulatorOptions.Polls polls.
// It accepts every published api-version of Microsoft.IoTOperations and
// answers with the members that version knows (400
// NoRegisteredProviderFound for any other). It answers as ARM does: 404
// for a missing instance or profile, 400 for input that breaks the
// service's rules, 409 for a write to a profile being deleted, all in the
// ARM error shape; members it does not know are stored and returned.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler). It is safe for concurrent
// use and never sleeps: time moves with Clock().Advance.
type Emulator struct {
	emu *emulator.Emulator

	mu        sync.Mutex
	instances map[string]bool
}

// Routes of the emulated service.
const (
	emulatedInstance = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.IoTOperations/instances/{instance}"
	emulatedProfiles = emulatedInstance + "/dataflowProfiles"
	emulatedProfile  = emulatedProfiles + "/{profile}"
	profileType      = "Microsoft.IoTOperations/instances/dataflowProfiles"
)

var emulatedNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$`)

// NewEmulator returns an emulator with no instances; options may be nil.
func NewEmulator(options *EmulatorOptions) *Emulator {
	var o EmulatorOptions
	if options != nil {
		o = *options
	}
	e := &Emulator{
		emu:       emulator.New(emulator.Options{Clock: o.Clock, PageSize: o.PageSize, Polls: o.Polls, RetryAfter: o.RetryAfter}),
		instances: map[string]bool{},
	}
	e.emu.Handle("PUT "+emulatedProfile, e.put)
	e.emu.Handle("GET "+emulatedProfile, e.get)
	e.emu.Handle("DELETE "+emulatedProfile, e.delete)
	e.emu.Handle("GET "+emulatedProfiles, e.list)
	return e
}

// AddInstance makes an Azure IoT Operations instance exist, so that
// profiles can be created in it.
func (e *Emulator) AddInstance(subscriptionID, resourceGroupName, instanceName string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.instances[instanceKey(subscriptionID, resourceGroupName, instanceName)] = true
}

func instanceKey(sub, rg, instance string) string {
	return strings.ToLower(sub + "/" + rg + "/" + instance)
}

// Do implements policy.Transporter.
func (e *Emulator) Do(req *http.Request) (*http.Response, error) { return e.emu.Do(req) }

// ServeHTTP implements http.Handler.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) { e.emu.ServeHTTP(w, r) }

// AddFaults appends faults to the emulator's fault script.
func (e *Emulator) AddFaults(faults ...emulation.Fault) { e.emu.Faults().Add(faults...) }

// PendingFaults returns how many fault applications are left.
func (e *Emulator) PendingFaults() int { return e.emu.Faults().Pending() }

// Clock returns the emulator's clock.
func (e *Emulator) Clock() *emulation.Clock { return e.emu.Clock() }

// Requests returns every request answered so far, in order.
func (e *Emulator) Requests() []emulation.RequestRecord { return e.emu.Requests() }

// precheck checks the api-version and that the instance exists; it writes
// the error and returns false otherwise.
func (e *Emulator) precheck(w http.ResponseWriter, r *http.Request) bool {
	if v := r.URL.Query().Get("api-version"); !slices.Contains(apiVersions, v) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeNoRegisteredProviderFound,
			fmt.Sprintf("No registered resource provider found for API version '%s' and type '%s'. The supported api-versions are '%s'.", v, profileType, strings.Join(apiVersions, ", ")))
		return false
	}
	e.mu.Lock()
	ok := e.instances[instanceKey(r.PathValue("sub"), r.PathValue("rg"), r.PathValue("instance"))]
	e.mu.Unlock()
	if !ok {
		e.emu.WriteError(w, http.StatusNotFound, iotoperations.ErrorCodeParentResourceNotFound,
			fmt.Sprintf("Can not perform requested operation on nested resource. Parent resource '%s' not found.", r.PathValue("instance")))
	}
	return ok
}

// profileID returns the ARM id of the profile r names, as the service
// spells it.
func profileID(r *http.Request) string {
	return fmt.Sprintf("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.IoTOperations/instances/%s/dataflowProfiles/%s",
		r.PathValue("sub"), r.PathValue("rg"), r.PathValue("instance"), r.PathValue("profile"))
}

func (e *Emulator) put(w http.ResponseWriter, r *http.Request) {
	if !e.precheck(w, r) {
		return
	}
	name := r.PathValue("profile")
	if !emulatedNameRE.MatchString(name) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidResourceName, fmt.Sprintf("The resource name '%s' is invalid: it must be 3 to 63 lower-case letters, digits and '-', starting and ending with a letter or digit.", name))
		return
	}
	body, err := emulator.ReadJSON(r)
	if err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	var res iotoperations.DataflowProfileResource
	if err := json.Unmarshal(body, &res); err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, "The request content is not a valid dataflow profile: "+err.Error())
		return
	}
	if msg := invalidProfile(res); msg != "" {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, msg)
		return
	}
	key := r.URL.Path
	old, exists := e.emu.Store().Get(key)
	if exists && emulator.GetString(old.Body, "properties", "provisioningState") == string(iotoperations.ProvisioningStateDeleting) {
		e.emu.WriteError(w, http.StatusConflict, iotoperations.ErrorCodeConflict, fmt.Sprintf("The dataflow profile '%s' is being deleted; try again when the deletion has finished.", name))
		return
	}
	if exists && res.ExtendedLocation != nil && !sameLocation(emulator.Get(old.Body, "extendedLocation"), res.ExtendedLocation) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodePropertyChangeNotAllowed, "The extendedLocation of a dataflow profile is set when it is created and cannot change.")
		return
	}
	if exists && res.ExtendedLocation == nil {
		body = emulator.Set(body, emulator.Get(old.Body, "extendedLocation"), "extendedLocation")
	}
	// Read-only members come from the service, not from the request.
	for _, ro := range [][]string{{"id"}, {"name"}, {"type"}, {"systemData"}, {"properties", "healthState"}} {
		body = emulator.Delete(body, ro...)
	}
	body = emulator.Set(body, profileID(r), "id")
	body = emulator.Set(body, name, "name")
	body = emulator.Set(body, profileType, "type")
	body = emulator.Set(body, string(iotoperations.ProvisioningStateAccepted), "properties", "provisioningState")
	rec, created, err := e.emu.Store().Put(key, body, r.Header.Get("If-Match"))
	if err != nil {
		e.emu.WriteError(w, http.StatusPreconditionFailed, "PreconditionFailed", "The If-Match etag does not match the profile's.")
		return
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States: []string{string(iotoperations.ProvisioningStateAccepted), string(iotoperations.ProvisioningStateProvisioning)},
		OnPoll: func(status string) {
			_, _ = e.emu.Store().Update(key, func(b json.RawMessage) (json.RawMessage, error) {
				b = emulator.Set(b, status, "properties", "provisioningState")
				if status == emulator.StatusSucceeded {
					b = emulator.Set(b, string(iotoperations.ResourceHealthStateAvailable), "properties", "healthState")
				}
				return b, nil
			})
		},
	})
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	e.emu.Accept(w, r, op, status, render(r, rec), emulator.AsyncOperationHeader)
}

// invalidProfile returns why a profile breaks the spec's rules, or "".
func invalidProfile(res iotoperations.DataflowProfileResource) string {
	if l := res.ExtendedLocation; l != nil && (l.Name == nil || *l.Name == "" || l.Type == nil || *l.Type == "") {
		return "extendedLocation needs both name and type."
	}
	p := res.Properties
	if p == nil {
		return ""
	}
	if c := p.InstanceCount; c != nil && (*c < 1 || *c > 20) {
		return fmt.Sprintf("properties.instanceCount %d is out of range: it must be between 1 and 20.", *c)
	}
	if d := p.Diagnostics; d != nil && d.Metrics != nil && d.Metrics.PrometheusPort != nil {
		if port := *d.Metrics.PrometheusPort; port < 0 || port > 65535 {
			return fmt.Sprintf("properties.diagnostics.metrics.prometheusPort %d is out of range: it must be between 0 and 65535.", port)
		}
	}
	return ""
}

func sameLocation(stored json.RawMessage, l *iotoperations.ExtendedLocation) bool {
	var old iotoperations.ExtendedLocation
	if json.Unmarshal(stored, &old) != nil || old.Name == nil || l.Name == nil {
		return stored == nil
	}
	return strings.EqualFold(*old.Name, *l.Name)
}

// apiVersions are the published api-versions of Microsoft.IoTOperations
// (specification/iotoperations/resource-manager/Microsoft.IoTOperations/
// {preview,stable}/<version>/iotoperations.json in
// Azure/azure-rest-api-specs), so that any official client works.
var apiVersions = []string{
	"2024-07-01-preview", "2024-08-15-preview", "2024-09-15-preview", "2024-11-01",
	"2025-04-01", "2025-07-01-preview", "2025-10-01", "2026-03-01",
}

// knowsHealthState reports whether api-version v carries the read-only
// properties.healthState: it first appears in 2025-10-01 (2025-04-01 and
// 2025-07-01-preview have none).
func knowsHealthState(v string) bool { return v == "2025-10-01" || v == "2026-03-01" }

// render returns what the service answers for rec under the request's
// api-version: the stored body with systemData, without the members that
// version does not know.
func render(r *http.Request, rec emulator.Record) json.RawMessage {
	body := emulator.Set(rec.Body, emulator.SystemData(rec), "systemData")
	if !knowsHealthState(r.URL.Query().Get("api-version")) {
		body = emulator.Delete(body, "properties", "healthState")
	}
	return body
}

func (e *Emulator) get(w http.ResponseWriter, r *http.Request) {
	if !e.precheck(w, r) {
		return
	}
	rec, ok := e.emu.Store().Get(r.URL.Path)
	if !ok {
		e.notFound(w, r)
		return
	}
	w.Header().Set("ETag", rec.ETag)
	emulator.WriteJSON(w, http.StatusOK, render(r, rec))
}

func (e *Emulator) notFound(w http.ResponseWriter, r *http.Request) {
	e.emu.WriteError(w, http.StatusNotFound, iotoperations.ErrorCodeResourceNotFound,
		fmt.Sprintf("The Resource '%s/%s/dataflowProfiles/%s' under resource group '%s' was not found.",
			"Microsoft.IoTOperations/instances", r.PathValue("instance"), r.PathValue("profile"), r.PathValue("rg")))
}

func (e *Emulator) delete(w http.ResponseWriter, r *http.Request) {
	if !e.precheck(w, r) {
		return
	}
	key := r.URL.Path
	if _, err := e.emu.Store().Update(key, func(b json.RawMessage) (json.RawMessage, error) {
		return emulator.Set(b, string(iotoperations.ProvisioningStateDeleting), "properties", "provisioningState"), nil
	}); errors.Is(err, emulator.ErrNotFound) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States: []string{string(iotoperations.ProvisioningStateDeleting)},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			_, _ = e.emu.Store().Delete(key, "")
			return nil, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, emulator.LocationHeader)
}

func (e *Emulator) list(w http.ResponseWriter, r *http.Request) {
	if !e.precheck(w, r) {
		return
	}
	recs := e.emu.Store().List(r.URL.Path)
	items := make([]json.RawMessage, len(recs))
	for i, rec := range recs {
		items[i] = render(r, rec)
	}
	e.emu.WritePage(w, r, items)
}
