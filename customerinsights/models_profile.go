package customerinsights

import (
	"encoding/json"
	"maps"
	"slices"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProfileResourceFormat is a profile type of a hub: an ARM proxy resource
// whose definition is in Properties (nested under "properties" on the wire).
type ProfileResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string
	// Name is the resource name; the service returns it as "{hub}/{profile}". Read-only.
	Name *string
	// Type is "Microsoft.CustomerInsights/hubs/profiles". Read-only.
	Type *string
	// Properties is the profile type definition.
	Properties *ProfileTypeDefinition

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p ProfileResourceFormat) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", p.ID)
	pipeline.WriteString(&w, "name", p.Name)
	pipeline.WriteString(&w, "type", p.Type)
	pipeline.WriteModel(&w, "properties", p.Properties)
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p ProfileResourceFormat) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *ProfileResourceFormat) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProfileResourceFormat", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &p.ID)
		case "name":
			return true, pipeline.DecodeString(v, &p.Name)
		case "type":
			return true, pipeline.DecodeString(v, &p.Type)
		case "properties":
			return true, pipeline.DecodeModel(v, &p.Properties)
		}
		return false, nil
	})
}

// ProfileTypeDefinition defines a profile type: its fields, the strong IDs
// that identify an instance, and descriptive metadata. It carries every
// member of the spec's EntityTypeDefinition and MetadataDefinitionBase.
type ProfileTypeDefinition struct {
	// Attributes are the attributes of the type, by name.
	Attributes map[string][]string
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string
	// LocalizedAttributes holds custom localized attributes: attribute
	// name → locale → value.
	LocalizedAttributes map[string]map[string]string
	// SmallImage, MediumImage and LargeImage are images of the type.
	SmallImage  *string
	MediumImage *string
	LargeImage  *string
	// APIEntitySetName becomes the OData entity set name of the type.
	APIEntitySetName *string
	// EntityType is the kind of entity; Profile for profiles.
	EntityType *EntityTypes
	// Fields are the properties of the profile.
	Fields []PropertyDefinition
	// InstancesCount is the number of instances.
	InstancesCount *int32
	// LastChangedUTC is when the type definition last changed. Read-only.
	LastChangedUTC *time.Time
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates
	// SchemaItemTypeLink is the schema.org link that helps the service
	// suggest semantic models.
	SchemaItemTypeLink *string
	// TenantID is the hub name. Read-only.
	TenantID *string
	// TimestampFieldName names the field that holds when an instance was
	// updated.
	TimestampFieldName *string
	// TypeName is the name of the entity.
	TypeName *string
	// StrongIDs are the strong IDs of the profile; each names fields by
	// KeyPropertyNames.
	StrongIDs []StrongID

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d ProfileTypeDefinition) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteMap(&w, "attributes", d.Attributes, appendStrings)
	pipeline.WriteMap(&w, "description", d.Description, pipeline.StringValue[string])
	pipeline.WriteMap(&w, "displayName", d.DisplayName, pipeline.StringValue[string])
	pipeline.WriteMap(&w, "localizedAttributes", d.LocalizedAttributes, appendStringMap)
	pipeline.WriteString(&w, "smallImage", d.SmallImage)
	pipeline.WriteString(&w, "mediumImage", d.MediumImage)
	pipeline.WriteString(&w, "largeImage", d.LargeImage)
	pipeline.WriteString(&w, "apiEntitySetName", d.APIEntitySetName)
	pipeline.WriteString(&w, "entityType", d.EntityType)
	pipeline.WriteSlice(&w, "fields", d.Fields, pipeline.ModelValue[PropertyDefinition])
	pipeline.WriteInt(&w, "instancesCount", d.InstancesCount)
	w.Time("lastChangedUtc", d.LastChangedUTC)
	pipeline.WriteString(&w, "provisioningState", d.ProvisioningState)
	pipeline.WriteString(&w, "schemaItemTypeLink", d.SchemaItemTypeLink)
	pipeline.WriteString(&w, "tenantId", d.TenantID)
	pipeline.WriteString(&w, "timestampFieldName", d.TimestampFieldName)
	pipeline.WriteString(&w, "typeName", d.TypeName)
	pipeline.WriteSlice(&w, "strongIds", d.StrongIDs, pipeline.ModelValue[StrongID])
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d ProfileTypeDefinition) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *ProfileTypeDefinition) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProfileTypeDefinition", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "attributes":
			return true, pipeline.DecodeMap(v, &d.Attributes, decodeStrings)
		case "description":
			return true, pipeline.DecodeMap(v, &d.Description, pipeline.StringElem[string])
		case "displayName":
			return true, pipeline.DecodeMap(v, &d.DisplayName, pipeline.StringElem[string])
		case "localizedAttributes":
			return true, pipeline.DecodeMap(v, &d.LocalizedAttributes, decodeStringMap)
		case "smallImage":
			return true, pipeline.DecodeString(v, &d.SmallImage)
		case "mediumImage":
			return true, pipeline.DecodeString(v, &d.MediumImage)
		case "largeImage":
			return true, pipeline.DecodeString(v, &d.LargeImage)
		case "apiEntitySetName":
			return true, pipeline.DecodeString(v, &d.APIEntitySetName)
		case "entityType":
			return true, pipeline.DecodeString(v, &d.EntityType)
		case "fields":
			return true, pipeline.DecodeSlice(v, &d.Fields, pipeline.ModelElem[PropertyDefinition])
		case "instancesCount":
			return true, pipeline.DecodeInt(v, &d.InstancesCount)
		case "lastChangedUtc":
			return true, pipeline.DecodeTime(v, &d.LastChangedUTC)
		case "provisioningState":
			return true, pipeline.DecodeString(v, &d.ProvisioningState)
		case "schemaItemTypeLink":
			return true, pipeline.DecodeString(v, &d.SchemaItemTypeLink)
		case "tenantId":
			return true, pipeline.DecodeString(v, &d.TenantID)
		case "timestampFieldName":
			return true, pipeline.DecodeString(v, &d.TimestampFieldName)
		case "typeName":
			return true, pipeline.DecodeString(v, &d.TypeName)
		case "strongIds":
			return true, pipeline.DecodeSlice(v, &d.StrongIDs, pipeline.ModelElem[StrongID])
		}
		return false, nil
	})
}

// PropertyDefinition defines one field of a profile type.
type PropertyDefinition struct {
	// ArrayValueSeparator separates the values of an array field.
	ArrayValueSeparator *string
	// EnumValidValues are the valid values of an enum field.
	EnumValidValues []ProfileEnumValidValuesFormat
	// FieldName is the name of the field. Required.
	FieldName *string
	// FieldType is the EDM type of the field, such as FieldTypeString. Required.
	FieldType *FieldType
	// IsArray makes the field an array of FieldType on the data API.
	IsArray *bool
	// IsEnum marks an enum field.
	IsEnum *bool
	// IsFlagEnum marks a flag enum field.
	IsFlagEnum *bool
	// IsImage marks an image field.
	IsImage *bool
	// IsLocalizedString marks a localized string field.
	IsLocalizedString *bool
	// IsName marks a field that is a name or part of one.
	IsName *bool
	// IsRequired makes the field required on instances; the service
	// checks it for interactions only.
	IsRequired *bool
	// PropertyID is the ID associated with the field.
	PropertyID *string
	// SchemaItemPropLink is the URL-encoded schema.org item prop link.
	SchemaItemPropLink *string
	// MaxLength is the maximum length of a string field.
	MaxLength *int32
	// IsAvailableInGraph makes the field available in the graph.
	IsAvailableInGraph *bool
	// DataSourcePrecedenceRules rank the data sources of the field
	// (interactions modeled as activities). Read-only.
	DataSourcePrecedenceRules []DataSourcePrecedence

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p PropertyDefinition) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "arrayValueSeparator", p.ArrayValueSeparator)
	pipeline.WriteSlice(&w, "enumValidValues", p.EnumValidValues, pipeline.ModelValue[ProfileEnumValidValuesFormat])
	pipeline.WriteString(&w, "fieldName", p.FieldName)
	pipeline.WriteString(&w, "fieldType", p.FieldType)
	w.Bool("isArray", p.IsArray)
	w.Bool("isEnum", p.IsEnum)
	w.Bool("isFlagEnum", p.IsFlagEnum)
	w.Bool("isImage", p.IsImage)
	w.Bool("isLocalizedString", p.IsLocalizedString)
	w.Bool("isName", p.IsName)
	w.Bool("isRequired", p.IsRequired)
	pipeline.WriteString(&w, "propertyId", p.PropertyID)
	pipeline.WriteString(&w, "schemaItemPropLink", p.SchemaItemPropLink)
	pipeline.WriteInt(&w, "maxLength", p.MaxLength)
	w.Bool("isAvailableInGraph", p.IsAvailableInGraph)
	pipeline.WriteSlice(&w, "dataSourcePrecedenceRules", p.DataSourcePrecedenceRules, pipeline.ModelValue[DataSourcePrecedence])
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p PropertyDefinition) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *PropertyDefinition) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PropertyDefinition", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "arrayValueSeparator":
			return true, pipeline.DecodeString(v, &p.ArrayValueSeparator)
		case "enumValidValues":
			return true, pipeline.DecodeSlice(v, &p.EnumValidValues, pipeline.ModelElem[ProfileEnumValidValuesFormat])
		case "fieldName":
			return true, pipeline.DecodeString(v, &p.FieldName)
		case "fieldType":
			return true, pipeline.DecodeString(v, &p.FieldType)
		case "isArray":
			return true, pipeline.DecodeBool(v, &p.IsArray)
		case "isEnum":
			return true, pipeline.DecodeBool(v, &p.IsEnum)
		case "isFlagEnum":
			return true, pipeline.DecodeBool(v, &p.IsFlagEnum)
		case "isImage":
			return true, pipeline.DecodeBool(v, &p.IsImage)
		case "isLocalizedString":
			return true, pipeline.DecodeBool(v, &p.IsLocalizedString)
		case "isName":
			return true, pipeline.DecodeBool(v, &p.IsName)
		case "isRequired":
			return true, pipeline.DecodeBool(v, &p.IsRequired)
		case "propertyId":
			return true, pipeline.DecodeString(v, &p.PropertyID)
		case "schemaItemPropLink":
			return true, pipeline.DecodeString(v, &p.SchemaItemPropLink)
		case "maxLength":
			return true, pipeline.DecodeInt(v, &p.MaxLength)
		case "isAvailableInGraph":
			return true, pipeline.DecodeBool(v, &p.IsAvailableInGraph)
		case "dataSourcePrecedenceRules":
			return true, pipeline.DecodeSlice(v, &p.DataSourcePrecedenceRules, pipeline.ModelElem[DataSourcePrecedence])
		}
		return false, nil
	})
}

// ProfileEnumValidValuesFormat is one valid value of an enum field.
type ProfileEnumValidValuesFormat struct {
	// Value is the integer value of the enum member.
	Value *int32
	// LocalizedValueNames holds the localized names of the member, by locale.
	LocalizedValueNames map[string]string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of e to b.
func (e ProfileEnumValidValuesFormat) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteInt(&w, "value", e.Value)
	pipeline.WriteMap(&w, "localizedValueNames", e.LocalizedValueNames, pipeline.StringValue[string])
	return w.Close(e.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (e ProfileEnumValidValuesFormat) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (e *ProfileEnumValidValuesFormat) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProfileEnumValidValuesFormat", &e.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeInt(v, &e.Value)
		case "localizedValueNames":
			return true, pipeline.DecodeMap(v, &e.LocalizedValueNames, pipeline.StringElem[string])
		}
		return false, nil
	})
}

// StrongID is a property, or a set of properties, that identifies a
// profile instance.
type StrongID struct {
	// KeyPropertyNames name the fields that make up the ID. Required.
	KeyPropertyNames []string
	// StrongIDName names the strong ID. Required.
	StrongIDName *string
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string
	// Description holds localized descriptions, by locale.
	Description map[string]string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s StrongID) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "keyPropertyNames", s.KeyPropertyNames, pipeline.StringValue[string])
	pipeline.WriteString(&w, "strongIdName", s.StrongIDName)
	pipeline.WriteMap(&w, "displayName", s.DisplayName, pipeline.StringValue[string])
	pipeline.WriteMap(&w, "description", s.Description, pipeline.StringValue[string])
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s StrongID) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *StrongID) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "StrongID", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "keyPropertyNames":
			return true, pipeline.DecodeSlice(v, &s.KeyPropertyNames, pipeline.StringElem[string])
		case "strongIdName":
			return true, pipeline.DecodeString(v, &s.StrongIDName)
		case "displayName":
			return true, pipeline.DecodeMap(v, &s.DisplayName, pipeline.StringElem[string])
		case "description":
			return true, pipeline.DecodeMap(v, &s.Description, pipeline.StringElem[string])
		}
		return false, nil
	})
}

// DataSourcePrecedence is the precedence of one data source of a field.
type DataSourcePrecedence struct {
	// DataSource is the data source ranked.
	DataSource *DataSource
	// Precedence is its precedence value.
	Precedence *int32

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d DataSourcePrecedence) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "dataSource", d.DataSource)
	pipeline.WriteInt(&w, "precedence", d.Precedence)
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d DataSourcePrecedence) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *DataSourcePrecedence) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DataSourcePrecedence", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "dataSource":
			return true, pipeline.DecodeModel(v, &d.DataSource)
		case "precedence":
			return true, pipeline.DecodeInt(v, &d.Precedence)
		}
		return false, nil
	})
}

// DataSource is where instances of a type come from; activities use it to
// rank sources. Every field is read-only.
type DataSource struct {
	// Name is the data source name. Read-only.
	Name *string
	// DataSourceType is the kind of data source. Read-only.
	DataSourceType *DataSourceType
	// Status is the data source status. Read-only.
	Status *Status
	// ID is the data source ID. Read-only.
	ID *int32
	// DataSourceReferenceID is the data source reference ID. Read-only.
	DataSourceReferenceID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d DataSource) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "name", d.Name)
	pipeline.WriteString(&w, "dataSourceType", d.DataSourceType)
	pipeline.WriteString(&w, "status", d.Status)
	pipeline.WriteInt(&w, "id", d.ID)
	pipeline.WriteString(&w, "dataSourceReferenceId", d.DataSourceReferenceID)
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d DataSource) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *DataSource) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DataSource", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "name":
			return true, pipeline.DecodeString(v, &d.Name)
		case "dataSourceType":
			return true, pipeline.DecodeString(v, &d.DataSourceType)
		case "status":
			return true, pipeline.DecodeString(v, &d.Status)
		case "id":
			return true, pipeline.DecodeInt(v, &d.ID)
		case "dataSourceReferenceId":
			return true, pipeline.DecodeString(v, &d.DataSourceReferenceID)
		}
		return false, nil
	})
}

// ProfileListResult is one page of profiles.
type ProfileListResult struct {
	// Value holds the profiles of the page.
	Value []ProfileResourceFormat
	// NextLink is the URL of the next page; nil (or null) on the last one.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of l to b.
func (l ProfileListResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", l.Value, pipeline.ModelValue[ProfileResourceFormat])
	pipeline.WriteString(&w, "nextLink", l.NextLink)
	return w.Close(l.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (l ProfileListResult) MarshalJSON() ([]byte, error) { return pipeline.Marshal(l) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (l *ProfileListResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProfileListResult", &l.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &l.Value, pipeline.ModelElem[ProfileResourceFormat])
		case "nextLink":
			return true, pipeline.DecodeString(v, &l.NextLink)
		}
		return false, nil
	})
}

// appendStrings appends a JSON array of strings (null for a nil slice), for
// the values of a map of string arrays.
func appendStrings(b []byte, s []string) ([]byte, error) {
	if s == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, v := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b, _ = pipeline.StringValue(b, v)
	}
	return append(b, ']'), nil
}

func decodeStrings(v []byte, dst *[]string) error {
	return pipeline.DecodeSlice(v, dst, pipeline.StringElem[string])
}

// appendStringMap appends a JSON object of strings in key order (null for a
// nil map), for the values of a map of string maps.
func appendStringMap(b []byte, m map[string]string) ([]byte, error) {
	if m == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := m[k]
		pipeline.WriteString(&w, k, &v)
	}
	return w.Close(nil)
}

func decodeStringMap(v []byte, dst *map[string]string) error {
	return pipeline.DecodeMap(v, dst, pipeline.StringElem[string])
}
