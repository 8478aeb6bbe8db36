package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// RoleAssignmentResourceFormat is a role assignment of a hub: an ARM proxy
// resource whose definition is in Properties (nested under "properties" on
// the wire).
type RoleAssignmentResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{assignment}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/roleAssignments". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *RoleAssignment `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RoleAssignment assigns a role over sets of the hub's resources to
// principals.
type RoleAssignment struct {
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// AssignmentName is the assignment name. Read-only.
	AssignmentName *string `json:"assignmentName,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// Role is the role assigned. Required.
	Role *RoleTypes `json:"role,omitempty"`
	// Principals are the principals assigned. Required.
	Principals []AssignmentPrincipal `json:"principals,omitempty"`
	// Profiles is the set of profiles the assignment covers.
	Profiles *ResourceSetDescription `json:"profiles,omitempty"`
	// Interactions is the set of interactions the assignment covers.
	Interactions *ResourceSetDescription `json:"interactions,omitempty"`
	// Links is the set of links the assignment covers.
	Links *ResourceSetDescription `json:"links,omitempty"`
	// Kpis is the set of KPIs the assignment covers.
	Kpis *ResourceSetDescription `json:"kpis,omitempty"`
	// SasPolicies is the set of SAS policies the assignment covers.
	SasPolicies *ResourceSetDescription `json:"sasPolicies,omitempty"`
	// Connectors is the set of connectors the assignment covers.
	Connectors *ResourceSetDescription `json:"connectors,omitempty"`
	// Views is the set of views the assignment covers.
	Views *ResourceSetDescription `json:"views,omitempty"`
	// RelationshipLinks is the set of relationship links the assignment
	// covers.
	RelationshipLinks *ResourceSetDescription `json:"relationshipLinks,omitempty"`
	// Relationships is the set of relationships the assignment covers.
	Relationships *ResourceSetDescription `json:"relationships,omitempty"`
	// WidgetTypes is the set of widget types the assignment covers.
	WidgetTypes *ResourceSetDescription `json:"widgetTypes,omitempty"`
	// RoleAssignments is the set of role assignments the assignment covers.
	RoleAssignments *ResourceSetDescription `json:"roleAssignments,omitempty"`
	// ConflationPolicies is the set of conflation policies the assignment
	// covers.
	ConflationPolicies *ResourceSetDescription `json:"conflationPolicies,omitempty"`
	// Segments is the set of segments the assignment covers.
	Segments *ResourceSetDescription `json:"segments,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ResourceSetDescription is a set of resources: Elements, or every element
// ("*") but Exceptions.
type ResourceSetDescription struct {
	// Elements are the elements of the set.
	Elements []string `json:"elements,omitempty"`
	// Exceptions are the elements left out when Elements holds "*".
	Exceptions []string `json:"exceptions,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AssignmentPrincipal is a principal a role is assigned to.
type AssignmentPrincipal struct {
	// PrincipalID is the principal ID. Required.
	PrincipalID *string `json:"principalId,omitempty"`
	// PrincipalType is the type of the principal ID. Required.
	PrincipalType *string `json:"principalType,omitempty"`
	// PrincipalMetadata holds other metadata of the principal.
	PrincipalMetadata map[string]string `json:"principalMetadata,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RoleAssignmentListResult is one page of role assignments.
type RoleAssignmentListResult struct {
	// Value holds the role assignments of the page.
	Value []RoleAssignmentResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RoleTypes is a role of a hub. The service treats it as a closed set; a
// value this version does not list still decodes as is.
type RoleTypes string

// Values of RoleTypes.
const (
	RoleTypesAdmin        RoleTypes = "Admin"
	RoleTypesReader       RoleTypes = "Reader"
	RoleTypesManageAdmin  RoleTypes = "ManageAdmin"
	RoleTypesManageReader RoleTypes = "ManageReader"
	RoleTypesDataAdmin    RoleTypes = "DataAdmin"
	RoleTypesDataReader   RoleTypes = "DataReader"
)

// PossibleRoleTypesValues returns every RoleTypes value.
func PossibleRoleTypesValues() []RoleTypes {
	return []RoleTypes{RoleTypesAdmin, RoleTypesReader, RoleTypesManageAdmin, RoleTypesManageReader, RoleTypesDataAdmin, RoleTypesDataReader}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleAssignmentResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleAssignmentResourceFormat does not declare are kept in Unknown.
func (m *RoleAssignmentResourceFormat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleAssignment) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleAssignment does not declare are kept in Unknown.
func (m *RoleAssignment) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ResourceSetDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ResourceSetDescription does not declare are kept in Unknown.
func (m *ResourceSetDescription) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AssignmentPrincipal) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AssignmentPrincipal does not declare are kept in Unknown.
func (m *AssignmentPrincipal) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RoleAssignmentListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RoleAssignmentListResult does not declare are kept in Unknown.
func (m *RoleAssignmentListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
