package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// RelationshipLinkResourceFormat is a relationship link of a hub: an ARM
// proxy resource whose definition is in Properties (nested under
// "properties" on the wire).
type RelationshipLinkResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{relationshipLink}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/relationshipLinks". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *RelationshipLinkDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipLinkDefinition links an interaction type to a relationship.
type RelationshipLinkDefinition struct {
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// InteractionType is the interaction type linked. Required.
	InteractionType *string `json:"interactionType,omitempty"`
	// LinkName is the link name. Read-only.
	LinkName *string `json:"linkName,omitempty"`
	// Mappings map interaction fields to relationship fields.
	Mappings []RelationshipLinkFieldMapping `json:"mappings,omitempty"`
	// ProfilePropertyReferences are the property references of the
	// relationship's profile. Required.
	ProfilePropertyReferences []ParticipantProfilePropertyReference `json:"profilePropertyReferences,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// RelatedProfilePropertyReferences are the property references of the
	// related profile. Required.
	RelatedProfilePropertyReferences []ParticipantProfilePropertyReference `json:"relatedProfilePropertyReferences,omitempty"`
	// RelationshipName is the relationship linked. Required.
	RelationshipName *string `json:"relationshipName,omitempty"`
	// RelationshipGUIDID is the relationship GUID. Read-only.
	RelationshipGUIDID *string `json:"relationshipGuidId,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipLinkFieldMapping maps an interaction field to a relationship
// field.
type RelationshipLinkFieldMapping struct {
	// InteractionFieldName is the field of the interaction type. Required.
	InteractionFieldName *string `json:"interactionFieldName,omitempty"`
	// LinkType says how the field is copied.
	LinkType *LinkTypes `json:"linkType,omitempty"`
	// RelationshipFieldName is the field of the relationship. Required.
	RelationshipFieldName *string `json:"relationshipFieldName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipLinkListResult is one page of relationship links.
type RelationshipLinkListResult struct {
	// Value holds the relationship links of the page.
	Value []RelationshipLinkResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// LinkTypes says how a linked field is copied. The service treats it as a
// closed set; a value this version does not list still decodes as is.
type LinkTypes string

// Values of LinkTypes.
const (
	LinkTypesUpdateAlways LinkTypes = "UpdateAlways"
	LinkTypesCopyIfNull   LinkTypes = "CopyIfNull"
)

// PossibleLinkTypesValues returns every LinkTypes value.
func PossibleLinkTypesValues() []LinkTypes {
	return []LinkTypes{LinkTypesUpdateAlways, LinkTypesCopyIfNull}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipLinkResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipLinkResourceFormat does not declare are kept in Unknown.
func (m *RelationshipLinkResourceFormat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipLinkDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipLinkDefinition does not declare are kept in Unknown.
func (m *RelationshipLinkDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipLinkFieldMapping) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipLinkFieldMapping does not declare are kept in Unknown.
func (m *RelationshipLinkFieldMapping) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipLinkListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipLinkListResult does not declare are kept in Unknown.
func (m *RelationshipLinkListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
