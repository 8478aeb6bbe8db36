package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DataflowEndpointKafka is a Kafka endpoint, such as Azure Event Hubs.
type DataflowEndpointKafka struct {
	// Authentication is how the endpoint authenticates. Required.
	Authentication *DataflowEndpointKafkaAuthentication `json:"authentication,omitempty"`
	// ConsumerGroupID is the consumer group, for a source.
	ConsumerGroupID *string `json:"consumerGroupId,omitempty"`
	// Host is the Kafka host. Required.
	Host *string `json:"host,omitempty"`
	// Batching configures batching.
	Batching *DataflowEndpointKafkaBatching `json:"batching,omitempty"`
	// CopyMqttProperties copies MQTT properties to Kafka headers (Enabled when
	// unset).
	CopyMqttProperties *OperationalMode `json:"copyMqttProperties,omitempty"`
	// Compression is the compression of a destination (None when unset).
	Compression *DataflowEndpointKafkaCompression `json:"compression,omitempty"`
	// KafkaAcks is the acknowledgements a destination waits for (All when
	// unset).
	KafkaAcks *DataflowEndpointKafkaAcks `json:"kafkaAcks,omitempty"`
	// PartitionStrategy is how a destination picks partitions (Default when
	// unset).
	PartitionStrategy *DataflowEndpointKafkaPartitionStrategy `json:"partitionStrategy,omitempty"`
	// TLS configures TLS.
	TLS *TLSProperties `json:"tls,omitempty"`
	// CloudEventAttributes is how CloudEvents attributes are mapped.
	CloudEventAttributes *CloudEventAttributeType `json:"cloudEventAttributes,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointKafka) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointKafka does not declare are kept in Unknown.
func (m *DataflowEndpointKafka) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowEndpointKafkaAuthentication is how a Kafka endpoint authenticates.
type DataflowEndpointKafkaAuthentication struct {
	// Method selects the method. Required.
	Method *KafkaAuthMethod `json:"method,omitempty"`
	// SystemAssignedManagedIdentitySettings configures
	// SystemAssignedManagedIdentity.
	SystemAssignedManagedIdentitySettings *DataflowEndpointAuthenticationSystemAssignedManagedIdentity `json:"systemAssignedManagedIdentitySettings,omitempty"`
	// UserAssignedManagedIdentitySettings configures
	// UserAssignedManagedIdentity.
	UserAssignedManagedIdentitySettings *DataflowEndpointAuthenticationUserAssignedManagedIdentity `json:"userAssignedManagedIdentitySettings,omitempty"`
	// SaslSettings configures Sasl.
	SaslSettings *DataflowEndpointAuthenticationSasl `json:"saslSettings,omitempty"`
	// X509CertificateSettings configures X509Certificate.
	X509CertificateSettings *DataflowEndpointAuthenticationX509 `json:"x509CertificateSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointKafkaAuthentication) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointKafkaAuthentication does not declare are kept in Unknown.
func (m *DataflowEndpointKafkaAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointKafkaBatching configures batching of a Kafka endpoint.
type DataflowEndpointKafkaBatching struct {
	// Mode turns batching on or off (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// LatencyMs is the longest a batch waits, in milliseconds (5 when unset).
	LatencyMs *int32 `json:"latencyMs,omitempty"`
	// MaxBytes is the most bytes a batch holds (1000000 when unset).
	MaxBytes *int32 `json:"maxBytes,omitempty"`
	// MaxMessages is the most messages a batch holds (100000 when unset).
	MaxMessages *int32 `json:"maxMessages,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointKafkaBatching) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointKafkaBatching does not declare are kept in Unknown.
func (m *DataflowEndpointKafkaBatching) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointLocalStorage is a local persistent volume endpoint.
type DataflowEndpointLocalStorage struct {
	// PersistentVolumeClaimRef names the persistent volume claim. Required.
	PersistentVolumeClaimRef *string `json:"persistentVolumeClaimRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointLocalStorage) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointLocalStorage does not declare are kept in Unknown.
func (m *DataflowEndpointLocalStorage) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointMqtt is an MQTT endpoint: the local broker (host unset),
// Event Grid, or any MQTT broker.
type DataflowEndpointMqtt struct {
	// Authentication is how the endpoint authenticates. Required.
	Authentication *DataflowEndpointMqttAuthentication `json:"authentication,omitempty"`
	// ClientIDPrefix prefixes the client IDs the dataflow uses.
	ClientIDPrefix *string `json:"clientIdPrefix,omitempty"`
	// Host is <hostname>:<port>; the local broker when unset.
	Host *string `json:"host,omitempty"`
	// Protocol is Mqtt or WebSockets (Mqtt when unset).
	Protocol *BrokerProtocolType `json:"protocol,omitempty"`
	// KeepAliveSeconds is the keep-alive, in seconds (60 when unset).
	KeepAliveSeconds *int32 `json:"keepAliveSeconds,omitempty"`
	// Retain keeps or drops the retain flag (Keep when unset).
	Retain *MqttRetainType `json:"retain,omitempty"`
	// MaxInflightMessages is the most unacknowledged messages (100 when
	// unset).
	MaxInflightMessages *int32 `json:"maxInflightMessages,omitempty"`
	// Qos is the MQTT QoS, 0 or 1 (1 when unset).
	Qos *int32 `json:"qos,omitempty"`
	// SessionExpirySeconds is the session expiry, in seconds.
	SessionExpirySeconds *int32 `json:"sessionExpirySeconds,omitempty"`
	// TLS configures TLS.
	TLS *TLSProperties `json:"tls,omitempty"`
	// CloudEventAttributes is how CloudEvents attributes are mapped.
	CloudEventAttributes *CloudEventAttributeType `json:"cloudEventAttributes,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointMqtt) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointMqtt does not declare are kept in Unknown.
func (m *DataflowEndpointMqtt) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowEndpointMqttAuthentication is how an MQTT endpoint authenticates.
type DataflowEndpointMqttAuthentication struct {
	// Method selects the method. Required.
	Method *MqttAuthMethod `json:"method,omitempty"`
	// SystemAssignedManagedIdentitySettings configures
	// SystemAssignedManagedIdentity.
	SystemAssignedManagedIdentitySettings *DataflowEndpointAuthenticationSystemAssignedManagedIdentity `json:"systemAssignedManagedIdentitySettings,omitempty"`
	// UserAssignedManagedIdentitySettings configures
	// UserAssignedManagedIdentity.
	UserAssignedManagedIdentitySettings *DataflowEndpointAuthenticationUserAssignedManagedIdentity `json:"userAssignedManagedIdentitySettings,omitempty"`
	// ServiceAccountTokenSettings configures ServiceAccountToken (audience
	// aio-internal when unset).
	ServiceAccountTokenSettings *DataflowEndpointAuthenticationServiceAccountToken `json:"serviceAccountTokenSettings,omitempty"`
	// X509CertificateSettings configures X509Certificate.
	X509CertificateSettings *DataflowEndpointAuthenticationX509 `json:"x509CertificateSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointMqttAuthentication) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointMqttAuthentication does not declare are kept in Unknown.
func (m *DataflowEndpointMqttAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointOpenTelemetry is an OpenTelemetry endpoint.
type DataflowEndpointOpenTelemetry struct {
	// Host is <host>:<port>. Required.
	Host *string `json:"host,omitempty"`
	// Batching configures batching.
	Batching *BatchingConfiguration `json:"batching,omitempty"`
	// TLS configures TLS.
	TLS *TLSProperties `json:"tls,omitempty"`
	// Authentication is how the endpoint authenticates. Required.
	Authentication DataflowOpenTelemetryAuthentication `json:"authentication,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointOpenTelemetry) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointOpenTelemetry does not declare are kept in Unknown.
func (m *DataflowEndpointOpenTelemetry) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowOpenTelemetryAnonymousAuthentication connects to an OpenTelemetry
// endpoint anonymously.
type DataflowOpenTelemetryAnonymousAuthentication struct {
	// AnonymousSettings is the (empty) settings object. Required.
	AnonymousSettings *DataflowEndpointAuthenticationAnonymous `json:"anonymousSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowOpenTelemetryAnonymousAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowOpenTelemetryAnonymousAuthentication does not declare are kept in Unknown.
func (m *DataflowOpenTelemetryAnonymousAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowOpenTelemetryServiceAccountAuthentication authenticates to an
// OpenTelemetry endpoint with a Kubernetes service account token.
type DataflowOpenTelemetryServiceAccountAuthentication struct {
	// ServiceAccountTokenSettings configures the token. Required.
	ServiceAccountTokenSettings *DataflowEndpointAuthenticationServiceAccountToken `json:"serviceAccountTokenSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowOpenTelemetryServiceAccountAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowOpenTelemetryServiceAccountAuthentication does not declare are kept in Unknown.
func (m *DataflowOpenTelemetryServiceAccountAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowOpenTelemetryX509CertificateAuthentication authenticates to an
// OpenTelemetry endpoint with an X.509 certificate.
type DataflowOpenTelemetryX509CertificateAuthentication struct {
	// X509CertificateSettings configures the certificate. Required.
	X509CertificateSettings *DataflowEndpointAuthenticationX509 `json:"x509CertificateSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowOpenTelemetryX509CertificateAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowOpenTelemetryX509CertificateAuthentication does not declare are kept in Unknown.
func (m *DataflowOpenTelemetryX509CertificateAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
