package fake

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

func (e *Emulator) registerTemplateRoutes(handle func(string, func(*http.Request) (any, error))) {
	id := func(r *http.Request) string { return r.PathValue("id") }
	handle("GET /api/deviceTemplates", func(r *http.Request) (any, error) {
		e.mu.Lock()
		ids := sortedKeys(e.templates)
		items := make([]iotcentral.DeviceTemplate, len(ids))
		for i, k := range ids {
			items[i] = e.templates[k]
		}
		e.mu.Unlock()
		return page[iotcentral.DeviceTemplate](e, r, items), nil
	})
	handle("GET /api/deviceTemplates/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		t, ok := e.templates[id(r)]
		if !ok {
			return nil, notFound("device template", id(r))
		}
		return t, nil
	})
	putTemplate := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		old, exists := e.templates[id(r)]
		if merge {
			if !exists {
				return nil, notFound("device template", id(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, emulator.Delete(body, "etag")); err != nil {
				return nil, invalidBody("the template patch is not valid JSON")
			}
		}
		var t iotcentral.DeviceTemplate
		if err := json.Unmarshal(body, &t); err != nil {
			return nil, invalidBody("the body is not a device template: %v", err)
		}
		if len(t.Types) == 0 || len(t.CapabilityModel) == 0 {
			return nil, invalidBody("a device template needs @type and capabilityModel")
		}
		if !merge && t.ETag != nil && (!exists || *t.ETag != *old.ETag) {
			return nil, preconditionFailed("device template", id(r))
		}
		templateID := id(r)
		t.ID, t.ETag = &templateID, e.nextETag()
		e.templates[templateID] = t
		return t, nil
	}
	handle("PUT /api/deviceTemplates/{id}", func(r *http.Request) (any, error) { return putTemplate(r, false) })
	handle("PATCH /api/deviceTemplates/{id}", func(r *http.Request) (any, error) { return putTemplate(r, true) })
	handle("DELETE /api/deviceTemplates/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.templates[id(r)]; !ok {
			return nil, notFound("device template", id(r))
		}
		for _, d := range e.devices {
			if d.device.Template != nil && *d.device.Template == id(r) {
				return nil, conflict("device template %q is used by device %q", id(r), *d.device.ID)
			}
		}
		delete(e.templates, id(r))
		return nil, nil
	})

	handle("GET /api/deviceGroups", func(r *http.Request) (any, error) {
		e.mu.Lock()
		ids := sortedKeys(e.groups)
		items := make([]iotcentral.DeviceGroup, len(ids))
		for i, k := range ids {
			items[i] = e.groups[k]
		}
		e.mu.Unlock()
		return page[iotcentral.DeviceGroup](e, r, items), nil
	})
	handle("GET /api/deviceGroups/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		g, ok := e.groups[id(r)]
		if !ok {
			return nil, notFound("device group", id(r))
		}
		return g, nil
	})
	putGroup := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		old, exists := e.groups[id(r)]
		var sent iotcentral.DeviceGroup
		if err := json.Unmarshal(body, &sent); err != nil {
			return nil, invalidBody("the body is not a device group: %v", err)
		}
		if sent.ETag != nil && (!exists || *sent.ETag != *old.ETag) {
			return nil, preconditionFailed("device group", id(r))
		}
		if merge {
			if !exists {
				return nil, notFound("device group", id(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, emulator.Delete(body, "etag")); err != nil {
				return nil, invalidBody("the group patch is not valid JSON")
			}
		}
		var g iotcentral.DeviceGroup
		if err := json.Unmarshal(body, &g); err != nil {
			return nil, invalidBody("the body is not a device group: %v", err)
		}
		if g.DisplayName == nil || g.Filter == nil {
			return nil, invalidBody("a device group needs displayName and filter")
		}
		if _, err := parseFilter(*g.Filter); err != nil {
			return nil, err
		}
		groupID := id(r)
		g.ID, g.ETag = &groupID, e.nextETag()
		e.groups[groupID] = g
		return g, nil
	}
	handle("PUT /api/deviceGroups/{id}", func(r *http.Request) (any, error) { return putGroup(r, false) })
	handle("PATCH /api/deviceGroups/{id}", func(r *http.Request) (any, error) { return putGroup(r, true) })
	handle("DELETE /api/deviceGroups/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.groups[id(r)]; !ok {
			return nil, notFound("device group", id(r))
		}
		delete(e.groups, id(r))
		return nil, nil
	})
	handle("GET /api/deviceGroups/{id}/devices", func(r *http.Request) (any, error) {
		e.mu.Lock()
		members, ok := e.groupMembers(id(r))
		e.mu.Unlock()
		if !ok {
			return nil, notFound("device group", id(r))
		}
		return page[iotcentral.Device](e, r, members), nil
	})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// groupFilter is a parsed device group filter: the conditions the emulator
// evaluates.
type groupFilter struct {
	template  *string
	simulated *bool
}

var (
	selectRE    = regexp.MustCompile(`(?i)^\s*SELECT\s+\*\s+FROM\s+devices\s*(?:WHERE\s+(.+?))?\s*$`)
	templateRE  = regexp.MustCompile(`^\$template\s*=\s*"([^"]*)"$`)
	simulatedRE = regexp.MustCompile(`^\$simulated\s*=\s*(true|false)$`)
	andRE       = regexp.MustCompile(`(?i)\s+AND\s+`)
)

// parseFilter reads the subset of the IoT Central query language the
// emulator evaluates; anything else is a 422 that says so.
func parseFilter(filter string) (groupFilter, error) {
	var f groupFilter
	m := selectRE.FindStringSubmatch(filter)
	if m == nil {
		return f, invalidBody(`the emulator evaluates filters of the form SELECT * FROM devices [WHERE ...], not %q`, filter)
	}
	if m[1] == "" {
		return f, nil
	}
	for _, cond := range andRE.Split(m[1], -1) {
		cond = strings.TrimSpace(cond)
		if t := templateRE.FindStringSubmatch(cond); t != nil {
			f.template = &t[1]
		} else if s := simulatedRE.FindStringSubmatch(cond); s != nil {
			v := s[1] == "true"
			f.simulated = &v
		} else {
			return f, invalidBody(`the emulator evaluates only $template = "..." and $simulated = true|false conditions, not %q`, cond)
		}
	}
	return f, nil
}

func (f groupFilter) matches(d *deviceState) bool {
	if f.template != nil && (d.device.Template == nil || *d.device.Template != *f.template) {
		return false
	}
	if f.simulated != nil && (d.device.Simulated == nil && *f.simulated || d.device.Simulated != nil && *d.device.Simulated != *f.simulated) {
		return false
	}
	return true
}

// groupMembers returns the devices a group selects. Call with the lock held.
func (e *Emulator) groupMembers(groupID string) ([]iotcentral.Device, bool) {
	g, ok := e.groups[groupID]
	if !ok {
		return nil, false
	}
	f, err := parseFilter(*g.Filter)
	if err != nil {
		return nil, true
	}
	return e.sortedDevices(f.matches), true
}

// devicesInGroup implements deviceDirectory for the job routes.
func (e *Emulator) devicesInGroup(groupID string) ([]string, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	members, ok := e.groupMembers(groupID)
	ids := make([]string, len(members))
	for i, d := range members {
		ids[i] = *d.ID
	}
	return ids, ok
}

// templateComponents returns the names of the components a template's
// capability model declares. Call with the lock held.
func (e *Emulator) templateComponents(templateID *string) []string {
	if templateID == nil {
		return nil
	}
	t, ok := e.templates[*templateID]
	if !ok {
		return nil
	}
	var names []string
	for _, c := range interfaceContents(t.CapabilityModel) {
		if c.is("Component") {
			names = append(names, c.Name)
		}
	}
	return names
}
