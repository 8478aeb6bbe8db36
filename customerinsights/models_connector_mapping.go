package customerinsights

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ConnectorMappingResourceFormat is a mapping of a connector: how its files
// map to an entity type: an ARM proxy resource whose definition is in
// Properties (nested under "properties" on the wire).
type ConnectorMappingResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{connector}/{mapping}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/connectors/mappings". Read-
	// only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *ConnectorMapping `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMapping maps the files of a connector to an entity type.
type ConnectorMapping struct {
	// ConnectorName is the connector. Read-only.
	ConnectorName *string `json:"connectorName,omitempty"`
	// ConnectorType is the kind of connector.
	ConnectorType *ConnectorTypes `json:"connectorType,omitempty"`
	// Created is when the mapping was created. Read-only.
	Created *time.Time `json:"created,omitempty"`
	// LastModified is when the mapping last changed. Read-only.
	LastModified *time.Time `json:"lastModified,omitempty"`
	// EntityType is the kind of entity the files map to. Required.
	EntityType *EntityTypes `json:"entityType,omitempty"`
	// EntityTypeName is the entity type the files map to. Required.
	EntityTypeName *string `json:"entityTypeName,omitempty"`
	// ConnectorMappingName is the mapping name. Read-only.
	ConnectorMappingName *string `json:"connectorMappingName,omitempty"`
	// DisplayName is the display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Description describes the mapping.
	Description *string `json:"description,omitempty"`
	// DataFormatID is the data format ID. Read-only.
	DataFormatID *string `json:"dataFormatId,omitempty"`
	// MappingProperties are the properties of the mapping. Required.
	MappingProperties *ConnectorMappingProperties `json:"mappingProperties,omitempty"`
	// NextRunTime is the next run, per the availability settings. Read-only.
	NextRunTime *time.Time `json:"nextRunTime,omitempty"`
	// RunID is the run ID. Read-only.
	RunID *string `json:"runId,omitempty"`
	// State is the mapping state. Read-only.
	State *ConnectorMappingStates `json:"state,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingProperties are the properties of a connector mapping.
type ConnectorMappingProperties struct {
	// FolderPath is the folder of the files.
	FolderPath *string `json:"folderPath,omitempty"`
	// FileFilter filters the files.
	FileFilter *string `json:"fileFilter,omitempty"`
	// HasHeader says whether the files have a header.
	HasHeader *bool `json:"hasHeader,omitempty"`
	// ErrorManagement is how errors are handled. Required.
	ErrorManagement *ConnectorMappingErrorManagement `json:"errorManagement,omitempty"`
	// Format is the file format. Required.
	Format *ConnectorMappingFormat `json:"format,omitempty"`
	// Availability is how often the files are read. Required.
	Availability *ConnectorMappingAvailability `json:"availability,omitempty"`
	// Structure maps columns to properties. Required.
	Structure []ConnectorMappingStructure `json:"structure,omitempty"`
	// CompleteOperation is what happens to a file once imported. Required.
	CompleteOperation *ConnectorMappingCompleteOperation `json:"completeOperation,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingErrorManagement is how a mapping handles errors.
type ConnectorMappingErrorManagement struct {
	// ErrorManagementType is the error handling. Required.
	ErrorManagementType *ErrorManagementTypes `json:"errorManagementType,omitempty"`
	// ErrorLimit is how many errors an import allows.
	ErrorLimit *int32 `json:"errorLimit,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingFormat is the format of a mapping's files.
type ConnectorMappingFormat struct {
	// FormatType is the format. Required.
	FormatType *FormatTypes `json:"formatType,omitempty"`
	// ColumnDelimiter separates columns.
	ColumnDelimiter *string `json:"columnDelimiter,omitempty"`
	// AcceptLanguage is the OData language.
	AcceptLanguage *string `json:"acceptLanguage,omitempty"`
	// QuoteCharacter quotes fields.
	QuoteCharacter *string `json:"quoteCharacter,omitempty"`
	// QuoteEscapeCharacter escapes quotes.
	QuoteEscapeCharacter *string `json:"quoteEscapeCharacter,omitempty"`
	// ArraySeparator separates array elements.
	ArraySeparator *string `json:"arraySeparator,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingAvailability is how often a mapping reads its files.
type ConnectorMappingAvailability struct {
	// Frequency is the unit of Interval.
	Frequency *FrequencyTypes `json:"frequency,omitempty"`
	// Interval is the number of Frequency units between reads. Required.
	Interval *int32 `json:"interval,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingStructure maps a column of the files to a property.
type ConnectorMappingStructure struct {
	// PropertyName is the property of the entity type. Required.
	PropertyName *string `json:"propertyName,omitempty"`
	// ColumnName is the column of the files. Required.
	ColumnName *string `json:"columnName,omitempty"`
	// CustomFormatSpecifier parses the column.
	CustomFormatSpecifier *string `json:"customFormatSpecifier,omitempty"`
	// IsEncrypted says whether the column is encrypted.
	IsEncrypted *bool `json:"isEncrypted,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingCompleteOperation is what happens to a file once
// imported.
type ConnectorMappingCompleteOperation struct {
	// CompletionOperationType is the operation.
	CompletionOperationType *CompletionOperationTypes `json:"completionOperationType,omitempty"`
	// DestinationFolder is where files are moved.
	DestinationFolder *string `json:"destinationFolder,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingListResult is one page of connector mappings.
type ConnectorMappingListResult struct {
	// Value holds the connector mappings of the page.
	Value []ConnectorMappingResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorMappingStates is the state of a connector mapping. The service
// treats it as a closed set; a value this version does not list still
// decodes as is.
type ConnectorMappingStates string

// Values of ConnectorMappingStates.
const (
	ConnectorMappingStatesCreating ConnectorMappingStates = "Creating"
	ConnectorMappingStatesCreated  ConnectorMappingStates = "Created"
	ConnectorMappingStatesFailed   ConnectorMappingStates = "Failed"
	ConnectorMappingStatesReady    ConnectorMappingStates = "Ready"
	ConnectorMappingStatesRunning  ConnectorMappingStates = "Running"
	ConnectorMappingStatesStopped  ConnectorMappingStates = "Stopped"
	ConnectorMappingStatesExpiring ConnectorMappingStates = "Expiring"
)

// PossibleConnectorMappingStatesValues returns every ConnectorMappingStates value.
func PossibleConnectorMappingStatesValues() []ConnectorMappingStates {
	return []ConnectorMappingStates{ConnectorMappingStatesCreating, ConnectorMappingStatesCreated, ConnectorMappingStatesFailed, ConnectorMappingStatesReady, ConnectorMappingStatesRunning, ConnectorMappingStatesStopped, ConnectorMappingStatesExpiring}
}

// ErrorManagementTypes is how a mapping handles errors. The service treats
// it as a closed set; a value this version does not list still decodes as
// is.
type ErrorManagementTypes string

// Values of ErrorManagementTypes.
const (
	ErrorManagementTypesRejectAndContinue ErrorManagementTypes = "RejectAndContinue"
	ErrorManagementTypesStopImport        ErrorManagementTypes = "StopImport"
	ErrorManagementTypesRejectUntilLimit  ErrorManagementTypes = "RejectUntilLimit"
)

// PossibleErrorManagementTypesValues returns every ErrorManagementTypes value.
func PossibleErrorManagementTypesValues() []ErrorManagementTypes {
	return []ErrorManagementTypes{ErrorManagementTypesRejectAndContinue, ErrorManagementTypesStopImport, ErrorManagementTypesRejectUntilLimit}
}

// FormatTypes is the format of a mapping's files. The service treats it as
// a closed set; a value this version does not list still decodes as is.
type FormatTypes string

// Values of FormatTypes.
const (
	FormatTypesTextFormat FormatTypes = "TextFormat"
)

// PossibleFormatTypesValues returns every FormatTypes value.
func PossibleFormatTypesValues() []FormatTypes {
	return []FormatTypes{FormatTypesTextFormat}
}

// FrequencyTypes is the unit of a mapping's read interval. The service
// treats it as a closed set; a value this version does not list still
// decodes as is.
type FrequencyTypes string

// Values of FrequencyTypes.
const (
	FrequencyTypesMinute FrequencyTypes = "Minute"
	FrequencyTypesHour   FrequencyTypes = "Hour"
	FrequencyTypesDay    FrequencyTypes = "Day"
	FrequencyTypesWeek   FrequencyTypes = "Week"
	FrequencyTypesMonth  FrequencyTypes = "Month"
)

// PossibleFrequencyTypesValues returns every FrequencyTypes value.
func PossibleFrequencyTypesValues() []FrequencyTypes {
	return []FrequencyTypes{FrequencyTypesMinute, FrequencyTypesHour, FrequencyTypesDay, FrequencyTypesWeek, FrequencyTypesMonth}
}

// CompletionOperationTypes is what happens to an imported file. The service
// treats it as a closed set; a value this version does not list still
// decodes as is.
type CompletionOperationTypes string

// Values of CompletionOperationTypes.
const (
	CompletionOperationTypesDoNothing  CompletionOperationTypes = "DoNothing"
	CompletionOperationTypesDeleteFile CompletionOperationTypes = "DeleteFile"
	CompletionOperationTypesMoveFile   CompletionOperationTypes = "MoveFile"
)

// PossibleCompletionOperationTypesValues returns every CompletionOperationTypes value.
func PossibleCompletionOperationTypesValues() []CompletionOperationTypes {
	return []CompletionOperationTypes{CompletionOperationTypesDoNothing, CompletionOperationTypesDeleteFile, CompletionOperationTypesMoveFile}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingResourceFormat does not declare are kept in Unknown.
func (m *ConnectorMappingResourceFormat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMapping) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMapping does not declare are kept in Unknown.
func (m *ConnectorMapping) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingProperties does not declare are kept in Unknown.
func (m *ConnectorMappingProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingErrorManagement) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingErrorManagement does not declare are kept in Unknown.
func (m *ConnectorMappingErrorManagement) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingFormat does not declare are kept in Unknown.
func (m *ConnectorMappingFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingAvailability) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingAvailability does not declare are kept in Unknown.
func (m *ConnectorMappingAvailability) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingStructure) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingStructure does not declare are kept in Unknown.
func (m *ConnectorMappingStructure) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingCompleteOperation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingCompleteOperation does not declare are kept in Unknown.
func (m *ConnectorMappingCompleteOperation) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorMappingListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorMappingListResult does not declare are kept in Unknown.
func (m *ConnectorMappingListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
