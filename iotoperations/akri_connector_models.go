package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// AkriConnectorResource is an Akri connector: an instance of a connector
// template of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/akriConnectorTemplates/connectors).
type AkriConnectorResource struct {
	// Properties are the settings of the resource.
	Properties *AkriConnectorProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is
	// "Microsoft.IoTOperations/instances/akriConnectorTemplates/connectors".
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
func (m AkriConnectorResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorResource does not declare are kept in Unknown.
func (m *AkriConnectorResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AkriConnectorResourceListResult is one page of AkriConnector resources.
type AkriConnectorResourceListResult struct {
	// Value holds the resources of the page.
	Value []AkriConnectorResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorResourceListResult does not declare are kept in Unknown.
func (m *AkriConnectorResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorProperties are the state of an Akri connector; every member
// is read-only.
type AkriConnectorProperties struct {
	// AllocatedDevices are the devices allocated to the connector. Read-only.
	AllocatedDevices []AkriConnectorAllocatedDevice `json:"allocatedDevices,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the connector (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorProperties does not declare are kept in Unknown.
func (m *AkriConnectorProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AkriConnectorAllocatedDevice is a device allocated to a connector.
type AkriConnectorAllocatedDevice struct {
	// DeviceInboundEndpointName is the device's inbound endpoint.
	DeviceInboundEndpointName *string `json:"deviceInboundEndpointName,omitempty"`
	// DeviceName is the device.
	DeviceName *string `json:"deviceName,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorAllocatedDevice) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorAllocatedDevice does not declare are kept in Unknown.
func (m *AkriConnectorAllocatedDevice) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
