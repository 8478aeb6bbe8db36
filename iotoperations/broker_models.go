package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// BrokerResource is the MQTT broker of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/brokers).
type BrokerResource struct {
	// Properties are the settings of the resource.
	Properties *BrokerProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/brokers". Read-only.
	Type *string `json:"type,omitempty"`
	// SystemData records who created and last modified the resource and when.
	// Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerResource does not declare are kept in Unknown.
func (m *BrokerResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerResourceListResult is one page of Broker resources.
type BrokerResourceListResult struct {
	// Value holds the resources of the page.
	Value []BrokerResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerResourceListResult does not declare are kept in Unknown.
func (m *BrokerResourceListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerProperties are the settings of a broker.
type BrokerProperties struct {
	// Advanced are advanced settings. Set on create only.
	Advanced *AdvancedSettings `json:"advanced,omitempty"`
	// Cardinality sizes the broker's frontend and backend. Set on create only.
	Cardinality *Cardinality `json:"cardinality,omitempty"`
	// Diagnostics configures logs, metrics, self-checks and traces.
	Diagnostics *BrokerDiagnostics `json:"diagnostics,omitempty"`
	// DiskBackedMessageBuffer lets the message buffer spill to disk. Set on
	// create only.
	DiskBackedMessageBuffer *DiskBackedMessageBuffer `json:"diskBackedMessageBuffer,omitempty"`
	// GenerateResourceLimits controls whether Kubernetes CPU limits are
	// requested. Set on create only.
	GenerateResourceLimits *GenerateResourceLimits `json:"generateResourceLimits,omitempty"`
	// MemoryProfile is the broker's memory profile (Medium when unset). Set on
	// create only.
	MemoryProfile *BrokerMemoryProfile `json:"memoryProfile,omitempty"`
	// Persistence configures what the broker keeps on disk.
	Persistence *BrokerPersistence `json:"persistence,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the broker (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerProperties does not declare are kept in Unknown.
func (m *BrokerProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AdvancedSettings are advanced broker settings.
type AdvancedSettings struct {
	// Clients are limits applied to every client.
	Clients *ClientConfig `json:"clients,omitempty"`
	// EncryptInternalTraffic encrypts traffic inside the broker (Enabled when
	// unset).
	EncryptInternalTraffic *OperationalMode `json:"encryptInternalTraffic,omitempty"`
	// InternalCerts configures rotation and keys of internal certificates.
	InternalCerts *CertManagerCertOptions `json:"internalCerts,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AdvancedSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AdvancedSettings does not declare are kept in Unknown.
func (m *AdvancedSettings) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ClientConfig are limits the broker applies to its clients.
type ClientConfig struct {
	// MaxSessionExpirySeconds caps the session expiry interval, in seconds.
	MaxSessionExpirySeconds *int32 `json:"maxSessionExpirySeconds,omitempty"`
	// MaxMessageExpirySeconds caps the message expiry interval, in seconds.
	MaxMessageExpirySeconds *int32 `json:"maxMessageExpirySeconds,omitempty"`
	// MaxPacketSizeBytes caps the packet size, in bytes.
	MaxPacketSizeBytes *int32 `json:"maxPacketSizeBytes,omitempty"`
	// SubscriberQueueLimit limits the messages queued for a subscriber.
	SubscriberQueueLimit *SubscriberQueueLimit `json:"subscriberQueueLimit,omitempty"`
	// MaxReceiveMaximum caps the Receive Maximum a client may ask for.
	MaxReceiveMaximum *int32 `json:"maxReceiveMaximum,omitempty"`
	// MaxKeepAliveSeconds caps a client's keep-alive, in seconds.
	MaxKeepAliveSeconds *int32 `json:"maxKeepAliveSeconds,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ClientConfig) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ClientConfig does not declare are kept in Unknown.
func (m *ClientConfig) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SubscriberQueueLimit limits the messages queued for a subscriber.
type SubscriberQueueLimit struct {
	// Length is the queue length at which messages start being dropped.
	Length *int64 `json:"length,omitempty"`
	// Strategy is which messages are dropped (None when unset).
	Strategy *SubscriberMessageDropStrategy `json:"strategy,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SubscriberQueueLimit) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SubscriberQueueLimit does not declare are kept in Unknown.
func (m *SubscriberQueueLimit) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertManagerCertOptions configures certificates managed by cert-manager.
type CertManagerCertOptions struct {
	// Duration is the certificate lifetime as a Go duration (for example
	// 240h). Required.
	Duration *string `json:"duration,omitempty"`
	// RenewBefore is how long before expiry renewal starts, as a Go duration.
	// Required.
	RenewBefore *string `json:"renewBefore,omitempty"`
	// PrivateKey configures the private key. Required.
	PrivateKey *CertManagerPrivateKey `json:"privateKey,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertManagerCertOptions) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertManagerCertOptions does not declare are kept in Unknown.
func (m *CertManagerCertOptions) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertManagerPrivateKey configures a certificate's private key.
type CertManagerPrivateKey struct {
	// Algorithm is the key algorithm. Required.
	Algorithm *PrivateKeyAlgorithm `json:"algorithm,omitempty"`
	// RotationPolicy is when the key is rotated. Required.
	RotationPolicy *PrivateKeyRotationPolicy `json:"rotationPolicy,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertManagerPrivateKey) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertManagerPrivateKey does not declare are kept in Unknown.
func (m *CertManagerPrivateKey) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Cardinality sizes a broker's frontend and backend.
type Cardinality struct {
	// BackendChain sizes the backend. Required.
	BackendChain *BackendChain `json:"backendChain,omitempty"`
	// Frontend sizes the frontend. Required.
	Frontend *Frontend `json:"frontend,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Cardinality) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Cardinality does not declare are kept in Unknown.
func (m *Cardinality) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BackendChain sizes a broker's backend.
type BackendChain struct {
	// Partitions is the number of physical partitions. Required.
	Partitions *int32 `json:"partitions,omitempty"`
	// RedundancyFactor is the number of replicas per partition. Required.
	RedundancyFactor *int32 `json:"redundancyFactor,omitempty"`
	// Workers is the number of workers per replica (1 when unset).
	Workers *int32 `json:"workers,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BackendChain) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BackendChain does not declare are kept in Unknown.
func (m *BackendChain) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Frontend sizes a broker's frontend.
type Frontend struct {
	// Replicas is the number of frontend pods. Required.
	Replicas *int32 `json:"replicas,omitempty"`
	// Workers is the number of workers per pod (2 when unset).
	Workers *int32 `json:"workers,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Frontend) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Frontend does not declare are kept in Unknown.
func (m *Frontend) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerDiagnostics configures a broker's diagnostics.
type BrokerDiagnostics struct {
	// Logs configures logging.
	Logs *DiagnosticsLogs `json:"logs,omitempty"`
	// Metrics configures the Prometheus metrics endpoint.
	Metrics *Metrics `json:"metrics,omitempty"`
	// SelfCheck configures the broker's self-check.
	SelfCheck *SelfCheck `json:"selfCheck,omitempty"`
	// Traces configures tracing.
	Traces *Traces `json:"traces,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerDiagnostics) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerDiagnostics does not declare are kept in Unknown.
func (m *BrokerDiagnostics) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SelfCheck configures a broker's self-check.
type SelfCheck struct {
	// Mode turns the self-check on or off (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// IntervalSeconds is the check interval, in seconds (30 when unset).
	IntervalSeconds *int32 `json:"intervalSeconds,omitempty"`
	// TimeoutSeconds is the check timeout, in seconds (15 when unset).
	TimeoutSeconds *int32 `json:"timeoutSeconds,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SelfCheck) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SelfCheck does not declare are kept in Unknown.
func (m *SelfCheck) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Traces configures a broker's tracing.
type Traces struct {
	// Mode turns tracing on or off (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// CacheSizeMegabytes is the trace cache size, in megabytes (16 when
	// unset).
	CacheSizeMegabytes *int32 `json:"cacheSizeMegabytes,omitempty"`
	// SelfTracing configures self-tracing.
	SelfTracing *SelfTracing `json:"selfTracing,omitempty"`
	// SpanChannelCapacity is the span channel capacity (1000 when unset).
	SpanChannelCapacity *int32 `json:"spanChannelCapacity,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Traces) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Traces does not declare are kept in Unknown.
func (m *Traces) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SelfTracing configures a broker's self-tracing.
type SelfTracing struct {
	// Mode turns self-tracing on or off (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// IntervalSeconds is the self-tracing interval, in seconds (30 when
	// unset).
	IntervalSeconds *int32 `json:"intervalSeconds,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SelfTracing) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SelfTracing does not declare are kept in Unknown.
func (m *SelfTracing) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerMemoryProfile is the memory profile of a broker. Values this version
// does not know decode as they are.
type BrokerMemoryProfile string

// Known BrokerMemoryProfile values.
const (
	BrokerMemoryProfileTiny   BrokerMemoryProfile = "Tiny"
	BrokerMemoryProfileLow    BrokerMemoryProfile = "Low"
	BrokerMemoryProfileMedium BrokerMemoryProfile = "Medium"
	BrokerMemoryProfileHigh   BrokerMemoryProfile = "High"
)

// PossibleBrokerMemoryProfileValues returns the known BrokerMemoryProfile values.
func PossibleBrokerMemoryProfileValues() []BrokerMemoryProfile {
	return []BrokerMemoryProfile{BrokerMemoryProfileTiny, BrokerMemoryProfileLow, BrokerMemoryProfileMedium, BrokerMemoryProfileHigh}
}

// BrokerPersistencePolicyMode is which items of a kind a broker keeps on
// disk. Values this version does not know decode as they are.
type BrokerPersistencePolicyMode string

// Known BrokerPersistencePolicyMode values.
const (
	// BrokerPersistencePolicyModeAll keeps every item.
	BrokerPersistencePolicyModeAll BrokerPersistencePolicyMode = "All"
	// BrokerPersistencePolicyModeNone keeps none.
	BrokerPersistencePolicyModeNone BrokerPersistencePolicyMode = "None"
	// BrokerPersistencePolicyModeCustom keeps the items the settings select.
	BrokerPersistencePolicyModeCustom BrokerPersistencePolicyMode = "Custom"
)

// PossibleBrokerPersistencePolicyModeValues returns the known BrokerPersistencePolicyMode values.
func PossibleBrokerPersistencePolicyModeValues() []BrokerPersistencePolicyMode {
	return []BrokerPersistencePolicyMode{BrokerPersistencePolicyModeAll, BrokerPersistencePolicyModeNone, BrokerPersistencePolicyModeCustom}
}

// BrokerStateStoreKeyType is how state store keys match. Values this version
// does not know decode as they are.
type BrokerStateStoreKeyType string

// Known BrokerStateStoreKeyType values.
const (
	// BrokerStateStoreKeyTypePattern matches glob-style patterns.
	BrokerStateStoreKeyTypePattern BrokerStateStoreKeyType = "Pattern"
	// BrokerStateStoreKeyTypeString matches exactly.
	BrokerStateStoreKeyTypeString BrokerStateStoreKeyType = "String"
	// BrokerStateStoreKeyTypeBinary matches a binary key.
	BrokerStateStoreKeyTypeBinary BrokerStateStoreKeyType = "Binary"
)

// PossibleBrokerStateStoreKeyTypeValues returns the known BrokerStateStoreKeyType values.
func PossibleBrokerStateStoreKeyTypeValues() []BrokerStateStoreKeyType {
	return []BrokerStateStoreKeyType{BrokerStateStoreKeyTypePattern, BrokerStateStoreKeyTypeString, BrokerStateStoreKeyTypeBinary}
}

// SubscriberMessageDropStrategy is which messages a full subscriber queue
// drops. Values this version does not know decode as they are.
type SubscriberMessageDropStrategy string

// Known SubscriberMessageDropStrategy values.
const (
	// SubscriberMessageDropStrategyNone drops none.
	SubscriberMessageDropStrategyNone SubscriberMessageDropStrategy = "None"
	// SubscriberMessageDropStrategyDropOldest drops the oldest.
	SubscriberMessageDropStrategyDropOldest SubscriberMessageDropStrategy = "DropOldest"
)

// PossibleSubscriberMessageDropStrategyValues returns the known SubscriberMessageDropStrategy values.
func PossibleSubscriberMessageDropStrategyValues() []SubscriberMessageDropStrategy {
	return []SubscriberMessageDropStrategy{SubscriberMessageDropStrategyNone, SubscriberMessageDropStrategyDropOldest}
}

// PrivateKeyAlgorithm is a private key algorithm. Values this version does
// not know decode as they are.
type PrivateKeyAlgorithm string

// Known PrivateKeyAlgorithm values.
const (
	PrivateKeyAlgorithmEc256   PrivateKeyAlgorithm = "Ec256"
	PrivateKeyAlgorithmEc384   PrivateKeyAlgorithm = "Ec384"
	PrivateKeyAlgorithmEc521   PrivateKeyAlgorithm = "Ec521"
	PrivateKeyAlgorithmEd25519 PrivateKeyAlgorithm = "Ed25519"
	PrivateKeyAlgorithmRsa2048 PrivateKeyAlgorithm = "Rsa2048"
	PrivateKeyAlgorithmRsa4096 PrivateKeyAlgorithm = "Rsa4096"
	PrivateKeyAlgorithmRsa8192 PrivateKeyAlgorithm = "Rsa8192"
)

// PossiblePrivateKeyAlgorithmValues returns the known PrivateKeyAlgorithm values.
func PossiblePrivateKeyAlgorithmValues() []PrivateKeyAlgorithm {
	return []PrivateKeyAlgorithm{PrivateKeyAlgorithmEc256, PrivateKeyAlgorithmEc384, PrivateKeyAlgorithmEc521, PrivateKeyAlgorithmEd25519, PrivateKeyAlgorithmRsa2048, PrivateKeyAlgorithmRsa4096, PrivateKeyAlgorithmRsa8192}
}

// PrivateKeyRotationPolicy is when a private key is rotated. Values this
// version does not know decode as they are.
type PrivateKeyRotationPolicy string

// Known PrivateKeyRotationPolicy values.
const (
	PrivateKeyRotationPolicyAlways PrivateKeyRotationPolicy = "Always"
	PrivateKeyRotationPolicyNever  PrivateKeyRotationPolicy = "Never"
)

// PossiblePrivateKeyRotationPolicyValues returns the known PrivateKeyRotationPolicy values.
func PossiblePrivateKeyRotationPolicyValues() []PrivateKeyRotationPolicy {
	return []PrivateKeyRotationPolicy{PrivateKeyRotationPolicyAlways, PrivateKeyRotationPolicyNever}
}
