package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ProfileResourceFormat is a profile type of a hub: an ARM proxy resource
// whose definition is in Properties (nested under "properties" on the wire).
type ProfileResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource name; the service returns it as "{hub}/{profile}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/profiles". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties is the profile type definition.
	Properties *ProfileTypeDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ProfileTypeDefinition defines a profile type: its fields, the strong IDs
// that identify an instance, and descriptive metadata. It carries every
// member of the spec's EntityTypeDefinition and MetadataDefinitionBase.
type ProfileTypeDefinition struct {
	// Attributes are the attributes of the type, by name.
	Attributes map[string][]string `json:"attributes,omitempty"`
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string `json:"displayName,omitempty"`
	// LocalizedAttributes holds custom localized attributes: attribute
	// name → locale → value.
	LocalizedAttributes map[string]map[string]string `json:"localizedAttributes,omitempty"`
	// SmallImage, MediumImage and LargeImage are images of the type.
	SmallImage  *string `json:"smallImage,omitempty"`
	MediumImage *string `json:"mediumImage,omitempty"`
	LargeImage  *string `json:"largeImage,omitempty"`
	// APIEntitySetName becomes the OData entity set name of the type.
	APIEntitySetName *string `json:"apiEntitySetName,omitempty"`
	// EntityType is the kind of entity; Profile for profiles.
	EntityType *EntityTypes `json:"entityType,omitempty"`
	// Fields are the properties of the profile.
	Fields []PropertyDefinition `json:"fields,omitempty"`
	// InstancesCount is the number of instances.
	InstancesCount *int32 `json:"instancesCount,omitempty"`
	// LastChangedUTC is when the type definition last changed. Read-only.
	LastChangedUTC *time.Time `json:"lastChangedUtc,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// SchemaItemTypeLink is the schema.org link that helps the service
	// suggest semantic models.
	SchemaItemTypeLink *string `json:"schemaItemTypeLink,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// TimestampFieldName names the field that holds when an instance was
	// updated.
	TimestampFieldName *string `json:"timestampFieldName,omitempty"`
	// TypeName is the name of the entity.
	TypeName *string `json:"typeName,omitempty"`
	// StrongIDs are the strong IDs of the profile; each names fields by
	// KeyPropertyNames.
	StrongIDs []StrongID `json:"strongIds,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PropertyDefinition defines one field of a profile type.
type PropertyDefinition struct {
	// ArrayValueSeparator separates the values of an array field.
	ArrayValueSeparator *string `json:"arrayValueSeparator,omitempty"`
	// EnumValidValues are the valid values of an enum field.
	EnumValidValues []ProfileEnumValidValuesFormat `json:"enumValidValues,omitempty"`
	// FieldName is the name of the field. Required.
	FieldName *string `json:"fieldName,omitempty"`
	// FieldType is the EDM type of the field, such as FieldTypeString. Required.
	FieldType *FieldType `json:"fieldType,omitempty"`
	// IsArray makes the field an array of FieldType on the data API.
	IsArray *bool `json:"isArray,omitempty"`
	// IsEnum marks an enum field.
	IsEnum *bool `json:"isEnum,omitempty"`
	// IsFlagEnum marks a flag enum field.
	IsFlagEnum *bool `json:"isFlagEnum,omitempty"`
	// IsImage marks an image field.
	IsImage *bool `json:"isImage,omitempty"`
	// IsLocalizedString marks a localized string field.
	IsLocalizedString *bool `json:"isLocalizedString,omitempty"`
	// IsName marks a field that is a name or part of one.
	IsName *bool `json:"isName,omitempty"`
	// IsRequired makes the field required on instances; the service
	// checks it for interactions only.
	IsRequired *bool `json:"isRequired,omitempty"`
	// PropertyID is the ID associated with the field.
	PropertyID *string `json:"propertyId,omitempty"`
	// SchemaItemPropLink is the URL-encoded schema.org item prop link.
	SchemaItemPropLink *string `json:"schemaItemPropLink,omitempty"`
	// MaxLength is the maximum length of a string field.
	MaxLength *int32 `json:"maxLength,omitempty"`
	// IsAvailableInGraph makes the field available in the graph.
	IsAvailableInGraph *bool `json:"isAvailableInGraph,omitempty"`
	// DataSourcePrecedenceRules rank the data sources of the field
	// (interactions modeled as activities). Read-only.
	DataSourcePrecedenceRules []DataSourcePrecedence `json:"dataSourcePrecedenceRules,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ProfileEnumValidValuesFormat is one valid value of an enum field.
type ProfileEnumValidValuesFormat struct {
	// Value is the integer value of the enum member.
	Value *int32 `json:"value,omitempty"`
	// LocalizedValueNames holds the localized names of the member, by locale.
	LocalizedValueNames map[string]string `json:"localizedValueNames,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// StrongID is a property, or a set of properties, that identifies a
// profile instance.
type StrongID struct {
	// KeyPropertyNames name the fields that make up the ID. Required.
	KeyPropertyNames []string `json:"keyPropertyNames,omitempty"`
	// StrongIDName names the strong ID. Required.
	StrongIDName *string `json:"strongIdName,omitempty"`
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale.
	Description map[string]string `json:"description,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// DataSourcePrecedence is the precedence of one data source of a field.
type DataSourcePrecedence struct {
	// DataSource is the data source ranked.
	DataSource *DataSource `json:"dataSource,omitempty"`
	// Precedence is its precedence value.
	Precedence *int32 `json:"precedence,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// DataSource is where instances of a type come from; activities use it to
// rank sources. Every field is read-only.
type DataSource struct {
	// Name is the data source name. Read-only.
	Name *string `json:"name,omitempty"`
	// DataSourceType is the kind of data source. Read-only.
	DataSourceType *DataSourceType `json:"dataSourceType,omitempty"`
	// Status is the data source status. Read-only.
	Status *Status `json:"status,omitempty"`
	// ID is the data source ID. Read-only.
	ID *int32 `json:"id,omitempty"`
	// DataSourceReferenceID is the data source reference ID. Read-only.
	DataSourceReferenceID *string `json:"dataSourceReferenceId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ProfileListResult is one page of profiles.
type ProfileListResult struct {
	// Value holds the profiles of the page.
	Value []ProfileResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil (or null) on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProfileResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProfileResourceFormat does not declare are kept in Unknown.
func (m *ProfileResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProfileTypeDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProfileTypeDefinition does not declare are kept in Unknown.
func (m *ProfileTypeDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PropertyDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PropertyDefinition does not declare are kept in Unknown.
func (m *PropertyDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProfileEnumValidValuesFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProfileEnumValidValuesFormat does not declare are kept in Unknown.
func (m *ProfileEnumValidValuesFormat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m StrongID) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members StrongID does not declare are kept in Unknown.
func (m *StrongID) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataSourcePrecedence) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataSourcePrecedence does not declare are kept in Unknown.
func (m *DataSourcePrecedence) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataSource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataSource does not declare are kept in Unknown.
func (m *DataSource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProfileListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProfileListResult does not declare are kept in Unknown.
func (m *ProfileListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
