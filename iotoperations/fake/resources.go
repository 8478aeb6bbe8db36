package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/iotoperations"
)

// resourceType declares one Microsoft.IoTOperations resource type to the
// emulator: where it lives, what it may hold and since which api-version.
// From the declarations the emulator derives every route (PUT, GET,
// DELETE, list by parent; PATCH and list by subscription for instances),
// the parent checks, the cascade on delete and the operations list.
type resourceType struct {
	// segment is the collection's path segment ("brokers"), armType the
	// ARM type ("Microsoft.IoTOperations/instances/brokers").
	segment, armType string
	// parent is nil for instances.
	parent *resourceType
	// since is the first api-version that has the type.
	since string
	// decode checks that a body is a valid resource of the type (members
	// of the right JSON kinds); check enforces the service's documented
	// rules on it. Each returns why the body is rejected, or "".
	decode func(body json.RawMessage) string
	check  func(body json.RawMessage) string
	// createOnly are the members (besides extendedLocation) fixed once the
	// resource exists.
	createOnly [][]string

	children []*resourceType
	depth    int // 0 for instances
}

// tracked reports whether the type is the top-level tracked resource
// (location, tags, identity; PATCH; list by subscription).
func (t *resourceType) tracked() bool { return t.parent == nil }

// pattern returns the ServeMux pattern of one resource of the type; the
// names of the resource and its ancestors are {n0} (the instance) to
// {n<depth>}.
func (t *resourceType) pattern() string {
	if t.parent == nil {
		return "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.IoTOperations/instances/{n0}"
	}
	return t.parent.pattern() + "/" + t.segment + fmt.Sprintf("/{n%d}", t.depth)
}

// collection returns the ServeMux pattern of the type's list.
func (t *resourceType) collection() string {
	p := t.pattern()
	return p[:strings.LastIndexByte(p, '/')]
}

// decodeAs returns a decode hook that unmarshals a body into M.
func decodeAs[M any](what string) func(json.RawMessage) string {
	return func(body json.RawMessage) string {
		var m M
		if err := json.Unmarshal(body, &m); err != nil {
			return fmt.Sprintf("The request content is not a valid %s: %v", what, err)
		}
		return ""
	}
}

// resourceTypes returns the declared types, instances first, parents
// before children. The since-versions of graphs, registry endpoints and
// Akri come from the first spec folder with examples of them
// (2025-07-01-preview). Sources: the 2025-10-01 spec
// (specification/iotoperations/resource-manager/Microsoft.IoTOperations/stable/2025-10-01/iotoperations.json).
func resourceTypes() []*resourceType {
	instances := &resourceType{segment: "instances", since: "2024-07-01-preview",
		decode: decodeAs[iotoperations.InstanceResource]("instance"), check: checkInstance}
	profiles := &resourceType{segment: "dataflowProfiles", parent: instances, since: "2024-07-01-preview",
		decode: decodeAs[iotoperations.DataflowProfileResource]("dataflow profile"), check: checkProfile}
	brokers := &resourceType{segment: "brokers", parent: instances, since: "2024-07-01-preview",
		decode: decodeAs[iotoperations.BrokerResource]("broker"), check: checkBroker, createOnly: brokerCreateOnly}
	templates := &resourceType{segment: "akriConnectorTemplates", parent: instances, since: "2025-07-01-preview",
		decode: decodeAs[iotoperations.AkriConnectorTemplateResource]("Akri connector template"), check: requiredProperties("runtimeConfiguration", "deviceInboundEndpointTypes")}
	types := []*resourceType{
		instances, profiles, brokers, templates,
		{segment: "listeners", parent: brokers, since: "2024-07-01-preview",
			decode: decodeAs[iotoperations.BrokerListenerResource]("broker listener"), check: checkListener},
		{segment: "authentications", parent: brokers, since: "2024-07-01-preview",
			decode: decodeAs[iotoperations.BrokerAuthenticationResource]("broker authentication"), check: requiredProperties("authenticationMethods")},
		{segment: "authorizations", parent: brokers, since: "2024-07-01-preview",
			decode: decodeAs[iotoperations.BrokerAuthorizationResource]("broker authorization"), check: requiredProperties("authorizationPolicies")},
		{segment: "dataflowEndpoints", parent: instances, since: "2024-07-01-preview",
			decode: decodeAs[iotoperations.DataflowEndpointResource]("dataflow endpoint"), check: checkEndpoint},
		{segment: "dataflows", parent: profiles, since: "2024-07-01-preview",
			decode: decodeAs[iotoperations.DataflowResource]("dataflow"), check: requiredProperties("operations")},
		{segment: "dataflowGraphs", parent: profiles, since: "2025-07-01-preview",
			decode: decodeAs[iotoperations.DataflowGraphResource]("dataflow graph"), check: requiredProperties("nodes", "nodeConnections")},
		{segment: "registryEndpoints", parent: instances, since: "2025-07-01-preview",
			decode: decodeAs[iotoperations.RegistryEndpointResource]("registry endpoint"), check: requiredProperties("host", "authentication")},
		{segment: "connectors", parent: templates, since: "2025-07-01-preview",
			decode: decodeAs[iotoperations.AkriConnectorResource]("Akri connector"), check: noRule},
	}
	for _, t := range types {
		if t.parent != nil {
			t.depth = t.parent.depth + 1
			t.parent.children = append(t.parent.children, t)
			t.armType = t.parent.armType + "/" + t.segment
		} else {
			t.armType = "Microsoft.IoTOperations/" + t.segment
		}
	}
	return types
}

// nameRE is the rule every Microsoft.IoTOperations resource name follows
// in the spec: 3 to 63 lower-case letters, digits and '-', not first or
// last.
var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$`)

// checkExtendedLocation enforces the spec's ExtendedLocation: name and
// type are both required when it is given.
func checkExtendedLocation(body json.RawMessage) string {
	l := emulator.Get(body, "extendedLocation")
	if l == nil || string(l) == "null" {
		return ""
	}
	if emulator.GetString(l, "name") == "" || emulator.GetString(l, "type") == "" {
		return "extendedLocation needs both name and type."
	}
	return ""
}

// checkInstance enforces the spec's InstanceResource: location (a
// TrackedResource), extendedLocation and properties.schemaRegistryRef
// are required.
func checkInstance(body json.RawMessage) string {
	switch {
	case emulator.GetString(body, "location") == "":
		return "location is required."
	case emulator.Get(body, "extendedLocation") == nil:
		return "extendedLocation is required."
	case emulator.GetString(body, "properties", "schemaRegistryRef", "resourceId") == "":
		return "properties.schemaRegistryRef.resourceId is required."
	}
	return ""
}

// checkProfile enforces the spec's DataflowProfileProperties ranges:
// instanceCount 1..20 and diagnostics.metrics.prometheusPort 0..65535.
func checkProfile(body json.RawMessage) string {
	var p iotoperations.DataflowProfileResource
	if json.Unmarshal(body, &p) != nil || p.Properties == nil {
		return ""
	}
	if c := p.Properties.InstanceCount; c != nil && (*c < 1 || *c > 20) {
		return fmt.Sprintf("properties.instanceCount %d is out of range: it must be between 1 and 20.", *c)
	}
	if d := p.Properties.Diagnostics; d != nil && d.Metrics != nil && d.Metrics.PrometheusPort != nil {
		if port := *d.Metrics.PrometheusPort; port < 0 || port > 65535 {
			return fmt.Sprintf("properties.diagnostics.metrics.prometheusPort %d is out of range: it must be between 0 and 65535.", port)
		}
	}
	return ""
}

// noRule is the check of a type whose body the spec constrains no
// further than its model.
func noRule(json.RawMessage) string { return "" }

// requiredProperties returns a check of the members the spec marks
// required in a resource's properties (when properties is sent at all).
func requiredProperties(names ...string) func(json.RawMessage) string {
	return func(body json.RawMessage) string {
		props := emulator.Get(body, "properties")
		if props == nil || string(props) == "null" {
			return ""
		}
		for _, name := range names {
			if v := emulator.Get(props, name); v == nil || string(v) == "null" {
				return "properties." + name + " is required."
			}
		}
		return ""
	}
}

// versionAtLeast reports whether api-version v is v0 or later (dates
// compare as strings; a preview sorts with its date).
func versionAtLeast(v, v0 string) bool { return v[:min(len(v), 10)] >= v0[:min(len(v0), 10)] }

// ancestors returns the ARM ids of the resources above the one at path
// (the instance first) for a resource of depth depth: each strips the last
// type/name pair.
func ancestors(path string, depth int) []string {
	out := make([]string, depth)
	for i := depth - 1; i >= 0; i-- {
		path = path[:strings.LastIndexByte(path, '/')]
		path = path[:strings.LastIndexByte(path, '/')]
		out[i] = path
	}
	return out
}

// lastSegment returns the name at the end of an ARM id.
func lastSegment(id string) string { return id[strings.LastIndexByte(id, '/')+1:] }

// notFound writes the ARM 404 for a missing resource at id.
func (e *Emulator) notFound(w http.ResponseWriter, t *resourceType, id string) {
	e.emu.WriteError(w, http.StatusNotFound, iotoperations.ErrorCodeResourceNotFound,
		fmt.Sprintf("The Resource '%s/%s' under resource group '%s' was not found.", t.armType, lastSegment(id), resourceGroupOf(id)))
}

// resourceGroupOf returns the resource group named in an ARM id.
func resourceGroupOf(id string) string {
	parts := strings.Split(id, "/")
	for i := 0; i+1 < len(parts); i++ {
		if strings.EqualFold(parts[i], "resourceGroups") {
			return parts[i+1]
		}
	}
	return ""
}
