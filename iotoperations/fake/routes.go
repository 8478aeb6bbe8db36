package fake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/iotoperations"
)

// routes registers the routes of every declared type, of the subscription
// list of instances and of the provider's operations.
func (e *Emulator) routes() {
	for _, t := range e.types {
		e.emu.Handle("PUT "+t.pattern(), func(w http.ResponseWriter, r *http.Request) { e.put(w, r, t) })
		e.emu.Handle("GET "+t.pattern(), func(w http.ResponseWriter, r *http.Request) { e.get(w, r, t) })
		e.emu.Handle("DELETE "+t.pattern(), func(w http.ResponseWriter, r *http.Request) { e.delete(w, r, t) })
		e.emu.Handle("GET "+t.collection(), func(w http.ResponseWriter, r *http.Request) { e.list(w, r, t) })
		if t.tracked() {
			e.emu.Handle("PATCH "+t.pattern(), func(w http.ResponseWriter, r *http.Request) { e.patch(w, r, t) })
			e.emu.Handle("GET /subscriptions/{sub}/providers/Microsoft.IoTOperations/"+t.segment,
				func(w http.ResponseWriter, r *http.Request) { e.listBySubscription(w, r, t) })
		}
	}
	e.emu.Handle("GET /providers/Microsoft.IoTOperations/operations", e.operations)
}

// resourceID returns the ARM id the request names: its path without a
// trailing slash.
func resourceID(r *http.Request) string { return strings.TrimSuffix(r.URL.Path, "/") }

// precheck checks the api-version and that every parent of the resource
// (or collection, for a list) exists; it writes the error and returns
// false otherwise.
func (e *Emulator) precheck(w http.ResponseWriter, r *http.Request, t *resourceType, collection bool) bool {
	if !e.checkVersion(w, r, t) {
		return false
	}
	id := resourceID(r)
	if collection {
		id += "/_"
	}
	for _, parent := range ancestors(id, t.depth) {
		if _, ok := e.emu.Store().Get(parent); !ok {
			e.emu.WriteError(w, http.StatusNotFound, iotoperations.ErrorCodeParentResourceNotFound,
				fmt.Sprintf("Can not perform requested operation on nested resource. Parent resource '%s' not found.", lastSegment(parent)))
			return false
		}
	}
	return true
}

// readOnly lists the members the service sets: a request's values are
// dropped.
var readOnly = [][]string{
	{"id"}, {"name"}, {"type"}, {"systemData"},
	{"properties", "provisioningState"}, {"properties", "healthState"}, {"properties", "version"},
}

func (e *Emulator) put(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.precheck(w, r, t, false) {
		return
	}
	id := resourceID(r)
	name := lastSegment(id)
	if !nameRE.MatchString(name) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidResourceName, fmt.Sprintf("The resource name '%s' is invalid: it must be 3 to 63 lower-case letters, digits and '-', starting and ending with a letter or digit.", name))
		return
	}
	body, err := emulator.ReadJSON(r)
	if err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	for _, rule := range []func(json.RawMessage) string{t.decode, checkExtendedLocation, t.check} {
		if msg := rule(body); msg != "" {
			e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, msg)
			return
		}
	}
	old, exists := e.emu.Store().Get(id)
	if exists && emulator.GetString(old.Body, "properties", "provisioningState") == string(iotoperations.ProvisioningStateDeleting) {
		e.emu.WriteError(w, http.StatusConflict, iotoperations.ErrorCodeConflict, fmt.Sprintf("The resource '%s' is being deleted; try again when the deletion has finished.", name))
		return
	}
	// extendedLocation is create-only (x-ms-mutability read, create).
	if exists && !sameLocation(emulator.Get(old.Body, "extendedLocation"), emulator.Get(body, "extendedLocation")) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodePropertyChangeNotAllowed, "The extendedLocation of a resource is set when it is created and cannot change.")
		return
	}
	if exists {
		if p := changedCreateOnly(old.Body, body, t.createOnly); p != nil {
			e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodePropertyChangeNotAllowed, fmt.Sprintf("%s is set when the resource is created and cannot change.", dotted(p)))
			return
		}
		for _, p := range t.createOnly {
			if emulator.Get(body, p...) == nil && emulator.Get(old.Body, p...) != nil {
				body = emulator.Set(body, emulator.Get(old.Body, p...), p...)
			}
		}
	}
	if exists && emulator.Get(body, "extendedLocation") == nil {
		body = emulator.Set(body, emulator.Get(old.Body, "extendedLocation"), "extendedLocation")
	}
	for _, ro := range readOnly {
		body = emulator.Delete(body, ro...)
	}
	body = emulator.Set(body, id, "id")
	body = emulator.Set(body, name, "name")
	body = emulator.Set(body, t.armType, "type")
	body = emulator.Set(body, string(iotoperations.ProvisioningStateAccepted), "properties", "provisioningState")
	rec, created, err := e.emu.Store().Put(id, body, r.Header.Get("If-Match"))
	if err != nil {
		e.emu.WriteError(w, http.StatusPreconditionFailed, "PreconditionFailed", "The If-Match etag does not match the resource's.")
		return
	}
	if t.tracked() {
		e.track(id, true)
		if created {
			e.addDefaults(id, emulator.Get(body, "extendedLocation"))
		}
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States: []string{string(iotoperations.ProvisioningStateAccepted), string(iotoperations.ProvisioningStateProvisioning)},
		OnPoll: func(status string) {
			_, _ = e.emu.Store().Update(id, func(b json.RawMessage) (json.RawMessage, error) {
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

// sameLocation reports whether a PUT's extendedLocation keeps the stored
// one: it is absent, or names the same custom location.
func sameLocation(stored, sent json.RawMessage) bool {
	if sent == nil || string(sent) == "null" {
		return true
	}
	return strings.EqualFold(emulator.GetString(stored, "name"), emulator.GetString(sent, "name")) &&
		strings.EqualFold(emulator.GetString(stored, "type"), emulator.GetString(sent, "type"))
}

func (e *Emulator) get(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.precheck(w, r, t, false) {
		return
	}
	rec, ok := e.emu.Store().Get(resourceID(r))
	if !ok {
		e.notFound(w, t, resourceID(r))
		return
	}
	w.Header().Set("ETag", rec.ETag)
	emulator.WriteJSON(w, http.StatusOK, render(r, rec))
}

// patch applies an instance PATCH: only tags and identity change
// (InstancePatchModel); the answer is 200 with the instance.
func (e *Emulator) patch(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.precheck(w, r, t, false) {
		return
	}
	body, err := emulator.ReadJSON(r)
	if err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	var patch iotoperations.InstancePatchModel
	if err := json.Unmarshal(body, &patch); err != nil {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeInvalidRequestContent, "The request content is not a valid instance update: "+err.Error())
		return
	}
	rec, err := e.emu.Store().Update(resourceID(r), func(b json.RawMessage) (json.RawMessage, error) {
		for _, member := range []string{"tags", "identity"} {
			if v := emulator.Get(body, member); v != nil {
				b = emulator.Set(b, v, member)
			}
		}
		return b, nil
	})
	if errors.Is(err, emulator.ErrNotFound) {
		e.notFound(w, t, resourceID(r))
		return
	}
	w.Header().Set("ETag", rec.ETag)
	emulator.WriteJSON(w, http.StatusOK, render(r, rec))
}

func (e *Emulator) delete(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.precheck(w, r, t, false) {
		return
	}
	id := resourceID(r)
	if _, err := e.emu.Store().Update(id, func(b json.RawMessage) (json.RawMessage, error) {
		return emulator.Set(b, string(iotoperations.ProvisioningStateDeleting), "properties", "provisioningState"), nil
	}); errors.Is(err, emulator.ErrNotFound) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States: []string{string(iotoperations.ProvisioningStateDeleting)},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			e.remove(t, id)
			return nil, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, emulator.LocationHeader)
}

// remove deletes the resource at id and, first, everything under it.
func (e *Emulator) remove(t *resourceType, id string) {
	for _, child := range t.children {
		for _, rec := range e.emu.Store().List(id + "/" + child.segment) {
			e.remove(child, rec.Key)
		}
	}
	_, _ = e.emu.Store().Delete(id, "")
	if t.tracked() {
		e.track(id, false)
	}
}

func (e *Emulator) list(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.precheck(w, r, t, true) {
		return
	}
	// Only the requested page is read from the store's parent index and
	// rendered.
	e.emu.WriteStorePage(w, r, resourceID(r), func(rec emulator.Record) json.RawMessage { return render(r, rec) })
}

// listBySubscription lists the instances of a subscription, every
// resource group together, ordered by id.
func (e *Emulator) listBySubscription(w http.ResponseWriter, r *http.Request, t *resourceType) {
	if !e.checkVersion(w, r, t) {
		return
	}
	prefix := strings.ToLower("/subscriptions/" + r.PathValue("sub") + "/")
	e.mu.Lock()
	var ids []string
	for folded, id := range e.instances {
		if strings.HasPrefix(folded, prefix) {
			ids = append(ids, id)
		}
	}
	e.mu.Unlock()
	sort.Slice(ids, func(i, j int) bool { return strings.ToLower(ids[i]) < strings.ToLower(ids[j]) })
	var items []json.RawMessage
	for _, id := range ids {
		if rec, ok := e.emu.Store().Get(id); ok {
			items = append(items, render(r, rec))
		}
	}
	e.emu.WritePage(w, r, items)
}

// operations answers Operations_List with the read, write and delete
// operations of every declared type.
func (e *Emulator) operations(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query().Get("api-version")
	if !slices.Contains(apiVersions, v) {
		e.emu.WriteError(w, http.StatusBadRequest, iotoperations.ErrorCodeNoRegisteredProviderFound,
			fmt.Sprintf("No registered resource provider found for API version '%s'.", v))
		return
	}
	var items []json.RawMessage
	for _, t := range e.types {
		if !versionAtLeast(v, t.since) {
			continue
		}
		for _, action := range []string{"read", "write", "delete"} {
			b, _ := json.Marshal(map[string]any{
				"name":         t.armType + "/" + action,
				"isDataAction": false,
				"display": map[string]string{
					"provider":    "Microsoft.IoTOperations",
					"resource":    t.armType,
					"operation":   action,
					"description": action + " " + t.armType,
				},
				"origin": "user,system",
			})
			items = append(items, b)
		}
	}
	e.emu.WritePage(w, r, items)
}
