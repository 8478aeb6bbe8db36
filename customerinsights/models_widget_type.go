package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// WidgetTypeResourceFormat is a widget type of a hub: an ARM proxy resource
// whose definition is in Properties (nested under "properties" on the
// wire).
type WidgetTypeResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{widgetType}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/widgetTypes". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *WidgetType `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// WidgetType is a kind of widget the Customer 360 web application offers.
type WidgetType struct {
	// WidgetTypeName is the widget type name. Read-only.
	WidgetTypeName *string `json:"widgetTypeName,omitempty"`
	// Definition is the definition. Required.
	Definition *string `json:"definition,omitempty"`
	// Description describes the widget type.
	Description *string `json:"description,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// ImageURL is the URL of its image.
	ImageURL *string `json:"imageUrl,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// WidgetVersion is the widget version.
	WidgetVersion *string `json:"widgetVersion,omitempty"`
	// Changed is when the widget type last changed. Read-only.
	Changed *time.Time `json:"changed,omitempty"`
	// Created is when the widget type was created. Read-only.
	Created *time.Time `json:"created,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// WidgetTypeListResult is one page of widget types.
type WidgetTypeListResult struct {
	// Value holds the widget types of the page.
	Value []WidgetTypeResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WidgetTypeResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WidgetTypeResourceFormat does not declare are kept in Unknown.
func (m *WidgetTypeResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WidgetType) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WidgetType does not declare are kept in Unknown.
func (m *WidgetType) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WidgetTypeListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WidgetTypeListResult does not declare are kept in Unknown.
func (m *WidgetTypeListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
