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

// DiskBackedMessageBuffer lets a broker's message buffer spill to disk.
type DiskBackedMessageBuffer struct {
	// MaxSize is the buffer's size on disk, such as "500M". Required.
	MaxSize *string `json:"maxSize,omitempty"`
	// EphemeralVolumeClaimSpec mounts a generic ephemeral volume for the
	// buffer.
	EphemeralVolumeClaimSpec *VolumeClaimSpec `json:"ephemeralVolumeClaimSpec,omitempty"`
	// PersistentVolumeClaimSpec mounts a persistent volume for the buffer.
	PersistentVolumeClaimSpec *VolumeClaimSpec `json:"persistentVolumeClaimSpec,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DiskBackedMessageBuffer) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DiskBackedMessageBuffer does not declare are kept in Unknown.
func (m *DiskBackedMessageBuffer) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// GenerateResourceLimits controls whether Kubernetes resource limits are
// requested.
type GenerateResourceLimits struct {
	// CPU requests CPU limits (Enabled when unset).
	CPU *OperationalMode `json:"cpu,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GenerateResourceLimits) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GenerateResourceLimits does not declare are kept in Unknown.
func (m *GenerateResourceLimits) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerPersistence configures what a broker keeps on disk; without it
// everything stays in memory.
type BrokerPersistence struct {
	// MaxSize is the largest size of the data on disk. Required; set on create
	// only.
	MaxSize *string `json:"maxSize,omitempty"`
	// PersistentVolumeClaimSpec is the claim template of the volume. Set on
	// create only.
	PersistentVolumeClaimSpec *VolumeClaimSpec `json:"persistentVolumeClaimSpec,omitempty"`
	// Retain selects the retained messages kept on disk.
	Retain *BrokerRetainMessagesPolicy `json:"retain,omitempty"`
	// StateStore selects the state store keys kept on disk.
	StateStore *BrokerStateStorePolicy `json:"stateStore,omitempty"`
	// SubscriberQueue selects the subscriber queues kept on disk.
	SubscriberQueue *BrokerSubscriberQueuePolicy `json:"subscriberQueue,omitempty"`
	// Encryption configures encryption of the data on disk (on when unset).
	Encryption *BrokerPersistenceEncryption `json:"encryption,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerPersistence) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerPersistence does not declare are kept in Unknown.
func (m *BrokerPersistence) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerPersistenceEncryption configures encryption of a broker's data on
// disk.
type BrokerPersistenceEncryption struct {
	// Mode turns encryption on or off. Required.
	Mode *OperationalMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerPersistenceEncryption) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerPersistenceEncryption does not declare are kept in Unknown.
func (m *BrokerPersistenceEncryption) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerRetainMessagesPolicy selects the retained messages a broker keeps on
// disk: All, None, or Custom with RetainSettings (the spec's policy kinds,
// in one struct).
type BrokerRetainMessagesPolicy struct {
	// Mode is All, None or Custom. Required.
	Mode *BrokerPersistencePolicyMode `json:"mode,omitempty"`
	// RetainSettings selects the topics; required when Mode is Custom.
	RetainSettings *BrokerRetainMessagesSettings `json:"retainSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerRetainMessagesPolicy) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerRetainMessagesPolicy does not declare are kept in Unknown.
func (m *BrokerRetainMessagesPolicy) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerRetainMessagesSettings selects retained messages by topic.
type BrokerRetainMessagesSettings struct {
	// Topics are the topics whose retained messages are kept; # and +
	// wildcards work.
	Topics []string `json:"topics,omitempty"`
	// Dynamic lets clients ask for persistence with an MQTTv5 user property.
	Dynamic *BrokerRetainMessagesDynamic `json:"dynamic,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerRetainMessagesSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerRetainMessagesSettings does not declare are kept in Unknown.
func (m *BrokerRetainMessagesSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerRetainMessagesDynamic lets clients ask for persistence of retained
// messages.
type BrokerRetainMessagesDynamic struct {
	// Mode turns the option on or off. Required.
	Mode *OperationalMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerRetainMessagesDynamic) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerRetainMessagesDynamic does not declare are kept in Unknown.
func (m *BrokerRetainMessagesDynamic) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerStateStorePolicy selects the state store keys a broker keeps on
// disk: All, None, or Custom with StateStoreSettings.
type BrokerStateStorePolicy struct {
	// Mode is All, None or Custom. Required.
	Mode *BrokerPersistencePolicyMode `json:"mode,omitempty"`
	// StateStoreSettings selects the keys; required when Mode is Custom.
	StateStoreSettings *BrokerStateStorePolicySettings `json:"stateStoreSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerStateStorePolicy) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerStateStorePolicy does not declare are kept in Unknown.
func (m *BrokerStateStorePolicy) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerStateStorePolicySettings selects state store keys.
type BrokerStateStorePolicySettings struct {
	// StateStoreResources are the keys and their kinds.
	StateStoreResources []BrokerStateStorePolicyResources `json:"stateStoreResources,omitempty"`
	// Dynamic lets clients ask for persistence with an MQTTv5 user property.
	Dynamic *BrokerStateStoreDynamic `json:"dynamic,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerStateStorePolicySettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerStateStorePolicySettings does not declare are kept in Unknown.
func (m *BrokerStateStorePolicySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerStateStorePolicyResources selects state store keys of one kind.
type BrokerStateStorePolicyResources struct {
	// KeyType is how Keys match. Required.
	KeyType *BrokerStateStoreKeyType `json:"keyType,omitempty"`
	// Keys are the keys. Required.
	Keys []string `json:"keys,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerStateStorePolicyResources) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerStateStorePolicyResources does not declare are kept in Unknown.
func (m *BrokerStateStorePolicyResources) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerStateStoreDynamic lets clients ask for persistence of state store
// keys.
type BrokerStateStoreDynamic struct {
	// Mode turns the option on or off. Required.
	Mode *OperationalMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerStateStoreDynamic) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerStateStoreDynamic does not declare are kept in Unknown.
func (m *BrokerStateStoreDynamic) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerSubscriberQueuePolicy selects the subscriber queues a broker keeps
// on disk: All, None, or Custom with SubscriberQueueSettings.
type BrokerSubscriberQueuePolicy struct {
	// Mode is All, None or Custom. Required.
	Mode *BrokerPersistencePolicyMode `json:"mode,omitempty"`
	// SubscriberQueueSettings selects the queues; required when Mode is
	// Custom.
	SubscriberQueueSettings *BrokerSubscriberQueueCustomPolicySettings `json:"subscriberQueueSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerSubscriberQueuePolicy) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerSubscriberQueuePolicy does not declare are kept in Unknown.
func (m *BrokerSubscriberQueuePolicy) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerSubscriberQueueCustomPolicySettings selects subscriber queues.
type BrokerSubscriberQueueCustomPolicySettings struct {
	// SubscriberClientIDs are the subscribers' client IDs; * works as a
	// wildcard.
	SubscriberClientIDs []string `json:"subscriberClientIds,omitempty"`
	// Dynamic lets clients ask for persistence with an MQTTv5 user property.
	Dynamic *BrokerSubscriberQueueDynamic `json:"dynamic,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerSubscriberQueueCustomPolicySettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members BrokerSubscriberQueueCustomPolicySettings does not declare are kept in Unknown.
func (m *BrokerSubscriberQueueCustomPolicySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerSubscriberQueueDynamic lets clients ask for persistence of their
// queue.
type BrokerSubscriberQueueDynamic struct {
	// Mode turns the option on or off. Required.
	Mode *OperationalMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerSubscriberQueueDynamic) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerSubscriberQueueDynamic does not declare are kept in Unknown.
func (m *BrokerSubscriberQueueDynamic) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

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
