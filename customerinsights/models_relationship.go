package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// RelationshipResourceFormat is a relationship between two profile types of
// a hub: an ARM proxy resource whose definition is in Properties (nested
// under "properties" on the wire).
type RelationshipResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{relationship}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/relationships". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *RelationshipDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipDefinition defines a relationship from a profile type to a
// related one.
type RelationshipDefinition struct {
	// Cardinality is the cardinality of the relationship.
	Cardinality *CardinalityTypes `json:"cardinality,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// ExpiryDateTimeUTC is when the relationship expires.
	ExpiryDateTimeUTC *time.Time `json:"expiryDateTimeUtc,omitempty"`
	// Fields are the properties of the relationship.
	Fields []PropertyDefinition `json:"fields,omitempty"`
	// LookupMappings map profile fields to the strong IDs of the related
	// profile.
	LookupMappings []RelationshipTypeMapping `json:"lookupMappings,omitempty"`
	// ProfileType is the profile type. Required.
	ProfileType *string `json:"profileType,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// RelationshipName is the relationship name. Read-only.
	RelationshipName *string `json:"relationshipName,omitempty"`
	// RelatedProfileType is the related profile type. Required.
	RelatedProfileType *string `json:"relatedProfileType,omitempty"`
	// RelationshipGUIDID is the relationship GUID. Read-only.
	RelationshipGUIDID *string `json:"relationshipGuidId,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipTypeMapping maps profile fields to a strong ID of the related
// profile.
type RelationshipTypeMapping struct {
	// FieldMappings map each key property of the strong ID (composite keys
	// have several). Required.
	FieldMappings []RelationshipTypeFieldMapping `json:"fieldMappings,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipTypeFieldMapping maps one profile field to a key property of
// the related profile.
type RelationshipTypeFieldMapping struct {
	// ProfileFieldName is the profile field. Required.
	ProfileFieldName *string `json:"profileFieldName,omitempty"`
	// RelatedProfileKeyProperty is the key property of the related profile.
	// Required.
	RelatedProfileKeyProperty *string `json:"relatedProfileKeyProperty,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// RelationshipListResult is one page of relationships.
type RelationshipListResult struct {
	// Value holds the relationships of the page.
	Value []RelationshipResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// CardinalityTypes is the cardinality of a relationship. The service treats
// it as a closed set; a value this version does not list still decodes as
// is.
type CardinalityTypes string

// Values of CardinalityTypes.
const (
	CardinalityTypesOneToOne   CardinalityTypes = "OneToOne"
	CardinalityTypesOneToMany  CardinalityTypes = "OneToMany"
	CardinalityTypesManyToMany CardinalityTypes = "ManyToMany"
)

// PossibleCardinalityTypesValues returns every CardinalityTypes value.
func PossibleCardinalityTypesValues() []CardinalityTypes {
	return []CardinalityTypes{CardinalityTypesOneToOne, CardinalityTypesOneToMany, CardinalityTypesManyToMany}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipResourceFormat does not declare are kept in Unknown.
func (m *RelationshipResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipDefinition does not declare are kept in Unknown.
func (m *RelationshipDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipTypeMapping) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipTypeMapping does not declare are kept in Unknown.
func (m *RelationshipTypeMapping) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipTypeFieldMapping) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipTypeFieldMapping does not declare are kept in Unknown.
func (m *RelationshipTypeFieldMapping) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RelationshipListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RelationshipListResult does not declare are kept in Unknown.
func (m *RelationshipListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
