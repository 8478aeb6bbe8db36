package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// BrokerAuthorizationResource is a broker authorization: what authenticated
// clients may do of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/brokers/authorizations).
type BrokerAuthorizationResource struct {
	// Properties are the settings of the resource.
	Properties *BrokerAuthorizationProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/brokers/authorizations".
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
func (m BrokerAuthorizationResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthorizationResource does not declare are kept in Unknown.
func (m *BrokerAuthorizationResource) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthorizationResourceListResult is one page of BrokerAuthorization
// resources.
type BrokerAuthorizationResourceListResult struct {
	// Value holds the resources of the page.
	Value []BrokerAuthorizationResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthorizationResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthorizationResourceListResult does not declare are kept in Unknown.
func (m *BrokerAuthorizationResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthorizationProperties are the settings of a broker authorization.
type BrokerAuthorizationProperties struct {
	// AuthorizationPolicies are the policies. Required.
	AuthorizationPolicies *AuthorizationConfig `json:"authorizationPolicies,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the authorization (api-version 2025-10-01
	// and later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthorizationProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthorizationProperties does not declare are kept in Unknown.
func (m *BrokerAuthorizationProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AuthorizationConfig is a set of authorization rules.
type AuthorizationConfig struct {
	// Cache caches the rules (Enabled when unset).
	Cache *OperationalMode `json:"cache,omitempty"`
	// Rules are the rules; with none, everything is denied.
	Rules []AuthorizationRule `json:"rules,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AuthorizationConfig) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AuthorizationConfig does not declare are kept in Unknown.
func (m *AuthorizationConfig) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AuthorizationRule gives principals access to broker methods, topics and
// state store keys.
type AuthorizationRule struct {
	// BrokerResources are the broker methods and topics allowed. Required.
	BrokerResources []BrokerResourceRule `json:"brokerResources,omitempty"`
	// Principals selects the clients the rule applies to. Required.
	Principals *PrincipalDefinition `json:"principals,omitempty"`
	// StateStoreResources are the state store keys allowed.
	StateStoreResources []StateStoreResourceRule `json:"stateStoreResources,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AuthorizationRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AuthorizationRule does not declare are kept in Unknown.
func (m *AuthorizationRule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerResourceRule allows a broker method, on some topics or client IDs.
type BrokerResourceRule struct {
	// Method is Connect, Publish or Subscribe. Required.
	Method *BrokerResourceDefinitionMethods `json:"method,omitempty"`
	// ClientIDs are the client IDs allowed to connect (case-sensitive).
	ClientIDs []string `json:"clientIds,omitempty"`
	// Topics are the topics or patterns allowed for Publish and Subscribe.
	Topics []string `json:"topics,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerResourceRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerResourceRule does not declare are kept in Unknown.
func (m *BrokerResourceRule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// PrincipalDefinition selects clients by attributes, client IDs or usernames
// (all case-sensitive).
type PrincipalDefinition struct {
	// Attributes are sets of attributes a client must match.
	Attributes []map[string]*string `json:"attributes,omitempty"`
	// ClientIDs are client IDs.
	ClientIDs []string `json:"clientIds,omitempty"`
	// Usernames are usernames.
	Usernames []string `json:"usernames,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrincipalDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrincipalDefinition does not declare are kept in Unknown.
func (m *PrincipalDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// StateStoreResourceRule allows access to state store keys.
type StateStoreResourceRule struct {
	// KeyType is how Keys match. Required.
	KeyType *StateStoreResourceKeyTypes `json:"keyType,omitempty"`
	// Keys are the keys or glob patterns. Required.
	Keys []string `json:"keys,omitempty"`
	// Method is Read, Write or ReadWrite. Required.
	Method *StateStoreResourceDefinitionMethods `json:"method,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m StateStoreResourceRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members StateStoreResourceRule does not declare are kept in Unknown.
func (m *StateStoreResourceRule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerResourceDefinitionMethods is a broker method an authorization rule
// allows. Values this version does not know decode as they are.
type BrokerResourceDefinitionMethods string

// Known BrokerResourceDefinitionMethods values.
const (
	BrokerResourceDefinitionMethodsConnect   BrokerResourceDefinitionMethods = "Connect"
	BrokerResourceDefinitionMethodsPublish   BrokerResourceDefinitionMethods = "Publish"
	BrokerResourceDefinitionMethodsSubscribe BrokerResourceDefinitionMethods = "Subscribe"
)

// PossibleBrokerResourceDefinitionMethodsValues returns the known BrokerResourceDefinitionMethods values.
func PossibleBrokerResourceDefinitionMethodsValues() []BrokerResourceDefinitionMethods {
	return []BrokerResourceDefinitionMethods{BrokerResourceDefinitionMethodsConnect, BrokerResourceDefinitionMethodsPublish, BrokerResourceDefinitionMethodsSubscribe}
}

// StateStoreResourceDefinitionMethods is a state store access level. Values
// this version does not know decode as they are.
type StateStoreResourceDefinitionMethods string

// Known StateStoreResourceDefinitionMethods values.
const (
	StateStoreResourceDefinitionMethodsRead      StateStoreResourceDefinitionMethods = "Read"
	StateStoreResourceDefinitionMethodsWrite     StateStoreResourceDefinitionMethods = "Write"
	StateStoreResourceDefinitionMethodsReadWrite StateStoreResourceDefinitionMethods = "ReadWrite"
)

// PossibleStateStoreResourceDefinitionMethodsValues returns the known StateStoreResourceDefinitionMethods values.
func PossibleStateStoreResourceDefinitionMethodsValues() []StateStoreResourceDefinitionMethods {
	return []StateStoreResourceDefinitionMethods{StateStoreResourceDefinitionMethodsRead, StateStoreResourceDefinitionMethodsWrite, StateStoreResourceDefinitionMethodsReadWrite}
}

// StateStoreResourceKeyTypes is how state store keys of a rule match. Values
// this version does not know decode as they are.
type StateStoreResourceKeyTypes string

// Known StateStoreResourceKeyTypes values.
const (
	StateStoreResourceKeyTypesPattern StateStoreResourceKeyTypes = "Pattern"
	StateStoreResourceKeyTypesString  StateStoreResourceKeyTypes = "String"
	StateStoreResourceKeyTypesBinary  StateStoreResourceKeyTypes = "Binary"
)

// PossibleStateStoreResourceKeyTypesValues returns the known StateStoreResourceKeyTypes values.
func PossibleStateStoreResourceKeyTypesValues() []StateStoreResourceKeyTypes {
	return []StateStoreResourceKeyTypes{StateStoreResourceKeyTypesPattern, StateStoreResourceKeyTypesString, StateStoreResourceKeyTypesBinary}
}
