package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// LinkResourceFormat is a link of a hub: how instances of a source type
// create or update instances of a target type: an ARM proxy resource whose
// definition is in Properties (nested under "properties" on the wire).
type LinkResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{link}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/links". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *LinkDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// LinkDefinition defines a link from a source entity type to a target one.
type LinkDefinition struct {
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// LinkName is the link name. Read-only.
	LinkName *string `json:"linkName,omitempty"`
	// SourceEntityType is the kind of the source type. Required.
	SourceEntityType *EntityType `json:"sourceEntityType,omitempty"`
	// TargetEntityType is the kind of the target type. Required.
	TargetEntityType *EntityType `json:"targetEntityType,omitempty"`
	// SourceEntityTypeName is the source type. Required.
	SourceEntityTypeName *string `json:"sourceEntityTypeName,omitempty"`
	// TargetEntityTypeName is the target type. Required.
	TargetEntityTypeName *string `json:"targetEntityTypeName,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// Mappings map source properties to target properties.
	Mappings []TypePropertiesMapping `json:"mappings,omitempty"`
	// ParticipantPropertyReferences are the properties that identify the
	// participating profile. Required.
	ParticipantPropertyReferences []ParticipantPropertyReference `json:"participantPropertyReferences,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// ReferenceOnly makes a link without Mappings only reference profiles,
	// never create or update them.
	ReferenceOnly *bool `json:"referenceOnly,omitempty"`
	// OperationType says whether the link creates or deletes instances (when
	// not ReferenceOnly).
	OperationType *InstanceOperationType `json:"operationType,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// TypePropertiesMapping maps a property of a link's source type to one of
// its target type.
type TypePropertiesMapping struct {
	// SourcePropertyName is the source property. Required.
	SourcePropertyName *string `json:"sourcePropertyName,omitempty"`
	// TargetPropertyName is the target property. Required.
	TargetPropertyName *string `json:"targetPropertyName,omitempty"`
	// LinkType says how the property is copied.
	LinkType *LinkTypes `json:"linkType,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// LinkListResult is one page of links.
type LinkListResult struct {
	// Value holds the links of the page.
	Value []LinkResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// EntityType is the kind of a link's source or target type (the spec names
// this enum apart from EntityTypes). The service treats it as a closed set;
// a value this version does not list still decodes as is.
type EntityType string

// Values of EntityType.
const (
	EntityTypeNone         EntityType = "None"
	EntityTypeProfile      EntityType = "Profile"
	EntityTypeInteraction  EntityType = "Interaction"
	EntityTypeRelationship EntityType = "Relationship"
)

// PossibleEntityTypeValues returns every EntityType value.
func PossibleEntityTypeValues() []EntityType {
	return []EntityType{EntityTypeNone, EntityTypeProfile, EntityTypeInteraction, EntityTypeRelationship}
}

// InstanceOperationType says whether a link creates (Upsert) or deletes
// instances. The service treats it as a closed set; a value this version
// does not list still decodes as is.
type InstanceOperationType string

// Values of InstanceOperationType.
const (
	InstanceOperationTypeUpsert InstanceOperationType = "Upsert"
	InstanceOperationTypeDelete InstanceOperationType = "Delete"
)

// PossibleInstanceOperationTypeValues returns every InstanceOperationType value.
func PossibleInstanceOperationTypeValues() []InstanceOperationType {
	return []InstanceOperationType{InstanceOperationTypeUpsert, InstanceOperationTypeDelete}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LinkResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LinkResourceFormat does not declare are kept in Unknown.
func (m *LinkResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LinkDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LinkDefinition does not declare are kept in Unknown.
func (m *LinkDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TypePropertiesMapping) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TypePropertiesMapping does not declare are kept in Unknown.
func (m *TypePropertiesMapping) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LinkListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LinkListResult does not declare are kept in Unknown.
func (m *LinkListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
