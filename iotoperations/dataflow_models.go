package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DataflowResource is a dataflow of a dataflow profile: a source, optional
// built-in transformations and a destination of an Azure IoT Operations
// instance (Microsoft.IoTOperations/instances/dataflowProfiles/dataflows).
type DataflowResource struct {
	// Properties are the settings of the resource.
	Properties *DataflowProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/dataflowProfiles/dataflows".
	// Read-only.
	Type *string `json:"type,omitempty"`
	// SystemData records who created and last modified the resource and when.
	// Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowResource does not declare are kept in Unknown.
func (m *DataflowResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowResourceListResult is one page of Dataflow resources.
type DataflowResourceListResult struct {
	// Value holds the resources of the page.
	Value []DataflowResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowResourceListResult does not declare are kept in Unknown.
func (m *DataflowResourceListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowProperties are the settings of a dataflow.
type DataflowProperties struct {
	// Mode runs or stops the dataflow (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// RequestDiskPersistence asks the broker to keep the dataflow's data on
	// disk.
	RequestDiskPersistence *OperationalMode `json:"requestDiskPersistence,omitempty"`
	// Operations are the source, transformation and destination operations.
	// Required.
	Operations []DataflowOperation `json:"operations,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the dataflow (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowProperties does not declare are kept in Unknown.
func (m *DataflowProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowOperation is one operation of a dataflow. OperationType selects
// the one settings member that applies; a kind this version does not know
// keeps its settings in Unknown.
type DataflowOperation struct {
	// OperationType is Source, BuiltInTransformation or Destination. Required.
	OperationType *OperationType `json:"operationType,omitempty"`
	// Name is an optional name of the operation.
	Name *string `json:"name,omitempty"`
	// SourceSettings configures a Source.
	SourceSettings *DataflowSourceOperationSettings `json:"sourceSettings,omitempty"`
	// BuiltInTransformationSettings configures a BuiltInTransformation.
	BuiltInTransformationSettings *DataflowBuiltInTransformationSettings `json:"builtInTransformationSettings,omitempty"`
	// DestinationSettings configures a Destination.
	DestinationSettings *DataflowDestinationOperationSettings `json:"destinationSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowOperation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowOperation does not declare are kept in Unknown.
func (m *DataflowOperation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowSourceOperationSettings is where a dataflow reads.
type DataflowSourceOperationSettings struct {
	// EndpointRef names the dataflow endpoint (an MQTT or Kafka one).
	// Required.
	EndpointRef *string `json:"endpointRef,omitempty"`
	// AssetRef names the Azure Device Registry asset the data comes from.
	AssetRef *string `json:"assetRef,omitempty"`
	// SerializationFormat is the format of the data (Json when unset).
	SerializationFormat *SourceSerializationFormat `json:"serializationFormat,omitempty"`
	// SchemaRef names the schema the data is read with; data that does not
	// match is dropped.
	SchemaRef *string `json:"schemaRef,omitempty"`
	// DataSources are the topics read; # and + wildcards work. Required.
	DataSources []string `json:"dataSources,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowSourceOperationSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowSourceOperationSettings does not declare are kept in Unknown.
func (m *DataflowSourceOperationSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowBuiltInTransformationSettings are the built-in transformations of
// a dataflow: datasets, filters and maps.
type DataflowBuiltInTransformationSettings struct {
	// SerializationFormat is the output format (Json when unset).
	SerializationFormat *TransformationSerializationFormat `json:"serializationFormat,omitempty"`
	// SchemaRef names the schema of the output.
	SchemaRef *string `json:"schemaRef,omitempty"`
	// Datasets enrich records from the state store (at most one).
	Datasets []DataflowBuiltInTransformationDataset `json:"datasets,omitempty"`
	// Filter drop records that do not match.
	Filter []DataflowBuiltInTransformationFilter `json:"filter,omitempty"`
	// Map map input fields to the output.
	Map []DataflowBuiltInTransformationMap `json:"map,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowBuiltInTransformationSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowBuiltInTransformationSettings does not declare are kept in Unknown.
func (m *DataflowBuiltInTransformationSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowBuiltInTransformationDataset enriches records with a dataset from
// the state store.
type DataflowBuiltInTransformationDataset struct {
	// Key is the dataset's state store key. Required.
	Key *string `json:"key,omitempty"`
	// Description describes the dataset.
	Description *string `json:"description,omitempty"`
	// SchemaRef names the dataset's schema.
	SchemaRef *string `json:"schemaRef,omitempty"`
	// Inputs are the fields used to match records. Required.
	Inputs []string `json:"inputs,omitempty"`
	// Expression is the condition that matches a record to the dataset, such
	// as $1 == $2.
	Expression *string `json:"expression,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowBuiltInTransformationDataset) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowBuiltInTransformationDataset does not declare are kept in Unknown.
func (m *DataflowBuiltInTransformationDataset) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowBuiltInTransformationFilter drops the records a condition rejects.
type DataflowBuiltInTransformationFilter struct {
	// Type is Filter (the default).
	Type *FilterType `json:"type,omitempty"`
	// Description describes the filter.
	Description *string `json:"description,omitempty"`
	// Inputs are the fields the condition reads, as $1, $2... Required.
	Inputs []string `json:"inputs,omitempty"`
	// Expression is the condition, such as $1 > 10. Required.
	Expression *string `json:"expression,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowBuiltInTransformationFilter) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowBuiltInTransformationFilter does not declare are kept in Unknown.
func (m *DataflowBuiltInTransformationFilter) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowBuiltInTransformationMap computes one output field from input
// fields.
type DataflowBuiltInTransformationMap struct {
	// Type is the kind of mapping.
	Type *DataflowMappingType `json:"type,omitempty"`
	// Description describes the mapping.
	Description *string `json:"description,omitempty"`
	// Inputs are the input fields. Required.
	Inputs []string `json:"inputs,omitempty"`
	// Expression computes the output from the inputs, such as $1 * 2.
	Expression *string `json:"expression,omitempty"`
	// Output is the output field. Required.
	Output *string `json:"output,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowBuiltInTransformationMap) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowBuiltInTransformationMap does not declare are kept in Unknown.
func (m *DataflowBuiltInTransformationMap) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowDestinationOperationSettings is where a dataflow writes.
type DataflowDestinationOperationSettings struct {
	// EndpointRef names the dataflow endpoint. Required.
	EndpointRef *string `json:"endpointRef,omitempty"`
	// DataDestination is the topic or table; $topic, $payload and other
	// variables work. Required.
	DataDestination *string `json:"dataDestination,omitempty"`
	// Headers change the headers of the output.
	Headers []DataflowDestinationHeaderAction `json:"headers,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowDestinationOperationSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowDestinationOperationSettings does not declare are kept in Unknown.
func (m *DataflowDestinationOperationSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowDestinationAddIfNotPresentHeaderAction adds a header unless the
// message has it.
type DataflowDestinationAddIfNotPresentHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`
	// Value is the header's value. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowDestinationAddIfNotPresentHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowDestinationAddIfNotPresentHeaderAction does not declare are kept in Unknown.
func (m *DataflowDestinationAddIfNotPresentHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowDestinationAddOrReplaceHeaderAction adds a header or replaces its
// value.
type DataflowDestinationAddOrReplaceHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`
	// Value is the header's value. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowDestinationAddOrReplaceHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowDestinationAddOrReplaceHeaderAction does not declare are kept in Unknown.
func (m *DataflowDestinationAddOrReplaceHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowDestinationRemoveHeaderAction removes a header.
type DataflowDestinationRemoveHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowDestinationRemoveHeaderAction) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowDestinationRemoveHeaderAction does not declare are kept in Unknown.
func (m *DataflowDestinationRemoveHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowDestinationHeaderAction changes a header of a dataflow's output,
// discriminated by actionType. Its kinds are
// *DataflowDestinationAddIfNotPresentHeaderAction,
// *DataflowDestinationAddOrReplaceHeaderAction,
// *DataflowDestinationRemoveHeaderAction, and
// *UnknownDataflowDestinationHeaderAction for a kind this version does not
// know, kept whole.
type DataflowDestinationHeaderAction interface {
	isDataflowDestinationHeaderAction()
}

func (*DataflowDestinationAddIfNotPresentHeaderAction) isDataflowDestinationHeaderAction() {}
func (*DataflowDestinationAddOrReplaceHeaderAction) isDataflowDestinationHeaderAction()    {}
func (*DataflowDestinationRemoveHeaderAction) isDataflowDestinationHeaderAction()          {}
func (*UnknownDataflowDestinationHeaderAction) isDataflowDestinationHeaderAction()         {}

func init() {
	wire.RegisterUnion[DataflowDestinationHeaderAction]("actionType",
		func(kind string) DataflowDestinationHeaderAction {
			switch kind {
			case "AddIfNotPresent":
				return &DataflowDestinationAddIfNotPresentHeaderAction{}
			case "AddOrReplace":
				return &DataflowDestinationAddOrReplaceHeaderAction{}
			case "Remove":
				return &DataflowDestinationRemoveHeaderAction{}
			default:
				return &UnknownDataflowDestinationHeaderAction{}
			}
		},
		func(v DataflowDestinationHeaderAction) string {
			switch v.(type) {
			case *DataflowDestinationAddIfNotPresentHeaderAction:
				return "AddIfNotPresent"
			case *DataflowDestinationAddOrReplaceHeaderAction:
				return "AddOrReplace"
			case *DataflowDestinationRemoveHeaderAction:
				return "Remove"
			default:
				return ""
			}
		})
}

// UnknownDataflowDestinationHeaderAction is a
// DataflowDestinationHeaderAction of a kind this version does not know: its
// actionType and every other member are kept.
type UnknownDataflowDestinationHeaderAction struct {
	// ActionType is the kind (actionType) the service sent.
	ActionType *DataflowHeaderActionType `json:"actionType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDataflowDestinationHeaderAction) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownDataflowDestinationHeaderAction does not declare are kept in Unknown.
func (m *UnknownDataflowDestinationHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// OperationType is the kind of a dataflow operation. Values this version
// does not know decode as they are.
type OperationType string

// Known OperationType values.
const (
	OperationTypeSource                OperationType = "Source"
	OperationTypeDestination           OperationType = "Destination"
	OperationTypeBuiltInTransformation OperationType = "BuiltInTransformation"
)

// PossibleOperationTypeValues returns the known OperationType values.
func PossibleOperationTypeValues() []OperationType {
	return []OperationType{OperationTypeSource, OperationTypeDestination, OperationTypeBuiltInTransformation}
}

// SourceSerializationFormat is the format of a dataflow's source data.
// Values this version does not know decode as they are.
type SourceSerializationFormat string

// Known SourceSerializationFormat values.
const (
	SourceSerializationFormatJSON SourceSerializationFormat = "Json"
)

// PossibleSourceSerializationFormatValues returns the known SourceSerializationFormat values.
func PossibleSourceSerializationFormatValues() []SourceSerializationFormat {
	return []SourceSerializationFormat{SourceSerializationFormatJSON}
}

// TransformationSerializationFormat is the output format of a
// transformation. Values this version does not know decode as they are.
type TransformationSerializationFormat string

// Known TransformationSerializationFormat values.
const (
	TransformationSerializationFormatDelta   TransformationSerializationFormat = "Delta"
	TransformationSerializationFormatJSON    TransformationSerializationFormat = "Json"
	TransformationSerializationFormatParquet TransformationSerializationFormat = "Parquet"
)

// PossibleTransformationSerializationFormatValues returns the known TransformationSerializationFormat values.
func PossibleTransformationSerializationFormatValues() []TransformationSerializationFormat {
	return []TransformationSerializationFormat{TransformationSerializationFormatDelta, TransformationSerializationFormatJSON, TransformationSerializationFormatParquet}
}

// DataflowMappingType is the kind of a mapping. Values this version does not
// know decode as they are.
type DataflowMappingType string

// Known DataflowMappingType values.
const (
	DataflowMappingTypeNewProperties   DataflowMappingType = "NewProperties"
	DataflowMappingTypeRename          DataflowMappingType = "Rename"
	DataflowMappingTypeCompute         DataflowMappingType = "Compute"
	DataflowMappingTypePassThrough     DataflowMappingType = "PassThrough"
	DataflowMappingTypeBuiltInFunction DataflowMappingType = "BuiltInFunction"
)

// PossibleDataflowMappingTypeValues returns the known DataflowMappingType values.
func PossibleDataflowMappingTypeValues() []DataflowMappingType {
	return []DataflowMappingType{DataflowMappingTypeNewProperties, DataflowMappingTypeRename, DataflowMappingTypeCompute, DataflowMappingTypePassThrough, DataflowMappingTypeBuiltInFunction}
}

// FilterType is the kind of a filter. Values this version does not know
// decode as they are.
type FilterType string

// Known FilterType values.
const (
	FilterTypeFilter FilterType = "Filter"
)

// PossibleFilterTypeValues returns the known FilterType values.
func PossibleFilterTypeValues() []FilterType {
	return []FilterType{FilterTypeFilter}
}

// DataflowHeaderActionType is the kind of a header action. Values this
// version does not know decode as they are.
type DataflowHeaderActionType string

// Known DataflowHeaderActionType values.
const (
	DataflowHeaderActionTypeAddIfNotPresent DataflowHeaderActionType = "AddIfNotPresent"
	DataflowHeaderActionTypeRemove          DataflowHeaderActionType = "Remove"
	DataflowHeaderActionTypeAddOrReplace    DataflowHeaderActionType = "AddOrReplace"
)

// PossibleDataflowHeaderActionTypeValues returns the known DataflowHeaderActionType values.
func PossibleDataflowHeaderActionTypeValues() []DataflowHeaderActionType {
	return []DataflowHeaderActionType{DataflowHeaderActionTypeAddIfNotPresent, DataflowHeaderActionTypeRemove, DataflowHeaderActionTypeAddOrReplace}
}
