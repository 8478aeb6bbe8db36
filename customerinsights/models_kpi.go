package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// KpiDefinition defines a KPI: a function over an expression of an entity
// type, calculated over a window. ProfilesClient.GetEnrichingKpis returns
// the KPIs that enrich a profile.
type KpiDefinition struct {
	// EntityType is the kind of entity the KPI is calculated on. Required.
	EntityType *EntityTypes
	// EntityTypeName is the name of that entity type. Required.
	EntityTypeName *string
	// TenantID is the hub name. Read-only.
	TenantID *string
	// KpiName is the KPI name. Read-only.
	KpiName *string
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string
	// Description holds localized descriptions, by locale.
	Description map[string]string
	// CalculationWindow is the window the KPI is calculated over. Required.
	CalculationWindow *CalculationWindowTypes
	// CalculationWindowFieldName names the calculation window field.
	CalculationWindowFieldName *string
	// Function is the computation function. Required.
	Function *KpiFunctions
	// Expression is the computation expression. Required.
	Expression *string
	// Unit is the unit of measurement.
	Unit *string
	// Filter is the filter expression.
	Filter *string
	// GroupBy names the properties the KPI is grouped by.
	GroupBy []string
	// GroupByMetadata describes the group-by fields. Read-only.
	GroupByMetadata []KpiGroupByMetadata
	// ParticipantProfilesMetadata names the participant profiles. Read-only.
	ParticipantProfilesMetadata []KpiParticipantProfilesMetadata
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates
	// ThresHolds are the threshold limits; the wire name is "thresHolds".
	ThresHolds *KpiThresholds
	// Aliases are the KPI aliases.
	Aliases []KpiAlias
	// Extracts are the KPI extracts.
	Extracts []KpiExtract

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of k to b.
func (k KpiDefinition) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "entityType", k.EntityType)
	pipeline.WriteString(&w, "entityTypeName", k.EntityTypeName)
	pipeline.WriteString(&w, "tenantId", k.TenantID)
	pipeline.WriteString(&w, "kpiName", k.KpiName)
	pipeline.WriteMap(&w, "displayName", k.DisplayName, pipeline.StringValue[string])
	pipeline.WriteMap(&w, "description", k.Description, pipeline.StringValue[string])
	pipeline.WriteString(&w, "calculationWindow", k.CalculationWindow)
	pipeline.WriteString(&w, "calculationWindowFieldName", k.CalculationWindowFieldName)
	pipeline.WriteString(&w, "function", k.Function)
	pipeline.WriteString(&w, "expression", k.Expression)
	pipeline.WriteString(&w, "unit", k.Unit)
	pipeline.WriteString(&w, "filter", k.Filter)
	pipeline.WriteSlice(&w, "groupBy", k.GroupBy, pipeline.StringValue[string])
	pipeline.WriteSlice(&w, "groupByMetadata", k.GroupByMetadata, pipeline.ModelValue[KpiGroupByMetadata])
	pipeline.WriteSlice(&w, "participantProfilesMetadata", k.ParticipantProfilesMetadata, pipeline.ModelValue[KpiParticipantProfilesMetadata])
	pipeline.WriteString(&w, "provisioningState", k.ProvisioningState)
	pipeline.WriteModel(&w, "thresHolds", k.ThresHolds)
	pipeline.WriteSlice(&w, "aliases", k.Aliases, pipeline.ModelValue[KpiAlias])
	pipeline.WriteSlice(&w, "extracts", k.Extracts, pipeline.ModelValue[KpiExtract])
	return w.Close(k.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (k KpiDefinition) MarshalJSON() ([]byte, error) { return pipeline.Marshal(k) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (k *KpiDefinition) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiDefinition", &k.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "entityType":
			return true, pipeline.DecodeString(v, &k.EntityType)
		case "entityTypeName":
			return true, pipeline.DecodeString(v, &k.EntityTypeName)
		case "tenantId":
			return true, pipeline.DecodeString(v, &k.TenantID)
		case "kpiName":
			return true, pipeline.DecodeString(v, &k.KpiName)
		case "displayName":
			return true, pipeline.DecodeMap(v, &k.DisplayName, pipeline.StringElem[string])
		case "description":
			return true, pipeline.DecodeMap(v, &k.Description, pipeline.StringElem[string])
		case "calculationWindow":
			return true, pipeline.DecodeString(v, &k.CalculationWindow)
		case "calculationWindowFieldName":
			return true, pipeline.DecodeString(v, &k.CalculationWindowFieldName)
		case "function":
			return true, pipeline.DecodeString(v, &k.Function)
		case "expression":
			return true, pipeline.DecodeString(v, &k.Expression)
		case "unit":
			return true, pipeline.DecodeString(v, &k.Unit)
		case "filter":
			return true, pipeline.DecodeString(v, &k.Filter)
		case "groupBy":
			return true, pipeline.DecodeSlice(v, &k.GroupBy, pipeline.StringElem[string])
		case "groupByMetadata":
			return true, pipeline.DecodeSlice(v, &k.GroupByMetadata, pipeline.ModelElem[KpiGroupByMetadata])
		case "participantProfilesMetadata":
			return true, pipeline.DecodeSlice(v, &k.ParticipantProfilesMetadata, pipeline.ModelElem[KpiParticipantProfilesMetadata])
		case "provisioningState":
			return true, pipeline.DecodeString(v, &k.ProvisioningState)
		case "thresHolds":
			return true, pipeline.DecodeModel(v, &k.ThresHolds)
		case "aliases":
			return true, pipeline.DecodeSlice(v, &k.Aliases, pipeline.ModelElem[KpiAlias])
		case "extracts":
			return true, pipeline.DecodeSlice(v, &k.Extracts, pipeline.ModelElem[KpiExtract])
		}
		return false, nil
	})
}

// KpiThresholds are the threshold limits of a KPI.
type KpiThresholds struct {
	// LowerLimit is the lower threshold limit (a decimal). Required.
	LowerLimit *float64
	// UpperLimit is the upper threshold limit (a decimal). Required.
	UpperLimit *float64
	// IncreasingKpi says whether the KPI is an increasing one. Required.
	IncreasingKpi *bool

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of t to b.
func (t KpiThresholds) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Float("lowerLimit", t.LowerLimit)
	w.Float("upperLimit", t.UpperLimit)
	w.Bool("increasingKpi", t.IncreasingKpi)
	return w.Close(t.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (t KpiThresholds) MarshalJSON() ([]byte, error) { return pipeline.Marshal(t) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (t *KpiThresholds) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiThresholds", &t.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "lowerLimit":
			return true, pipeline.DecodeFloat(v, &t.LowerLimit)
		case "upperLimit":
			return true, pipeline.DecodeFloat(v, &t.UpperLimit)
		case "increasingKpi":
			return true, pipeline.DecodeBool(v, &t.IncreasingKpi)
		}
		return false, nil
	})
}

// KpiAlias is an alias of a KPI.
type KpiAlias struct {
	// AliasName is the alias name. Required.
	AliasName *string
	// Expression is the expression. Required.
	Expression *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of a to b.
func (a KpiAlias) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "aliasName", a.AliasName)
	pipeline.WriteString(&w, "expression", a.Expression)
	return w.Close(a.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (a KpiAlias) MarshalJSON() ([]byte, error) { return pipeline.Marshal(a) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (a *KpiAlias) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiAlias", &a.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "aliasName":
			return true, pipeline.DecodeString(v, &a.AliasName)
		case "expression":
			return true, pipeline.DecodeString(v, &a.Expression)
		}
		return false, nil
	})
}

// KpiExtract is an extract of a KPI.
type KpiExtract struct {
	// ExtractName is the extract name. Required.
	ExtractName *string
	// Expression is the expression. Required.
	Expression *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of e to b.
func (e KpiExtract) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "extractName", e.ExtractName)
	pipeline.WriteString(&w, "expression", e.Expression)
	return w.Close(e.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (e KpiExtract) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (e *KpiExtract) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiExtract", &e.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "extractName":
			return true, pipeline.DecodeString(v, &e.ExtractName)
		case "expression":
			return true, pipeline.DecodeString(v, &e.Expression)
		}
		return false, nil
	})
}

// KpiGroupByMetadata describes a field a KPI is grouped by.
type KpiGroupByMetadata struct {
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string
	// FieldName is the name of the field.
	FieldName *string
	// FieldType is the type of the field.
	FieldType *FieldType

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of g to b.
func (g KpiGroupByMetadata) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteMap(&w, "displayName", g.DisplayName, pipeline.StringValue[string])
	pipeline.WriteString(&w, "fieldName", g.FieldName)
	pipeline.WriteString(&w, "fieldType", g.FieldType)
	return w.Close(g.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (g KpiGroupByMetadata) MarshalJSON() ([]byte, error) { return pipeline.Marshal(g) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (g *KpiGroupByMetadata) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiGroupByMetadata", &g.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "displayName":
			return true, pipeline.DecodeMap(v, &g.DisplayName, pipeline.StringElem[string])
		case "fieldName":
			return true, pipeline.DecodeString(v, &g.FieldName)
		case "fieldType":
			return true, pipeline.DecodeString(v, &g.FieldType)
		}
		return false, nil
	})
}

// KpiParticipantProfilesMetadata names a participant profile of a KPI.
type KpiParticipantProfilesMetadata struct {
	// TypeName is the name of the profile type. Required.
	TypeName *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of m to b.
func (m KpiParticipantProfilesMetadata) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "typeName", m.TypeName)
	return w.Close(m.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (m KpiParticipantProfilesMetadata) MarshalJSON() ([]byte, error) { return pipeline.Marshal(m) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (m *KpiParticipantProfilesMetadata) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "KpiParticipantProfilesMetadata", &m.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "typeName":
			return true, pipeline.DecodeString(v, &m.TypeName)
		}
		return false, nil
	})
}

// KpiResourceFormat is a KPI of a hub: an ARM proxy resource whose
// definition is in Properties (nested under "properties" on the wire).
type KpiResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{kpi}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/kpi". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties is the KPI definition.
	Properties *KpiDefinition `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiListResult is one page of KPIs.
type KpiListResult struct {
	// Value holds the KPIs of the page.
	Value []KpiResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}
