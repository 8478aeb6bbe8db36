package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
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
	// PageSize is how many resources a list page holds; default 100.
	PageSize int
	// RetryAfter is sent with 201/202 answers and running polls; a delay
	// that is not whole seconds is also sent as retry-after-ms. Zero sends
	// none.
	RetryAfter time.Duration
	// Clock is the emulator's time source (systemData, fault delays);
	// default a manual clock at emulation.DefaultStart.
	Clock *emulation.Clock
	// DefaultEndpoint makes every new instance (created with a PUT or
	// AddInstance) come with the dataflow endpoint a deployment of Azure IoT
	// Operations creates: "default", the local MQTT broker at
	// aio-broker:18883 with service account token authentication and TLS
	// (https://learn.microsoft.com/azure/iot-operations/connect-to-cloud/howto-configure-mqtt-endpoint#default-endpoint).
	// Off by default: the documentation states it of a deployment, not of
	// the instance PUT itself.
	DefaultEndpoint bool
}

// Emulator is an in-memory Microsoft.IoTOperations resource provider. It
// keeps every resource type of api-version 2025-10-01 (instances; brokers
// and their listeners, authentications and authorizations; dataflow
// endpoints; dataflow profiles and their dataflows and graphs; registry
// endpoints; Akri connector templates and connectors) in one store, from
// one declaration per type (see resources.go): a child written under a missing parent is 404
// ParentResourceNotFound, deleting a resource deletes everything under it,
// lists page with nextLink. Every create or update is 201 (200 for an
// update) + Azure-AsyncOperation while provisioningState moves Accepted →
// Provisioning → Succeeded, every delete 202 + Location → 204, each taking
// EmulatorOptions.Polls polls. It accepts every published api-version of
// Microsoft.IoTOperations and answers with the members that version knows
// (400 NoRegisteredProviderFound for any other, or for a type the version
// does not have). It answers as ARM does: 404 for a missing resource, 400
// for input that breaks the service's documented rules, 409 for a write to
// a resource being deleted, all in the ARM error shape; members it does not
// know are stored and returned.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler). It is safe for concurrent
// use and never sleeps: time moves with Clock().Advance.
type Emulator struct {
	emu             *emulator.Emulator
	types           []*resourceType
	defaultEndpoint bool

	mu        sync.Mutex
	instances map[string]string // folded ARM id → ARM id, for list by subscription
}

// NewEmulator returns an emulator with no resources; options may be nil.
func NewEmulator(options *EmulatorOptions) *Emulator {
	var o EmulatorOptions
	if options != nil {
		o = *options
	}
	e := &Emulator{
		emu:             emulator.New(emulator.Options{Clock: o.Clock, PageSize: o.PageSize, Polls: o.Polls, RetryAfter: o.RetryAfter}),
		types:           resourceTypes(),
		instances:       map[string]string{},
		defaultEndpoint: o.DefaultEndpoint,
	}
	e.routes()
	return e
}

// AddInstance makes an Azure IoT Operations instance exist, already
// provisioned, so that resources can be created in it without creating the
// instance first.
func (e *Emulator) AddInstance(subscriptionID, resourceGroupName, instanceName string) {
	id := fmt.Sprintf("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.IoTOperations/instances/%s", subscriptionID, resourceGroupName, instanceName)
	body := json.RawMessage(`{}`)
	body = emulator.Set(body, id, "id")
	body = emulator.Set(body, instanceName, "name")
	body = emulator.Set(body, e.types[0].armType, "type")
	body = emulator.Set(body, string(iotoperations.ProvisioningStateSucceeded), "properties", "provisioningState")
	_, _, _ = e.emu.Store().Put(id, body, "")
	e.track(id, true)
	e.addDefaults(id, nil)
}

// addDefaults stores the default dataflow endpoint of a new instance, when
// EmulatorOptions.DefaultEndpoint asks for it, in the instance's custom
// location.
func (e *Emulator) addDefaults(instanceID string, extendedLocation json.RawMessage) {
	if !e.defaultEndpoint {
		return
	}
	id := instanceID + "/dataflowEndpoints/default"
	body := json.RawMessage(`{"properties":{"endpointType":"Mqtt","mqttSettings":{"host":"aio-broker:18883",` +
		`"authentication":{"method":"ServiceAccountToken","serviceAccountTokenSettings":{"audience":"aio-internal"}},` +
		`"tls":{"mode":"Enabled","trustedCaCertificateConfigMapRef":"azure-iot-operations-aio-ca-trust-bundle"}},` +
		`"provisioningState":"Succeeded","healthState":"Available"}}`)
	if extendedLocation != nil {
		body = emulator.Set(body, extendedLocation, "extendedLocation")
	}
	body = emulator.Set(body, id, "id")
	body = emulator.Set(body, "default", "name")
	body = emulator.Set(body, e.types[0].armType+"/dataflowEndpoints", "type")
	_, _, _ = e.emu.Store().Put(id, body, "")
}

// track adds or removes an instance id from the subscription index.
func (e *Emulator) track(id string, add bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if add {
		e.instances[strings.ToLower(id)] = id
	} else {
		delete(e.instances, strings.ToLower(id))
	}
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

// apiVersions are the published api-versions of Microsoft.IoTOperations
// (specification/iotoperations/resource-manager/Microsoft.IoTOperations/
// {preview,stable}/<version>/iotoperations.json in
// Azure/azure-rest-api-specs), so that any official client works.
var apiVersions = []string{
	"2024-07-01-preview", "2024-08-15-preview", "2024-09-15-preview", "2024-11-01",
	"2025-04-01", "2025-07-01-preview", "2025-10-01", "2026-03-01", "2026-07-01",
}

// knowsHealthState reports whether api-version v carries the read-only
// properties.healthState: it first appears in 2025-10-01 (2025-04-01 and
// 2025-07-01-preview have none).
func knowsHealthState(v string) bool { return versionAtLeast(v, "2025-10-01") }

// checkVersion checks that the request's api-version is published and has
// type t; it writes the error and returns false otherwise.
func (e *Emulator) checkVersion(w http.ResponseWriter, r *http.Request, t *resourceType) bool {
	v := r.URL.Query().Get("api-version")
	if slices.Contains(apiVersions, v) && versionAtLeast(v, t.since) {
		return true
	}
	var known []string
	for _, av := range apiVersions {
		if versionAtLeast(av, t.since) {
			known = append(known, av)
		}
	}
	e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeNoRegisteredProviderFound,
		fmt.Sprintf("No registered resource provider found for API version '%s' and type '%s'. The supported api-versions are '%s'.", v, t.armType, strings.Join(known, ", ")))
	return false
}

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
