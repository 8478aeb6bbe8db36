package fake

import (
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/emulator"
)

// hubNameRE is the service's hub name rule (1 to 64 characters).
var hubNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9]+$`)

// builtInRoles are the roles every hub offers (RoleTypes of the spec).
var builtInRoles = []struct{ name, description string }{
	{"Admin", "Full access to the hub."},
	{"Reader", "Read access to the hub."},
	{"ManageAdmin", "Manages the hub's metadata."},
	{"ManageReader", "Reads the hub's metadata."},
	{"DataAdmin", "Manages the hub's data."},
	{"DataReader", "Reads the hub's data."},
}

// builtInWidgetTypes are the widget types every hub offers.
var builtInWidgetTypes = []struct{ name, description, definition string }{
	{"ActivityGauge", "A gauge of an activity KPI.", `{"type":"gauge"}`},
	{"KpiTile", "A tile showing one KPI value.", `{"type":"tile"}`},
}

// putHub creates (201) or replaces (200) a hub, a tracked resource.
func (e *Emulator) putHub(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("hub")
	if !checkName(name, hubNameRE, 64) {
		e.badRequest(w, customerinsights.ErrorCodeInvalidResourceName, "The hub name '"+name+"' must match ^[a-zA-Z][a-zA-Z0-9]+$ and be 1 to 64 characters long.")
		return
	}
	obj, err := readObject(r)
	if err == nil && str(obj, "location") == "" {
		err = errInvalid("location is required")
	}
	if err != nil {
		e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	e.fillHub(r, obj)
	key := r.URL.Path
	rec, created := e.store(key, obj)
	if created {
		e.seedHub(key, name)
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	emulator.WriteJSON(w, status, rec.Body)
}

// fillHub sets a hub's read-only members.
func (e *Emulator) fillHub(r *http.Request, obj map[string]any) {
	name := r.PathValue("hub")
	obj["id"], obj["name"], obj["type"] = r.URL.Path, name, armPrefix
	p := properties(obj)
	lower := strings.ToLower(name)
	p["apiEndpoint"] = "https://" + lower + ".api.ci.ai.dynamics.com/"
	p["webEndpoint"] = "https://" + lower + ".ci.ai.dynamics.com/"
	p["provisioningState"] = string(customerinsights.ProvisioningStatesSucceeded)
}

// seedHub stores the built-in roles and widget types of a new hub and
// indexes it for the subscription-wide list.
func (e *Emulator) seedHub(key, hub string) {
	e.mu.Lock()
	e.hubs[strings.ToLower(key)] = key
	e.mu.Unlock()
	now := e.emu.Clock().Now().UTC()
	for _, role := range builtInRoles {
		e.store(key+"/roles/"+role.name, map[string]any{
			"id": key + "/roles/" + role.name, "name": hub + "/" + role.name, "type": armPrefix + "/roles",
			"properties": map[string]any{"roleName": role.name, "description": role.description},
		})
	}
	for _, wt := range builtInWidgetTypes {
		e.store(key+"/widgetTypes/"+wt.name, map[string]any{
			"id": key + "/widgetTypes/" + wt.name, "name": hub + "/" + wt.name, "type": armPrefix + "/widgetTypes",
			"properties": map[string]any{
				"widgetTypeName": wt.name, "definition": wt.definition, "description": wt.description,
				"displayName": map[string]any{"en-us": wt.name}, "tenantId": strings.ToLower(hub), "widgetVersion": "1.0",
				"created": now, "changed": now,
			},
		})
	}
}

// patchHub merges the body into the stored hub (Hubs_Update).
func (e *Emulator) patchHub(w http.ResponseWriter, r *http.Request) {
	patch, err := emulator.ReadJSON(r)
	if err != nil {
		e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	rec, err := e.emu.Store().Update(r.URL.Path, func(body json.RawMessage) (json.RawMessage, error) {
		merged, err := emulator.MergePatch(body, patch)
		if err != nil {
			return nil, err
		}
		obj, err := decodeObject(merged)
		if err != nil {
			return nil, err
		}
		e.fillHub(r, obj)
		return json.Marshal(obj)
	})
	switch {
	case errors.Is(err, emulator.ErrNotFound):
		e.notFound(w, r)
	case err != nil:
		e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
	default:
		emulator.WriteJSON(w, http.StatusOK, rec.Body)
	}
}

// deleteHub deletes a hub and everything in it (202, then reads of the
// hub show Deleting until it is gone).
func (e *Emulator) deleteHub(w http.ResponseWriter, r *http.Request) {
	if _, ok := e.emu.Store().Get(r.URL.Path); !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	e.deleteAsync(w, r, r.URL.Path, "provisioningState")
}

// listHubs answers one page of the subscription's hubs (Hubs_List).
func (e *Emulator) listHubs(w http.ResponseWriter, r *http.Request) {
	prefix := strings.ToLower("/subscriptions/" + r.PathValue("sub") + "/")
	e.mu.Lock()
	var keys []string
	for folded, key := range e.hubs {
		if strings.HasPrefix(folded, prefix) {
			keys = append(keys, key)
		}
	}
	e.mu.Unlock()
	sort.Slice(keys, func(i, j int) bool { return strings.ToLower(keys[i]) < strings.ToLower(keys[j]) })
	var items []json.RawMessage
	for _, key := range keys {
		if rec, ok := e.emu.Store().Get(key); ok {
			items = append(items, rec.Body)
		}
	}
	e.emu.WritePage(w, r, items)
}
