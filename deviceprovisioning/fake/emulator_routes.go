package fake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/emulator"
)

func (e *Emulator) routes() {
	for pattern, h := range map[string]http.HandlerFunc{
		"PUT " + emulatedService:                            e.putService,
		"GET " + emulatedService:                            e.getService,
		"PATCH " + emulatedService:                          e.patchService,
		"DELETE " + emulatedService:                         e.deleteService,
		"GET " + emulatedGroup:                              e.listGroup,
		"GET " + emulatedProvider + "/provisioningServices": e.listSubscription,
		"POST " + emulatedProvider + "/checkProvisioningServiceNameAvailability": e.checkName,
		"POST " + emulatedService + "/listkeys":                                  e.listKeys,
		"GET " + emulatedService + "/listkeys":                                   e.listKeys,
		"POST " + emulatedService + "/keys/{key}/listkeys":                       e.keyByName,
		"GET " + emulatedService + "/operationresults/{op}":                      e.operationResult,
		"GET " + emulatedService + "/skus":                                       e.skus,
		"GET " + emulatedService + "/privateEndpointConnections":                 e.listConnections,
		"GET " + emulatedService + "/privateEndpointConnections/{connection}":    e.getConnection,
		"PUT " + emulatedService + "/privateEndpointConnections/{connection}":    e.putConnection,
		"DELETE " + emulatedService + "/privateEndpointConnections/{connection}": e.deleteConnection,
		"GET " + emulatedService + "/privateLinkResources":                       e.listGroups,
		"GET " + emulatedService + "/privateLinkResources/{group}":               e.getGroup,
	} {
		e.emu.Handle(pattern, e.checked(h))
	}
	for pattern, h := range e.certificateRoutes() {
		e.emu.Handle(pattern, e.checked(h))
	}
	e.emu.Handle("GET /providers/Microsoft.Devices/operations", e.checked(e.listOperations))
	for pattern, h := range e.serviceAPIRoutes() {
		e.emu.Handle(pattern, h)
	}
}

// checked answers requests without an api-version of the service with an
// error, and passes the others to h.
func (e *Emulator) checked(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if v := r.URL.Query().Get("api-version"); !knownAPIVersion(v) {
			e.fail(w, r, http.StatusBadRequest, codeInvalidAPIVersion,
				"The api-version '"+v+"' is invalid. The supported versions are '"+strings.Join(apiVersions, "', '")+"'.")
			return
		}
		h(w, r)
	}
}

// armCodes name the emulator's errors in the ARM shape.
var armCodes = map[string]string{
	codeInvalidRequest:    dps.ErrorCodeInvalidRequestContent,
	codeServiceNotFound:   dps.ErrorCodeResourceNotFound,
	codeInvalidAPIVersion: dps.ErrorCodeUnsupportedAPIVersionValue,
}

// fail writes an error: in the ARM shape for the preview's PATCH, in the
// DPS shape otherwise.
func (e *Emulator) fail(w http.ResponseWriter, r *http.Request, status int, code, message string) {
	if r.Method == http.MethodPatch && previewAPI(r.URL.Query().Get("api-version")) {
		if name, ok := armCodes[code]; ok {
			code = name
		}
		w.Header().Set("x-ms-error-code", code)
		emulator.WriteJSON(w, status, json.RawMessage(emulator.ARMErrorBody(status, code, message)))
		return
	}
	e.emu.WriteError(w, status, code, message)
}

func (e *Emulator) notFound(w http.ResponseWriter, r *http.Request) {
	e.fail(w, r, http.StatusNotFound, codeServiceNotFound,
		"The provisioning service '"+r.PathValue("name")+"' was not found in resource group '"+r.PathValue("rg")+"'.")
}

func requestKey(r *http.Request) string {
	return serviceKey(r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name"))
}

func apiVersionOf(r *http.Request) string { return r.URL.Query().Get("api-version") }

// writeModel writes a model (or a slice of models) as the JSON answer.
func (e *Emulator) writeModel(w http.ResponseWriter, status int, m any) {
	body, err := json.Marshal(m)
	if err != nil {
		e.emu.WriteError(w, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	emulator.WriteJSON(w, status, json.RawMessage(body))
}

// stored returns the service the request names, or answers 404.
func (e *Emulator) stored(w http.ResponseWriter, r *http.Request) (emulator.Record, dps.ProvisioningServiceDescription, bool) {
	rec, ok := e.emu.Store().Get(requestKey(r))
	var d dps.ProvisioningServiceDescription
	if ok && d.UnmarshalJSON(rec.Body) != nil {
		ok = false
	}
	if !ok {
		e.notFound(w, r)
		return rec, d, false
	}
	if d.Properties == nil {
		d.Properties = &dps.IotDpsPropertiesDescription{}
	}
	return rec, d, true
}

// putService creates or replaces a service and starts its provisioning.
func (e *Emulator) putService(w http.ResponseWriter, r *http.Request) {
	sub, rg, name, key := r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name"), requestKey(r)
	if !validServiceName(name) {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, "The provisioning service name '"+name+"' is invalid: use 3 to 50 letters, digits and hyphens, starting and ending with a letter or digit, not only digits.")
		return
	}
	body, err := emulator.ReadJSON(r)
	var d dps.ProvisioningServiceDescription
	if err == nil {
		err = d.UnmarshalJSON(body)
	}
	if err == nil && (d.Location == nil || d.SKU == nil || d.Properties == nil) {
		err = errors.New("location, sku and properties are required")
	}
	if err == nil {
		err = serviceRules(&d)
	}
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	old, exists := e.emu.Store().Get(key)
	var prev dps.ProvisioningServiceDescription
	if exists {
		_ = prev.UnmarshalJSON(old.Body)
	}
	ifMatch := r.Header.Get("If-Match")
	if ifMatch == "" && exists && d.Etag != nil && *d.Etag != "" {
		ifMatch = *d.Etag
	}
	if err := e.prepare(&d, &prev, exists, sub, rg, name, key, apiVersionOf(r)); err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	if err := e.claim(name, key); err != nil {
		e.fail(w, r, http.StatusConflict, codeNameTaken, "The provisioning service name '"+name+"' is not available: "+err.Error()+".")
		return
	}
	stored, err := d.MarshalJSON()
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	rec, _, err := e.emu.Store().Put(key, stored, ifMatch)
	if err != nil {
		if !exists {
			e.release(name)
		}
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The etag does not match the provisioning service's: read it again.")
		return
	}
	failedState := dps.StateActivationFailed
	if exists {
		failedState = dps.StateActive
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{OnPoll: func(status string) {
		switch status {
		case emulator.StatusSucceeded:
			e.setStates(key, "Succeeded", dps.StateActive)
		case emulator.StatusFailed, emulator.StatusCanceled:
			e.setStates(key, "Failed", failedState)
		}
	}})
	out, err := render(rec, apiVersionOf(r))
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	resp, _ := out.MarshalJSON()
	e.emu.Accept(w, r, op, http.StatusCreated, json.RawMessage(resp), emulator.AsyncOperationHeader)
}

// prepare turns a PUT body into the stored service: the members the
// service sets, keys for policies without them, stored connection strings
// for masked ones, the stored private endpoint connections, and the
// preview's members kept when an older api-version replaces the service.
func (e *Emulator) prepare(d, prev *dps.ProvisioningServiceDescription, exists bool, sub, rg, name, key, apiVersion string) error {
	setIdentity(d, sub, rg, name, key)
	d.Location = ptr(strings.ToLower(strings.ReplaceAll(*d.Location, " ", "")))
	d.SKU.Tier = ptr("Standard")
	if prev.Properties == nil {
		prev.Properties = &dps.IotDpsPropertiesDescription{}
	}
	p, was := d.Properties, prev.Properties
	seq := e.next()
	p.ServiceOperationsHostName = ptr(name + ".azure-devices-provisioning.net")
	p.DeviceProvisioningHostName = ptr("global.azure-devices-provisioning.net")
	p.IDScope = was.IDScope
	if p.IDScope == nil {
		p.IDScope = ptr(fmt.Sprintf("0ne%08X", seq))
	}
	if p.PortalOperationsHostName == nil {
		p.PortalOperationsHostName = ptr(name + ".services.azure-devices-provisioning.net")
	}
	if p.AllocationPolicy == nil {
		p.AllocationPolicy = ptr(dps.AllocationPolicyHashed)
	}
	p.ProvisioningState, p.State = ptr("Accepted"), ptr(dps.StateActivating)
	if exists {
		p.State = ptr(dps.StateTransitioning)
	}
	if !exists && len(p.AuthorizationPolicies) == 0 {
		p.AuthorizationPolicies = []dps.SharedAccessSignatureAuthorizationRule{{
			KeyName: ptr(ownerPolicy),
			Rights:  ptr(dps.AccessRights(dps.AccessRightsDescriptionServiceConfig, dps.AccessRightsDescriptionDeviceConnect, dps.AccessRightsDescriptionEnrollmentWrite)),
		}}
	}
	for i := range p.AuthorizationPolicies {
		r := &p.AuthorizationPolicies[i]
		seed := fmt.Sprintf("%s/%s/%d/", key, deref(r.KeyName), seq)
		if r.PrimaryKey == nil {
			r.PrimaryKey = newKey(seed + "primary")
		}
		if r.SecondaryKey == nil {
			r.SecondaryKey = newKey(seed + "secondary")
		}
	}
	for i := range p.IotHubs {
		if err := restoreHub(&p.IotHubs[i], was.IotHubs, apiVersion); err != nil {
			return err
		}
	}
	p.PrivateEndpointConnections = was.PrivateEndpointConnections
	keepUnknownToVersion(d, prev, apiVersion)
	if id := d.Identity; id != nil && id.Type != nil {
		if id.Type.HasSystemAssigned() && id.PrincipalID == nil {
			id.PrincipalID, id.TenantID = ptr(fakeUUID(seq, 1)), ptr(fakeUUID(0, 7))
		}
		for resourceID, u := range id.UserAssignedIdentities {
			if u.ClientID == nil {
				u.ClientID, u.PrincipalID = ptr(fakeUUID(seq, 2)), ptr(fakeUUID(seq, 3))
				id.UserAssignedIdentities[resourceID] = u
			}
		}
	}
	return nil
}

// restoreHub names a linked hub after its connection string, puts back the
// stored connection string when the request sends the masked one the
// emulator returned, and keeps the preview's members for an older
// api-version.
func restoreHub(h *dps.IotHubDefinitionDescription, stored []dps.IotHubDefinitionDescription, apiVersion string) error {
	var host string
	if h.ConnectionString != nil {
		host = hostName(*h.ConnectionString)
		h.Name = ptr(host)
	}
	var match *dps.IotHubDefinitionDescription
	for i := range stored {
		if host != "" && stored[i].Name != nil && strings.EqualFold(*stored[i].Name, host) {
			match = &stored[i]
		}
	}
	if h.ConnectionString != nil && isMasked(*h.ConnectionString) {
		if match == nil || match.ConnectionString == nil {
			return fmt.Errorf("the connection string of the IoT hub %q has a masked key and the hub is not linked", host)
		}
		h.ConnectionString = match.ConnectionString
	}
	if match != nil && !featuresOf(apiVersion).registryNamespaces {
		h.AuthenticationType, h.SelectedUserAssignedIdentityResourceID = match.AuthenticationType, match.SelectedUserAssignedIdentityResourceID
	}
	return nil
}

func fakeUUID(seq, kind int) string { return fmt.Sprintf("%08x-0000-4000-8000-%012x", seq, kind) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// getService answers a service without its keys.
func (e *Emulator) getService(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.emu.Store().Get(requestKey(r))
	if !ok {
		e.notFound(w, r)
		return
	}
	e.writeRendered(w, r, http.StatusOK, rec)
}

func (e *Emulator) writeRendered(w http.ResponseWriter, r *http.Request, status int, rec emulator.Record) {
	d, err := render(rec, apiVersionOf(r))
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	w.Header().Set("ETag", rec.ETag)
	e.writeModel(w, status, d)
}

// patchService replaces a service's tags.
func (e *Emulator) patchService(w http.ResponseWriter, r *http.Request) {
	body, err := emulator.ReadJSON(r)
	var tags dps.TagsResource
	if err == nil {
		err = tags.UnmarshalJSON(body)
	}
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	rec, err := e.updateService(requestKey(r), func(d *dps.ProvisioningServiceDescription) error {
		d.Tags = tags.Tags
		return nil
	})
	if err != nil {
		e.notFound(w, r)
		return
	}
	e.writeRendered(w, r, http.StatusOK, rec)
}

// deleteService starts the deletion of a service; a missing one is a 404.
func (e *Emulator) deleteService(w http.ResponseWriter, r *http.Request) {
	key, name := requestKey(r), r.PathValue("name")
	if _, ok := e.emu.Store().Get(key); !ok {
		e.notFound(w, r)
		return
	}
	e.setStates(key, "Deleting", dps.StateDeleting)
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		OnPoll: func(status string) {
			if status == emulator.StatusFailed || status == emulator.StatusCanceled {
				e.setStates(key, "Failed", dps.StateDeletionFailed)
			}
		},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			if _, err := e.emu.Store().Delete(key, ""); err == nil {
				e.release(name)
			}
			e.deleteChildren(key)
			return nil, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.deleteHeaders)
}
