package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// ManagedServiceIdentity is the managed identity of a resource:
// system-assigned, user-assigned, or both.
type ManagedServiceIdentity struct {
	// Type is which identities are assigned. Required.
	Type *ManagedServiceIdentityType `json:"type,omitempty"`
	// UserAssignedIdentities holds the user-assigned identities, keyed by
	// their ARM resource IDs; the values are filled in by the service.
	UserAssignedIdentities map[string]*UserAssignedIdentity `json:"userAssignedIdentities,omitempty"`
	// PrincipalID is the service principal ID of the system-assigned identity.
	// Read-only.
	PrincipalID *string `json:"principalId,omitempty"`
	// TenantID is the tenant of the system-assigned identity. Read-only.
	TenantID *string `json:"tenantId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ManagedServiceIdentity) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ManagedServiceIdentity does not declare are kept in Unknown.
func (m *ManagedServiceIdentity) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// UserAssignedIdentity describes one user-assigned identity. Every member is
// read-only.
type UserAssignedIdentity struct {
	// ClientID is the identity's client (application) ID.
	ClientID *string `json:"clientId,omitempty"`
	// PrincipalID is the identity's service principal ID.
	PrincipalID *string `json:"principalId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UserAssignedIdentity) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UserAssignedIdentity does not declare are kept in Unknown.
func (m *UserAssignedIdentity) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ManagedServiceIdentityType is which managed identities a resource has.
// Values this version does not know decode as they are.
type ManagedServiceIdentityType string

// Known ManagedServiceIdentityType values.
const (
	// ManagedServiceIdentityTypeNone assigns none.
	ManagedServiceIdentityTypeNone ManagedServiceIdentityType = "None"
	// ManagedServiceIdentityTypeSystemAssigned assigns the system identity.
	ManagedServiceIdentityTypeSystemAssigned ManagedServiceIdentityType = "SystemAssigned"
	// ManagedServiceIdentityTypeUserAssigned assigns user identities.
	ManagedServiceIdentityTypeUserAssigned ManagedServiceIdentityType = "UserAssigned"
	// ManagedServiceIdentityTypeSystemAndUserAssigned assigns both.
	ManagedServiceIdentityTypeSystemAndUserAssigned ManagedServiceIdentityType = "SystemAssigned,UserAssigned"
)

// PossibleManagedServiceIdentityTypeValues returns the known ManagedServiceIdentityType values.
func PossibleManagedServiceIdentityTypeValues() []ManagedServiceIdentityType {
	return []ManagedServiceIdentityType{ManagedServiceIdentityTypeNone, ManagedServiceIdentityTypeSystemAssigned, ManagedServiceIdentityTypeUserAssigned, ManagedServiceIdentityTypeSystemAndUserAssigned}
}
