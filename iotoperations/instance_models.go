package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// InstanceResource is an Azure IoT Operations instance: the tracked resource
// that holds brokers, dataflow profiles and endpoints, registry endpoints
// and Akri connector templates, deployed to an Azure Arc custom location.
type InstanceResource struct {
	// Location is the Azure region the instance is managed from. Required.
	Location *string `json:"location,omitempty"`
	// ExtendedLocation is the custom location the instance runs in. Required
	// on create; it cannot change afterwards.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// Properties are the instance's settings.
	Properties *InstanceProperties `json:"properties,omitempty"`
	// Identity is the managed identity assigned to the instance.
	Identity *ManagedServiceIdentity `json:"identity,omitempty"`
	// Tags are the resource tags.
	Tags map[string]*string `json:"tags,omitempty"`
	// ID is the instance's ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the instance's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances". Read-only.
	Type *string `json:"type,omitempty"`
	// SystemData records who created and last modified the instance and when.
	// Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InstanceResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InstanceResource does not declare are kept in Unknown.
func (m *InstanceResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InstanceProperties are the settings of an instance.
type InstanceProperties struct {
	// Description describes the instance.
	Description *string `json:"description,omitempty"`
	// SchemaRegistryRef names the schema registry the instance uses. Required.
	SchemaRegistryRef *SchemaRegistryRef `json:"schemaRegistryRef,omitempty"`
	// DefaultSecretProviderClassRef names the secret provider class the
	// instance uses by default.
	DefaultSecretProviderClassRef *SecretProviderClassRef `json:"defaultSecretProviderClassRef,omitempty"`
	// Features turns optional features of the instance on or off, by feature
	// name.
	Features map[string]*InstanceFeature `json:"features,omitempty"`
	// AdrNamespaceRef names the Azure Device Registry namespace of the
	// instance's assets and devices.
	AdrNamespaceRef *AzureDeviceRegistryNamespaceRef `json:"adrNamespaceRef,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// Version is the Azure IoT Operations version the instance runs.
	// Read-only.
	Version *string `json:"version,omitempty"`
	// HealthState is the health of the instance. Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InstanceProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InstanceProperties does not declare are kept in Unknown.
func (m *InstanceProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InstanceFeature turns one optional feature of an instance on or off.
type InstanceFeature struct {
	// Mode is whether the feature is used, and at which maturity.
	Mode *InstanceFeatureMode `json:"mode,omitempty"`
	// Settings enables or disables the feature's settings, by name.
	Settings map[string]*OperationalMode `json:"settings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InstanceFeature) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InstanceFeature does not declare are kept in Unknown.
func (m *InstanceFeature) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SchemaRegistryRef names a schema registry.
type SchemaRegistryRef struct {
	// ResourceID is the ARM resource ID of the schema registry. Required.
	ResourceID *string `json:"resourceId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SchemaRegistryRef) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SchemaRegistryRef does not declare are kept in Unknown.
func (m *SchemaRegistryRef) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SecretProviderClassRef names a secret provider class.
type SecretProviderClassRef struct {
	// ResourceID is the ARM resource ID of the secret provider class.
	// Required.
	ResourceID *string `json:"resourceId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SecretProviderClassRef) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SecretProviderClassRef does not declare are kept in Unknown.
func (m *SecretProviderClassRef) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AzureDeviceRegistryNamespaceRef names an Azure Device Registry namespace.
type AzureDeviceRegistryNamespaceRef struct {
	// ResourceID is the ARM resource ID of the namespace. Required.
	ResourceID *string `json:"resourceId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AzureDeviceRegistryNamespaceRef) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AzureDeviceRegistryNamespaceRef does not declare are kept in Unknown.
func (m *AzureDeviceRegistryNamespaceRef) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// InstancePatchModel is the body of InstancesClient.Update: the tags and
// identity of an instance, the only members a PATCH changes.
type InstancePatchModel struct {
	// Tags replace the resource tags when set.
	Tags map[string]*string `json:"tags,omitempty"`
	// Identity replaces the managed identity when set.
	Identity *ManagedServiceIdentity `json:"identity,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InstancePatchModel) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InstancePatchModel does not declare are kept in Unknown.
func (m *InstancePatchModel) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InstanceResourceListResult is one page of instances.
type InstanceResourceListResult struct {
	// Value holds the instances of the page.
	Value []InstanceResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InstanceResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InstanceResourceListResult does not declare are kept in Unknown.
func (m *InstanceResourceListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InstanceFeatureMode is whether an optional instance feature is used.
// Values this version does not know decode as they are.
type InstanceFeatureMode string

// Known InstanceFeatureMode values.
const (
	// InstanceFeatureModeStable opts in to a stable feature.
	InstanceFeatureModeStable InstanceFeatureMode = "Stable"
	// InstanceFeatureModePreview opts in to a preview feature.
	InstanceFeatureModePreview InstanceFeatureMode = "Preview"
	// InstanceFeatureModeDisabled opts out of the feature.
	InstanceFeatureModeDisabled InstanceFeatureMode = "Disabled"
)

// PossibleInstanceFeatureModeValues returns the known InstanceFeatureMode values.
func PossibleInstanceFeatureModeValues() []InstanceFeatureMode {
	return []InstanceFeatureMode{InstanceFeatureModeStable, InstanceFeatureModePreview, InstanceFeatureModeDisabled}
}

// OperationalMode turns a setting on or off. Values this version does not
// know decode as they are.
type OperationalMode string

// Known OperationalMode values.
const (
	// OperationalModeEnabled turns it on.
	OperationalModeEnabled OperationalMode = "Enabled"
	// OperationalModeDisabled turns it off.
	OperationalModeDisabled OperationalMode = "Disabled"
)

// PossibleOperationalModeValues returns the known OperationalMode values.
func PossibleOperationalModeValues() []OperationalMode {
	return []OperationalMode{OperationalModeEnabled, OperationalModeDisabled}
}
