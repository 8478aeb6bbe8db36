package customerinsights

// EntityTypes is the kind of an entity type: a profile, an interaction or a
// relationship. The service treats it as a closed set; a value this version
// does not list still decodes as is.
type EntityTypes string

// Values of EntityTypes.
const (
	EntityTypesNone         EntityTypes = "None"
	EntityTypesProfile      EntityTypes = "Profile"
	EntityTypesInteraction  EntityTypes = "Interaction"
	EntityTypesRelationship EntityTypes = "Relationship"
)

// PossibleEntityTypesValues returns every EntityTypes value.
func PossibleEntityTypesValues() []EntityTypes {
	return []EntityTypes{EntityTypesNone, EntityTypesProfile, EntityTypesInteraction, EntityTypesRelationship}
}

// ProvisioningStates is the provisioning state of a type definition.
// Succeeded, Failed and HumanIntervention end a create or update;
// HumanIntervention means the service needs an operator to act.
type ProvisioningStates string

// Values of ProvisioningStates.
const (
	ProvisioningStatesProvisioning      ProvisioningStates = "Provisioning"
	ProvisioningStatesSucceeded         ProvisioningStates = "Succeeded"
	ProvisioningStatesExpiring          ProvisioningStates = "Expiring"
	ProvisioningStatesDeleting          ProvisioningStates = "Deleting"
	ProvisioningStatesHumanIntervention ProvisioningStates = "HumanIntervention"
	ProvisioningStatesFailed            ProvisioningStates = "Failed"
)

// PossibleProvisioningStatesValues returns every ProvisioningStates value.
func PossibleProvisioningStatesValues() []ProvisioningStates {
	return []ProvisioningStates{
		ProvisioningStatesProvisioning, ProvisioningStatesSucceeded, ProvisioningStatesExpiring,
		ProvisioningStatesDeleting, ProvisioningStatesHumanIntervention, ProvisioningStatesFailed,
	}
}

// CalculationWindowTypes is the window a KPI is calculated over (a closed
// set in the service).
type CalculationWindowTypes string

// Values of CalculationWindowTypes.
const (
	CalculationWindowTypesLifetime CalculationWindowTypes = "Lifetime"
	CalculationWindowTypesHour     CalculationWindowTypes = "Hour"
	CalculationWindowTypesDay      CalculationWindowTypes = "Day"
	CalculationWindowTypesWeek     CalculationWindowTypes = "Week"
	CalculationWindowTypesMonth    CalculationWindowTypes = "Month"
)

// PossibleCalculationWindowTypesValues returns every CalculationWindowTypes value.
func PossibleCalculationWindowTypesValues() []CalculationWindowTypes {
	return []CalculationWindowTypes{
		CalculationWindowTypesLifetime, CalculationWindowTypesHour, CalculationWindowTypesDay,
		CalculationWindowTypesWeek, CalculationWindowTypesMonth,
	}
}

// KpiFunctions is the computation function of a KPI (a closed set in the
// service).
type KpiFunctions string

// Values of KpiFunctions.
const (
	KpiFunctionsSum           KpiFunctions = "Sum"
	KpiFunctionsAvg           KpiFunctions = "Avg"
	KpiFunctionsMin           KpiFunctions = "Min"
	KpiFunctionsMax           KpiFunctions = "Max"
	KpiFunctionsLast          KpiFunctions = "Last"
	KpiFunctionsCount         KpiFunctions = "Count"
	KpiFunctionsNone          KpiFunctions = "None"
	KpiFunctionsCountDistinct KpiFunctions = "CountDistinct"
)

// PossibleKpiFunctionsValues returns every KpiFunctions value.
func PossibleKpiFunctionsValues() []KpiFunctions {
	return []KpiFunctions{
		KpiFunctionsSum, KpiFunctionsAvg, KpiFunctionsMin, KpiFunctionsMax,
		KpiFunctionsLast, KpiFunctionsCount, KpiFunctionsNone, KpiFunctionsCountDistinct,
	}
}

// DataSourceType is where the instances of a data source come from.
type DataSourceType string

// Values of DataSourceType.
const (
	DataSourceTypeConnector       DataSourceType = "Connector"
	DataSourceTypeLinkInteraction DataSourceType = "LinkInteraction"
	DataSourceTypeSystemDefault   DataSourceType = "SystemDefault"
)

// PossibleDataSourceTypeValues returns every DataSourceType value.
func PossibleDataSourceTypeValues() []DataSourceType {
	return []DataSourceType{DataSourceTypeConnector, DataSourceTypeLinkInteraction, DataSourceTypeSystemDefault}
}

// Status is the status of a data source.
type Status string

// Values of Status.
const (
	StatusNone    Status = "None"
	StatusActive  Status = "Active"
	StatusDeleted Status = "Deleted"
)

// PossibleStatusValues returns every Status value.
func PossibleStatusValues() []Status {
	return []Status{StatusNone, StatusActive, StatusDeleted}
}

// FieldType is the type of a profile field, an OData EDM primitive type
// name. The spec declares it a plain string: any EDM type name the service
// accepts can be used, and a value this version does not list decodes as
// is. The constants name the common ones.
type FieldType string

// Common values of FieldType.
const (
	FieldTypeString         FieldType = "Edm.String"
	FieldTypeInt16          FieldType = "Edm.Int16"
	FieldTypeInt32          FieldType = "Edm.Int32"
	FieldTypeInt64          FieldType = "Edm.Int64"
	FieldTypeDouble         FieldType = "Edm.Double"
	FieldTypeDecimal        FieldType = "Edm.Decimal"
	FieldTypeBoolean        FieldType = "Edm.Boolean"
	FieldTypeDateTimeOffset FieldType = "Edm.DateTimeOffset"
	FieldTypeGUID           FieldType = "Edm.Guid"
)

// PossibleFieldTypeValues returns the common FieldType values.
func PossibleFieldTypeValues() []FieldType {
	return []FieldType{
		FieldTypeString, FieldTypeInt16, FieldTypeInt32, FieldTypeInt64, FieldTypeDouble,
		FieldTypeDecimal, FieldTypeBoolean, FieldTypeDateTimeOffset, FieldTypeGUID,
	}
}
