package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// KpiDefinition defines a KPI: a function over an expression of an entity
// type, calculated over a window. ProfilesClient.GetEnrichingKpis returns
// the KPIs that enrich a profile.
type KpiDefinition struct {
	// EntityType is the kind of entity the KPI is calculated on. Required.
	EntityType *EntityTypes `json:"entityType,omitempty"`
	// EntityTypeName is the name of that entity type. Required.
	EntityTypeName *string `json:"entityTypeName,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// KpiName is the KPI name. Read-only.
	KpiName *string `json:"kpiName,omitempty"`
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string `json:"displayName,omitempty"`
	// Description holds localized descriptions, by locale.
	Description map[string]string `json:"description,omitempty"`
	// CalculationWindow is the window the KPI is calculated over. Required.
	CalculationWindow *CalculationWindowTypes `json:"calculationWindow,omitempty"`
	// CalculationWindowFieldName names the calculation window field.
	CalculationWindowFieldName *string `json:"calculationWindowFieldName,omitempty"`
	// Function is the computation function. Required.
	Function *KpiFunctions `json:"function,omitempty"`
	// Expression is the computation expression. Required.
	Expression *string `json:"expression,omitempty"`
	// Unit is the unit of measurement.
	Unit *string `json:"unit,omitempty"`
	// Filter is the filter expression.
	Filter *string `json:"filter,omitempty"`
	// GroupBy names the properties the KPI is grouped by.
	GroupBy []string `json:"groupBy,omitempty"`
	// GroupByMetadata describes the group-by fields. Read-only.
	GroupByMetadata []KpiGroupByMetadata `json:"groupByMetadata,omitempty"`
	// ParticipantProfilesMetadata names the participant profiles. Read-only.
	ParticipantProfilesMetadata []KpiParticipantProfilesMetadata `json:"participantProfilesMetadata,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// ThresHolds are the threshold limits; the wire name is "thresHolds".
	ThresHolds *KpiThresholds `json:"thresHolds,omitempty"`
	// Aliases are the KPI aliases.
	Aliases []KpiAlias `json:"aliases,omitempty"`
	// Extracts are the KPI extracts.
	Extracts []KpiExtract `json:"extracts,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiThresholds are the threshold limits of a KPI.
type KpiThresholds struct {
	// LowerLimit is the lower threshold limit (a decimal). Required.
	LowerLimit *float64 `json:"lowerLimit,omitempty"`
	// UpperLimit is the upper threshold limit (a decimal). Required.
	UpperLimit *float64 `json:"upperLimit,omitempty"`
	// IncreasingKpi says whether the KPI is an increasing one. Required.
	IncreasingKpi *bool `json:"increasingKpi,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiAlias is an alias of a KPI.
type KpiAlias struct {
	// AliasName is the alias name. Required.
	AliasName *string `json:"aliasName,omitempty"`
	// Expression is the expression. Required.
	Expression *string `json:"expression,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiExtract is an extract of a KPI.
type KpiExtract struct {
	// ExtractName is the extract name. Required.
	ExtractName *string `json:"extractName,omitempty"`
	// Expression is the expression. Required.
	Expression *string `json:"expression,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiGroupByMetadata describes a field a KPI is grouped by.
type KpiGroupByMetadata struct {
	// DisplayName holds localized display names, by locale.
	DisplayName map[string]string `json:"displayName,omitempty"`
	// FieldName is the name of the field.
	FieldName *string `json:"fieldName,omitempty"`
	// FieldType is the type of the field.
	FieldType *FieldType `json:"fieldType,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// KpiParticipantProfilesMetadata names a participant profile of a KPI.
type KpiParticipantProfilesMetadata struct {
	// TypeName is the name of the profile type. Required.
	TypeName *string `json:"typeName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
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

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiDefinition does not declare are kept in Unknown.
func (m *KpiDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiThresholds) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiThresholds does not declare are kept in Unknown.
func (m *KpiThresholds) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiAlias) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiAlias does not declare are kept in Unknown.
func (m *KpiAlias) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiExtract) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiExtract does not declare are kept in Unknown.
func (m *KpiExtract) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiGroupByMetadata) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiGroupByMetadata does not declare are kept in Unknown.
func (m *KpiGroupByMetadata) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiParticipantProfilesMetadata) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiParticipantProfilesMetadata does not declare are kept in Unknown.
func (m *KpiParticipantProfilesMetadata) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiResourceFormat does not declare are kept in Unknown.
func (m *KpiResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiListResult does not declare are kept in Unknown.
func (m *KpiListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
