package fake

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/internal/emulator"
)

// PollingHeaders selects the polling headers of the 202 answers to DELETE.
type PollingHeaders = emulator.PollHeaders

// Polling headers an Emulator can send with its 202 answers to DELETE.
const (
	// AsyncOperationHeader sends Azure-AsyncOperation.
	AsyncOperationHeader = emulator.AsyncOperationHeader
	// LocationHeader sends Location.
	LocationHeader = emulator.LocationHeader
)

// EmulatorOptions configures an Emulator. The zero value is valid.
type EmulatorOptions struct {
	// Polls is how many polls of an operation report it running before it
	// ends: default 2; -1 ends it on the first poll.
	Polls int
	// PageSize is how many items a list page holds; default 100.
	PageSize int
	// DeletePollingHeaders are the polling headers of the 202 answer to a
	// DELETE; default both, as the service sends.
	DeletePollingHeaders PollingHeaders
	// RetryAfter is sent on 201 and 202 answers and on polls of a running
	// operation; zero sends none.
	RetryAfter time.Duration
	// RateLimit caps requests per clock second (429 beyond); zero is none.
	RateLimit int
	// Clock is the emulator's time source, for systemData, fault delays
	// and the rate limit; default a manual clock at emulation.DefaultStart.
	Clock *emulation.Clock
}

// Emulator is an in-memory Device Provisioning Service resource provider.
// It keeps provisioning services with their shared access keys and, like
// the service:
//
//   - answers a PUT with 201 and an Azure-AsyncOperation header; the service
//     reads provisioningState Accepted (state Activating, or Transitioning
//     for an update) until the operation ends, then Succeeded and Active. A
//     PUT replaces the service: policies without keys get new keys, and a
//     service created without policies gets "provisioningserviceowner";
//   - never returns keys from GET, lists or PUT and PATCH answers (the
//     policies come back with null keys) but from listkeys (a POST, then
//     nextLink pages) and keys/{name}/listkeys; linked hubs' connection
//     strings come back with their key masked, and a PUT that sends a
//     masked string back keeps the stored one;
//   - checks If-Match and the etag in the body (412 when stale), keeps the
//     name unique across subscriptions (409), and answers name
//     availability from what it holds;
//   - answers a DELETE with 202 and Azure-AsyncOperation and Location
//     headers, then removes the service; a missing service is a 404;
//   - accepts every published api-version (APIVersions), answers with the
//     members that version knows, and keeps the members it does not know
//     when a client of that version replaces the service (for example the
//     identity, deviceRegistryNamespace and hubs' identity fields that only
//     2025-02-01-preview has); errors have the DPS shape, except the
//     preview's PATCH, which answers in the ARM shape;
//   - keeps every member it does not know, as the service would.
//
// Use it as ClientOptions.Transport (it is a policy.Transporter) or behind
// httptest.NewTLSServer (it is an http.Handler). It is safe for concurrent
// use and never sleeps: time moves with Clock().Advance.
type Emulator struct {
	emu           *emulator.Emulator
	deleteHeaders PollingHeaders

	mu    sync.Mutex
	names map[string]string // lower-case service name → its key (ARM id)
	seq   int

	certMu sync.Mutex              // serializes the certificate operations
	codes  map[string]verification // lower-case certificate key → its code

	regGroups map[string]string // lower-case registration key → its enrollment group ("" for none)
}

// Routes of the emulated provider.
const (
	emulatedProvider = "/subscriptions/{sub}/providers/Microsoft.Devices"
	emulatedGroup    = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Devices/provisioningServices"
	emulatedService  = emulatedGroup + "/{name}"
	serviceType      = "Microsoft.Devices/ProvisioningServices"
	connectionType   = "Microsoft.Devices/ProvisioningServices/PrivateEndpointConnections"
	linkResourceType = "Microsoft.Devices/ProvisioningServices/PrivateLinkResources"
	ownerPolicy      = "provisioningserviceowner"
	linkGroupID      = "iotDps"
)

// Error codes of the emulator's DPS-shaped errors: the documented ones
// (see deviceprovisioning.ErrorCodeArgumentInvalid), and for a missing
// resource the 4042xx codes the service sends for each kind.
const (
	codeInvalidRequest     = dps.ErrorCodeArgumentInvalid
	codeInvalidAPIVersion  = dps.ErrorCodeInvalidProtocolVersion
	codeServiceNotFound    = "404201"
	codeKeyNotFound        = "404202"
	codeConnectionNotFound = "404203"
	codeGroupNotFound      = "404204"
	codeOperationNotFound  = "404205"
	codeNameTaken          = dps.ErrorCodeConflict
	codeEtagMismatch       = dps.ErrorCodePreconditionFailed
)

// NewEmulator returns an empty emulator; options may be nil.
func NewEmulator(options *EmulatorOptions) *Emulator {
	var o EmulatorOptions
	if options != nil {
		o = *options
	}
	if o.DeletePollingHeaders == 0 {
		o.DeletePollingHeaders = AsyncOperationHeader | LocationHeader
	}
	e := &Emulator{
		emu: emulator.New(emulator.Options{
			Clock: o.Clock, PageSize: o.PageSize, Polls: o.Polls, RetryAfter: o.RetryAfter, RateLimit: o.RateLimit,
			ErrorBody: dpsErrorBody,
		}),
		deleteHeaders: o.DeletePollingHeaders,
		names:         map[string]string{},
		codes:         map[string]verification{},
		regGroups:     map[string]string{},
	}
	e.routes()
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

// SetService stores service as the provisioning service name of
// resourceGroupName in subscriptionID, as is: keys, connection strings and
// members this package does not model are kept, and the server-set id,
// name, type, resourcegroup and subscriptionid are filled in. It replaces a
// stored service of that name. It is how a test starts from a service a
// newer api-version or another tool wrote.
func (e *Emulator) SetService(subscriptionID, resourceGroupName, name string, service json.RawMessage) error {
	var d dps.ProvisioningServiceDescription
	if err := d.UnmarshalJSON(service); err != nil {
		return err
	}
	if !validServiceName(name) {
		return fmt.Errorf("fake: %q is not a valid provisioning service name", name)
	}
	key := serviceKey(subscriptionID, resourceGroupName, name)
	if err := e.claim(name, key); err != nil {
		return err
	}
	setIdentity(&d, subscriptionID, resourceGroupName, name, key)
	body, err := d.MarshalJSON()
	if err != nil {
		return err
	}
	_, _, err = e.emu.Store().Put(key, body, "")
	return err
}

// Service returns the stored document of a provisioning service, keys
// included, as the emulator holds it.
func (e *Emulator) Service(subscriptionID, resourceGroupName, name string) (json.RawMessage, bool) {
	rec, ok := e.emu.Store().Get(serviceKey(subscriptionID, resourceGroupName, name))
	return rec.Body, ok
}

// ConnectPrivateEndpoint adds a Pending private endpoint connection to a
// stored service, as the network provider does when a private endpoint is
// created for it; approve or reject it with
// BeginCreateOrUpdatePrivateEndpointConnection.
func (e *Emulator) ConnectPrivateEndpoint(subscriptionID, resourceGroupName, name, connectionName, privateEndpointID string) error {
	key := serviceKey(subscriptionID, resourceGroupName, name)
	_, err := e.updateService(key, func(d *dps.ProvisioningServiceDescription) error {
		if findConnection(d, connectionName) >= 0 {
			return fmt.Errorf("fake: the connection %q exists", connectionName)
		}
		d.Properties.PrivateEndpointConnections = append(d.Properties.PrivateEndpointConnections, dps.PrivateEndpointConnection{
			ID: ptr(key + "/privateEndpointConnections/" + connectionName), Name: ptr(connectionName), Type: ptr(connectionType),
			Properties: &dps.PrivateEndpointConnectionProperties{
				PrivateEndpoint: &dps.PrivateEndpoint{ID: ptr(privateEndpointID)},
				PrivateLinkServiceConnectionState: &dps.PrivateLinkServiceConnectionState{
					Status: ptr(dps.PrivateLinkServiceConnectionStatusPending), Description: ptr("Awaiting approval"), ActionsRequired: ptr("None"),
				},
			},
		})
		return nil
	})
	if errors.Is(err, emulator.ErrNotFound) {
		return fmt.Errorf("fake: no provisioning service %s", key)
	}
	return err
}

func serviceKey(subscriptionID, resourceGroupName, name string) string {
	return "/subscriptions/" + subscriptionID + "/resourceGroups/" + resourceGroupName + "/providers/Microsoft.Devices/provisioningServices/" + name
}

// claim reserves name for key; a name is unique across subscriptions and
// resource groups, since it becomes a host name.
func (e *Emulator) claim(name, key string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if owner, ok := e.names[strings.ToLower(name)]; ok && !strings.EqualFold(owner, key) {
		return errNameTaken
	}
	e.names[strings.ToLower(name)] = key
	return nil
}

var errNameTaken = errors.New("the name is used by another provisioning service")

func (e *Emulator) release(name string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.names, strings.ToLower(name))
}

// keysUnder returns the keys of the services of a subscription, sorted.
func (e *Emulator) keysUnder(subscriptionID string) []string {
	prefix := strings.ToLower("/subscriptions/" + subscriptionID + "/")
	e.mu.Lock()
	defer e.mu.Unlock()
	var keys []string
	for _, key := range e.names {
		if strings.HasPrefix(strings.ToLower(key), prefix) {
			keys = append(keys, key)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return strings.ToLower(keys[i]) < strings.ToLower(keys[j]) })
	return keys
}

// next returns a new sequence number, for keys and scopes.
func (e *Emulator) next() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.seq++
	return e.seq
}

// newKey returns a deterministic 32-byte base64 key, like the service's.
func newKey(seed string) *string {
	sum := sha256.Sum256([]byte(seed))
	k := base64.StdEncoding.EncodeToString(sum[:])
	return &k
}

var serviceNameRE = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9-]{1,48}[a-zA-Z0-9]$`)

func validServiceName(name string) bool {
	return serviceNameRE.MatchString(name) && strings.Trim(name, "0123456789") != ""
}

// setIdentity fills the members the service sets from the path.
func setIdentity(d *dps.ProvisioningServiceDescription, sub, rg, name, key string) {
	d.ID, d.Name, d.Type = ptr(key), ptr(name), ptr(serviceType)
	d.ResourceGroup, d.SubscriptionID = ptr(rg), ptr(sub)
	d.Etag, d.SystemData = nil, nil
	if d.Properties == nil {
		d.Properties = &dps.IotDpsPropertiesDescription{}
	}
}

// updateService rewrites the stored service at key with fn.
func (e *Emulator) updateService(key string, fn func(d *dps.ProvisioningServiceDescription) error) (emulator.Record, error) {
	return e.emu.Store().Update(key, func(body json.RawMessage) (json.RawMessage, error) {
		var d dps.ProvisioningServiceDescription
		if err := d.UnmarshalJSON(body); err != nil {
			return nil, err
		}
		if d.Properties == nil {
			d.Properties = &dps.IotDpsPropertiesDescription{}
		}
		if err := fn(&d); err != nil {
			return nil, err
		}
		return d.MarshalJSON()
	})
}

// setStates sets the stored service's provisioningState and state.
func (e *Emulator) setStates(key, provisioningState string, state dps.State) {
	_, _ = e.updateService(key, func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.ProvisioningState, d.Properties.State = ptr(provisioningState), ptr(state)
		return nil
	})
}

// render returns the stored service as the service answers it: with its
// etag and systemData, without keys, with masked connection strings, and
// with only the members apiVersion knows.
func render(rec emulator.Record, apiVersion string) (dps.ProvisioningServiceDescription, error) {
	var d dps.ProvisioningServiceDescription
	if err := d.UnmarshalJSON(rec.Body); err != nil {
		return d, err
	}
	d.Etag = ptr(strings.Trim(rec.ETag, `"`))
	d.SystemData = &dps.SystemData{}
	if err := d.SystemData.UnmarshalJSON(mustJSON(emulator.SystemData(rec))); err != nil {
		return d, err
	}
	if d.Properties == nil {
		shape(&d, apiVersion)
		return d, nil
	}
	p := *d.Properties
	p.AuthorizationPolicies = make([]dps.SharedAccessSignatureAuthorizationRule, len(d.Properties.AuthorizationPolicies))
	for i, r := range d.Properties.AuthorizationPolicies {
		r.PrimaryKey, r.SecondaryKey = nil, nil
		p.AuthorizationPolicies[i] = r
	}
	p.IotHubs = make([]dps.IotHubDefinitionDescription, len(d.Properties.IotHubs))
	for i, h := range d.Properties.IotHubs {
		if h.ConnectionString != nil {
			h.ConnectionString = ptr(maskKey(*h.ConnectionString))
		}
		p.IotHubs[i] = h
	}
	d.Properties = &p
	shape(&d, apiVersion)
	return d, nil
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// sharedAccessKeyRE finds the key of a connection string.
var sharedAccessKeyRE = regexp.MustCompile(`(?i)(SharedAccessKey=)[^;]*`)

// masked is what the service shows instead of a connection string's key.
const masked = "****"

func maskKey(cs string) string { return sharedAccessKeyRE.ReplaceAllString(cs, "${1}"+masked) }

func isMasked(cs string) bool {
	m := sharedAccessKeyRE.FindStringSubmatch(cs)
	return m != nil && strings.EqualFold(m[0], m[1]+masked)
}

// hostName returns the HostName of a connection string.
func hostName(cs string) string {
	for part := range strings.SplitSeq(cs, ";") {
		if k, v, ok := strings.Cut(part, "="); ok && strings.EqualFold(strings.TrimSpace(k), "HostName") {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func previewAPI(apiVersion string) bool { return apiVersion >= "2025-02-01" }

// dpsErrorBody renders the emulator's errors in the DPS shape: the code as
// a number when it is one, else as a string.
func dpsErrorBody(status int, code, message string) []byte {
	var c any = code
	if n, err := strconv.Atoi(code); err == nil {
		c = n
	}
	return mustJSON(map[string]any{"code": c, "httpStatusCode": strings.ReplaceAll(http.StatusText(status), " ", ""), "message": message})
}

func ptr[T any](v T) *T { return &v }
