package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// RoleResourceFormat is a role of a hub: an ARM proxy resource whose
// definition is in Properties (nested under "properties" on the wire).
type RoleResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{role}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/roles". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *Role `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Role is a built-in role of a hub.
type Role struct {
	// RoleName is the role name.
	RoleName *string `json:"roleName,omitempty"`
	// Description describes the role.
	Description *string `json:"description,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RoleListResult is one page of roles.
type RoleListResult struct {
	// Value holds the roles of the page.
	Value []RoleResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleResourceFormat does not declare are kept in Unknown.
func (m *RoleResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Role) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Role does not declare are kept in Unknown.
func (m *Role) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleListResult does not declare are kept in Unknown.
func (m *RoleListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
