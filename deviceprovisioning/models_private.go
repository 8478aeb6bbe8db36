package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// PrivateEndpointConnection is a private endpoint connection of a
// provisioning service. Properties is required.
type PrivateEndpointConnection struct {
	// ID is the resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the connection name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is the resource type. Read-only.
	Type *string `json:"type,omitempty"`
	// Properties are the connection's properties.
	Properties *PrivateEndpointConnectionProperties `json:"properties,omitempty"`
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrivateEndpointConnection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrivateEndpointConnection does not declare are kept in Unknown.
func (m *PrivateEndpointConnection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// PrivateEndpointConnectionProperties are the properties of a private
// endpoint connection. PrivateLinkServiceConnectionState is required.
type PrivateEndpointConnectionProperties struct {
	// PrivateEndpoint is the connected private endpoint.
	PrivateEndpoint *PrivateEndpoint `json:"privateEndpoint,omitempty"`
	// PrivateLinkServiceConnectionState is the state of the connection.
	PrivateLinkServiceConnectionState *PrivateLinkServiceConnectionState `json:"privateLinkServiceConnectionState,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrivateEndpointConnectionProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrivateEndpointConnectionProperties does not declare are kept in Unknown.
func (m *PrivateEndpointConnectionProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// PrivateEndpoint is the private endpoint of a connection.
type PrivateEndpoint struct {
	// ID is the private endpoint's resource ID. Read-only.
	ID *string `json:"id,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrivateEndpoint) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrivateEndpoint does not declare are kept in Unknown.
func (m *PrivateEndpoint) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// PrivateLinkServiceConnectionState is the state of a private endpoint
// connection. Status and Description are required.
type PrivateLinkServiceConnectionState struct {
	// Status is the connection's status; set Approved or Rejected to
	// answer a Pending connection.
	Status *PrivateLinkServiceConnectionStatus `json:"status,omitempty"`
	// Description explains the state.
	Description *string `json:"description,omitempty"`
	// ActionsRequired says what the connection needs.
	ActionsRequired *string `json:"actionsRequired,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrivateLinkServiceConnectionState) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrivateLinkServiceConnectionState does not declare are kept in Unknown.
func (m *PrivateLinkServiceConnectionState) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// GroupIDInformation is a private link resource of a provisioning service:
// a group a private endpoint can connect to (the spec's GroupIdInformation).
type GroupIDInformation struct {
	// ID is the resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is the resource type. Read-only.
	Type *string `json:"type,omitempty"`
	// Properties describe the group.
	Properties *GroupIDInformationProperties `json:"properties,omitempty"`
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GroupIDInformation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GroupIDInformation does not declare are kept in Unknown.
func (m *GroupIDInformation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// GroupIDInformationProperties describe a private link resource group.
type GroupIDInformationProperties struct {
	// GroupID is the group's ID.
	GroupID *string `json:"groupId,omitempty"`
	// RequiredMembers are the group's required members.
	RequiredMembers []string `json:"requiredMembers,omitempty"`
	// RequiredZoneNames are the DNS zones the group requires.
	RequiredZoneNames []string `json:"requiredZoneNames,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GroupIDInformationProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GroupIDInformationProperties does not declare are kept in Unknown.
func (m *GroupIDInformationProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// PrivateLinkResources are the private link resources of a provisioning
// service.
type PrivateLinkResources struct {
	// Value holds the resources.
	Value []GroupIDInformation `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PrivateLinkResources) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PrivateLinkResources does not declare are kept in Unknown.
func (m *PrivateLinkResources) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
