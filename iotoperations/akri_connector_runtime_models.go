package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

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
