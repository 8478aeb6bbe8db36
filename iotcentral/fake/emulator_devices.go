package fake

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"net/http"
	"slices"
	"sort"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// deviceState is everything the emulator keeps about one device.
type deviceState struct {
	device        iotcentral.Device
	attestation   iotcentral.Attestation    // nil: the generated symmetric keys
	properties    map[string]*propertyState // by targetKey
	telemetry     map[string]iotcentral.DeviceTelemetry
	commands      map[string][]iotcentral.DeviceCommand
	modules       map[string][]string
	relationships map[string]iotcentral.DeviceRelationship
}

func errNoDevice(id string) error { return notFound("device", id) }

// emulatorIDScope is the DPS ID scope the emulator's devices use.
const emulatorIDScope = "0ne00EMU1A7"

// generatedKey derives a device's symmetric key deterministically, as a
// stand-in for the keys IoT Central generates.
func generatedKey(deviceID, which string) *string {
	sum := sha256.Sum256([]byte(which + ":" + deviceID))
	k := base64.StdEncoding.EncodeToString(sum[:])
	return &k
}

// handleStatus registers a device-side route answering status with the
// returned document (nil: no body) or the returned error.
func (e *Emulator) handleStatus(routes *adminRoutes, pattern string, status int, h func(r *http.Request) (any, error)) {
	e.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		body, err := h(r)
		switch {
		case err != nil:
			routes.writeError(w, err)
		case body == nil:
			w.WriteHeader(http.StatusNoContent)
		default:
			if err := writeModel(w, status, body); err != nil {
				routes.writeError(w, err)
			}
		}
	})
}

// withDevice runs fn on a device under the lock, or answers 404.
func (e *Emulator) withDevice(id string, fn func(d *deviceState) (any, error)) (any, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	d, ok := e.devices[id]
	if !ok {
		return nil, errNoDevice(id)
	}
	return fn(d)
}

// deviceIDs returns the device IDs in order, sorted once per change. Call
// with the lock held.
func (e *Emulator) deviceIDs() []string {
	if e.ids == nil {
		e.ids = make([]string, 0, len(e.devices))
		for id := range e.devices {
			e.ids = append(e.ids, id)
		}
		sort.Strings(e.ids)
	}
	return e.ids
}

// sortedDevices returns the devices ordered by ID. Call with the lock held.
func (e *Emulator) sortedDevices(keep func(*deviceState) bool) []iotcentral.Device {
	ids := make([]string, 0, len(e.devices))
	for id, d := range e.devices {
		if keep == nil || keep(d) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	out := make([]iotcentral.Device, len(ids))
	for i, id := range ids {
		out[i] = e.devices[id].device
	}
	return out
}

// pageDoc is the document of one page of a list.
type pageDoc[T any] struct {
	Value    []T     `json:"value"`
	NextLink *string `json:"nextLink,omitempty"`
}

// page answers a list request with the page it asks for.
func page[T any](e *Emulator, r *http.Request, items []T) any {
	start, end, next := e.core.Paginate(r, len(items))
	p := pageDoc[T]{Value: items[start:end:end]}
	if p.Value == nil {
		p.Value = []T{}
	}
	if next != "" {
		p.NextLink = &next
	}
	return p
}

func (e *Emulator) registerDeviceRoutes(routes *adminRoutes) {
	ok := http.StatusOK
	handle := func(pattern string, h func(r *http.Request) (any, error)) {
		e.handleStatus(routes, pattern, ok, h)
	}
	id := func(r *http.Request) string { return r.PathValue("id") }

	handle("GET /api/devices", func(r *http.Request) (any, error) {
		// Only the page asked for is copied: walking many devices costs
		// one sort, not one per page.
		e.mu.Lock()
		defer e.mu.Unlock()
		ids := e.deviceIDs()
		start, end, next := e.core.Paginate(r, len(ids))
		p := iotcentral.DeviceCollection{Value: make([]iotcentral.Device, end-start)}
		for i := range p.Value {
			p.Value[i] = e.devices[ids[start+i]].device
		}
		if next != "" {
			p.NextLink = &next
		}
		return p, nil
	})
	handle("GET /api/devices/{id}", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) { return d.device, nil })
	})
	handle("PUT /api/devices/{id}", func(r *http.Request) (any, error) {
		var body iotcentral.Device
		if err := readModel(r, &body); err != nil {
			return nil, err
		}
		return e.putDevice(id(r), body)
	})
	handle("PATCH /api/devices/{id}", func(r *http.Request) (any, error) {
		patch, err := readBody(r)
		if err != nil {
			return nil, err
		}
		return e.patchDevice(id(r), patch)
	})
	handle("DELETE /api/devices/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.devices[id(r)]; !ok {
			return nil, errNoDevice(id(r))
		}
		delete(e.devices, id(r))
		e.ids = nil
		return nil, nil
	})

	attestation := func(d *deviceState) (any, error) {
		if d.attestation != nil {
			return d.attestation, nil
		}
		return &iotcentral.SymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{
			PrimaryKey: generatedKey(*d.device.ID, "primary"), SecondaryKey: generatedKey(*d.device.ID, "secondary"),
		}}, nil
	}
	handle("GET /api/devices/{id}/attestation", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), attestation)
	})
	writeAttestation := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			if merge {
				current, _ := attestation(d)
				old, _ := encodeBody(current)
				if body, err = emulator.MergePatch(old, body); err != nil {
					return nil, invalidBody("the attestation patch is not valid JSON")
				}
			}
			a, err := unmarshalUnion[iotcentral.Attestation](body)
			if err != nil || a == nil {
				return nil, invalidBody("the body is not an attestation")
			}
			if _, unknown := a.(*iotcentral.UnknownAttestation); unknown {
				return nil, invalidBody("attestation type %q is not one of symmetricKey, tpm, x509", a.Kind())
			}
			d.attestation = a
			return a, nil
		})
	}
	handle("PUT /api/devices/{id}/attestation", func(r *http.Request) (any, error) { return writeAttestation(r, false) })
	handle("PATCH /api/devices/{id}/attestation", func(r *http.Request) (any, error) { return writeAttestation(r, true) })
	handle("DELETE /api/devices/{id}/attestation", func(r *http.Request) (any, error) {
		_, err := e.withDevice(id(r), func(d *deviceState) (any, error) { d.attestation = nil; return nil, nil })
		return nil, err
	})
	handle("GET /api/devices/{id}/credentials", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			c := iotcentral.DeviceCredentials{IDScope: new(string)}
			*c.IDScope = emulatorIDScope
			switch a := d.attestation.(type) {
			case *iotcentral.TPMAttestation:
				c.TPM = a.TPM
			case *iotcentral.X509Attestation:
				c.X509 = a.X509
			case *iotcentral.SymmetricKeyAttestation:
				c.SymmetricKey = a.SymmetricKey
			default:
				c.SymmetricKey = &iotcentral.SymmetricKey{PrimaryKey: generatedKey(id(r), "primary"), SecondaryKey: generatedKey(id(r), "secondary")}
			}
			return c, nil
		})
	})
	handle("GET /api/devices/{id}/components", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			return named(e.templateComponents(d.device.Template)), nil
		})
	})
	handle("GET /api/devices/{id}/modules", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			names := make([]string, 0, len(d.modules))
			for m := range d.modules {
				names = append(names, m)
			}
			slices.Sort(names)
			return named(names), nil
		})
	})
	handle("GET /api/devices/{id}/modules/{module}/components", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			comps, ok := d.modules[r.PathValue("module")]
			if !ok {
				return nil, notFound("module", r.PathValue("module"))
			}
			return named(comps), nil
		})
	})
	e.registerRelationshipRoutes(handle)
	e.registerCapabilityRoutes(routes)
	e.registerTemplateRoutes(handle)
	e.registerEnrollmentRoutes(handle)
	handle("POST /api/query", e.runQuery)
	e.registerDataExportRoutes(handle)
	e.registerDeploymentManifestRoutes(handle)
	e.registerDashboardRoutes(handle)
}

// named returns a Collection of {"name": n} objects.
func named(names []string) iotcentral.Collection {
	c := iotcentral.Collection{Value: make([]iotcentral.NamedObject, len(names))}
	for i, n := range names {
		c.Value[i] = iotcentral.NamedObject{Name: to.Ptr(n)}
	}
	return c
}

// putDevice creates or replaces a device.
func (e *Emulator) putDevice(id string, body iotcentral.Device) (any, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	old, exists := e.devices[id]
	if body.ETag != nil && (!exists || *body.ETag != *old.device.ETag) {
		return nil, preconditionFailed("device", id)
	}
	if body.Template != nil {
		if _, ok := e.templates[*body.Template]; !ok {
			return nil, invalidBody("device template %q does not exist", *body.Template)
		}
	}
	body.ID, body.ETag = &id, e.nextETag()
	if body.Enabled == nil {
		body.Enabled = new(bool)
		*body.Enabled = true
	}
	provisioned := false
	body.Provisioned = &provisioned
	if !exists {
		old = &deviceState{
			properties: map[string]*propertyState{}, telemetry: map[string]iotcentral.DeviceTelemetry{},
			commands: map[string][]iotcentral.DeviceCommand{}, modules: map[string][]string{},
			relationships: map[string]iotcentral.DeviceRelationship{},
		}
		e.devices[id] = old
		e.ids = nil
	}
	old.device = body
	return body, nil
}

// patchDevice applies a merge patch to a device.
func (e *Emulator) patchDevice(id string, patch []byte) (any, error) {
	e.mu.Lock()
	d, ok := e.devices[id]
	if !ok {
		e.mu.Unlock()
		return nil, errNoDevice(id)
	}
	var p iotcentral.Device
	if err := json.Unmarshal(patch, &p); err != nil {
		e.mu.Unlock()
		return nil, invalidBody("the device patch is not valid: %v", err)
	}
	if p.ETag != nil && *p.ETag != *d.device.ETag {
		e.mu.Unlock()
		return nil, preconditionFailed("device", id)
	}
	current, _ := wire.Marshal(d.device)
	merged, err := emulator.MergePatch(current, emulator.Delete(patch, "etag"))
	e.mu.Unlock()
	if err != nil {
		return nil, invalidBody("the device patch is not valid JSON")
	}
	var next iotcentral.Device
	if err := json.Unmarshal(merged, &next); err != nil {
		return nil, invalidBody("the patched device is not valid: %v", err)
	}
	next.ETag = nil
	return e.putDevice(id, next)
}
