package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Enrichment is a value added to every message an export sends.
type Enrichment struct {
	// Target is the device template whose capability supplies the value.
	Target *string `json:"target,omitempty"`
	// Path is the capability or system property to use.
	Path *string `json:"path,omitempty"`
	// Value is a fixed value to send.
	Value json.RawMessage `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Enrichment) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Enrichment does not declare are kept in Unknown.
func (m *Enrichment) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DestinationReference names a destination of an export.
type DestinationReference struct {
	// ID is the destination's ID. Required.
	ID *string `json:"id,omitempty"`
	// Transform reshapes each message (a jq-like query).
	Transform *string `json:"transform,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DestinationReference) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DestinationReference does not declare are kept in Unknown.
func (m *DestinationReference) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Export sends a kind of data, filtered and enriched, to destinations.
type Export struct {
	// ID is the export's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the export's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Enabled starts or stops the export. Required.
	Enabled *bool `json:"enabled,omitempty"`
	// Source is the kind of data sent. Required.
	Source *ExportSource `json:"source,omitempty"`
	// Filter selects the events to send (an IoT Central query).
	Filter *string `json:"filter,omitempty"`
	// Enrichments are added to every message, by name.
	Enrichments map[string]Enrichment `json:"enrichments,omitempty"`
	// Destinations are where data goes. Required.
	Destinations []DestinationReference `json:"destinations,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Export) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Export does not declare are kept in Unknown.
func (m *Export) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ExportCollection is a page of exports.
type ExportCollection struct {
	// Value holds the items of the page.
	Value []Export `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ExportCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ExportCollection does not declare are kept in Unknown.
func (m *ExportCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
