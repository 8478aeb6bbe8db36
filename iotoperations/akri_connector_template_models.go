package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// AkriConnectorTemplateResource is an Akri connector template: how to run a
// connector for some kinds of device endpoints of an Azure IoT Operations
// instance (Microsoft.IoTOperations/instances/akriConnectorTemplates).
type AkriConnectorTemplateResource struct {
	// Properties are the settings of the resource.
	Properties *AkriConnectorTemplateProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/akriConnectorTemplates".
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
func (m AkriConnectorTemplateResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateResource does not declare are kept in Unknown.
func (m *AkriConnectorTemplateResource) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateResourceListResult is one page of
// AkriConnectorTemplate resources.
type AkriConnectorTemplateResourceListResult struct {
	// Value holds the resources of the page.
	Value []AkriConnectorTemplateResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateResourceListResult) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateResourceListResult does not declare are kept in Unknown.
func (m *AkriConnectorTemplateResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateProperties are the settings of an Akri connector
// template.
type AkriConnectorTemplateProperties struct {
	// AioMetadata bounds the Azure IoT Operations versions the connector runs
	// on.
	AioMetadata *AkriConnectorTemplateAioMetadata `json:"aioMetadata,omitempty"`
	// RuntimeConfiguration is how the connector runs. Required.
	RuntimeConfiguration *AkriConnectorTemplateRuntimeConfiguration `json:"runtimeConfiguration,omitempty"`
	// Diagnostics configures the connector's logs.
	Diagnostics *AkriConnectorTemplateDiagnostics `json:"diagnostics,omitempty"`
	// DeviceInboundEndpointTypes are the device endpoint types the connector
	// serves (at least one). Required.
	DeviceInboundEndpointTypes []AkriConnectorTemplateDeviceInboundEndpointType `json:"deviceInboundEndpointTypes,omitempty"`
	// MqttConnectionConfiguration is how the connector connects to the broker.
	MqttConnectionConfiguration *AkriConnectorsMqttConnectionConfiguration `json:"mqttConnectionConfiguration,omitempty"`
	// ConnectorMetadataRef references a connector metadata document in a
	// container registry.
	ConnectorMetadataRef *string `json:"connectorMetadataRef,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the template (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateProperties does not declare are kept in Unknown.
func (m *AkriConnectorTemplateProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateAioMetadata bounds the Azure IoT Operations versions
// a connector runs on.
type AkriConnectorTemplateAioMetadata struct {
	// AioMinVersion is the lowest version.
	AioMinVersion *string `json:"aioMinVersion,omitempty"`
	// AioMaxVersion is the highest version.
	AioMaxVersion *string `json:"aioMaxVersion,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateAioMetadata) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateAioMetadata does not declare are kept in Unknown.
func (m *AkriConnectorTemplateAioMetadata) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateRuntimeConfiguration is how a connector runs:
// ManagedConfiguration with its settings (the spec's only kind, in one
// struct).
type AkriConnectorTemplateRuntimeConfiguration struct {
	// RuntimeConfigurationType is ManagedConfiguration. Required.
	RuntimeConfigurationType *AkriConnectorTemplateRuntimeConfigurationType `json:"runtimeConfigurationType,omitempty"`
	// ManagedConfigurationSettings are the managed settings; required for
	// ManagedConfiguration.
	ManagedConfigurationSettings AkriConnectorTemplateManagedConfigurationSettings `json:"managedConfigurationSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateRuntimeConfiguration) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateRuntimeConfiguration does not declare are kept in Unknown.
func (m *AkriConnectorTemplateRuntimeConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateRuntimeImageConfiguration runs a connector from a
// container image.
type AkriConnectorTemplateRuntimeImageConfiguration struct {
	// Allocation spreads devices over connector instances.
	Allocation *AkriConnectorTemplateAllocation `json:"allocation,omitempty"`
	// PersistentVolumeClaims are volume claims mounted into the connector.
	PersistentVolumeClaims []AkriConnectorTemplatePersistentVolumeClaim `json:"persistentVolumeClaims,omitempty"`
	// AdditionalConfiguration is extra configuration of the connector, by
	// name.
	AdditionalConfiguration map[string]*string `json:"additionalConfiguration,omitempty"`
	// PersistentVolumeClaimTemplates are Kubernetes persistent volume claim
	// templates, as JSON.
	PersistentVolumeClaimTemplates []map[string]any `json:"persistentVolumeClaimTemplates,omitempty"`
	// Secrets are secrets mounted into every connector instance.
	Secrets []AkriConnectorsSecret `json:"secrets,omitempty"`
	// TrustSettings names the certificates every connector instance trusts.
	TrustSettings *AkriConnectorTemplateTrustList `json:"trustSettings,omitempty"`
	// ImageConfigurationSettings names the image. Required.
	ImageConfigurationSettings *AkriConnectorTemplateRuntimeImageConfigurationSettings `json:"imageConfigurationSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateRuntimeImageConfiguration) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateRuntimeImageConfiguration does not declare are kept in Unknown.
func (m *AkriConnectorTemplateRuntimeImageConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateRuntimeStatefulSetConfiguration runs a connector as a
// Kubernetes StatefulSet.
type AkriConnectorTemplateRuntimeStatefulSetConfiguration struct {
	// Allocation spreads devices over connector instances.
	Allocation *AkriConnectorTemplateAllocation `json:"allocation,omitempty"`
	// PersistentVolumeClaims are volume claims mounted into the connector.
	PersistentVolumeClaims []AkriConnectorTemplatePersistentVolumeClaim `json:"persistentVolumeClaims,omitempty"`
	// AdditionalConfiguration is extra configuration of the connector, by
	// name.
	AdditionalConfiguration map[string]*string `json:"additionalConfiguration,omitempty"`
	// PersistentVolumeClaimTemplates are Kubernetes persistent volume claim
	// templates, as JSON.
	PersistentVolumeClaimTemplates []map[string]any `json:"persistentVolumeClaimTemplates,omitempty"`
	// Secrets are secrets mounted into every connector instance.
	Secrets []AkriConnectorsSecret `json:"secrets,omitempty"`
	// TrustSettings names the certificates every connector instance trusts.
	TrustSettings *AkriConnectorTemplateTrustList `json:"trustSettings,omitempty"`
	// StatefulSetConfigurationSettings is the StatefulSet spec, as JSON.
	// Required.
	StatefulSetConfigurationSettings map[string]any `json:"statefulSetConfigurationSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateRuntimeStatefulSetConfiguration) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateRuntimeStatefulSetConfiguration does not declare are kept in Unknown.
func (m *AkriConnectorTemplateRuntimeStatefulSetConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateManagedConfigurationSettings are the managed runtime
// settings of a connector, discriminated by managedConfigurationType. Its
// kinds are *AkriConnectorTemplateRuntimeImageConfiguration,
// *AkriConnectorTemplateRuntimeStatefulSetConfiguration, and
// *UnknownAkriConnectorTemplateManagedConfigurationSettings for a kind this
// version does not know, kept whole.
type AkriConnectorTemplateManagedConfigurationSettings interface {
	isAkriConnectorTemplateManagedConfigurationSettings()
}

func (*AkriConnectorTemplateRuntimeImageConfiguration) isAkriConnectorTemplateManagedConfigurationSettings() {
}
func (*AkriConnectorTemplateRuntimeStatefulSetConfiguration) isAkriConnectorTemplateManagedConfigurationSettings() {
}
func (*UnknownAkriConnectorTemplateManagedConfigurationSettings) isAkriConnectorTemplateManagedConfigurationSettings() {
}

func init() {
	wire.RegisterUnion[AkriConnectorTemplateManagedConfigurationSettings]("managedConfigurationType",
		func(kind string) AkriConnectorTemplateManagedConfigurationSettings {
			switch kind {
			case "ImageConfiguration":
				return &AkriConnectorTemplateRuntimeImageConfiguration{}
			case "StatefulSetConfiguration":
				return &AkriConnectorTemplateRuntimeStatefulSetConfiguration{}
			default:
				return &UnknownAkriConnectorTemplateManagedConfigurationSettings{}
			}
		},
		func(v AkriConnectorTemplateManagedConfigurationSettings) string {
			switch v.(type) {
			case *AkriConnectorTemplateRuntimeImageConfiguration:
				return "ImageConfiguration"
			case *AkriConnectorTemplateRuntimeStatefulSetConfiguration:
				return "StatefulSetConfiguration"
			default:
				return ""
			}
		})
}

// UnknownAkriConnectorTemplateManagedConfigurationSettings is a
// AkriConnectorTemplateManagedConfigurationSettings of a kind this version
// does not know: its managedConfigurationType and every other member are
// kept.
type UnknownAkriConnectorTemplateManagedConfigurationSettings struct {
	// ManagedConfigurationType is the kind (managedConfigurationType) the
	// service sent.
	ManagedConfigurationType *AkriConnectorTemplateManagedConfigurationType `json:"managedConfigurationType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownAkriConnectorTemplateManagedConfigurationSettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownAkriConnectorTemplateManagedConfigurationSettings does not declare are kept in Unknown.
func (m *UnknownAkriConnectorTemplateManagedConfigurationSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateRuntimeImageConfigurationSettings names a connector's
// container image.
type AkriConnectorTemplateRuntimeImageConfigurationSettings struct {
	// ImageName is the image name without registry, tag or digest. Required.
	ImageName *string `json:"imageName,omitempty"`
	// ImagePullPolicy is when the image is pulled.
	ImagePullPolicy *AkriConnectorsImagePullPolicy `json:"imagePullPolicy,omitempty"`
	// Replicas is the number of replicas.
	Replicas *int32 `json:"replicas,omitempty"`
	// RegistrySettings is where the image comes from; Docker Hub or a local
	// image when unset.
	RegistrySettings AkriConnectorsRegistrySettings `json:"registrySettings,omitempty"`
	// TagDigestSettings is the image tag or digest (latest when unset).
	TagDigestSettings AkriConnectorsTagDigestSettings `json:"tagDigestSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateRuntimeImageConfigurationSettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateRuntimeImageConfigurationSettings does not declare are kept in Unknown.
func (m *AkriConnectorTemplateRuntimeImageConfigurationSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsRegistryEndpointRef pulls from a registry endpoint of the
// instance.
type AkriConnectorsRegistryEndpointRef struct {
	// RegistryEndpointRef names the registry endpoint. Required.
	RegistryEndpointRef *string `json:"registryEndpointRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsRegistryEndpointRef) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsRegistryEndpointRef does not declare are kept in Unknown.
func (m *AkriConnectorsRegistryEndpointRef) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsContainerRegistry pulls from a container registry.
type AkriConnectorsContainerRegistry struct {
	// ContainerRegistrySettings names the registry. Required.
	ContainerRegistrySettings *AkriConnectorsContainerRegistrySettings `json:"containerRegistrySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsContainerRegistry) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsContainerRegistry does not declare are kept in Unknown.
func (m *AkriConnectorsContainerRegistry) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsRegistrySettings is where a connector image is pulled from,
// discriminated by registrySettingsType. Its kinds are
// *AkriConnectorsRegistryEndpointRef, *AkriConnectorsContainerRegistry, and
// *UnknownAkriConnectorsRegistrySettings for a kind this version does not
// know, kept whole.
type AkriConnectorsRegistrySettings interface {
	isAkriConnectorsRegistrySettings()
}

func (*AkriConnectorsRegistryEndpointRef) isAkriConnectorsRegistrySettings()     {}
func (*AkriConnectorsContainerRegistry) isAkriConnectorsRegistrySettings()       {}
func (*UnknownAkriConnectorsRegistrySettings) isAkriConnectorsRegistrySettings() {}

func init() {
	wire.RegisterUnion[AkriConnectorsRegistrySettings]("registrySettingsType",
		func(kind string) AkriConnectorsRegistrySettings {
			switch kind {
			case "RegistryEndpointRef":
				return &AkriConnectorsRegistryEndpointRef{}
			case "ContainerRegistry":
				return &AkriConnectorsContainerRegistry{}
			default:
				return &UnknownAkriConnectorsRegistrySettings{}
			}
		},
		func(v AkriConnectorsRegistrySettings) string {
			switch v.(type) {
			case *AkriConnectorsRegistryEndpointRef:
				return "RegistryEndpointRef"
			case *AkriConnectorsContainerRegistry:
				return "ContainerRegistry"
			default:
				return ""
			}
		})
}

// UnknownAkriConnectorsRegistrySettings is a AkriConnectorsRegistrySettings
// of a kind this version does not know: its registrySettingsType and every
// other member are kept.
type UnknownAkriConnectorsRegistrySettings struct {
	// RegistrySettingsType is the kind (registrySettingsType) the service
	// sent.
	RegistrySettingsType *AkriConnectorsRegistrySettingsType `json:"registrySettingsType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownAkriConnectorsRegistrySettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownAkriConnectorsRegistrySettings does not declare are kept in Unknown.
func (m *UnknownAkriConnectorsRegistrySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateRuntimeConfigurationType is how a connector runs.
// Values this version does not know decode as they are.
type AkriConnectorTemplateRuntimeConfigurationType string

// Known AkriConnectorTemplateRuntimeConfigurationType values.
const (
	AkriConnectorTemplateRuntimeConfigurationTypeManagedConfiguration AkriConnectorTemplateRuntimeConfigurationType = "ManagedConfiguration"
)

// PossibleAkriConnectorTemplateRuntimeConfigurationTypeValues returns the known AkriConnectorTemplateRuntimeConfigurationType values.
func PossibleAkriConnectorTemplateRuntimeConfigurationTypeValues() []AkriConnectorTemplateRuntimeConfigurationType {
	return []AkriConnectorTemplateRuntimeConfigurationType{AkriConnectorTemplateRuntimeConfigurationTypeManagedConfiguration}
}

// AkriConnectorTemplateManagedConfigurationType is the kind of managed
// connector runtime. Values this version does not know decode as they are.
type AkriConnectorTemplateManagedConfigurationType string

// Known AkriConnectorTemplateManagedConfigurationType values.
const (
	AkriConnectorTemplateManagedConfigurationTypeImageConfiguration       AkriConnectorTemplateManagedConfigurationType = "ImageConfiguration"
	AkriConnectorTemplateManagedConfigurationTypeStatefulSetConfiguration AkriConnectorTemplateManagedConfigurationType = "StatefulSetConfiguration"
)

// PossibleAkriConnectorTemplateManagedConfigurationTypeValues returns the known AkriConnectorTemplateManagedConfigurationType values.
func PossibleAkriConnectorTemplateManagedConfigurationTypeValues() []AkriConnectorTemplateManagedConfigurationType {
	return []AkriConnectorTemplateManagedConfigurationType{AkriConnectorTemplateManagedConfigurationTypeImageConfiguration, AkriConnectorTemplateManagedConfigurationTypeStatefulSetConfiguration}
}

// AkriConnectorTemplateAllocationPolicy is how devices are spread over
// connector instances. Values this version does not know decode as they are.
type AkriConnectorTemplateAllocationPolicy string

// Known AkriConnectorTemplateAllocationPolicy values.
const (
	AkriConnectorTemplateAllocationPolicyBucketized AkriConnectorTemplateAllocationPolicy = "Bucketized"
)

// PossibleAkriConnectorTemplateAllocationPolicyValues returns the known AkriConnectorTemplateAllocationPolicy values.
func PossibleAkriConnectorTemplateAllocationPolicyValues() []AkriConnectorTemplateAllocationPolicy {
	return []AkriConnectorTemplateAllocationPolicy{AkriConnectorTemplateAllocationPolicyBucketized}
}

// AkriConnectorsImagePullPolicy is when a connector image is pulled. Values
// this version does not know decode as they are.
type AkriConnectorsImagePullPolicy string

// Known AkriConnectorsImagePullPolicy values.
const (
	AkriConnectorsImagePullPolicyAlways       AkriConnectorsImagePullPolicy = "Always"
	AkriConnectorsImagePullPolicyIfNotPresent AkriConnectorsImagePullPolicy = "IfNotPresent"
	AkriConnectorsImagePullPolicyNever        AkriConnectorsImagePullPolicy = "Never"
)

// PossibleAkriConnectorsImagePullPolicyValues returns the known AkriConnectorsImagePullPolicy values.
func PossibleAkriConnectorsImagePullPolicyValues() []AkriConnectorsImagePullPolicy {
	return []AkriConnectorsImagePullPolicy{AkriConnectorsImagePullPolicyAlways, AkriConnectorsImagePullPolicyIfNotPresent, AkriConnectorsImagePullPolicyNever}
}

// AkriConnectorsRegistrySettingsType is where a connector image is pulled
// from. Values this version does not know decode as they are.
type AkriConnectorsRegistrySettingsType string

// Known AkriConnectorsRegistrySettingsType values.
const (
	AkriConnectorsRegistrySettingsTypeRegistryEndpointRef AkriConnectorsRegistrySettingsType = "RegistryEndpointRef"
	AkriConnectorsRegistrySettingsTypeContainerRegistry   AkriConnectorsRegistrySettingsType = "ContainerRegistry"
)

// PossibleAkriConnectorsRegistrySettingsTypeValues returns the known AkriConnectorsRegistrySettingsType values.
func PossibleAkriConnectorsRegistrySettingsTypeValues() []AkriConnectorsRegistrySettingsType {
	return []AkriConnectorsRegistrySettingsType{AkriConnectorsRegistrySettingsTypeRegistryEndpointRef, AkriConnectorsRegistrySettingsTypeContainerRegistry}
}

// AkriConnectorsTagDigestType selects an image by tag or digest. Values this
// version does not know decode as they are.
type AkriConnectorsTagDigestType string

// Known AkriConnectorsTagDigestType values.
const (
	AkriConnectorsTagDigestTypeTag    AkriConnectorsTagDigestType = "Tag"
	AkriConnectorsTagDigestTypeDigest AkriConnectorsTagDigestType = "Digest"
)

// PossibleAkriConnectorsTagDigestTypeValues returns the known AkriConnectorsTagDigestType values.
func PossibleAkriConnectorsTagDigestTypeValues() []AkriConnectorsTagDigestType {
	return []AkriConnectorsTagDigestType{AkriConnectorsTagDigestTypeTag, AkriConnectorsTagDigestTypeDigest}
}

// AkriConnectorsMqttAuthenticationMethod is how a connector authenticates to
// the broker. Values this version does not know decode as they are.
type AkriConnectorsMqttAuthenticationMethod string

// Known AkriConnectorsMqttAuthenticationMethod values.
const (
	AkriConnectorsMqttAuthenticationMethodServiceAccountToken AkriConnectorsMqttAuthenticationMethod = "ServiceAccountToken"
)

// PossibleAkriConnectorsMqttAuthenticationMethodValues returns the known AkriConnectorsMqttAuthenticationMethod values.
func PossibleAkriConnectorsMqttAuthenticationMethodValues() []AkriConnectorsMqttAuthenticationMethod {
	return []AkriConnectorsMqttAuthenticationMethod{AkriConnectorsMqttAuthenticationMethodServiceAccountToken}
}

// AkriConnectorsMqttProtocolType is the protocol a connector speaks to the
// broker. Values this version does not know decode as they are.
type AkriConnectorsMqttProtocolType string

// Known AkriConnectorsMqttProtocolType values.
const (
	AkriConnectorsMqttProtocolTypeMqtt AkriConnectorsMqttProtocolType = "Mqtt"
)

// PossibleAkriConnectorsMqttProtocolTypeValues returns the known AkriConnectorsMqttProtocolType values.
func PossibleAkriConnectorsMqttProtocolTypeValues() []AkriConnectorsMqttProtocolType {
	return []AkriConnectorsMqttProtocolType{AkriConnectorsMqttProtocolTypeMqtt}
}
