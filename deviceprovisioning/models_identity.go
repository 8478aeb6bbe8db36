package deviceprovisioning

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ManagedServiceIdentity holds the managed identities of a provisioning
// service (2025-02-01-preview). Type is required.
//
// Type is kept as the service sent it: the service writes the combined
// type both as "SystemAssigned,UserAssigned" and as "SystemAssigned,
// UserAssigned"; compare it with ParseManagedServiceIdentityType,
// HasSystemAssigned or HasUserAssigned, which accept both.
type ManagedServiceIdentity struct {
	// Type is the kind of identities.
	Type *ManagedServiceIdentityType `json:"type,omitempty"`
	// PrincipalID is the service principal of the system-assigned
	// identity. Read-only.
	PrincipalID *string `json:"principalId,omitempty"`
	// TenantID is the tenant of the system-assigned identity. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// UserAssignedIdentities are the user-assigned identities, by ARM
	// resource ID; in requests their values may be empty.
	UserAssignedIdentities map[string]UserAssignedIdentity `json:"userAssignedIdentities,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ManagedServiceIdentity) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ManagedServiceIdentity does not declare are kept in Unknown.
func (m *ManagedServiceIdentity) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// UserAssignedIdentity is one user-assigned identity of a
// ManagedServiceIdentity; both fields are read-only, so in requests it is
// empty.
type UserAssignedIdentity struct {
	// PrincipalID is the identity's service principal. Read-only.
	PrincipalID *string `json:"principalId,omitempty"`
	// ClientID is the identity's client (application) ID. Read-only.
	ClientID *string `json:"clientId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UserAssignedIdentity) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UserAssignedIdentity does not declare are kept in Unknown.
func (m *UserAssignedIdentity) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SystemData is ARM's metadata about the creation and last modification of
// a resource. Read-only.
type SystemData struct {
	// CreatedBy is the identity that created the resource.
	CreatedBy *string `json:"createdBy,omitempty"`
	// CreatedByType is the kind of that identity.
	CreatedByType *CreatedByType `json:"createdByType,omitempty"`
	// CreatedAt is when the resource was created (UTC).
	CreatedAt *time.Time `json:"createdAt,omitempty"`
	// LastModifiedBy is the identity that last modified the resource.
	LastModifiedBy *string `json:"lastModifiedBy,omitempty"`
	// LastModifiedByType is the kind of that identity.
	LastModifiedByType *CreatedByType `json:"lastModifiedByType,omitempty"`
	// LastModifiedAt is when the resource was last modified (UTC).
	LastModifiedAt *time.Time `json:"lastModifiedAt,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SystemData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SystemData does not declare are kept in Unknown.
func (m *SystemData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
