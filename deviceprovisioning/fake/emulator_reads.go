package fake

import (
	"encoding/json"
	"net/http"
	"strings"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/emulator"
)

// writeServices answers one page of services, rendered without keys.
func (e *Emulator) writeServices(w http.ResponseWriter, r *http.Request, recs []emulator.Record) {
	items := make([]json.RawMessage, 0, len(recs))
	for _, rec := range recs {
		d, err := render(rec, apiVersionOf(r))
		if err != nil {
			continue
		}
		body, err := d.MarshalJSON()
		if err != nil {
			continue
		}
		items = append(items, body)
	}
	e.emu.WritePage(w, r, items)
}

// listGroup answers a page of the services of a resource group.
func (e *Emulator) listGroup(w http.ResponseWriter, r *http.Request) {
	e.writeServices(w, r, e.emu.Store().List(strings.TrimSuffix(serviceKey(r.PathValue("sub"), r.PathValue("rg"), ""), "/")))
}

// listSubscription answers a page of the services of a subscription.
func (e *Emulator) listSubscription(w http.ResponseWriter, r *http.Request) {
	var recs []emulator.Record
	for _, key := range e.keysUnder(r.PathValue("sub")) {
		if rec, ok := e.emu.Store().Get(key); ok {
			recs = append(recs, rec)
		}
	}
	e.writeServices(w, r, recs)
}

// checkName answers whether a name is valid and free in any subscription.
func (e *Emulator) checkName(w http.ResponseWriter, r *http.Request) {
	body, err := emulator.ReadJSON(r)
	var in dps.OperationInputs
	if err == nil {
		err = in.UnmarshalJSON(body)
	}
	if err != nil || in.Name == nil || *in.Name == "" {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, "the body must name the provisioning service to check")
		return
	}
	name := *in.Name
	out := dps.NameAvailabilityInfo{NameAvailable: ptr(true)}
	e.mu.Lock()
	_, taken := e.names[strings.ToLower(name)]
	e.mu.Unlock()
	switch {
	case !validServiceName(name):
		out = dps.NameAvailabilityInfo{NameAvailable: ptr(false), Reason: ptr(dps.NameUnavailabilityReasonInvalid),
			Message: ptr("The name '" + name + "' must be 3 to 50 letters, digits and hyphens, start and end with a letter or digit, and not be only digits.")}
	case taken:
		out = dps.NameAvailabilityInfo{NameAvailable: ptr(false), Reason: ptr(dps.NameUnavailabilityReasonAlreadyExists),
			Message: ptr("The name '" + name + "' is used by another provisioning service.")}
	}
	e.writeModel(w, http.StatusOK, out)
}

// listKeys answers a page of the service's policies, keys included; the
// first page is a POST, the next ones GETs of nextLink.
func (e *Emulator) listKeys(w http.ResponseWriter, r *http.Request) {
	_, d, ok := e.stored(w, r)
	if !ok {
		return
	}
	items := make([]json.RawMessage, 0, len(d.Properties.AuthorizationPolicies))
	for _, rule := range d.Properties.AuthorizationPolicies {
		body, err := rule.MarshalJSON()
		if err == nil {
			items = append(items, body)
		}
	}
	e.emu.WritePage(w, r, items)
}

// keyByName answers one policy, keys included.
func (e *Emulator) keyByName(w http.ResponseWriter, r *http.Request) {
	_, d, ok := e.stored(w, r)
	if !ok {
		return
	}
	for _, rule := range d.Properties.AuthorizationPolicies {
		if rule.KeyName != nil && strings.EqualFold(*rule.KeyName, r.PathValue("key")) {
			e.writeModel(w, http.StatusOK, rule)
			return
		}
	}
	e.fail(w, r, http.StatusNotFound, codeKeyNotFound, "The provisioning service has no shared access policy '"+r.PathValue("key")+"'.")
}

// operationResult answers the status of one of the emulator's operations
// (the last segment of an Azure-AsyncOperation URL); like every poll, it
// advances the operation one step.
func (e *Emulator) operationResult(w http.ResponseWriter, r *http.Request) {
	if !r.URL.Query().Has("asyncinfo") {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, "the asyncinfo query parameter is required")
		return
	}
	op, ok := e.emu.Operation(r.PathValue("op"))
	if !ok {
		e.fail(w, r, http.StatusNotFound, codeOperationNotFound, "The operation '"+r.PathValue("op")+"' does not exist.")
		return
	}
	status, _ := op.Poll()
	out := dps.AsyncOperationResult{Status: ptr(status)}
	if f := op.Error(); f != nil {
		out.Error = &dps.ErrorMessage{Code: ptr(f.Code), Message: ptr(f.Message)}
	}
	e.writeModel(w, http.StatusOK, out)
}

// skus answers the SKUs a service can use: S1.
func (e *Emulator) skus(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	body, _ := dps.IotDpsSkuDefinition{Name: ptr(dps.IotDpsSkuS1)}.MarshalJSON()
	e.emu.WritePage(w, r, []json.RawMessage{body})
}

func findConnection(d *dps.ProvisioningServiceDescription, name string) int {
	for i, c := range d.Properties.PrivateEndpointConnections {
		if c.Name != nil && strings.EqualFold(*c.Name, name) {
			return i
		}
	}
	return -1
}

func (e *Emulator) connectionNotFound(w http.ResponseWriter, r *http.Request) {
	e.fail(w, r, http.StatusNotFound, codeConnectionNotFound, "The private endpoint connection '"+r.PathValue("connection")+"' does not exist.")
}

// listConnections answers the service's connections as a bare array.
func (e *Emulator) listConnections(w http.ResponseWriter, r *http.Request) {
	_, d, ok := e.stored(w, r)
	if !ok {
		return
	}
	list := d.Properties.PrivateEndpointConnections
	if list == nil {
		list = []dps.PrivateEndpointConnection{}
	}
	e.writeModel(w, http.StatusOK, list)
}

func (e *Emulator) getConnection(w http.ResponseWriter, r *http.Request) {
	_, d, ok := e.stored(w, r)
	if !ok {
		return
	}
	i := findConnection(&d, r.PathValue("connection"))
	if i < 0 {
		e.connectionNotFound(w, r)
		return
	}
	e.writeModel(w, http.StatusOK, d.Properties.PrivateEndpointConnections[i])
}

// putConnection sets the state of an existing connection (approve,
// reject) as an Azure-AsyncOperation operation.
func (e *Emulator) putConnection(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	body, err := emulator.ReadJSON(r)
	var in dps.PrivateEndpointConnection
	if err == nil {
		err = in.UnmarshalJSON(body)
	}
	if err != nil || in.Properties == nil || in.Properties.PrivateLinkServiceConnectionState == nil || in.Properties.PrivateLinkServiceConnectionState.Status == nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, "properties.privateLinkServiceConnectionState.status is required")
		return
	}
	var updated dps.PrivateEndpointConnection
	_, err = e.updateService(requestKey(r), func(d *dps.ProvisioningServiceDescription) error {
		i := findConnection(d, r.PathValue("connection"))
		if i < 0 {
			return emulator.ErrNotFound
		}
		c := &d.Properties.PrivateEndpointConnections[i]
		c.Properties.PrivateLinkServiceConnectionState = in.Properties.PrivateLinkServiceConnectionState
		updated = *c
		return nil
	})
	if err != nil {
		e.connectionNotFound(w, r)
		return
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{})
	resp, _ := updated.MarshalJSON()
	e.emu.Accept(w, r, op, http.StatusCreated, json.RawMessage(resp), emulator.AsyncOperationHeader)
}

// deleteConnection removes a connection when its operation ends; a
// missing one is answered 204.
func (e *Emulator) deleteConnection(w http.ResponseWriter, r *http.Request) {
	_, d, ok := e.stored(w, r)
	if !ok {
		return
	}
	name, key := r.PathValue("connection"), requestKey(r)
	if findConnection(&d, name) < 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{Complete: func() (json.RawMessage, *emulator.OperationError) {
		_, _ = e.updateService(key, func(d *dps.ProvisioningServiceDescription) error {
			if i := findConnection(d, name); i >= 0 {
				d.Properties.PrivateEndpointConnections = append(d.Properties.PrivateEndpointConnections[:i], d.Properties.PrivateEndpointConnections[i+1:]...)
			}
			return nil
		})
		return nil, nil
	}})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.deleteHeaders)
}

// linkGroup is the service's one private link resource.
func linkGroup(key string) dps.GroupIDInformation {
	return dps.GroupIDInformation{
		ID: ptr(key + "/privateLinkResources/" + linkGroupID), Name: ptr(linkGroupID), Type: ptr(linkResourceType),
		Properties: &dps.GroupIDInformationProperties{
			GroupID: ptr(linkGroupID), RequiredMembers: []string{linkGroupID}, RequiredZoneNames: []string{"privatelink.azure-devices-provisioning.net"},
		},
	}
}

func (e *Emulator) listGroups(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	e.writeModel(w, http.StatusOK, dps.PrivateLinkResources{Value: []dps.GroupIDInformation{linkGroup(requestKey(r))}})
}

func (e *Emulator) getGroup(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	if !strings.EqualFold(r.PathValue("group"), linkGroupID) {
		e.fail(w, r, http.StatusNotFound, codeGroupNotFound, "The private link resource '"+r.PathValue("group")+"' does not exist.")
		return
	}
	e.writeModel(w, http.StatusOK, linkGroup(requestKey(r)))
}
