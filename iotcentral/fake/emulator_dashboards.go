package fake

import (
	"fmt"
	"net/http"
	"slices"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// dashboardState is the emulator's dashboards, in creation order.
// Guarded by Emulator.mu.
type dashboardState struct {
	byID  map[string]iotcentral.Dashboard
	order []string
}

func (e *Emulator) registerDashboardRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	e.dashboards = dashboardState{byID: map[string]iotcentral.Dashboard{}}
	id := func(r *http.Request) string { return r.PathValue("id") }
	const base = "/api/dashboards"
	handle("GET "+base, func(r *http.Request) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		items := make([]iotcentral.Dashboard, 0, len(e.dashboards.order))
		for _, k := range e.dashboards.order {
			items = append(items, e.dashboards.byID[k])
		}
		return page(e, r, items), nil
	})
	handle("GET "+base+"/{id}", func(r *http.Request) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		m, ok := e.dashboards.byID[id(r)]
		if !ok {
			return nil, notFound("dashboard", id(r))
		}
		return m, nil
	})
	write := func(r *http.Request, merge bool) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		old, exists := e.dashboards.byID[id(r)]
		if merge {
			if !exists {
				return nil, notFound("dashboard", id(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, body); err != nil {
				return nil, invalidBody("the patch is not valid JSON")
			}
		}
		var m iotcentral.Dashboard
		if err := wire.Unmarshal(body, &m); err != nil {
			return nil, invalidBody("the body is not a dashboard: %v", err)
		}
		if m.DisplayName == nil || *m.DisplayName == "" {
			return nil, invalidBody("displayName is required")
		}
		if len(m.Tiles) > 100 {
			return nil, invalidBody("a dashboard holds at most 100 tiles, not %d", len(m.Tiles))
		}
		for i, tile := range m.Tiles {
			if tile.DisplayName == nil || tile.Configuration == nil || tile.Height == nil || tile.Width == nil || tile.X == nil || tile.Y == nil {
				return nil, invalidBody("tiles[%d] needs displayName, configuration, height, width, x and y", i)
			}
			if *tile.Height < 1 || *tile.Height > 10 || *tile.Width < 1 || *tile.Width > 10 {
				return nil, invalidBody("tiles[%d] height and width are 1 to 10", i)
			}
		}
		for i := range m.Tiles {
			if m.Tiles[i].ID == nil {
				tid := fmt.Sprintf("tile-%d", i+1)
				m.Tiles[i].ID = &tid
			}
		}
		if m.ETag != nil && (!exists || old.ETag == nil || *m.ETag != *old.ETag) {
			return nil, preconditionFailed("dashboard", id(r))
		}
		mid := id(r)
		m.ID, m.ETag = &mid, e.nextETag()
		if !exists {
			e.dashboards.order = append(e.dashboards.order, id(r))
		}
		e.dashboards.byID[id(r)] = m
		return m, nil
	}
	handle("PUT "+base+"/{id}", func(r *http.Request) (any, error) { return write(r, false) })
	handle("PATCH "+base+"/{id}", func(r *http.Request) (any, error) { return write(r, true) })
	handle("DELETE "+base+"/{id}", func(r *http.Request) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.dashboards.byID[id(r)]; !ok {
			return nil, notFound("dashboard", id(r))
		}
		delete(e.dashboards.byID, id(r))
		e.dashboards.order = slices.DeleteFunc(e.dashboards.order, func(s string) bool { return s == id(r) })
		return nil, nil
	})
}
