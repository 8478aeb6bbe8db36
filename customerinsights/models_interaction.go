package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// InteractionResourceFormat is an interaction type of a hub: an ARM proxy
// resource whose definition is in Properties (nested under "properties" on
// the wire).
type InteractionResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{interaction}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/interactions". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *InteractionTypeDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// InteractionTypeDefinition defines an interaction type: its fields, the
// profiles that participate, and, for activities, its data sources.
type InteractionTypeDefinition struct {
	// Attributes are the attributes of the type, by name.
	Attributes map[string][]string `json:"attributes,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// LocalizedAttributes holds custom localized attributes: attribute name →
	// locale → value.
	LocalizedAttributes map[string]map[string]string `json:"localizedAttributes,omitempty"`
	// SmallImage is a small image of the type.
	SmallImage *string `json:"smallImage,omitempty"`
	// MediumImage is a medium image of the type.
	MediumImage *string `json:"mediumImage,omitempty"`
	// LargeImage is a large image of the type.
	LargeImage *string `json:"largeImage,omitempty"`
	// APIEntitySetName becomes the OData entity set name of the type.
	APIEntitySetName *string `json:"apiEntitySetName,omitempty"`
	// EntityType is the kind of entity; Interaction for interactions.
	EntityType *EntityTypes `json:"entityType,omitempty"`
	// Fields are the properties of the interaction.
	Fields []PropertyDefinition `json:"fields,omitempty"`
	// InstancesCount is the number of instances.
	InstancesCount *int32 `json:"instancesCount,omitempty"`
	// LastChangedUTC is when the type definition last changed. Read-only.
	LastChangedUTC *time.Time `json:"lastChangedUtc,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// SchemaItemTypeLink is the schema.org link that helps the service suggest
	// semantic models.
	SchemaItemTypeLink *string `json:"schemaItemTypeLink,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// TimestampFieldName names the field that holds when an instance happened.
	TimestampFieldName *string `json:"timestampFieldName,omitempty"`
	// TypeName is the name of the entity.
	TypeName *string `json:"typeName,omitempty"`
	// IDPropertyNames name the fields that identify an interaction instance.
	IDPropertyNames []string `json:"idPropertyNames,omitempty"`
	// ParticipantProfiles are the profiles that participate in the
	// interaction.
	ParticipantProfiles []Participant `json:"participantProfiles,omitempty"`
	// PrimaryParticipantProfilePropertyName names the participant that acts (a
	// ParticipantName).
	PrimaryParticipantProfilePropertyName *string `json:"primaryParticipantProfilePropertyName,omitempty"`
	// DataSourcePrecedenceRules rank the data sources of activities. Read-
	// only.
	DataSourcePrecedenceRules []DataSourcePrecedence `json:"dataSourcePrecedenceRules,omitempty"`
	// DefaultDataSource is used when an instance names no data source.
	DefaultDataSource *DataSource `json:"defaultDataSource,omitempty"`
	// IsActivity tags the interaction as an activity; the service accepts it
	// only on create.
	IsActivity *bool `json:"isActivity,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Participant is a profile type that participates in an interaction.
type Participant struct {
	// ProfileTypeName is the profile type. Required.
	ProfileTypeName *string `json:"profileTypeName,omitempty"`
	// ParticipantPropertyReferences map interaction properties to profile
	// properties. Required.
	ParticipantPropertyReferences []ParticipantPropertyReference `json:"participantPropertyReferences,omitempty"`
	// ParticipantName is the participant name. Required.
	ParticipantName *string `json:"participantName,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// Role is the role the participant plays.
	Role *string `json:"role,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ParticipantPropertyReference maps a source property to a target property.
type ParticipantPropertyReference struct {
	// SourcePropertyName is the source property. Required.
	SourcePropertyName *string `json:"sourcePropertyName,omitempty"`
	// TargetPropertyName is the target property. Required.
	TargetPropertyName *string `json:"targetPropertyName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ParticipantProfilePropertyReference maps a property of an interaction to
// a property of a profile.
type ParticipantProfilePropertyReference struct {
	// InteractionPropertyName is the source interaction property. Required.
	InteractionPropertyName *string `json:"interactionPropertyName,omitempty"`
	// ProfilePropertyName is the target profile property. Required.
	ProfilePropertyName *string `json:"profilePropertyName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// SuggestRelationshipLinksResponse holds the relationships suggested for an
// interaction.
type SuggestRelationshipLinksResponse struct {
	// InteractionName is the interaction. Read-only.
	InteractionName *string `json:"interactionName,omitempty"`
	// SuggestedRelationships are the suggested relationships. Read-only.
	SuggestedRelationships []RelationshipsLookup `json:"suggestedRelationships,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipsLookup is one suggested relationship. Every field is read-
// only.
type RelationshipsLookup struct {
	// ProfileName is the profile of the relationship.
	ProfileName *string `json:"profileName,omitempty"`
	// ProfilePropertyReferences are the property references of the profile.
	ProfilePropertyReferences []ParticipantProfilePropertyReference `json:"profilePropertyReferences,omitempty"`
	// RelatedProfileName is the related profile.
	RelatedProfileName *string `json:"relatedProfileName,omitempty"`
	// RelatedProfilePropertyReferences are the property references of the
	// related profile.
	RelatedProfilePropertyReferences []ParticipantProfilePropertyReference `json:"relatedProfilePropertyReferences,omitempty"`
	// ExistingRelationshipName is the existing relationship, if any.
	ExistingRelationshipName *string `json:"existingRelationshipName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// InteractionListResult is one page of interactions.
type InteractionListResult struct {
	// Value holds the interactions of the page.
	Value []InteractionResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InteractionResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InteractionResourceFormat does not declare are kept in Unknown.
func (m *InteractionResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InteractionTypeDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InteractionTypeDefinition does not declare are kept in Unknown.
func (m *InteractionTypeDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Participant) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Participant does not declare are kept in Unknown.
func (m *Participant) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ParticipantPropertyReference) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ParticipantPropertyReference does not declare are kept in Unknown.
func (m *ParticipantPropertyReference) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ParticipantProfilePropertyReference) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ParticipantProfilePropertyReference does not declare are kept in Unknown.
func (m *ParticipantProfilePropertyReference) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SuggestRelationshipLinksResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SuggestRelationshipLinksResponse does not declare are kept in Unknown.
func (m *SuggestRelationshipLinksResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipsLookup) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipsLookup does not declare are kept in Unknown.
func (m *RelationshipsLookup) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InteractionListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InteractionListResult does not declare are kept in Unknown.
func (m *InteractionListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
