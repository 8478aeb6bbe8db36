package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DataflowGraphResource is a dataflow graph of a dataflow profile: nodes
// (sources, WebAssembly graphs, destinations) and the connections between
// them of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/dataflowProfiles/dataflowGraphs).
type DataflowGraphResource struct {
	// Properties are the settings of the resource.
	Properties *DataflowGraphProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is
	// "Microsoft.IoTOperations/instances/dataflowProfiles/dataflowGraphs".
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
func (m DataflowGraphResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphResource does not declare are kept in Unknown.
func (m *DataflowGraphResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowGraphResourceListResult is one page of DataflowGraph resources.
type DataflowGraphResourceListResult struct {
	// Value holds the resources of the page.
	Value []DataflowGraphResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphResourceListResult does not declare are kept in Unknown.
func (m *DataflowGraphResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphProperties are the settings of a dataflow graph.
type DataflowGraphProperties struct {
	// Mode runs or stops the graph (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// RequestDiskPersistence asks the broker to keep the graph's data on disk.
	RequestDiskPersistence *OperationalMode `json:"requestDiskPersistence,omitempty"`
	// Nodes are the graph's nodes. Required.
	Nodes []DataflowGraphNode `json:"nodes,omitempty"`
	// NodeConnections connect the nodes. Required.
	NodeConnections []DataflowGraphNodeConnection `json:"nodeConnections,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the graph (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphProperties does not declare are kept in Unknown.
func (m *DataflowGraphProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowGraphSourceNode is a node that reads from an endpoint.
type DataflowGraphSourceNode struct {
	// Name is the node's name. Required.
	Name *string `json:"name,omitempty"`
	// SourceSettings configures the source. Required.
	SourceSettings *DataflowGraphSourceSettings `json:"sourceSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphSourceNode) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphSourceNode does not declare are kept in Unknown.
func (m *DataflowGraphSourceNode) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowGraphGraphNode is a node that runs a WebAssembly graph artifact.
type DataflowGraphGraphNode struct {
	// Name is the node's name. Required.
	Name *string `json:"name,omitempty"`
	// GraphSettings configures the graph. Required.
	GraphSettings *DataflowGraphNodeGraphSettings `json:"graphSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphGraphNode) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphGraphNode does not declare are kept in Unknown.
func (m *DataflowGraphGraphNode) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowGraphDestinationNode is a node that writes to an endpoint.
type DataflowGraphDestinationNode struct {
	// Name is the node's name. Required.
	Name *string `json:"name,omitempty"`
	// DestinationSettings configures the destination. Required.
	DestinationSettings *DataflowGraphDestinationNodeSettings `json:"destinationSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphDestinationNode) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphDestinationNode does not declare are kept in Unknown.
func (m *DataflowGraphDestinationNode) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphNode is a node of a dataflow graph, discriminated by
// nodeType. Its kinds are *DataflowGraphSourceNode, *DataflowGraphGraphNode,
// *DataflowGraphDestinationNode, and *UnknownDataflowGraphNode for a kind
// this version does not know, kept whole.
type DataflowGraphNode interface {
	isDataflowGraphNode()
}

func (*DataflowGraphSourceNode) isDataflowGraphNode()      {}
func (*DataflowGraphGraphNode) isDataflowGraphNode()       {}
func (*DataflowGraphDestinationNode) isDataflowGraphNode() {}
func (*UnknownDataflowGraphNode) isDataflowGraphNode()     {}

func init() {
	wire.RegisterUnion[DataflowGraphNode]("nodeType",
		func(kind string) DataflowGraphNode {
			switch kind {
			case "Source":
				return &DataflowGraphSourceNode{}
			case "Graph":
				return &DataflowGraphGraphNode{}
			case "Destination":
				return &DataflowGraphDestinationNode{}
			default:
				return &UnknownDataflowGraphNode{}
			}
		},
		func(v DataflowGraphNode) string {
			switch v.(type) {
			case *DataflowGraphSourceNode:
				return "Source"
			case *DataflowGraphGraphNode:
				return "Graph"
			case *DataflowGraphDestinationNode:
				return "Destination"
			default:
				return ""
			}
		})
}

// UnknownDataflowGraphNode is a DataflowGraphNode of a kind this version
// does not know: its nodeType and every other member are kept.
type UnknownDataflowGraphNode struct {
	// NodeType is the kind (nodeType) the service sent.
	NodeType *DataflowGraphNodeType `json:"nodeType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDataflowGraphNode) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownDataflowGraphNode does not declare are kept in Unknown.
func (m *UnknownDataflowGraphNode) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowGraphSourceSettings is where a source node reads.
type DataflowGraphSourceSettings struct {
	// EndpointRef names the dataflow endpoint. Required.
	EndpointRef *string `json:"endpointRef,omitempty"`
	// DataSources are the topics read. Required.
	DataSources []string `json:"dataSources,omitempty"`
	// AssetRef names the Azure Device Registry asset the data comes from.
	AssetRef *string `json:"assetRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphSourceSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphSourceSettings does not declare are kept in Unknown.
func (m *DataflowGraphSourceSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphNodeGraphSettings is the artifact a graph node runs.
type DataflowGraphNodeGraphSettings struct {
	// RegistryEndpointRef names the registry endpoint to pull from. Required.
	RegistryEndpointRef *string `json:"registryEndpointRef,omitempty"`
	// Artifact is <artifact-name>:<version>. Required.
	Artifact *string `json:"artifact,omitempty"`
	// Configuration are key-value settings passed to the artifact.
	Configuration []DataflowGraphGraphNodeConfiguration `json:"configuration,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphNodeGraphSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphNodeGraphSettings does not declare are kept in Unknown.
func (m *DataflowGraphNodeGraphSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphGraphNodeConfiguration is one setting passed to a graph
// artifact.
type DataflowGraphGraphNodeConfiguration struct {
	// Key is the setting's name. Required.
	Key *string `json:"key,omitempty"`
	// Value is its value. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphGraphNodeConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphGraphNodeConfiguration does not declare are kept in Unknown.
func (m *DataflowGraphGraphNodeConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphDestinationNodeSettings is where a destination node writes.
type DataflowGraphDestinationNodeSettings struct {
	// EndpointRef names the dataflow endpoint. Required.
	EndpointRef *string `json:"endpointRef,omitempty"`
	// DataDestination is the topic or table. Required.
	DataDestination *string `json:"dataDestination,omitempty"`
	// Headers change the headers of the output.
	Headers []DataflowGraphDestinationHeaderAction `json:"headers,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphDestinationNodeSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphDestinationNodeSettings does not declare are kept in Unknown.
func (m *DataflowGraphDestinationNodeSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphDestinationAddIfNotPresentHeaderAction adds a header unless
// the message has it.
type DataflowGraphDestinationAddIfNotPresentHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`
	// Value is the header's value. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphDestinationAddIfNotPresentHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowGraphDestinationAddIfNotPresentHeaderAction does not declare are kept in Unknown.
func (m *DataflowGraphDestinationAddIfNotPresentHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphDestinationAddOrReplaceHeaderAction adds a header or replaces
// its value.
type DataflowGraphDestinationAddOrReplaceHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`
	// Value is the header's value. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphDestinationAddOrReplaceHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowGraphDestinationAddOrReplaceHeaderAction does not declare are kept in Unknown.
func (m *DataflowGraphDestinationAddOrReplaceHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphDestinationRemoveHeaderAction removes a header.
type DataflowGraphDestinationRemoveHeaderAction struct {
	// Key is the header's name. Required.
	Key *string `json:"key,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphDestinationRemoveHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowGraphDestinationRemoveHeaderAction does not declare are kept in Unknown.
func (m *DataflowGraphDestinationRemoveHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphDestinationHeaderAction changes a header of a graph's output,
// discriminated by actionType. Its kinds are
// *DataflowGraphDestinationAddIfNotPresentHeaderAction,
// *DataflowGraphDestinationAddOrReplaceHeaderAction,
// *DataflowGraphDestinationRemoveHeaderAction, and
// *UnknownDataflowGraphDestinationHeaderAction for a kind this version does
// not know, kept whole.
type DataflowGraphDestinationHeaderAction interface {
	isDataflowGraphDestinationHeaderAction()
}

func (*DataflowGraphDestinationAddIfNotPresentHeaderAction) isDataflowGraphDestinationHeaderAction() {
}
func (*DataflowGraphDestinationAddOrReplaceHeaderAction) isDataflowGraphDestinationHeaderAction() {}
func (*DataflowGraphDestinationRemoveHeaderAction) isDataflowGraphDestinationHeaderAction()       {}
func (*UnknownDataflowGraphDestinationHeaderAction) isDataflowGraphDestinationHeaderAction()      {}

func init() {
	wire.RegisterUnion[DataflowGraphDestinationHeaderAction]("actionType",
		func(kind string) DataflowGraphDestinationHeaderAction {
			switch kind {
			case "AddIfNotPresent":
				return &DataflowGraphDestinationAddIfNotPresentHeaderAction{}
			case "AddOrReplace":
				return &DataflowGraphDestinationAddOrReplaceHeaderAction{}
			case "Remove":
				return &DataflowGraphDestinationRemoveHeaderAction{}
			default:
				return &UnknownDataflowGraphDestinationHeaderAction{}
			}
		},
		func(v DataflowGraphDestinationHeaderAction) string {
			switch v.(type) {
			case *DataflowGraphDestinationAddIfNotPresentHeaderAction:
				return "AddIfNotPresent"
			case *DataflowGraphDestinationAddOrReplaceHeaderAction:
				return "AddOrReplace"
			case *DataflowGraphDestinationRemoveHeaderAction:
				return "Remove"
			default:
				return ""
			}
		})
}

// UnknownDataflowGraphDestinationHeaderAction is a
// DataflowGraphDestinationHeaderAction of a kind this version does not know:
// its actionType and every other member are kept.
type UnknownDataflowGraphDestinationHeaderAction struct {
	// ActionType is the kind (actionType) the service sent.
	ActionType *DataflowGraphDestinationHeaderActionType `json:"actionType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDataflowGraphDestinationHeaderAction) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownDataflowGraphDestinationHeaderAction does not declare are kept in Unknown.
func (m *UnknownDataflowGraphDestinationHeaderAction) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphNodeConnection connects two nodes of a graph.
type DataflowGraphNodeConnection struct {
	// From is the node data comes from. Required.
	From *DataflowGraphConnectionInput `json:"from,omitempty"`
	// To is the node data goes to. Required.
	To *DataflowGraphConnectionOutput `json:"to,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphNodeConnection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphNodeConnection does not declare are kept in Unknown.
func (m *DataflowGraphNodeConnection) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphConnectionInput is the node a connection starts at.
type DataflowGraphConnectionInput struct {
	// Name is the node's name. Required.
	Name *string `json:"name,omitempty"`
	// Schema is the schema of the data.
	Schema *DataflowGraphConnectionSchemaSettings `json:"schema,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphConnectionInput) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphConnectionInput does not declare are kept in Unknown.
func (m *DataflowGraphConnectionInput) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphConnectionOutput is the node a connection ends at.
type DataflowGraphConnectionOutput struct {
	// Name is the node's name. Required.
	Name *string `json:"name,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphConnectionOutput) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphConnectionOutput does not declare are kept in Unknown.
func (m *DataflowGraphConnectionOutput) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphConnectionSchemaSettings is the schema of the data on a
// connection.
type DataflowGraphConnectionSchemaSettings struct {
	// SerializationFormat is the format.
	SerializationFormat *DataflowGraphConnectionSchemaSerializationFormat `json:"serializationFormat,omitempty"`
	// SchemaRef names the schema.
	SchemaRef *string `json:"schemaRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowGraphConnectionSchemaSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowGraphConnectionSchemaSettings does not declare are kept in Unknown.
func (m *DataflowGraphConnectionSchemaSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowGraphNodeType is the kind of a graph node. Values this version
// does not know decode as they are.
type DataflowGraphNodeType string

// Known DataflowGraphNodeType values.
const (
	DataflowGraphNodeTypeSource      DataflowGraphNodeType = "Source"
	DataflowGraphNodeTypeGraph       DataflowGraphNodeType = "Graph"
	DataflowGraphNodeTypeDestination DataflowGraphNodeType = "Destination"
)

// PossibleDataflowGraphNodeTypeValues returns the known DataflowGraphNodeType values.
func PossibleDataflowGraphNodeTypeValues() []DataflowGraphNodeType {
	return []DataflowGraphNodeType{DataflowGraphNodeTypeSource, DataflowGraphNodeTypeGraph, DataflowGraphNodeTypeDestination}
}

// DataflowGraphDestinationHeaderActionType is the kind of a graph header
// action. Values this version does not know decode as they are.
type DataflowGraphDestinationHeaderActionType string

// Known DataflowGraphDestinationHeaderActionType values.
const (
	DataflowGraphDestinationHeaderActionTypeAddIfNotPresent DataflowGraphDestinationHeaderActionType = "AddIfNotPresent"
	DataflowGraphDestinationHeaderActionTypeRemove          DataflowGraphDestinationHeaderActionType = "Remove"
	DataflowGraphDestinationHeaderActionTypeAddOrReplace    DataflowGraphDestinationHeaderActionType = "AddOrReplace"
)

// PossibleDataflowGraphDestinationHeaderActionTypeValues returns the known DataflowGraphDestinationHeaderActionType values.
func PossibleDataflowGraphDestinationHeaderActionTypeValues() []DataflowGraphDestinationHeaderActionType {
	return []DataflowGraphDestinationHeaderActionType{DataflowGraphDestinationHeaderActionTypeAddIfNotPresent, DataflowGraphDestinationHeaderActionTypeRemove, DataflowGraphDestinationHeaderActionTypeAddOrReplace}
}

// DataflowGraphConnectionSchemaSerializationFormat is the format of data on
// a graph connection. Values this version does not know decode as they are.
type DataflowGraphConnectionSchemaSerializationFormat string

// Known DataflowGraphConnectionSchemaSerializationFormat values.
const (
	DataflowGraphConnectionSchemaSerializationFormatDelta   DataflowGraphConnectionSchemaSerializationFormat = "Delta"
	DataflowGraphConnectionSchemaSerializationFormatJSON    DataflowGraphConnectionSchemaSerializationFormat = "Json"
	DataflowGraphConnectionSchemaSerializationFormatParquet DataflowGraphConnectionSchemaSerializationFormat = "Parquet"
	DataflowGraphConnectionSchemaSerializationFormatAvro    DataflowGraphConnectionSchemaSerializationFormat = "Avro"
)

// PossibleDataflowGraphConnectionSchemaSerializationFormatValues returns the known DataflowGraphConnectionSchemaSerializationFormat values.
func PossibleDataflowGraphConnectionSchemaSerializationFormatValues() []DataflowGraphConnectionSchemaSerializationFormat {
	return []DataflowGraphConnectionSchemaSerializationFormat{DataflowGraphConnectionSchemaSerializationFormatDelta, DataflowGraphConnectionSchemaSerializationFormatJSON, DataflowGraphConnectionSchemaSerializationFormatParquet, DataflowGraphConnectionSchemaSerializationFormatAvro}
}
