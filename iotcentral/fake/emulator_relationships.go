package fake

import (
	"encoding/json"
	"net/http"
	"sort"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

func (e *Emulator) registerRelationshipRoutes(handle func(string, func(*http.Request) (any, error))) {
	id := func(r *http.Request) string { return r.PathValue("id") }
	rel := func(r *http.Request) string { return r.PathValue("rel") }
	handle("GET /api/devices/{id}/relationships", func(r *http.Request) (any, error) {
		e.mu.Lock()
		_, ok := e.devices[id(r)]
		var items []iotcentral.DeviceRelationship
		if ok {
			// The device's own relationships, then those pointing at it.
			for _, d := range e.devices {
				for _, x := range d.relationships {
					if *d.device.ID == id(r) || (x.Target != nil && *x.Target == id(r)) {
						items = append(items, x)
					}
				}
			}
		}
		e.mu.Unlock()
		if !ok {
			return nil, errNoDevice(id(r))
		}
		sort.Slice(items, func(i, j int) bool { return *items[i].ID < *items[j].ID })
		return page[iotcentral.DeviceRelationship](e, r, items), nil
	})
	handle("GET /api/devices/{id}/relationships/{rel}", func(r *http.Request) (any, error) {
		return e.withDevice(id(r), func(d *deviceState) (any, error) {
			x, ok := d.relationships[rel(r)]
			if !ok {
				return nil, notFound("relationship", rel(r))
			}
			return x, nil
		})
	})
	write := func(r *http.Request, merge bool) (any, error) {
		if merge {
			if err := requireMergePatch(r); err != nil {
				return nil, err
			}
		}
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		d, ok := e.devices[id(r)]
		if !ok {
			return nil, errNoDevice(id(r))
		}
		if merge {
			old, exists := d.relationships[rel(r)]
			if !exists {
				return nil, notFound("relationship", rel(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, body); err != nil {
				return nil, invalidBody("the relationship patch is not valid JSON")
			}
		}
		var x iotcentral.DeviceRelationship
		if err := json.Unmarshal(body, &x); err != nil {
			return nil, invalidBody("the body is not a relationship: %v", err)
		}
		for _, end := range []*string{x.Source, x.Target} {
			if end == nil {
				return nil, invalidBody("a relationship needs source and target")
			}
			if _, ok := e.devices[*end]; !ok {
				return nil, invalidBody("device %q of the relationship does not exist", *end)
			}
		}
		relID := rel(r)
		x.ID = &relID
		d.relationships[relID] = x
		return x, nil
	}
	handle("PUT /api/devices/{id}/relationships/{rel}", func(r *http.Request) (any, error) { return write(r, false) })
	handle("PATCH /api/devices/{id}/relationships/{rel}", func(r *http.Request) (any, error) { return write(r, true) })
	handle("DELETE /api/devices/{id}/relationships/{rel}", func(r *http.Request) (any, error) {
		_, err := e.withDevice(id(r), func(d *deviceState) (any, error) {
			if _, ok := d.relationships[rel(r)]; !ok {
				return nil, notFound("relationship", rel(r))
			}
			delete(d.relationships, rel(r))
			return nil, nil
		})
		return nil, err
	})
}
