package deviceprovisioning

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// ManagedServiceIdentity holds the managed identities of a provisioning
// service (2025-02-01-preview). Type is required.
//
// Type is decoded with ParseManagedServiceIdentityType, so both spellings
// the service uses for the combined type, "SystemAssigned,UserAssigned" and
// "SystemAssigned, UserAssigned", compare equal to
// ManagedServiceIdentityTypeSystemAssignedUserAssigned; it is written back
// in the spec's spelling, without the space.
type ManagedServiceIdentity struct {
	// Type is the kind of identities.
	Type *ManagedServiceIdentityType
	// PrincipalID is the service principal of the system-assigned
	// identity. Read-only.
	PrincipalID *string
	// TenantID is the tenant of the system-assigned identity. Read-only.
	TenantID *string
	// UserAssignedIdentities are the user-assigned identities, by ARM
	// resource ID; in requests their values may be empty.
	UserAssignedIdentities map[string]UserAssignedIdentity

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of m to b.
func (m ManagedServiceIdentity) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "type", m.Type)
	pipeline.WriteString(&w, "principalId", m.PrincipalID)
	pipeline.WriteString(&w, "tenantId", m.TenantID)
	pipeline.WriteMap(&w, "userAssignedIdentities", m.UserAssignedIdentities, pipeline.ModelValue[UserAssignedIdentity])
	return w.Close(m.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (m ManagedServiceIdentity) MarshalJSON() ([]byte, error) { return pipeline.Marshal(m) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (m *ManagedServiceIdentity) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ManagedServiceIdentity", &m.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			if err := pipeline.DecodeString(v, &m.Type); err != nil || m.Type == nil {
				return true, err
			}
			*m.Type = ParseManagedServiceIdentityType(string(*m.Type))
			return true, nil
		case "principalId":
			return true, pipeline.DecodeString(v, &m.PrincipalID)
		case "tenantId":
			return true, pipeline.DecodeString(v, &m.TenantID)
		case "userAssignedIdentities":
			return true, pipeline.DecodeMap(v, &m.UserAssignedIdentities, pipeline.ModelElem[UserAssignedIdentity])
		}
		return false, nil
	})
}

// UserAssignedIdentity is one user-assigned identity of a
// ManagedServiceIdentity; both fields are read-only, so in requests it is
// empty.
type UserAssignedIdentity struct {
	// PrincipalID is the identity's service principal. Read-only.
	PrincipalID *string
	// ClientID is the identity's client (application) ID. Read-only.
	ClientID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of u to b.
func (u UserAssignedIdentity) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "principalId", u.PrincipalID)
	pipeline.WriteString(&w, "clientId", u.ClientID)
	return w.Close(u.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (u UserAssignedIdentity) MarshalJSON() ([]byte, error) { return pipeline.Marshal(u) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (u *UserAssignedIdentity) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "UserAssignedIdentity", &u.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "principalId":
			return true, pipeline.DecodeString(v, &u.PrincipalID)
		case "clientId":
			return true, pipeline.DecodeString(v, &u.ClientID)
		}
		return false, nil
	})
}

// SystemData is ARM's metadata about the creation and last modification of
// a resource. Read-only.
type SystemData struct {
	// CreatedBy is the identity that created the resource.
	CreatedBy *string
	// CreatedByType is the kind of that identity.
	CreatedByType *CreatedByType
	// CreatedAt is when the resource was created (UTC).
	CreatedAt *time.Time
	// LastModifiedBy is the identity that last modified the resource.
	LastModifiedBy *string
	// LastModifiedByType is the kind of that identity.
	LastModifiedByType *CreatedByType
	// LastModifiedAt is when the resource was last modified (UTC).
	LastModifiedAt *time.Time

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s SystemData) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "createdBy", s.CreatedBy)
	pipeline.WriteString(&w, "createdByType", s.CreatedByType)
	w.Time("createdAt", s.CreatedAt)
	pipeline.WriteString(&w, "lastModifiedBy", s.LastModifiedBy)
	pipeline.WriteString(&w, "lastModifiedByType", s.LastModifiedByType)
	w.Time("lastModifiedAt", s.LastModifiedAt)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s SystemData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *SystemData) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SystemData", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "createdBy":
			return true, pipeline.DecodeString(v, &s.CreatedBy)
		case "createdByType":
			return true, pipeline.DecodeString(v, &s.CreatedByType)
		case "createdAt":
			return true, pipeline.DecodeTime(v, &s.CreatedAt)
		case "lastModifiedBy":
			return true, pipeline.DecodeString(v, &s.LastModifiedBy)
		case "lastModifiedByType":
			return true, pipeline.DecodeString(v, &s.LastModifiedByType)
		case "lastModifiedAt":
			return true, pipeline.DecodeTime(v, &s.LastModifiedAt)
		}
		return false, nil
	})
}
