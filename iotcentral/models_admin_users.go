package iotcentral

import (
	"bytes"
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// User is a user of the application, told apart by its "type":
// *EmailUser, *ServicePrincipalUser, *ADGroupUser or, for a type this
// version does not know, *UnknownUser, which keeps the user's JSON
// unchanged.
type User interface {
	// Kind returns the user's "type".
	Kind() UserType
	// Info returns what every kind of user has: ID, type and roles.
	Info() UserInfo
	// AppendJSON appends the user's JSON encoding, "type" included, to b.
	AppendJSON(b []byte) ([]byte, error)
	json.Marshaler
	isUser()
}

// UserInfo is what every kind of user has.
type UserInfo struct {
	ID    *string
	Type  UserType
	Roles []RoleAssignment
}

// UnmarshalUser decodes a user, choosing its Go type from the "type"
// member; JSON null decodes to a nil User.
func UnmarshalUser(data []byte) (User, error) {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil, nil
	}
	kind, err := typeMember(data, "User")
	if err != nil {
		return nil, err
	}
	var u interface {
		User
		json.Unmarshaler
	}
	switch UserType(kind) {
	case UserTypeEmail:
		u = &EmailUser{}
	case UserTypeServicePrincipal:
		u = &ServicePrincipalUser{}
	case UserTypeADGroup:
		u = &ADGroupUser{}
	default:
		u = &UnknownUser{}
	}
	if err := u.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return u, nil
}

// EmailUser is a user who signs in with an email address.
type EmailUser struct {
	// ID is the user's ID. Read-only.
	ID *string
	// Roles are the user's role assignments; at least one. Required.
	Roles []RoleAssignment
	// Email is the user's email address. Required.
	Email *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns UserTypeEmail.
func (*EmailUser) Kind() UserType { return UserTypeEmail }

// Info returns the user's ID, type and roles.
func (u *EmailUser) Info() UserInfo { return UserInfo{ID: u.ID, Type: UserTypeEmail, Roles: u.Roles} }
func (*EmailUser) isUser()          {}

// AppendJSON appends the JSON encoding of u to b.
func (u *EmailUser) AppendJSON(b []byte) ([]byte, error) {
	if u == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	writeUserCommon(&w, u.ID, UserTypeEmail, u.Roles)
	pipeline.WriteString(&w, "email", u.Email)
	return w.Close(u.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (u *EmailUser) MarshalJSON() ([]byte, error) { return pipeline.Marshal(u) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (u *EmailUser) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "EmailUser", &u.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "email" {
			return true, pipeline.DecodeString(v, &u.Email)
		}
		return decodeUserCommon(name, v, &u.ID, &u.Roles)
	})
}

// ServicePrincipalUser is a Microsoft Entra service principal (an
// application identity) given access to the application.
type ServicePrincipalUser struct {
	// ID is the user's ID. Read-only.
	ID *string
	// Roles are the user's role assignments; at least one. Required.
	Roles []RoleAssignment
	// TenantID is the service principal's Entra tenant ID. Required.
	TenantID *string
	// ObjectID is the service principal's Entra object ID. Required.
	ObjectID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns UserTypeServicePrincipal.
func (*ServicePrincipalUser) Kind() UserType { return UserTypeServicePrincipal }

// Info returns the user's ID, type and roles.
func (u *ServicePrincipalUser) Info() UserInfo {
	return UserInfo{ID: u.ID, Type: UserTypeServicePrincipal, Roles: u.Roles}
}
func (*ServicePrincipalUser) isUser() {}

// AppendJSON appends the JSON encoding of u to b.
func (u *ServicePrincipalUser) AppendJSON(b []byte) ([]byte, error) {
	if u == nil {
		return append(b, "null"...), nil
	}
	return appendPrincipalUser(b, UserTypeServicePrincipal, u.ID, u.Roles, u.TenantID, u.ObjectID, u.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (u *ServicePrincipalUser) MarshalJSON() ([]byte, error) { return pipeline.Marshal(u) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (u *ServicePrincipalUser) UnmarshalJSON(data []byte) error {
	return decodePrincipalUser(data, "ServicePrincipalUser", &u.ID, &u.Roles, &u.TenantID, &u.ObjectID, &u.Unknown)
}

// ADGroupUser is a Microsoft Entra group whose members get access to the
// application.
type ADGroupUser struct {
	// ID is the user's ID. Read-only.
	ID *string
	// Roles are the group's role assignments; at least one. Required.
	Roles []RoleAssignment
	// TenantID is the group's Entra tenant ID. Required.
	TenantID *string
	// ObjectID is the group's Entra object ID. Required.
	ObjectID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns UserTypeADGroup.
func (*ADGroupUser) Kind() UserType { return UserTypeADGroup }

// Info returns the user's ID, type and roles.
func (u *ADGroupUser) Info() UserInfo {
	return UserInfo{ID: u.ID, Type: UserTypeADGroup, Roles: u.Roles}
}
func (*ADGroupUser) isUser() {}

// AppendJSON appends the JSON encoding of u to b.
func (u *ADGroupUser) AppendJSON(b []byte) ([]byte, error) {
	if u == nil {
		return append(b, "null"...), nil
	}
	return appendPrincipalUser(b, UserTypeADGroup, u.ID, u.Roles, u.TenantID, u.ObjectID, u.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (u *ADGroupUser) MarshalJSON() ([]byte, error) { return pipeline.Marshal(u) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (u *ADGroupUser) UnmarshalJSON(data []byte) error {
	return decodePrincipalUser(data, "ADGroupUser", &u.ID, &u.Roles, &u.TenantID, &u.ObjectID, &u.Unknown)
}

func writeUserCommon(w *pipeline.ObjectWriter, id *string, kind UserType, roles []RoleAssignment) {
	pipeline.WriteString(w, "id", id)
	pipeline.WriteString(w, "type", &kind)
	pipeline.WriteSlice(w, "roles", roles, pipeline.ModelValue[RoleAssignment])
}

// decodeUserCommon reads the members every user has; "type" is implied by
// the Go type.
func decodeUserCommon(name, v []byte, id **string, roles *[]RoleAssignment) (bool, error) {
	switch string(name) {
	case "type":
		return true, nil
	case "id":
		return true, pipeline.DecodeString(v, id)
	case "roles":
		return true, pipeline.DecodeSlice(v, roles, pipeline.ModelElem[RoleAssignment])
	}
	return false, nil
}

func appendPrincipalUser(b []byte, kind UserType, id *string, roles []RoleAssignment, tenantID, objectID *string, unknown map[string]json.RawMessage) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	writeUserCommon(&w, id, kind, roles)
	pipeline.WriteString(&w, "tenantId", tenantID)
	pipeline.WriteString(&w, "objectId", objectID)
	return w.Close(unknown)
}

func decodePrincipalUser(data []byte, model string, id **string, roles *[]RoleAssignment, tenantID, objectID **string, unknown *map[string]json.RawMessage) error {
	return pipeline.DecodeObject(data, model, unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "tenantId":
			return true, pipeline.DecodeString(v, tenantID)
		case "objectId":
			return true, pipeline.DecodeString(v, objectID)
		}
		return decodeUserCommon(name, v, id, roles)
	})
}

// UnknownUser is a user whose type this version does not know. It keeps
// the user's JSON and writes it back unchanged.
type UnknownUser struct {
	// Type is the user's "type" ("" when it has none).
	Type UserType
	// Raw is the user's JSON object. When it is empty, the user is written
	// as {"type": Type}.
	Raw json.RawMessage
}

// Kind returns the user's type.
func (u *UnknownUser) Kind() UserType {
	if u == nil {
		return ""
	}
	return u.Type
}

// Info returns the user's type, and the ID and roles found in Raw when
// they decode.
func (u *UnknownUser) Info() UserInfo {
	info := UserInfo{Type: u.Type}
	if len(u.Raw) > 0 {
		var ignored map[string]json.RawMessage
		_ = pipeline.DecodeObject(u.Raw, "UnknownUser", &ignored, func(name, v []byte) (bool, error) {
			_, _ = decodeUserCommon(name, v, &info.ID, &info.Roles)
			return true, nil
		})
	}
	return info
}
func (*UnknownUser) isUser() {}

// AppendJSON appends Raw (or {"type": Type}) to b.
func (u *UnknownUser) AppendJSON(b []byte) ([]byte, error) {
	if u == nil {
		return append(b, "null"...), nil
	}
	return appendUnknownKind(b, string(u.Type), u.Raw)
}

// MarshalJSON implements json.Marshaler.
func (u *UnknownUser) MarshalJSON() ([]byte, error) { return pipeline.Marshal(u) }

// UnmarshalJSON keeps data in Raw and its "type" in Type.
func (u *UnknownUser) UnmarshalJSON(data []byte) error {
	kind, raw, err := decodeUnknownKind(data, "UnknownUser")
	u.Type, u.Raw = UserType(kind), raw
	return err
}

// UserCollection is one page of users.
type UserCollection struct {
	// Value holds the page's users.
	Value []User
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s UserCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, appendUser)
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s UserCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *UserCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "UserCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, decodeUser)
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}

func decodeUser(v []byte, dst *User) error {
	u, err := UnmarshalUser(v)
	*dst = u
	return err
}

func appendUser(b []byte, u User) ([]byte, error) {
	if u == nil {
		return append(b, "null"...), nil
	}
	return u.AppendJSON(b)
}
