package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// User is a user of the application, told apart by its "type":
// *EmailUser, *ServicePrincipalUser, *ADGroupUser or, for a type this
// version does not know, *UnknownUser, which keeps every member.
type User interface {
	// Kind returns the user's "type".
	Kind() UserType
	// Info returns what every kind of user has: ID, type and roles.
	Info() UserInfo
	isUser()
}

// UserInfo is what every kind of user has.
type UserInfo struct {
	ID    *string
	Type  UserType
	Roles []RoleAssignment
}

func init() {
	wire.RegisterUnion[User]("type",
		func(kind string) User {
			switch UserType(kind) {
			case UserTypeEmail:
				return &EmailUser{}
			case UserTypeServicePrincipal:
				return &ServicePrincipalUser{}
			case UserTypeADGroup:
				return &ADGroupUser{}
			default:
				return &UnknownUser{}
			}
		},
		func(v User) string {
			switch v.(type) {
			case *EmailUser:
				return string(UserTypeEmail)
			case *ServicePrincipalUser:
				return string(UserTypeServicePrincipal)
			case *ADGroupUser:
				return string(UserTypeADGroup)
			default:
				return ""
			}
		})
}

// EmailUser is a user who signs in with an email address.
type EmailUser struct {
	// ID is the user's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Roles are the user's role assignments; at least one. Required.
	Roles []RoleAssignment `json:"roles,omitempty"`
	// Email is the user's email address. Required.
	Email *string `json:"email,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EmailUser) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EmailUser does not declare are kept in Unknown.
func (m *EmailUser) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns UserTypeEmail.
func (*EmailUser) Kind() UserType { return UserTypeEmail }

// Info returns the user's ID, type and roles.
func (u *EmailUser) Info() UserInfo { return UserInfo{ID: u.ID, Type: UserTypeEmail, Roles: u.Roles} }
func (*EmailUser) isUser()          {}

// ServicePrincipalUser is a Microsoft Entra service principal (an
// application) given access to the IoT Central application.
type ServicePrincipalUser struct {
	// ID is the user's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Roles are the user's role assignments; at least one. Required.
	Roles []RoleAssignment `json:"roles,omitempty"`
	// TenantID is the service principal's Entra tenant ID. Required.
	TenantID *string `json:"tenantId,omitempty"`
	// ObjectID is the service principal's Entra object ID. Required.
	ObjectID *string `json:"objectId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServicePrincipalUser) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ServicePrincipalUser does not declare are kept in Unknown.
func (m *ServicePrincipalUser) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns UserTypeServicePrincipal.
func (*ServicePrincipalUser) Kind() UserType { return UserTypeServicePrincipal }

// Info returns the user's ID, type and roles.
func (u *ServicePrincipalUser) Info() UserInfo {
	return UserInfo{ID: u.ID, Type: UserTypeServicePrincipal, Roles: u.Roles}
}
func (*ServicePrincipalUser) isUser() {}

// ADGroupUser is a Microsoft Entra group whose members get access to the
// application.
type ADGroupUser struct {
	// ID is the user's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Roles are the group's role assignments; at least one. Required.
	Roles []RoleAssignment `json:"roles,omitempty"`
	// TenantID is the group's Entra tenant ID. Required.
	TenantID *string `json:"tenantId,omitempty"`
	// ObjectID is the group's Entra object ID. Required.
	ObjectID *string `json:"objectId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ADGroupUser) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ADGroupUser does not declare are kept in Unknown.
func (m *ADGroupUser) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns UserTypeADGroup.
func (*ADGroupUser) Kind() UserType { return UserTypeADGroup }

// Info returns the user's ID, type and roles.
func (u *ADGroupUser) Info() UserInfo {
	return UserInfo{ID: u.ID, Type: UserTypeADGroup, Roles: u.Roles}
}
func (*ADGroupUser) isUser() {}

// UnknownUser is a user whose type this version does not know: its "type",
// ID, roles and every other member are kept and written back.
type UnknownUser struct {
	// ID is the user's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Type is the user's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`
	// Roles are the user's role assignments.
	Roles []RoleAssignment `json:"roles,omitempty"`

	// Unknown holds the user's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownUser) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownUser does not declare are kept in Unknown.
func (m *UnknownUser) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the user's type.
func (u *UnknownUser) Kind() UserType {
	if u == nil || u.Type == nil {
		return ""
	}
	return UserType(*u.Type)
}

// Info returns the user's ID, type and roles.
func (u *UnknownUser) Info() UserInfo { return UserInfo{ID: u.ID, Type: u.Kind(), Roles: u.Roles} }
func (*UnknownUser) isUser()          {}

// UserCollection is one page of users.
type UserCollection struct {
	// Value holds the page's users.
	Value []User `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UserCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UserCollection does not declare are kept in Unknown.
func (m *UserCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
