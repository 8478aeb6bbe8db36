package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// DeviceTemplate is a device template: the DTDL capability model devices
// of the template implement.
type DeviceTemplate struct {
	// ID is the template's DTMI (the JSON member "@id"). Read-only: it is
	// the path of Create.
	ID *string
	// Types are the template's JSON-LD types (the JSON member "@type"),
	// for example ["ModelDefinition", "DeviceModel"].
	Types []string
	// ETag guards updates (see Device.ETag).
	ETag *string
	// DisplayName is the template's display name.
	DisplayName *string
	// Description describes the template.
	Description *string
	// CapabilityModel is the DTDL capability model, kept as raw JSON.
	CapabilityModel json.RawMessage

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of t to b.
func (t DeviceTemplate) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "@id", t.ID)
	pipeline.WriteSlice(&w, "@type", t.Types, pipeline.StringValue[string])
	pipeline.WriteString(&w, "etag", t.ETag)
	pipeline.WriteString(&w, "displayName", t.DisplayName)
	pipeline.WriteString(&w, "description", t.Description)
	w.Raw("capabilityModel", t.CapabilityModel)
	return w.Close(t.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (t DeviceTemplate) MarshalJSON() ([]byte, error) { return pipeline.Marshal(t) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (t *DeviceTemplate) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceTemplate", &t.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "@id":
			return true, pipeline.DecodeString(v, &t.ID)
		case "@type":
			return true, pipeline.DecodeSlice(v, &t.Types, pipeline.StringElem[string])
		case "etag":
			return true, pipeline.DecodeString(v, &t.ETag)
		case "displayName":
			return true, pipeline.DecodeString(v, &t.DisplayName)
		case "description":
			return true, pipeline.DecodeString(v, &t.Description)
		case "capabilityModel":
			return true, pipeline.DecodeRaw(v, &t.CapabilityModel)
		}
		return false, nil
	})
}

// DeviceGroup is a named query over the application's devices.
type DeviceGroup struct {
	// ID is the group's ID. Read-only: it is the path of Create.
	ID *string
	// DisplayName is the group's display name. Required.
	DisplayName *string
	// Filter is the query that selects the group's devices, for example
	// `SELECT * FROM devices WHERE $template = "dtmi:..."`. Required.
	Filter *string
	// Description summarizes the group.
	Description *string
	// ETag guards updates (see Device.ETag).
	ETag *string
	// Organizations are the IDs of the group's organizations (one today).
	Organizations []string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of g to b.
func (g DeviceGroup) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", g.ID)
	pipeline.WriteString(&w, "displayName", g.DisplayName)
	pipeline.WriteString(&w, "filter", g.Filter)
	pipeline.WriteString(&w, "description", g.Description)
	pipeline.WriteString(&w, "etag", g.ETag)
	pipeline.WriteSlice(&w, "organizations", g.Organizations, pipeline.StringValue[string])
	return w.Close(g.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (g DeviceGroup) MarshalJSON() ([]byte, error) { return pipeline.Marshal(g) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (g *DeviceGroup) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceGroup", &g.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &g.ID)
		case "displayName":
			return true, pipeline.DecodeString(v, &g.DisplayName)
		case "filter":
			return true, pipeline.DecodeString(v, &g.Filter)
		case "description":
			return true, pipeline.DecodeString(v, &g.Description)
		case "etag":
			return true, pipeline.DecodeString(v, &g.ETag)
		case "organizations":
			return true, pipeline.DecodeSlice(v, &g.Organizations, pipeline.StringElem[string])
		}
		return false, nil
	})
}
