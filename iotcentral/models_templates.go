package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DeviceTemplate is a device template: the DTDL capability model devices
// of the template implement.
type DeviceTemplate struct {
	// ID is the template's DTMI (the JSON member "@id"). Read-only: it is
	// the path of Create.
	ID *string `json:"@id,omitempty"`
	// Types are the template's JSON-LD types (the JSON member "@type"),
	// for example ["ModelDefinition", "DeviceModel"].
	Types []string `json:"@type,omitempty"`
	// ETag guards updates (see Device.ETag).
	ETag *string `json:"etag,omitempty"`
	// DisplayName is the template's display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Description describes the template.
	Description *string `json:"description,omitempty"`
	// CapabilityModel is the DTDL capability model, kept as raw JSON.
	CapabilityModel json.RawMessage `json:"capabilityModel,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceTemplate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceTemplate does not declare are kept in Unknown.
func (m *DeviceTemplate) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceGroup is a named query over the application's devices.
type DeviceGroup struct {
	// ID is the group's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the group's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Filter is the query that selects the group's devices, for example
	// `SELECT * FROM devices WHERE $template = "dtmi:..."`. Required.
	Filter *string `json:"filter,omitempty"`
	// Description summarizes the group.
	Description *string `json:"description,omitempty"`
	// ETag guards updates (see Device.ETag).
	ETag *string `json:"etag,omitempty"`
	// Organizations are the IDs of the group's organizations (one today).
	Organizations []string `json:"organizations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceGroup) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceGroup does not declare are kept in Unknown.
func (m *DeviceGroup) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
