package fake

import (
	"bytes"
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/emulator"
)

// putStyle is how the service answers a PUT of a resource type.
type putStyle int

const (
	putNone    putStyle = iota // read-only type: no PUT
	putSync                    // 200 when replaced, 201 when created, with the resource
	putSync200                 // 200 with the resource
	putAsync                   // 202 without a polling header; provisioning over reads
)

// deleteStyle is how the service answers a DELETE of a resource type.
type deleteStyle int

const (
	deleteNone  deleteStyle = iota // no DELETE
	deleteSync                     // 200 when deleted
	deleteAsync                    // 202; the resource reads Deleting, then is gone
)

// Route prefixes: a hub, and the collections below it.
const (
	hubsRoute = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.CustomerInsights/hubs"
	hubRoute  = hubsRoute + "/{hub}"
	armPrefix = "Microsoft.CustomerInsights/hubs"
)

// resourceType declares one resource type of the provider: where it lives,
// the service's name rule, how PUT and DELETE answer, and the rules and
// read-only members of its body. The generic handlers of this file serve
// every type from these declarations.
type resourceType struct {
	// collection is the collection segment ("profiles", "kpi", ...);
	// parent, when not empty, is the collection of the parent below the
	// hub ("connectors" for mappings).
	collection, parent string
	// armType is the resource type ARM reports.
	armType string
	// nameRE and nameMax are the service's name rule (nil: length only).
	nameRE  *regexp.Regexp
	nameMax int
	put     putStyle
	del     deleteStyle
	// deleteMissing is the status of a DELETE of a missing resource;
	// default 204.
	deleteMissing int
	// since is the first api-version that carries the type ("": all).
	since string
	// nameField is the member of properties that echoes the name.
	nameField string
	// stateField is the member of properties that holds the state
	// ("provisioningState", "state" or ""); ready is its value once
	// created.
	stateField, ready string
	// userScoped types (views) are read and deleted for the userId query
	// parameter, which is required.
	userScoped bool
	// prepare enforces the service's rules on the body's properties and
	// fills the read-only members; an error is a 400
	// InvalidRequestContent.
	prepare func(e *Emulator, in request, props map[string]any) error
}

// request is what prepare needs to know of a PUT.
type request struct {
	r                      *http.Request
	rg, hub, parent, name  string
	key, hubKey, parentKey string
	previous               json.RawMessage // the stored resource, nil when created
}

// route returns the Go pattern of one resource of the type.
func (t *resourceType) route() string {
	if t.parent != "" {
		return hubRoute + "/" + t.parent + "/{parent}/" + t.collection + "/{name}"
	}
	return hubRoute + "/" + t.collection + "/{name}"
}

func (t *resourceType) collectionRoute() string {
	return strings.TrimSuffix(t.route(), "/{name}")
}

// armName is the name ARM reports: the names below "hubs", joined by '/'.
func armName(r *http.Request) string {
	parts := []string{r.PathValue("hub")}
	if p := r.PathValue("parent"); p != "" {
		parts = append(parts, p)
	}
	return strings.Join(append(parts, r.PathValue("name")), "/")
}

// parentKey is the store key of the resource's parent: its path without
// the last two segments.
func parentKey(key string) string {
	for range 2 {
		key = key[:strings.LastIndexByte(key, '/')]
	}
	return key
}

// routeResources registers the generic routes of every resource type.
func (e *Emulator) routeResources() {
	e.emu.Handle("PUT "+hubRoute, e.checked("", e.putHub))
	e.emu.Handle("PATCH "+hubRoute, e.checked("", e.patchHub))
	e.emu.Handle("GET "+hubRoute, e.checked("", e.get(nil)))
	e.emu.Handle("DELETE "+hubRoute, e.checked("", e.deleteHub))
	e.emu.Handle("GET "+hubsRoute, e.checked("", e.list(nil)))
	e.emu.Handle("GET /subscriptions/{sub}/providers/Microsoft.CustomerInsights/hubs", e.checked("", e.listHubs))
	for _, t := range resourceTypes {
		if t.put != putNone {
			e.emu.Handle("PUT "+t.route(), e.checked(t.since, versioned(e.put(t))))
		}
		e.emu.Handle("GET "+t.route(), e.checked(t.since, versioned(e.get(t))))
		e.emu.Handle("GET "+t.collectionRoute(), e.checked(t.since, versioned(e.list(t))))
		if t.del != deleteNone {
			e.emu.Handle("DELETE "+t.route(), e.checked(t.since, e.delete(t)))
		}
	}
}

func (e *Emulator) notFound(w http.ResponseWriter, r *http.Request) {
	e.emu.WriteError(w, http.StatusNotFound, customerinsights.ErrorCodeResourceNotFound,
		"The resource '"+r.URL.Path+"' was not found.")
}

func (e *Emulator) badRequest(w http.ResponseWriter, code, message string) {
	e.emu.WriteError(w, http.StatusBadRequest, code, message)
}

// checkName enforces a name rule of the service.
func checkName(name string, re *regexp.Regexp, max int) bool {
	n := utf8.RuneCountInString(name)
	return n >= 1 && n <= max && (re == nil || re.MatchString(name))
}

// readObject reads a JSON object body, numbers kept exact.
func readObject(r *http.Request) (map[string]any, error) {
	body, err := emulator.ReadJSON(r)
	if err != nil {
		return nil, err
	}
	return decodeObject(body)
}

func decodeObject(body []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var obj map[string]any
	if err := dec.Decode(&obj); err != nil || obj == nil {
		return nil, errInvalid("the body must be a JSON object")
	}
	return obj, nil
}

// properties returns obj's "properties" object, adding it when absent.
func properties(obj map[string]any) map[string]any {
	p, ok := obj["properties"].(map[string]any)
	if !ok {
		p = map[string]any{}
		obj["properties"] = p
	}
	return p
}

// put stores a resource of type t under the rules of the service.
func (e *Emulator) put(t *resourceType) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		in := request{r: r, rg: r.PathValue("rg"), hub: r.PathValue("hub"), parent: r.PathValue("parent"), name: r.PathValue("name"), key: r.URL.Path}
		in.parentKey = parentKey(in.key)
		in.hubKey = in.parentKey
		if in.parent != "" {
			in.hubKey = parentKey(in.parentKey)
		}
		if !checkName(in.name, t.nameRE, t.nameMax) {
			rule := "be 1 to " + strconv.Itoa(t.nameMax) + " characters long"
			if t.nameRE != nil {
				rule = "match " + t.nameRE.String() + " and " + rule
			}
			e.badRequest(w, customerinsights.ErrorCodeInvalidResourceName, "The name '"+in.name+"' must "+rule+".")
			return
		}
		obj, err := readObject(r)
		if _, isObject := obj["properties"].(map[string]any); err == nil && obj["properties"] != nil && !isObject {
			err = errInvalid("properties must be a JSON object")
		}
		if err != nil {
			e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
			return
		}
		if _, ok := e.emu.Store().Get(in.parentKey); !ok {
			e.emu.WriteError(w, http.StatusNotFound, customerinsights.ErrorCodeParentResourceNotFound,
				"The parent resource '"+in.parentKey+"' was not found.")
			return
		}
		if rec, ok := e.emu.Store().Get(in.key); ok {
			in.previous = rec.Body
		}
		props := properties(obj)
		if err := t.prepare(e, in, props); err != nil {
			e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
			return
		}
		obj["id"], obj["name"], obj["type"] = in.key, armName(r), t.armType
		props["tenantId"] = strings.ToLower(in.hub)
		if t.nameField != "" {
			props[t.nameField] = in.name
		}
		if t.put == putAsync {
			e.putAsync(w, r, t, in, obj)
			return
		}
		if t.stateField != "" {
			props[t.stateField] = t.ready
		}
		rec, created := e.store(in.key, obj)
		status := http.StatusOK
		if created && t.put == putSync {
			status = http.StatusCreated
		}
		emulator.WriteJSON(w, status, rec.Body)
	}
}

// store puts obj under key; without If-Match, Put cannot fail.
func (e *Emulator) store(key string, obj any) (emulator.Record, bool) {
	body, _ := json.Marshal(obj)
	rec, created, _ := e.emu.Store().Put(key, body, "")
	return rec, created
}

// putAsync stores the resource as Provisioning and answers 202; reads of
// the resource (or of the polling header) advance its provisioning.
func (e *Emulator) putAsync(w http.ResponseWriter, r *http.Request, t *resourceType, in request, obj map[string]any) {
	properties(obj)[t.stateField] = string(customerinsights.ProvisioningStatesProvisioning)
	e.store(in.key, obj)
	end, scripted := e.takeScript(in.rg, in.hub, t.collection, in.name)
	if !scripted {
		end = customerinsights.ProvisioningStatesSucceeded
	}
	failed := end // the state a failed operation leaves
	if failed == customerinsights.ProvisioningStatesSucceeded {
		failed = customerinsights.ProvisioningStatesFailed // failed by a FaultFailOperation
	}
	key := in.key
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States:      []string{string(customerinsights.ProvisioningStatesProvisioning)},
		ResourceKey: e.attach(key),
		OnPoll: func(status string) {
			switch status {
			case emulator.StatusSucceeded:
				e.setState(key, t.stateField, string(customerinsights.ProvisioningStatesSucceeded))
			case emulator.StatusFailed, emulator.StatusCanceled:
				e.setState(key, t.stateField, string(failed))
			}
		},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			if end != customerinsights.ProvisioningStatesSucceeded {
				return nil, &emulator.OperationError{Code: "Provisioning" + string(end), Message: "the resource '" + in.name + "' ended in provisioning state " + string(end)}
			}
			return e.setState(key, t.stateField, string(customerinsights.ProvisioningStatesSucceeded)).Body, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.headers)
}

// attach returns the key to attach an operation to when the resource's
// GETs advance it, that is, when no polling header is sent.
func (e *Emulator) attach(key string) string {
	if e.headers != 0 {
		return ""
	}
	return key
}

// setState sets a member of the stored resource's properties.
func (e *Emulator) setState(key, field, state string) emulator.Record {
	rec, _ := e.emu.Store().Update(key, func(body json.RawMessage) (json.RawMessage, error) {
		return emulator.Set(body, state, "properties", field), nil
	})
	return rec
}

// visible reports whether a stored resource of t answers r: a view only
// for its user, or for "*" (the hub-level views).
func visible(t *resourceType, r *http.Request, body json.RawMessage) bool {
	if t == nil || !t.userScoped {
		return true
	}
	user := r.URL.Query().Get("userId")
	return user == "*" || emulator.GetString(body, "properties", "userId") == user
}

// needsUser answers a request of a user-scoped type without userId.
func (e *Emulator) needsUser(t *resourceType, w http.ResponseWriter, r *http.Request) bool {
	if t != nil && t.userScoped && !r.URL.Query().Has("userId") {
		e.badRequest(w, "MissingRequiredQueryParameter", "The query parameter 'userId' is required.")
		return true
	}
	return false
}

// get advances the resource's operation, if any, and returns it.
func (e *Emulator) get(t *resourceType) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if e.needsUser(t, w, r) {
			return
		}
		e.emu.PollResource(r.URL.Path)
		rec, ok := e.emu.Store().Get(r.URL.Path)
		if !ok || !visible(t, r, rec.Body) {
			e.notFound(w, r)
			return
		}
		emulator.WriteJSON(w, http.StatusOK, rec.Body)
	}
}

// list answers one page of a collection; the parent must exist.
func (e *Emulator) list(t *resourceType) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if e.needsUser(t, w, r) {
			return
		}
		if t != nil {
			if _, ok := e.emu.Store().Get(parentKey(r.URL.Path + "/x")); !ok {
				e.emu.WriteError(w, http.StatusNotFound, customerinsights.ErrorCodeParentResourceNotFound,
					"The parent resource of '"+r.URL.Path+"' was not found.")
				return
			}
		}
		if t == nil || !t.userScoped {
			e.emu.WriteStorePage(w, r, r.URL.Path, nil) // a page costs only its own records
			return
		}
		var items []json.RawMessage
		for _, rec := range e.emu.Store().List(r.URL.Path) {
			if visible(t, r, rec.Body) {
				items = append(items, rec.Body)
			}
		}
		e.emu.WritePage(w, r, items)
	}
}

// delete removes a resource of type t with everything below it.
func (e *Emulator) delete(t *resourceType) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if e.needsUser(t, w, r) {
			return
		}
		key := r.URL.Path
		rec, ok := e.emu.Store().Get(key)
		if !ok || !visible(t, r, rec.Body) {
			status := t.deleteMissing
			if status == 0 {
				status = http.StatusNoContent
			}
			w.WriteHeader(status)
			return
		}
		if t.del == deleteSync {
			e.removeTree(key)
			w.WriteHeader(http.StatusOK)
			return
		}
		e.deleteAsync(w, r, key, t.stateField)
	}
}

// deleteAsync marks the resource Deleting and removes it (and everything
// below it) when its operation ends.
func (e *Emulator) deleteAsync(w http.ResponseWriter, r *http.Request, key, stateField string) {
	e.setState(key, stateField, string(customerinsights.ProvisioningStatesDeleting))
	op := e.emu.StartOperation(r, emulator.OperationSpec{
		States:      []string{string(customerinsights.ProvisioningStatesDeleting)},
		ResourceKey: e.attach(key),
		OnPoll: func(status string) {
			if status == emulator.StatusFailed || status == emulator.StatusCanceled {
				e.setState(key, stateField, string(customerinsights.ProvisioningStatesFailed))
			}
		},
		Complete: func() (json.RawMessage, *emulator.OperationError) {
			e.removeTree(key)
			return nil, nil
		},
	})
	e.emu.Accept(w, r, op, http.StatusAccepted, nil, e.headers)
}

// removeTree deletes the resource at key and every resource below it.
func (e *Emulator) removeTree(key string) {
	for _, t := range resourceTypes {
		for _, rec := range e.emu.Store().List(key + "/" + t.collection) {
			e.removeTree(rec.Key)
		}
	}
	e.emu.Detach(key)
	_, _ = e.emu.Store().Delete(key, "")
	e.mu.Lock()
	delete(e.hubs, strings.ToLower(key))
	delete(e.models, strings.ToLower(key))
	e.mu.Unlock()
}
