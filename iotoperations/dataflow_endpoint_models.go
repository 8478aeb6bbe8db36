package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DataflowEndpointResource is a dataflow endpoint: a source or destination
// that dataflows connect to of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/dataflowEndpoints).
type DataflowEndpointResource struct {
	// Properties are the settings of the resource.
	Properties *DataflowEndpointProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/dataflowEndpoints".
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
func (m DataflowEndpointResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointResource does not declare are kept in Unknown.
func (m *DataflowEndpointResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowEndpointResourceListResult is one page of DataflowEndpoint
// resources.
type DataflowEndpointResourceListResult struct {
	// Value holds the resources of the page.
	Value []DataflowEndpointResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointResourceListResult does not declare are kept in Unknown.
func (m *DataflowEndpointResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointProperties are the settings of a dataflow endpoint.
// EndpointType selects the one settings member that applies; a kind this
// version does not know keeps its settings in Unknown.
type DataflowEndpointProperties struct {
	// EndpointType is the kind of endpoint. Required.
	EndpointType *EndpointType `json:"endpointType,omitempty"`
	// HostType is the kind of host behind a Kafka or MQTT endpoint, such as
	// Eventhub or EventGrid.
	HostType *DataflowEndpointHostType `json:"hostType,omitempty"`
	// DataExplorerSettings configures a DataExplorer endpoint.
	DataExplorerSettings *DataflowEndpointDataExplorer `json:"dataExplorerSettings,omitempty"`
	// DataLakeStorageSettings configures a DataLakeStorage endpoint.
	DataLakeStorageSettings *DataflowEndpointDataLakeStorage `json:"dataLakeStorageSettings,omitempty"`
	// FabricOneLakeSettings configures a FabricOneLake endpoint.
	FabricOneLakeSettings *DataflowEndpointFabricOneLake `json:"fabricOneLakeSettings,omitempty"`
	// KafkaSettings configures a Kafka endpoint (Event Hubs among others).
	KafkaSettings *DataflowEndpointKafka `json:"kafkaSettings,omitempty"`
	// LocalStorageSettings configures a LocalStorage endpoint.
	LocalStorageSettings *DataflowEndpointLocalStorage `json:"localStorageSettings,omitempty"`
	// MqttSettings configures an Mqtt endpoint (the local broker or Event Grid
	// among others).
	MqttSettings *DataflowEndpointMqtt `json:"mqttSettings,omitempty"`
	// OpenTelemetrySettings configures an OpenTelemetry endpoint.
	OpenTelemetrySettings *DataflowEndpointOpenTelemetry `json:"openTelemetrySettings,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the endpoint (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointProperties does not declare are kept in Unknown.
func (m *DataflowEndpointProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowEndpointDataExplorer is an Azure Data Explorer endpoint.
type DataflowEndpointDataExplorer struct {
	// Authentication is how the endpoint authenticates. Required.
	Authentication *DataflowEndpointDataExplorerAuthentication `json:"authentication,omitempty"`
	// Database is the database name. Required.
	Database *string `json:"database,omitempty"`
	// Host is <cluster>.<region>.kusto.windows.net. Required.
	Host *string `json:"host,omitempty"`
	// Batching configures batching.
	Batching *BatchingConfiguration `json:"batching,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointDataExplorer) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointDataExplorer does not declare are kept in Unknown.
func (m *DataflowEndpointDataExplorer) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointDataExplorerAuthentication is how an Azure Data Explorer
// endpoint authenticates.
type DataflowEndpointDataExplorerAuthentication struct {
	// Method selects the identity. Required.
	Method *ManagedIdentityMethod `json:"method,omitempty"`
	// SystemAssignedManagedIdentitySettings configures
	// SystemAssignedManagedIdentity.
	SystemAssignedManagedIdentitySettings *DataflowEndpointAuthenticationSystemAssignedManagedIdentity `json:"systemAssignedManagedIdentitySettings,omitempty"`
	// UserAssignedManagedIdentitySettings configures
	// UserAssignedManagedIdentity.
	UserAssignedManagedIdentitySettings *DataflowEndpointAuthenticationUserAssignedManagedIdentity `json:"userAssignedManagedIdentitySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointDataExplorerAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointDataExplorerAuthentication does not declare are kept in Unknown.
func (m *DataflowEndpointDataExplorerAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointDataLakeStorage is an Azure Data Lake Storage Gen2
// endpoint.
type DataflowEndpointDataLakeStorage struct {
	// Authentication is how the endpoint authenticates. Required.
	Authentication *DataflowEndpointDataLakeStorageAuthentication `json:"authentication,omitempty"`
	// Host is <account>.blob.core.windows.net. Required.
	Host *string `json:"host,omitempty"`
	// Batching configures batching.
	Batching *BatchingConfiguration `json:"batching,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointDataLakeStorage) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointDataLakeStorage does not declare are kept in Unknown.
func (m *DataflowEndpointDataLakeStorage) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointDataLakeStorageAuthentication is how a Data Lake Storage
// endpoint authenticates.
type DataflowEndpointDataLakeStorageAuthentication struct {
	// Method selects the method. Required.
	Method *DataLakeStorageAuthMethod `json:"method,omitempty"`
	// AccessTokenSettings configures AccessToken (a SAS token).
	AccessTokenSettings *DataflowEndpointAuthenticationAccessToken `json:"accessTokenSettings,omitempty"`
	// SystemAssignedManagedIdentitySettings configures
	// SystemAssignedManagedIdentity.
	SystemAssignedManagedIdentitySettings *DataflowEndpointAuthenticationSystemAssignedManagedIdentity `json:"systemAssignedManagedIdentitySettings,omitempty"`
	// UserAssignedManagedIdentitySettings configures
	// UserAssignedManagedIdentity.
	UserAssignedManagedIdentitySettings *DataflowEndpointAuthenticationUserAssignedManagedIdentity `json:"userAssignedManagedIdentitySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointDataLakeStorageAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointDataLakeStorageAuthentication does not declare are kept in Unknown.
func (m *DataflowEndpointDataLakeStorageAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointFabricOneLake is a Microsoft Fabric OneLake endpoint.
type DataflowEndpointFabricOneLake struct {
	// Authentication is how the endpoint authenticates. Required.
	Authentication *DataflowEndpointFabricOneLakeAuthentication `json:"authentication,omitempty"`
	// Names names the workspace and lakehouse. Required.
	Names *DataflowEndpointFabricOneLakeNames `json:"names,omitempty"`
	// OneLakePathType is Files or Tables. Required.
	OneLakePathType *DataflowEndpointFabricPathType `json:"oneLakePathType,omitempty"`
	// Host is https://<host>.fabric.microsoft.com. Required.
	Host *string `json:"host,omitempty"`
	// Batching configures batching.
	Batching *BatchingConfiguration `json:"batching,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointFabricOneLake) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointFabricOneLake does not declare are kept in Unknown.
func (m *DataflowEndpointFabricOneLake) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointFabricOneLakeAuthentication is how a Fabric OneLake
// endpoint authenticates.
type DataflowEndpointFabricOneLakeAuthentication struct {
	// Method selects the identity. Required.
	Method *ManagedIdentityMethod `json:"method,omitempty"`
	// SystemAssignedManagedIdentitySettings configures
	// SystemAssignedManagedIdentity.
	SystemAssignedManagedIdentitySettings *DataflowEndpointAuthenticationSystemAssignedManagedIdentity `json:"systemAssignedManagedIdentitySettings,omitempty"`
	// UserAssignedManagedIdentitySettings configures
	// UserAssignedManagedIdentity.
	UserAssignedManagedIdentitySettings *DataflowEndpointAuthenticationUserAssignedManagedIdentity `json:"userAssignedManagedIdentitySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointFabricOneLakeAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointFabricOneLakeAuthentication does not declare are kept in Unknown.
func (m *DataflowEndpointFabricOneLakeAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointFabricOneLakeNames names a Fabric workspace and lakehouse.
type DataflowEndpointFabricOneLakeNames struct {
	// LakehouseName is the lakehouse. Required.
	LakehouseName *string `json:"lakehouseName,omitempty"`
	// WorkspaceName is the workspace. Required.
	WorkspaceName *string `json:"workspaceName,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointFabricOneLakeNames) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointFabricOneLakeNames does not declare are kept in Unknown.
func (m *DataflowEndpointFabricOneLakeNames) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// EndpointType is the kind of a dataflow endpoint. Values this version does
// not know decode as they are.
type EndpointType string

// Known EndpointType values.
const (
	EndpointTypeDataExplorer    EndpointType = "DataExplorer"
	EndpointTypeDataLakeStorage EndpointType = "DataLakeStorage"
	EndpointTypeFabricOneLake   EndpointType = "FabricOneLake"
	EndpointTypeKafka           EndpointType = "Kafka"
	EndpointTypeLocalStorage    EndpointType = "LocalStorage"
	EndpointTypeMqtt            EndpointType = "Mqtt"
	EndpointTypeOpenTelemetry   EndpointType = "OpenTelemetry"
)

// PossibleEndpointTypeValues returns the known EndpointType values.
func PossibleEndpointTypeValues() []EndpointType {
	return []EndpointType{EndpointTypeDataExplorer, EndpointTypeDataLakeStorage, EndpointTypeFabricOneLake, EndpointTypeKafka, EndpointTypeLocalStorage, EndpointTypeMqtt, EndpointTypeOpenTelemetry}
}

// DataflowEndpointHostType is the kind of host behind a dataflow endpoint.
// Values this version does not know decode as they are.
type DataflowEndpointHostType string

// Known DataflowEndpointHostType values.
const (
	DataflowEndpointHostTypeFabricRT    DataflowEndpointHostType = "FabricRT"
	DataflowEndpointHostTypeEventGrid   DataflowEndpointHostType = "EventGrid"
	DataflowEndpointHostTypeLocalBroker DataflowEndpointHostType = "LocalBroker"
	DataflowEndpointHostTypeEventhub    DataflowEndpointHostType = "Eventhub"
	DataflowEndpointHostTypeCustomMqtt  DataflowEndpointHostType = "CustomMqtt"
	DataflowEndpointHostTypeCustomKafka DataflowEndpointHostType = "CustomKafka"
)

// PossibleDataflowEndpointHostTypeValues returns the known DataflowEndpointHostType values.
func PossibleDataflowEndpointHostTypeValues() []DataflowEndpointHostType {
	return []DataflowEndpointHostType{DataflowEndpointHostTypeFabricRT, DataflowEndpointHostTypeEventGrid, DataflowEndpointHostTypeLocalBroker, DataflowEndpointHostTypeEventhub, DataflowEndpointHostTypeCustomMqtt, DataflowEndpointHostTypeCustomKafka}
}

// ManagedIdentityMethod selects a managed identity. Values this version does
// not know decode as they are.
type ManagedIdentityMethod string

// Known ManagedIdentityMethod values.
const (
	ManagedIdentityMethodSystemAssignedManagedIdentity ManagedIdentityMethod = "SystemAssignedManagedIdentity"
	ManagedIdentityMethodUserAssignedManagedIdentity   ManagedIdentityMethod = "UserAssignedManagedIdentity"
)

// PossibleManagedIdentityMethodValues returns the known ManagedIdentityMethod values.
func PossibleManagedIdentityMethodValues() []ManagedIdentityMethod {
	return []ManagedIdentityMethod{ManagedIdentityMethodSystemAssignedManagedIdentity, ManagedIdentityMethodUserAssignedManagedIdentity}
}

// DataLakeStorageAuthMethod is how a Data Lake Storage endpoint
// authenticates. Values this version does not know decode as they are.
type DataLakeStorageAuthMethod string

// Known DataLakeStorageAuthMethod values.
const (
	DataLakeStorageAuthMethodSystemAssignedManagedIdentity DataLakeStorageAuthMethod = "SystemAssignedManagedIdentity"
	DataLakeStorageAuthMethodUserAssignedManagedIdentity   DataLakeStorageAuthMethod = "UserAssignedManagedIdentity"
	DataLakeStorageAuthMethodAccessToken                   DataLakeStorageAuthMethod = "AccessToken"
)

// PossibleDataLakeStorageAuthMethodValues returns the known DataLakeStorageAuthMethod values.
func PossibleDataLakeStorageAuthMethodValues() []DataLakeStorageAuthMethod {
	return []DataLakeStorageAuthMethod{DataLakeStorageAuthMethodSystemAssignedManagedIdentity, DataLakeStorageAuthMethodUserAssignedManagedIdentity, DataLakeStorageAuthMethodAccessToken}
}

// KafkaAuthMethod is how a Kafka endpoint authenticates. Values this version
// does not know decode as they are.
type KafkaAuthMethod string

// Known KafkaAuthMethod values.
const (
	KafkaAuthMethodSystemAssignedManagedIdentity KafkaAuthMethod = "SystemAssignedManagedIdentity"
	KafkaAuthMethodUserAssignedManagedIdentity   KafkaAuthMethod = "UserAssignedManagedIdentity"
	KafkaAuthMethodSasl                          KafkaAuthMethod = "Sasl"
	KafkaAuthMethodX509Certificate               KafkaAuthMethod = "X509Certificate"
	KafkaAuthMethodAnonymous                     KafkaAuthMethod = "Anonymous"
)

// PossibleKafkaAuthMethodValues returns the known KafkaAuthMethod values.
func PossibleKafkaAuthMethodValues() []KafkaAuthMethod {
	return []KafkaAuthMethod{KafkaAuthMethodSystemAssignedManagedIdentity, KafkaAuthMethodUserAssignedManagedIdentity, KafkaAuthMethodSasl, KafkaAuthMethodX509Certificate, KafkaAuthMethodAnonymous}
}

// MqttAuthMethod is how an MQTT endpoint authenticates. Values this version
// does not know decode as they are.
type MqttAuthMethod string

// Known MqttAuthMethod values.
const (
	MqttAuthMethodSystemAssignedManagedIdentity MqttAuthMethod = "SystemAssignedManagedIdentity"
	MqttAuthMethodUserAssignedManagedIdentity   MqttAuthMethod = "UserAssignedManagedIdentity"
	MqttAuthMethodServiceAccountToken           MqttAuthMethod = "ServiceAccountToken"
	MqttAuthMethodX509Certificate               MqttAuthMethod = "X509Certificate"
	MqttAuthMethodAnonymous                     MqttAuthMethod = "Anonymous"
)

// PossibleMqttAuthMethodValues returns the known MqttAuthMethod values.
func PossibleMqttAuthMethodValues() []MqttAuthMethod {
	return []MqttAuthMethod{MqttAuthMethodSystemAssignedManagedIdentity, MqttAuthMethodUserAssignedManagedIdentity, MqttAuthMethodServiceAccountToken, MqttAuthMethodX509Certificate, MqttAuthMethodAnonymous}
}

// DataflowOpenTelemetryAuthenticationMethod is how an OpenTelemetry endpoint
// authenticates. Values this version does not know decode as they are.
type DataflowOpenTelemetryAuthenticationMethod string

// Known DataflowOpenTelemetryAuthenticationMethod values.
const (
	DataflowOpenTelemetryAuthenticationMethodServiceAccountToken DataflowOpenTelemetryAuthenticationMethod = "ServiceAccountToken"
	DataflowOpenTelemetryAuthenticationMethodX509Certificate     DataflowOpenTelemetryAuthenticationMethod = "X509Certificate"
	DataflowOpenTelemetryAuthenticationMethodAnonymous           DataflowOpenTelemetryAuthenticationMethod = "Anonymous"
)

// PossibleDataflowOpenTelemetryAuthenticationMethodValues returns the known DataflowOpenTelemetryAuthenticationMethod values.
func PossibleDataflowOpenTelemetryAuthenticationMethodValues() []DataflowOpenTelemetryAuthenticationMethod {
	return []DataflowOpenTelemetryAuthenticationMethod{DataflowOpenTelemetryAuthenticationMethodServiceAccountToken, DataflowOpenTelemetryAuthenticationMethodX509Certificate, DataflowOpenTelemetryAuthenticationMethodAnonymous}
}

// DataflowEndpointAuthenticationSaslType is a SASL mechanism. Values this
// version does not know decode as they are.
type DataflowEndpointAuthenticationSaslType string

// Known DataflowEndpointAuthenticationSaslType values.
const (
	DataflowEndpointAuthenticationSaslTypePlain       DataflowEndpointAuthenticationSaslType = "Plain"
	DataflowEndpointAuthenticationSaslTypeScramSha256 DataflowEndpointAuthenticationSaslType = "ScramSha256"
	DataflowEndpointAuthenticationSaslTypeScramSha512 DataflowEndpointAuthenticationSaslType = "ScramSha512"
)

// PossibleDataflowEndpointAuthenticationSaslTypeValues returns the known DataflowEndpointAuthenticationSaslType values.
func PossibleDataflowEndpointAuthenticationSaslTypeValues() []DataflowEndpointAuthenticationSaslType {
	return []DataflowEndpointAuthenticationSaslType{DataflowEndpointAuthenticationSaslTypePlain, DataflowEndpointAuthenticationSaslTypeScramSha256, DataflowEndpointAuthenticationSaslTypeScramSha512}
}

// DataflowEndpointFabricPathType is where data goes in a Fabric workspace.
// Values this version does not know decode as they are.
type DataflowEndpointFabricPathType string

// Known DataflowEndpointFabricPathType values.
const (
	DataflowEndpointFabricPathTypeFiles  DataflowEndpointFabricPathType = "Files"
	DataflowEndpointFabricPathTypeTables DataflowEndpointFabricPathType = "Tables"
)

// PossibleDataflowEndpointFabricPathTypeValues returns the known DataflowEndpointFabricPathType values.
func PossibleDataflowEndpointFabricPathTypeValues() []DataflowEndpointFabricPathType {
	return []DataflowEndpointFabricPathType{DataflowEndpointFabricPathTypeFiles, DataflowEndpointFabricPathTypeTables}
}

// DataflowEndpointKafkaAcks is the acknowledgements a Kafka destination
// waits for. Values this version does not know decode as they are.
type DataflowEndpointKafkaAcks string

// Known DataflowEndpointKafkaAcks values.
const (
	DataflowEndpointKafkaAcksZero DataflowEndpointKafkaAcks = "Zero"
	DataflowEndpointKafkaAcksOne  DataflowEndpointKafkaAcks = "One"
	DataflowEndpointKafkaAcksAll  DataflowEndpointKafkaAcks = "All"
)

// PossibleDataflowEndpointKafkaAcksValues returns the known DataflowEndpointKafkaAcks values.
func PossibleDataflowEndpointKafkaAcksValues() []DataflowEndpointKafkaAcks {
	return []DataflowEndpointKafkaAcks{DataflowEndpointKafkaAcksZero, DataflowEndpointKafkaAcksOne, DataflowEndpointKafkaAcksAll}
}

// DataflowEndpointKafkaCompression is the compression of a Kafka
// destination. Values this version does not know decode as they are.
type DataflowEndpointKafkaCompression string

// Known DataflowEndpointKafkaCompression values.
const (
	DataflowEndpointKafkaCompressionNone   DataflowEndpointKafkaCompression = "None"
	DataflowEndpointKafkaCompressionGzip   DataflowEndpointKafkaCompression = "Gzip"
	DataflowEndpointKafkaCompressionSnappy DataflowEndpointKafkaCompression = "Snappy"
	DataflowEndpointKafkaCompressionLz4    DataflowEndpointKafkaCompression = "Lz4"
)

// PossibleDataflowEndpointKafkaCompressionValues returns the known DataflowEndpointKafkaCompression values.
func PossibleDataflowEndpointKafkaCompressionValues() []DataflowEndpointKafkaCompression {
	return []DataflowEndpointKafkaCompression{DataflowEndpointKafkaCompressionNone, DataflowEndpointKafkaCompressionGzip, DataflowEndpointKafkaCompressionSnappy, DataflowEndpointKafkaCompressionLz4}
}

// DataflowEndpointKafkaPartitionStrategy is how a Kafka destination picks
// partitions. Values this version does not know decode as they are.
type DataflowEndpointKafkaPartitionStrategy string

// Known DataflowEndpointKafkaPartitionStrategy values.
const (
	// DataflowEndpointKafkaPartitionStrategyDefault round-robin.
	DataflowEndpointKafkaPartitionStrategyDefault DataflowEndpointKafkaPartitionStrategy = "Default"
	// DataflowEndpointKafkaPartitionStrategyStatic a fixed partition derived
	// from the dataflow's instance.
	DataflowEndpointKafkaPartitionStrategyStatic DataflowEndpointKafkaPartitionStrategy = "Static"
	// DataflowEndpointKafkaPartitionStrategyTopic by topic.
	DataflowEndpointKafkaPartitionStrategyTopic DataflowEndpointKafkaPartitionStrategy = "Topic"
	// DataflowEndpointKafkaPartitionStrategyProperty by a property.
	DataflowEndpointKafkaPartitionStrategyProperty DataflowEndpointKafkaPartitionStrategy = "Property"
)

// PossibleDataflowEndpointKafkaPartitionStrategyValues returns the known DataflowEndpointKafkaPartitionStrategy values.
func PossibleDataflowEndpointKafkaPartitionStrategyValues() []DataflowEndpointKafkaPartitionStrategy {
	return []DataflowEndpointKafkaPartitionStrategy{DataflowEndpointKafkaPartitionStrategyDefault, DataflowEndpointKafkaPartitionStrategyStatic, DataflowEndpointKafkaPartitionStrategyTopic, DataflowEndpointKafkaPartitionStrategyProperty}
}

// CloudEventAttributeType is how CloudEvents attributes are mapped. Values
// this version does not know decode as they are.
type CloudEventAttributeType string

// Known CloudEventAttributeType values.
const (
	CloudEventAttributeTypePropagate     CloudEventAttributeType = "Propagate"
	CloudEventAttributeTypeCreateOrRemap CloudEventAttributeType = "CreateOrRemap"
)

// PossibleCloudEventAttributeTypeValues returns the known CloudEventAttributeType values.
func PossibleCloudEventAttributeTypeValues() []CloudEventAttributeType {
	return []CloudEventAttributeType{CloudEventAttributeTypePropagate, CloudEventAttributeTypeCreateOrRemap}
}

// MqttRetainType is what an MQTT destination does with the retain flag.
// Values this version does not know decode as they are.
type MqttRetainType string

// Known MqttRetainType values.
const (
	MqttRetainTypeKeep  MqttRetainType = "Keep"
	MqttRetainTypeNever MqttRetainType = "Never"
)

// PossibleMqttRetainTypeValues returns the known MqttRetainType values.
func PossibleMqttRetainTypeValues() []MqttRetainType {
	return []MqttRetainType{MqttRetainTypeKeep, MqttRetainTypeNever}
}
