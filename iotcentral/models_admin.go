package iotcentral

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Organization is a node of the application's organization hierarchy;
// devices, device groups, jobs, users and API tokens can be scoped to one.
type Organization struct {
	// ID is the organization's ID. Read-only.
	ID          *string `json:"id,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`
	// Parent is the ID of the parent organization; none for a top-level
	// organization.
	Parent *string `json:"parent,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Organization) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Organization does not declare are kept in Unknown.
func (m *Organization) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OrganizationCollection is one page of organizations.
type OrganizationCollection struct {
	// Value holds the page's organizations.
	Value []Organization `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OrganizationCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OrganizationCollection does not declare are kept in Unknown.
func (m *OrganizationCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Role is a set of permissions in the application. RoleAdministrator,
// RoleBuilder and RoleOperator are the IDs of the built-in roles.
type Role struct {
	// ID is the role's ID. Read-only.
	ID          *string `json:"id,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Role) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Role does not declare are kept in Unknown.
func (m *Role) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// RoleCollection is one page of roles.
type RoleCollection struct {
	// Value holds the page's roles.
	Value []Role `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleCollection does not declare are kept in Unknown.
func (m *RoleCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// RoleAssignment grants a role to a user or an API token, in the whole
// application or, with Organization, in one organization.
type RoleAssignment struct {
	// Role is the role's ID (see RoleAdministrator, RoleBuilder,
	// RoleOperator). Required.
	Role *string `json:"role,omitempty"`
	// Organization is the ID of the organization the role applies to.
	Organization *string `json:"organization,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleAssignment) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleAssignment does not declare are kept in Unknown.
func (m *RoleAssignment) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// APIToken is an API token of the application: a credential with role
// assignments, for NewClientWithAPIToken.
//
// Token, the secret, is only present in the response to
// APITokensClient.Create; IoT Central never returns it again. Printing an
// APIToken with fmt shows "(redacted)" in its place.
type APIToken struct {
	// ID is the token's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Token is the secret ("SharedAccessSignature sr=…"); only set in
	// the response to APITokensClient.Create. Read-only.
	Token *string `json:"token,omitempty"`
	// Expiry is when the token stops working.
	Expiry *time.Time `json:"expiry,omitempty"`
	// Roles are the token's role assignments; at least one. Required.
	Roles []RoleAssignment `json:"roles,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m APIToken) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members APIToken does not declare are kept in Unknown.
func (m *APIToken) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

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
	Value []APIToken `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m APITokenCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members APITokenCollection does not declare are kept in Unknown.
func (m *APITokenCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
