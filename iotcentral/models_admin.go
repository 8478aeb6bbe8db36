package iotcentral

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// Organization is a node of the application's organization hierarchy;
// devices, device groups, jobs, users and API tokens can be scoped to one.
type Organization struct {
	// ID is the organization's ID. Read-only.
	ID          *string
	DisplayName *string
	// Parent is the ID of the parent organization; none for a top-level
	// organization.
	Parent *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s Organization) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "parent", s.Parent)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s Organization) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *Organization) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Organization", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		case "parent":
			return true, pipeline.DecodeString(v, &s.Parent)
		}
		return false, nil
	})
}

// OrganizationCollection is one page of organizations.
type OrganizationCollection struct {
	// Value holds the page's organizations.
	Value []Organization
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s OrganizationCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[Organization])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s OrganizationCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *OrganizationCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "OrganizationCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[Organization])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}

// Role is a set of permissions in the application. RoleAdministrator,
// RoleBuilder and RoleOperator are the IDs of the built-in roles.
type Role struct {
	// ID is the role's ID. Read-only.
	ID          *string
	DisplayName *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s Role) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s Role) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *Role) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Role", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		}
		return false, nil
	})
}

// RoleCollection is one page of roles.
type RoleCollection struct {
	// Value holds the page's roles.
	Value []Role
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s RoleCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[Role])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s RoleCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *RoleCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "RoleCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[Role])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}

// RoleAssignment grants a role to a user or an API token, in the whole
// application or, with Organization, in one organization.
type RoleAssignment struct {
	// Role is the role's ID (see RoleAdministrator, RoleBuilder,
	// RoleOperator). Required.
	Role *string
	// Organization is the ID of the organization the role applies to.
	Organization *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s RoleAssignment) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "role", s.Role)
	pipeline.WriteString(&w, "organization", s.Organization)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s RoleAssignment) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *RoleAssignment) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "RoleAssignment", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "role":
			return true, pipeline.DecodeString(v, &s.Role)
		case "organization":
			return true, pipeline.DecodeString(v, &s.Organization)
		}
		return false, nil
	})
}

// APIToken is an API token of the application: a credential with role
// assignments, for NewClientWithAPIToken.
//
// Token, the secret, is only present in the response to
// APITokensClient.Create; IoT Central never returns it again. Printing an
// APIToken with fmt shows "(redacted)" in its place.
type APIToken struct {
	// ID is the token's ID. Read-only.
	ID *string
	// Token is the secret ("SharedAccessSignature sr=…"); only set in
	// the response to APITokensClient.Create. Read-only.
	Token *string
	// Expiry is when the token stops working.
	Expiry *time.Time
	// Roles are the token's role assignments; at least one. Required.
	Roles []RoleAssignment

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b, Token included.
func (s APIToken) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "token", s.Token)
	w.Time("expiry", s.Expiry)
	pipeline.WriteSlice(&w, "roles", s.Roles, pipeline.ModelValue[RoleAssignment])
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s APIToken) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *APIToken) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "APIToken", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "token":
			return true, pipeline.DecodeString(v, &s.Token)
		case "expiry":
			return true, pipeline.DecodeTime(v, &s.Expiry)
		case "roles":
			return true, pipeline.DecodeSlice(v, &s.Roles, pipeline.ModelElem[RoleAssignment])
		}
		return false, nil
	})
}

// String describes the token without its secret, so that printing or
// logging an APIToken never shows the secret.
func (s APIToken) String() string {
	var b strings.Builder
	b.WriteString("APIToken{ID: ")
	if s.ID != nil {
		b.WriteString(*s.ID)
	}
	if s.Expiry != nil {
		b.WriteString(", Expiry: ")
		b.WriteString(s.Expiry.Format(time.RFC3339))
	}
	if s.Token != nil {
		b.WriteString(", Token: (redacted)")
	}
	b.WriteString("}")
	return b.String()
}

// GoString is String, for %#v.
func (s APIToken) GoString() string { return s.String() }

// APITokenCollection is one page of API tokens (never with their secrets).
type APITokenCollection struct {
	// Value holds the page's tokens.
	Value []APIToken
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s APITokenCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[APIToken])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s APITokenCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *APITokenCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "APITokenCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[APIToken])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}
