package customerinsights

import (
	"encoding/json"
	"fmt"

	"github.com/azclients/azclients/internal/wire"
)

// AuthorizationPolicyResourceFormat is a shared access (SAS) authorization
// policy of a hub: an ARM proxy resource whose definition is in Properties
// (nested under "properties" on the wire).
type AuthorizationPolicyResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{policy}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/authorizationPolicies". Read-
	// only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *AuthorizationPolicy `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AuthorizationPolicy grants permissions to holders of its keys. The keys
// are secrets: String, GoString and therefore %v, %+v and %#v redact them.
type AuthorizationPolicy struct {
	// PolicyName is the policy name. Read-only.
	PolicyName *string `json:"policyName,omitempty"`
	// Permissions are the permissions granted. Required.
	Permissions []PermissionTypes `json:"permissions,omitempty"`
	// PrimaryKey is the primary key (a secret); the service generates it when
	// not set.
	PrimaryKey *string `json:"primaryKey,omitempty"`
	// SecondaryKey is the secondary key (a secret); the service generates it
	// when not set.
	SecondaryKey *string `json:"secondaryKey,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AuthorizationPolicyListResult is one page of authorization policies.
type AuthorizationPolicyListResult struct {
	// Value holds the authorization policies of the page.
	Value []AuthorizationPolicyResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PermissionTypes is a permission an authorization policy grants. The
// service treats it as a closed set; a value this version does not list
// still decodes as is.
type PermissionTypes string

// Values of PermissionTypes.
const (
	PermissionTypesRead   PermissionTypes = "Read"
	PermissionTypesWrite  PermissionTypes = "Write"
	PermissionTypesManage PermissionTypes = "Manage"
)

// PossiblePermissionTypesValues returns every PermissionTypes value.
func PossiblePermissionTypesValues() []PermissionTypes {
	return []PermissionTypes{PermissionTypesRead, PermissionTypesWrite, PermissionTypesManage}
}

// String describes the policy with its keys redacted: keys are secrets,
// never printed or logged. It also serves %v and %+v.
func (m AuthorizationPolicy) String() string {
	name := ""
	if m.PolicyName != nil {
		name = *m.PolicyName
	}
	return fmt.Sprintf("AuthorizationPolicy{PolicyName: %q, Permissions: %v, PrimaryKey: %s, SecondaryKey: %s}", name, m.Permissions, redacted(m.PrimaryKey), redacted(m.SecondaryKey))
}

// GoString serves %#v, keys redacted.
func (m AuthorizationPolicy) GoString() string { return m.String() }

// String describes the policy resource with its keys redacted; it also
// serves %v and %+v.
func (m AuthorizationPolicyResourceFormat) String() string {
	id, props := "", "<nil>"
	if m.ID != nil {
		id = *m.ID
	}
	if m.Properties != nil {
		props = m.Properties.String()
	}
	return fmt.Sprintf("AuthorizationPolicyResourceFormat{ID: %q, Properties: %s}", id, props)
}

// GoString serves %#v, keys redacted.
func (m AuthorizationPolicyResourceFormat) GoString() string { return m.String() }

// redacted stands for a secret in String: whether it is set, never what it is.
func redacted(key *string) string {
	if key == nil {
		return "<nil>"
	}
	return "(redacted)"
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AuthorizationPolicyResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AuthorizationPolicyResourceFormat does not declare are kept in Unknown.
func (m *AuthorizationPolicyResourceFormat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AuthorizationPolicy) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AuthorizationPolicy does not declare are kept in Unknown.
func (m *AuthorizationPolicy) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AuthorizationPolicyListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AuthorizationPolicyListResult does not declare are kept in Unknown.
func (m *AuthorizationPolicyListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
