package fake

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// ApplicationRateLimit is IoT Central's documented limit of requests per
// second per application; set EmulatorOptions.RateLimit to it to have the
// emulator answer 429 beyond it.
const ApplicationRateLimit = iotcentral.ApplicationRateLimit

// EmulatorOptions configures an Emulator. The zero value is valid.
type EmulatorOptions struct {
	// PageSize is how many items a list page holds; default 100.
	PageSize int
	// RateLimit caps requests per clock second (429 beyond, with
	// Retry-After: 1); zero is no limit. ApplicationRateLimit is the
	// service's.
	RateLimit int
	// Clock is the emulator's time source (telemetry timestamps, job
	// schedules, the rate limit, fault delays); default a manual clock at
	// emulation.DefaultStart.
	Clock *emulation.Clock
}

// CommandHandler answers a command run on a device: the response code and
// payload the device sends back.
type CommandHandler func(target iotcentral.Target, request json.RawMessage) (responseCode int32, response json.RawMessage)

// Emulator is an in-memory IoT Central application. It holds devices and
// their attestations, properties (per device, component, module and module
// component), telemetry (set with SetTelemetry), command history and
// relationships; device templates (a template's components and cloud
// properties come from its capability model); device groups, whose filters
// may use `$template = "..."` and `$simulated = true|false` conditions; and
// the administration side: jobs that move through their statuses as they
// are read, scheduled jobs, organizations, users, roles and API tokens.
// Lists page with nextLink; errors have IoT Central's shape, 412 on an
// etag mismatch.
//
// Writable properties behave as on the service: a replace or update is
// answered 202 and the values wait, in "$metadata", until the device
// acknowledges them (AcknowledgeProperties plays the device); cloud
// properties the template declares take effect at once; ReportProperties
// sets what a device reports.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler), with the endpoint
// https://<anything>/api. It is safe for concurrent use and never sleeps.
type Emulator struct {
	core      *emulator.Emulator
	mux       *http.ServeMux
	admin     *adminData
	requestID atomic.Int64

	mu         sync.Mutex
	seq        int
	devices    map[string]*deviceState
	ids        []string // sorted device IDs; nil after a create or delete
	templates  map[string]iotcentral.DeviceTemplate
	groups     map[string]iotcentral.DeviceGroup
	handlers   map[string]CommandHandler
	enroll     enrollmentState
	exp        exportState
	manifests  manifestState
	dashboards dashboardState
	apps       appState
	routes     *adminRoutes
}

// NewEmulator returns an empty application; options may be nil.
func NewEmulator(options *EmulatorOptions) *Emulator {
	var o EmulatorOptions
	if options != nil {
		o = *options
	}
	e := &Emulator{
		devices:   map[string]*deviceState{},
		templates: map[string]iotcentral.DeviceTemplate{},
		groups:    map[string]iotcentral.DeviceGroup{},
		handlers:  map[string]CommandHandler{},
	}
	e.core = emulator.New(emulator.Options{Clock: o.Clock, PageSize: o.PageSize, RateLimit: o.RateLimit, ErrorBody: e.errorBody})
	e.admin = newAdminData(e)
	routes := newAdminRoutes(e.admin, e.core.Clock().Now, e.core.PageSize(), "/api")
	e.mux, e.routes = routes.mux, routes
	e.registerDeviceRoutes(routes)
	e.registerAppRoutes()
	e.core.Handle("/api/", func(w http.ResponseWriter, r *http.Request) {
		if !routes.checkRequestRules(w, r, "/api") {
			e.mux.ServeHTTP(w, r)
		}
	})
	return e
}

// errorBody renders IoT Central's error document. The shared machinery's
// own answers (rate limit, no route) get the code IoT Central documents for
// their status; a scripted fault keeps the code it was given.
func (e *Emulator) errorBody(status int, code, message string) []byte {
	if code == "" || code == "TooManyRequests" || code == "NotFound" {
		code = strconv.Itoa(status)
	}
	body, _ := wire.Marshal(newErrorDocument(code, message, "emulator-"+strconv.FormatInt(e.requestID.Add(1), 10), e.core.Clock().Now()))
	return body
}

// Do implements policy.Transporter.
func (e *Emulator) Do(req *http.Request) (*http.Response, error) { return e.core.Do(req) }

// ServeHTTP implements http.Handler.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) { e.core.ServeHTTP(w, r) }

// AddFaults appends faults to the emulator's fault script.
func (e *Emulator) AddFaults(faults ...emulation.Fault) { e.core.Faults().Add(faults...) }

// PendingFaults returns how many fault applications are left.
func (e *Emulator) PendingFaults() int { return e.core.Faults().Pending() }

// Clock returns the emulator's clock.
func (e *Emulator) Clock() *emulation.Clock { return e.core.Clock() }

// Requests returns every request answered so far, in order.
func (e *Emulator) Requests() []emulation.RequestRecord { return e.core.Requests() }

// HandleCommand sets how devices answer the command commandName (on any
// target). Without a handler a command is answered 200 with
// {"received": <request>}.
func (e *Emulator) HandleCommand(commandName string, h CommandHandler) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.handlers[commandName] = h
}

// SetTelemetry records value as the last value of a telemetry of a target,
// sent now by the emulator's clock. It fails when the device does not
// exist or value cannot be encoded.
func (e *Emulator) SetTelemetry(target iotcentral.Target, telemetryName string, value any) error {
	raw, err := json.Marshal(value)
	if err != nil {
		return err
	}
	now := e.core.Clock().Now()
	e.mu.Lock()
	defer e.mu.Unlock()
	d, ok := e.devices[target.DeviceID]
	if !ok {
		return errNoDevice(target.DeviceID)
	}
	d.telemetry[targetKey(target)+"/"+telemetryName] = iotcentral.DeviceTelemetry{Value: raw, Timestamp: &now}
	return nil
}

// AddModule gives a device an IoT Edge module with the named components.
func (e *Emulator) AddModule(deviceID, module string, components ...string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	d, ok := e.devices[deviceID]
	if !ok {
		return errNoDevice(deviceID)
	}
	d.modules[module] = append([]string(nil), components...)
	return nil
}

// nextETag returns a new quoted etag.
func (e *Emulator) nextETag() *string {
	e.seq++
	s := `"` + strconv.Itoa(e.seq) + `"`
	return &s
}
