package fake

import (
	"net/http"
	"reflect"
	"slices"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// exportState is the emulator's data export destinations and exports, in
// creation order. Guarded by Emulator.mu.
type exportState struct {
	destinations map[string]iotcentral.Destination
	destOrder    []string
	exports      map[string]iotcentral.Export
	exportOrder  []string
}

// previewOnly answers 404 to a request made with a stable api-version, as
// the service does for paths only preview versions have.
func previewOnly(r *http.Request) error {
	if !strings.Contains(r.URL.Query().Get("api-version"), "preview") {
		return notFound("operation", r.Method+" "+r.URL.Path+" (a preview api-version has it)")
	}
	return nil
}

func (e *Emulator) registerDataExportRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	e.exp = exportState{destinations: map[string]iotcentral.Destination{}, exports: map[string]iotcentral.Export{}}
	id := func(r *http.Request) string { return r.PathValue("id") }
	preview := func(h func(r *http.Request) (any, error)) func(r *http.Request) (any, error) {
		return func(r *http.Request) (any, error) {
			if err := previewOnly(r); err != nil {
				return nil, err
			}
			return h(r)
		}
	}
	const dests, exports = "/api/dataExport/destinations", "/api/dataExport/exports"

	handle("GET "+dests, preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		items := make([]iotcentral.Destination, 0, len(e.exp.destOrder))
		for _, k := range e.exp.destOrder {
			items = append(items, e.exp.destinations[k])
		}
		return page(e, r, items), nil
	}))
	handle("GET "+dests+"/{id}", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		d, ok := e.exp.destinations[id(r)]
		if !ok {
			return nil, notFound("destination", id(r))
		}
		return d, nil
	}))
	writeDest := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		if merge {
			e.mu.Lock()
			old, ok := e.exp.destinations[id(r)]
			e.mu.Unlock()
			if !ok {
				return nil, notFound("destination", id(r))
			}
			current, _ := encodeBody(old)
			if body, err = emulator.MergePatch(current, body); err != nil {
				return nil, invalidBody("the destination patch is not valid JSON")
			}
		}
		var d iotcentral.Destination
		if err := wire.Unmarshal(body, &d); err != nil || d == nil {
			return nil, invalidBody("the body is not a destination")
		}
		if err := checkDestination(d); err != nil {
			return nil, err
		}
		setDestinationStatus(d, id(r))
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, exists := e.exp.destinations[id(r)]; !exists {
			e.exp.destOrder = append(e.exp.destOrder, id(r))
		}
		e.exp.destinations[id(r)] = d
		return d, nil
	}
	handle("PUT "+dests+"/{id}", preview(func(r *http.Request) (any, error) { return writeDest(r, false) }))
	handle("PATCH "+dests+"/{id}", preview(func(r *http.Request) (any, error) { return writeDest(r, true) }))
	handle("DELETE "+dests+"/{id}", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.exp.destinations[id(r)]; !ok {
			return nil, notFound("destination", id(r))
		}
		for _, xid := range e.exp.exportOrder {
			for _, ref := range e.exp.exports[xid].Destinations {
				if ref.ID != nil && *ref.ID == id(r) {
					return nil, conflict("destination %q is used by export %q", id(r), xid)
				}
			}
		}
		delete(e.exp.destinations, id(r))
		e.exp.destOrder = slices.DeleteFunc(e.exp.destOrder, func(s string) bool { return s == id(r) })
		return nil, nil
	}))
	handle("GET "+dests+"/{id}/exports", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.exp.destinations[id(r)]; !ok {
			return nil, notFound("destination", id(r))
		}
		var items []iotcentral.Export
		for _, xid := range e.exp.exportOrder {
			x := e.exp.exports[xid]
			for _, ref := range x.Destinations {
				if ref.ID != nil && *ref.ID == id(r) {
					items = append(items, x)
				}
			}
		}
		return page(e, r, items), nil
	}))

	handle("GET "+exports, preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		items := make([]iotcentral.Export, 0, len(e.exp.exportOrder))
		for _, k := range e.exp.exportOrder {
			items = append(items, e.exp.exports[k])
		}
		return page(e, r, items), nil
	}))
	handle("GET "+exports+"/{id}", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		x, ok := e.exp.exports[id(r)]
		if !ok {
			return nil, notFound("export", id(r))
		}
		return x, nil
	}))
	writeExport := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		if merge {
			old, ok := e.exp.exports[id(r)]
			if !ok {
				return nil, notFound("export", id(r))
			}
			current, _ := wire.Marshal(old)
			if body, err = emulator.MergePatch(current, body); err != nil {
				return nil, invalidBody("the export patch is not valid JSON")
			}
		}
		var x iotcentral.Export
		if err := wire.Unmarshal(body, &x); err != nil {
			return nil, invalidBody("the body is not an export: %v", err)
		}
		switch {
		case x.DisplayName == nil || x.Enabled == nil || x.Source == nil || x.Destinations == nil:
			return nil, invalidBody("displayName, enabled, source and destinations are required")
		case !slices.Contains(iotcentral.PossibleExportSourceValues(), *x.Source):
			return nil, invalidBody("source %q is not one of %v", *x.Source, iotcentral.PossibleExportSourceValues())
		}
		for i, ref := range x.Destinations {
			if ref.ID == nil {
				return nil, invalidBody("destinations[%d].id is required", i)
			}
			if _, ok := e.exp.destinations[*ref.ID]; !ok {
				return nil, invalidBody("destinations[%d]: destination %q does not exist", i, *ref.ID)
			}
		}
		x.ID = to.Ptr(id(r))
		x.Status = to.Ptr("starting")
		if *x.Enabled {
			x.Status = to.Ptr("healthy")
		}
		if _, exists := e.exp.exports[id(r)]; !exists {
			e.exp.exportOrder = append(e.exp.exportOrder, id(r))
		}
		e.exp.exports[id(r)] = x
		return x, nil
	}
	handle("PUT "+exports+"/{id}", preview(func(r *http.Request) (any, error) { return writeExport(r, false) }))
	handle("PATCH "+exports+"/{id}", preview(func(r *http.Request) (any, error) { return writeExport(r, true) }))
	handle("DELETE "+exports+"/{id}", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.exp.exports[id(r)]; !ok {
			return nil, notFound("export", id(r))
		}
		delete(e.exp.exports, id(r))
		e.exp.exportOrder = slices.DeleteFunc(e.exp.exportOrder, func(s string) bool { return s == id(r) })
		return nil, nil
	}))
	handle("GET "+exports+"/{id}/destinations", preview(func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		x, ok := e.exp.exports[id(r)]
		if !ok {
			return nil, notFound("export", id(r))
		}
		var items []iotcentral.Destination
		for _, ref := range x.Destinations {
			if d, ok := e.exp.destinations[*ref.ID]; ok {
				items = append(items, d)
			}
		}
		return page(e, r, items), nil
	}))
}

// checkDestination applies the service's rules to a destination: a display
// name, a known type, and an authorization with what it needs.
func checkDestination(d iotcentral.Destination) error {
	var name *string
	var auth any
	switch d := d.(type) {
	case *iotcentral.BlobStorageV1Destination:
		name, auth = d.DisplayName, d.Authorization
	case *iotcentral.DataExplorerV1Destination:
		if d.ClusterURL == nil || d.Database == nil || d.Table == nil {
			return invalidBody("clusterUrl, database and table are required")
		}
		name, auth = d.DisplayName, d.Authorization
	case *iotcentral.EventHubsV1Destination:
		name, auth = d.DisplayName, d.Authorization
	case *iotcentral.ServiceBusQueueV1Destination:
		name, auth = d.DisplayName, d.Authorization
	case *iotcentral.ServiceBusTopicV1Destination:
		name, auth = d.DisplayName, d.Authorization
	case *iotcentral.WebhookV1Destination:
		if d.URL == nil || !strings.HasPrefix(*d.URL, "https://") {
			return invalidBody("url must be an https URL")
		}
		name, auth = d.DisplayName, "none needed"
	default:
		return invalidBody("destination type %q is not supported", d.Kind())
	}
	if name == nil || *name == "" {
		return invalidBody("displayName is required")
	}
	if rv := reflect.ValueOf(auth); auth == nil || (rv.Kind() == reflect.Pointer && rv.IsNil()) {
		return invalidBody("authorization is required")
	}
	for _, cs := range connectionStrings(auth) {
		if !strings.Contains(cs, "Endpoint=") && !strings.Contains(cs, "AccountName=") {
			return invalidBody("the connection string names no endpoint")
		}
		if _, ok := d.(*iotcentral.BlobStorageV1Destination); !ok && !strings.Contains(cs, "EntityPath=") {
			return invalidBody("the connection string has no EntityPath")
		}
	}
	return nil
}

// connectionStrings returns the connection strings of an authorization.
func connectionStrings(auth any) []string {
	switch a := auth.(type) {
	case *iotcentral.BlobStorageV1DestinationConnectionStringAuth:
		return []string{deref(a.ConnectionString)}
	case *iotcentral.EventHubsV1DestinationConnectionStringAuth:
		return []string{deref(a.ConnectionString)}
	case *iotcentral.ServiceBusQueueV1DestinationConnectionStringAuth:
		return []string{deref(a.ConnectionString)}
	case *iotcentral.ServiceBusTopicV1DestinationConnectionStringAuth:
		return []string{deref(a.ConnectionString)}
	}
	return nil
}

// setDestinationStatus fills the read-only members the service sets.
func setDestinationStatus(d iotcentral.Destination, id string) {
	healthy := to.Ptr("healthy")
	switch d := d.(type) {
	case *iotcentral.BlobStorageV1Destination:
		d.ID, d.Status = &id, healthy
	case *iotcentral.DataExplorerV1Destination:
		d.ID, d.Status = &id, healthy
	case *iotcentral.EventHubsV1Destination:
		d.ID, d.Status = &id, healthy
	case *iotcentral.ServiceBusQueueV1Destination:
		d.ID, d.Status = &id, healthy
	case *iotcentral.ServiceBusTopicV1Destination:
		d.ID, d.Status = &id, healthy
	case *iotcentral.WebhookV1Destination:
		d.ID, d.Status = &id, healthy
	}
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
