package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

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
