package fake

import (
	"net/http"
	"slices"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// manifestState is the emulator's deployment manifests, in creation order.
// Guarded by Emulator.mu.
type manifestState struct {
	byID  map[string]iotcentral.DeploymentManifest
	order []string
}

func (e *Emulator) registerDeploymentManifestRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	e.manifests = manifestState{byID: map[string]iotcentral.DeploymentManifest{}}
	id := func(r *http.Request) string { return r.PathValue("id") }
	const base = "/api/deploymentManifests"
	handle("GET "+base, func(r *http.Request) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		items := make([]iotcentral.DeploymentManifest, 0, len(e.manifests.order))
		for _, k := range e.manifests.order {
			items = append(items, e.manifests.byID[k])
		}
		return page(e, r, items), nil
	})
	handle("GET "+base+"/{id}", func(r *http.Request) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		m, ok := e.manifests.byID[id(r)]
		if !ok {
			return nil, notFound("deployment manifest", id(r))
		}
		return m, nil
	})
	write := func(r *http.Request, merge bool) (any, error) {
		if err := previewOnly(r); err != nil {
			return nil, err
		}
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
		old, exists := e.manifests.byID[id(r)]
		if merge {
			if !exists {
				return nil, notFound("deployment manifest", id(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, body); err != nil {
				return nil, invalidBody("the patch is not valid JSON")
			}
		}
		var m iotcentral.DeploymentManifest
		if err := wire.Unmarshal(body, &m); err != nil {
			return nil, invalidBody("the body is not a deployment manifest: %v", err)
		}
		if len(m.Data) == 0 || m.Data[0] != '{' {
			return nil, invalidBody("data is required and must be an object")
		}
		if m.ETag != nil && (!exists || old.ETag == nil || *m.ETag != *old.ETag) {
			return nil, preconditionFailed("deployment manifest", id(r))
		}
		mid := id(r)
		m.ID, m.ETag = &mid, e.nextETag()
		if !exists {
			e.manifests.order = append(e.manifests.order, id(r))
		}
		e.manifests.byID[id(r)] = m
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
		if _, ok := e.manifests.byID[id(r)]; !ok {
			return nil, notFound("deployment manifest", id(r))
		}
		delete(e.manifests.byID, id(r))
		e.manifests.order = slices.DeleteFunc(e.manifests.order, func(s string) bool { return s == id(r) })
		return nil, nil
	})
}
