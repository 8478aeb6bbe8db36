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

// UnknownAkriConnectorsRegistrySettings is an AkriConnectorsRegistrySettings
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

// AkriConnectorsContainerRegistrySettings names a container registry.
type AkriConnectorsContainerRegistrySettings struct {
	// Registry is the registry. Required.
	Registry *string `json:"registry,omitempty"`
	// ImagePullSecrets name the pull secrets in the connector's namespace.
	ImagePullSecrets []AkriConnectorsImagePullSecret `json:"imagePullSecrets,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsContainerRegistrySettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorsContainerRegistrySettings does not declare are kept in Unknown.
func (m *AkriConnectorsContainerRegistrySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsImagePullSecret names an image pull secret.
type AkriConnectorsImagePullSecret struct {
	// SecretRef is the secret's name. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsImagePullSecret) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsImagePullSecret does not declare are kept in Unknown.
func (m *AkriConnectorsImagePullSecret) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsTag selects an image by tag.
type AkriConnectorsTag struct {
	// Tag is the tag. Required.
	Tag *string `json:"tag,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsTag) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsTag does not declare are kept in Unknown.
func (m *AkriConnectorsTag) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AkriConnectorsDigest selects an image by digest.
type AkriConnectorsDigest struct {
	// Digest is the digest. Required.
	Digest *string `json:"digest,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsDigest) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsDigest does not declare are kept in Unknown.
func (m *AkriConnectorsDigest) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AkriConnectorsTagDigestSettings selects a connector image version,
// discriminated by tagDigestType. Its kinds are *AkriConnectorsTag,
// *AkriConnectorsDigest, and *UnknownAkriConnectorsTagDigestSettings for a
// kind this version does not know, kept whole.
type AkriConnectorsTagDigestSettings interface {
	isAkriConnectorsTagDigestSettings()
}

func (*AkriConnectorsTag) isAkriConnectorsTagDigestSettings()                      {}
func (*AkriConnectorsDigest) isAkriConnectorsTagDigestSettings()                   {}
func (*UnknownAkriConnectorsTagDigestSettings) isAkriConnectorsTagDigestSettings() {}

func init() {
	wire.RegisterUnion[AkriConnectorsTagDigestSettings]("tagDigestType",
		func(kind string) AkriConnectorsTagDigestSettings {
			switch kind {
			case "Tag":
				return &AkriConnectorsTag{}
			case "Digest":
				return &AkriConnectorsDigest{}
			default:
				return &UnknownAkriConnectorsTagDigestSettings{}
			}
		},
		func(v AkriConnectorsTagDigestSettings) string {
			switch v.(type) {
			case *AkriConnectorsTag:
				return "Tag"
			case *AkriConnectorsDigest:
				return "Digest"
			default:
				return ""
			}
		})
}

// UnknownAkriConnectorsTagDigestSettings is a
// AkriConnectorsTagDigestSettings of a kind this version does not know: its
// tagDigestType and every other member are kept.
type UnknownAkriConnectorsTagDigestSettings struct {
	// TagDigestType is the kind (tagDigestType) the service sent.
	TagDigestType *AkriConnectorsTagDigestType `json:"tagDigestType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownAkriConnectorsTagDigestSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownAkriConnectorsTagDigestSettings does not declare are kept in Unknown.
func (m *UnknownAkriConnectorsTagDigestSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateAllocation spreads devices over connector instances:
// Bucketized with BucketSize (the spec's only policy, in one struct).
type AkriConnectorTemplateAllocation struct {
	// Policy is Bucketized. Required.
	Policy *AkriConnectorTemplateAllocationPolicy `json:"policy,omitempty"`
	// BucketSize is how many device endpoints a connector instance serves;
	// required for Bucketized.
	BucketSize *int32 `json:"bucketSize,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateAllocation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateAllocation does not declare are kept in Unknown.
func (m *AkriConnectorTemplateAllocation) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplatePersistentVolumeClaim mounts a persistent volume
// claim into a connector.
type AkriConnectorTemplatePersistentVolumeClaim struct {
	// ClaimName names the claim. Required.
	ClaimName *string `json:"claimName,omitempty"`
	// MountPath is where it is mounted. Required.
	MountPath *string `json:"mountPath,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplatePersistentVolumeClaim) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplatePersistentVolumeClaim does not declare are kept in Unknown.
func (m *AkriConnectorTemplatePersistentVolumeClaim) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsSecret mounts a secret into a connector.
type AkriConnectorsSecret struct {
	// SecretKey is the key in the secret. Required.
	SecretKey *string `json:"secretKey,omitempty"`
	// SecretAlias is the connector's name for the secret. Required.
	SecretAlias *string `json:"secretAlias,omitempty"`
	// SecretRef names the secret. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsSecret) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsSecret does not declare are kept in Unknown.
func (m *AkriConnectorsSecret) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AkriConnectorTemplateTrustList names the certificates connector instances
// trust.
type AkriConnectorTemplateTrustList struct {
	// TrustListSecretRef names the secret. Required.
	TrustListSecretRef *string `json:"trustListSecretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateTrustList) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateTrustList does not declare are kept in Unknown.
func (m *AkriConnectorTemplateTrustList) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateDiagnostics configures a connector's diagnostics.
type AkriConnectorTemplateDiagnostics struct {
	// Logs configures logging. Required.
	Logs *AkriConnectorsDiagnosticsLogs `json:"logs,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateDiagnostics) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateDiagnostics does not declare are kept in Unknown.
func (m *AkriConnectorTemplateDiagnostics) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsDiagnosticsLogs configures a connector's logs.
type AkriConnectorsDiagnosticsLogs struct {
	// Level is the log level (info when unset).
	Level *string `json:"level,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsDiagnosticsLogs) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsDiagnosticsLogs does not declare are kept in Unknown.
func (m *AkriConnectorsDiagnosticsLogs) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorTemplateDeviceInboundEndpointType is a device endpoint type a
// connector serves.
type AkriConnectorTemplateDeviceInboundEndpointType struct {
	// DisplayName is a display name.
	DisplayName *string `json:"displayName,omitempty"`
	// EndpointType is the endpoint type. Required.
	EndpointType *string `json:"endpointType,omitempty"`
	// Version is the endpoint type's version.
	Version *string `json:"version,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorTemplateDeviceInboundEndpointType) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorTemplateDeviceInboundEndpointType does not declare are kept in Unknown.
func (m *AkriConnectorTemplateDeviceInboundEndpointType) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsMqttConnectionConfiguration is how a connector connects to
// the broker.
type AkriConnectorsMqttConnectionConfiguration struct {
	// Authentication is how the connector authenticates.
	Authentication *AkriConnectorsMqttAuthentication `json:"authentication,omitempty"`
	// Host is <hostname>:<port>.
	Host *string `json:"host,omitempty"`
	// Protocol is Mqtt.
	Protocol *AkriConnectorsMqttProtocolType `json:"protocol,omitempty"`
	// KeepAliveSeconds is the keep-alive, in seconds.
	KeepAliveSeconds *int32 `json:"keepAliveSeconds,omitempty"`
	// MaxInflightMessages is the most unacknowledged messages.
	MaxInflightMessages *int32 `json:"maxInflightMessages,omitempty"`
	// SessionExpirySeconds is the session expiry, in seconds.
	SessionExpirySeconds *int32 `json:"sessionExpirySeconds,omitempty"`
	// TLS configures TLS.
	TLS *TLSProperties `json:"tls,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsMqttConnectionConfiguration) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorsMqttConnectionConfiguration does not declare are kept in Unknown.
func (m *AkriConnectorsMqttConnectionConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsMqttAuthentication is how a connector authenticates to the
// broker: ServiceAccountToken with its settings (the spec's only method, in
// one struct).
type AkriConnectorsMqttAuthentication struct {
	// Method is ServiceAccountToken. Required.
	Method *AkriConnectorsMqttAuthenticationMethod `json:"method,omitempty"`
	// ServiceAccountTokenSettings configures the token; required for
	// ServiceAccountToken.
	ServiceAccountTokenSettings *AkriConnectorsServiceAccountTokenSettings `json:"serviceAccountTokenSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsMqttAuthentication) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AkriConnectorsMqttAuthentication does not declare are kept in Unknown.
func (m *AkriConnectorsMqttAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// AkriConnectorsServiceAccountTokenSettings configures a service account
// token.
type AkriConnectorsServiceAccountTokenSettings struct {
	// Audience is the token's audience. Required.
	Audience *string `json:"audience,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AkriConnectorsServiceAccountTokenSettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members AkriConnectorsServiceAccountTokenSettings does not declare are kept in Unknown.
func (m *AkriConnectorsServiceAccountTokenSettings) UnmarshalJSON(data []byte) error {
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
