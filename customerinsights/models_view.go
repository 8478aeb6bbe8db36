package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ViewResourceFormat is a view of the Customer 360 web application: an ARM
// proxy resource whose definition is in Properties (nested under
// "properties" on the wire).
type ViewResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{view}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/views". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *View `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// View is a view of the Customer 360 web application, for a user or (user
// "*") for the whole hub.
type View struct {
	// ViewName is the view name. Read-only.
	ViewName *string `json:"viewName,omitempty"`
	// UserID is the user the view belongs to.
	UserID *string `json:"userId,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Definition is the view definition. Required.
	Definition *string `json:"definition,omitempty"`
	// Changed is when the view last changed. Read-only.
	Changed *time.Time `json:"changed,omitempty"`
	// Created is when the view was created. Read-only.
	Created *time.Time `json:"created,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ViewListResult is one page of views.
type ViewListResult struct {
	// Value holds the views of the page.
	Value []ViewResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ViewResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ViewResourceFormat does not declare are kept in Unknown.
func (m *ViewResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m View) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members View does not declare are kept in Unknown.
func (m *View) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ViewListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ViewListResult does not declare are kept in Unknown.
func (m *ViewListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
