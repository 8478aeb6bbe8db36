package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// RegistryEndpointResource is a registry endpoint: a container registry that
// graph and connector artifacts are pulled from of an Azure IoT Operations
// instance (Microsoft.IoTOperations/instances/registryEndpoints).
type RegistryEndpointResource struct {
	// Properties are the settings of the resource.
	Properties *RegistryEndpointProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/registryEndpoints".
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
func (m RegistryEndpointResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RegistryEndpointResource does not declare are kept in Unknown.
func (m *RegistryEndpointResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// RegistryEndpointResourceListResult is one page of RegistryEndpoint
// resources.
type RegistryEndpointResourceListResult struct {
	// Value holds the resources of the page.
	Value []RegistryEndpointResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RegistryEndpointResourceListResult does not declare are kept in Unknown.
func (m *RegistryEndpointResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointProperties are the settings of a registry endpoint.
type RegistryEndpointProperties struct {
	// Host is the registry's host name. Required.
	Host *string `json:"host,omitempty"`
	// Authentication is how the endpoint authenticates to the registry.
	// Required.
	Authentication RegistryEndpointAuthentication `json:"authentication,omitempty"`
	// CodeSigningCas are the certificate authorities that sign the registry's
	// artifacts.
	CodeSigningCas []RegistryEndpointTrustedSigningKey `json:"codeSigningCas,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the registry endpoint (api-version
	// 2025-10-01 and later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RegistryEndpointProperties does not declare are kept in Unknown.
func (m *RegistryEndpointProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// RegistryEndpointSystemAssignedIdentityAuthentication authenticates with
// the system-assigned managed identity.
type RegistryEndpointSystemAssignedIdentityAuthentication struct {
	// SystemAssignedManagedIdentitySettings configures the identity. Required.
	SystemAssignedManagedIdentitySettings *RegistryEndpointSystemAssignedManagedIdentitySettings `json:"systemAssignedManagedIdentitySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointSystemAssignedIdentityAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointSystemAssignedIdentityAuthentication does not declare are kept in Unknown.
func (m *RegistryEndpointSystemAssignedIdentityAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointUserAssignedIdentityAuthentication authenticates with a
// user-assigned managed identity.
type RegistryEndpointUserAssignedIdentityAuthentication struct {
	// UserAssignedManagedIdentitySettings configures the identity. Required.
	UserAssignedManagedIdentitySettings *RegistryEndpointUserAssignedManagedIdentitySettings `json:"userAssignedManagedIdentitySettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointUserAssignedIdentityAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointUserAssignedIdentityAuthentication does not declare are kept in Unknown.
func (m *RegistryEndpointUserAssignedIdentityAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointAnonymousAuthentication pulls anonymously.
type RegistryEndpointAnonymousAuthentication struct {
	// AnonymousSettings is the (empty) settings object. Required.
	AnonymousSettings *RegistryEndpointAnonymousSettings `json:"anonymousSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointAnonymousAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointAnonymousAuthentication does not declare are kept in Unknown.
func (m *RegistryEndpointAnonymousAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointArtifactPullSecretAuthentication authenticates with a
// Kubernetes pull secret.
type RegistryEndpointArtifactPullSecretAuthentication struct {
	// ArtifactPullSecretSettings names the secret. Required.
	ArtifactPullSecretSettings *RegistryEndpointArtifactPullSecretSettings `json:"artifactPullSecretSettings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointArtifactPullSecretAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointArtifactPullSecretAuthentication does not declare are kept in Unknown.
func (m *RegistryEndpointArtifactPullSecretAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointAuthentication is how a registry endpoint authenticates,
// discriminated by method. Its kinds are
// *RegistryEndpointSystemAssignedIdentityAuthentication,
// *RegistryEndpointUserAssignedIdentityAuthentication,
// *RegistryEndpointAnonymousAuthentication,
// *RegistryEndpointArtifactPullSecretAuthentication, and
// *UnknownRegistryEndpointAuthentication for a kind this version does not
// know, kept whole.
type RegistryEndpointAuthentication interface {
	isRegistryEndpointAuthentication()
}

func (*RegistryEndpointSystemAssignedIdentityAuthentication) isRegistryEndpointAuthentication() {}
func (*RegistryEndpointUserAssignedIdentityAuthentication) isRegistryEndpointAuthentication()   {}
func (*RegistryEndpointAnonymousAuthentication) isRegistryEndpointAuthentication()              {}
func (*RegistryEndpointArtifactPullSecretAuthentication) isRegistryEndpointAuthentication()     {}
func (*UnknownRegistryEndpointAuthentication) isRegistryEndpointAuthentication()                {}

func init() {
	wire.RegisterUnion[RegistryEndpointAuthentication]("method",
		func(kind string) RegistryEndpointAuthentication {
			switch kind {
			case "SystemAssignedManagedIdentity":
				return &RegistryEndpointSystemAssignedIdentityAuthentication{}
			case "UserAssignedManagedIdentity":
				return &RegistryEndpointUserAssignedIdentityAuthentication{}
			case "Anonymous":
				return &RegistryEndpointAnonymousAuthentication{}
			case "ArtifactPullSecret":
				return &RegistryEndpointArtifactPullSecretAuthentication{}
			default:
				return &UnknownRegistryEndpointAuthentication{}
			}
		},
		func(v RegistryEndpointAuthentication) string {
			switch v.(type) {
			case *RegistryEndpointSystemAssignedIdentityAuthentication:
				return "SystemAssignedManagedIdentity"
			case *RegistryEndpointUserAssignedIdentityAuthentication:
				return "UserAssignedManagedIdentity"
			case *RegistryEndpointAnonymousAuthentication:
				return "Anonymous"
			case *RegistryEndpointArtifactPullSecretAuthentication:
				return "ArtifactPullSecret"
			default:
				return ""
			}
		})
}

// UnknownRegistryEndpointAuthentication is a RegistryEndpointAuthentication
// of a kind this version does not know: its method and every other member
// are kept.
type UnknownRegistryEndpointAuthentication struct {
	// Method is the kind (method) the service sent.
	Method *RegistryEndpointAuthenticationMethod `json:"method,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownRegistryEndpointAuthentication) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownRegistryEndpointAuthentication does not declare are kept in Unknown.
func (m *UnknownRegistryEndpointAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointSystemAssignedManagedIdentitySettings configures the
// system-assigned identity of a registry endpoint.
type RegistryEndpointSystemAssignedManagedIdentitySettings struct {
	// Audience is the audience to ask a token for; the service's default when
	// unset.
	Audience *string `json:"audience,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointSystemAssignedManagedIdentitySettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointSystemAssignedManagedIdentitySettings does not declare are kept in Unknown.
func (m *RegistryEndpointSystemAssignedManagedIdentitySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointUserAssignedManagedIdentitySettings configures a
// user-assigned identity of a registry endpoint.
type RegistryEndpointUserAssignedManagedIdentitySettings struct {
	// ClientID is the identity's client ID. Required.
	ClientID *string `json:"clientId,omitempty"`
	// Scope is the resource's application ID URI with the .default suffix.
	Scope *string `json:"scope,omitempty"`
	// TenantID is the identity's tenant. Required.
	TenantID *string `json:"tenantId,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointUserAssignedManagedIdentitySettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointUserAssignedManagedIdentitySettings does not declare are kept in Unknown.
func (m *RegistryEndpointUserAssignedManagedIdentitySettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointAnonymousSettings is the settings of anonymous pulls; it
// has no members.
type RegistryEndpointAnonymousSettings struct {

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointAnonymousSettings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RegistryEndpointAnonymousSettings does not declare are kept in Unknown.
func (m *RegistryEndpointAnonymousSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointArtifactPullSecretSettings names a Kubernetes pull secret.
type RegistryEndpointArtifactPullSecretSettings struct {
	// SecretRef is the secret's name. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointArtifactPullSecretSettings) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointArtifactPullSecretSettings does not declare are kept in Unknown.
func (m *RegistryEndpointArtifactPullSecretSettings) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointTrustedSigningKeySecret provides signing certificate
// authorities through a secret.
type RegistryEndpointTrustedSigningKeySecret struct {
	// SecretRef names the secret. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointTrustedSigningKeySecret) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointTrustedSigningKeySecret does not declare are kept in Unknown.
func (m *RegistryEndpointTrustedSigningKeySecret) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointTrustedSigningKeyConfigMap provides signing certificate
// authorities through a config map.
type RegistryEndpointTrustedSigningKeyConfigMap struct {
	// ConfigMapRef names the config map. Required.
	ConfigMapRef *string `json:"configMapRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RegistryEndpointTrustedSigningKeyConfigMap) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members RegistryEndpointTrustedSigningKeyConfigMap does not declare are kept in Unknown.
func (m *RegistryEndpointTrustedSigningKeyConfigMap) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointTrustedSigningKey provides the certificate authorities
// that sign a registry's artifacts, discriminated by type. Its kinds are
// *RegistryEndpointTrustedSigningKeySecret,
// *RegistryEndpointTrustedSigningKeyConfigMap, and
// *UnknownRegistryEndpointTrustedSigningKey for a kind this version does not
// know, kept whole.
type RegistryEndpointTrustedSigningKey interface {
	isRegistryEndpointTrustedSigningKey()
}

func (*RegistryEndpointTrustedSigningKeySecret) isRegistryEndpointTrustedSigningKey()    {}
func (*RegistryEndpointTrustedSigningKeyConfigMap) isRegistryEndpointTrustedSigningKey() {}
func (*UnknownRegistryEndpointTrustedSigningKey) isRegistryEndpointTrustedSigningKey()   {}

func init() {
	wire.RegisterUnion[RegistryEndpointTrustedSigningKey]("type",
		func(kind string) RegistryEndpointTrustedSigningKey {
			switch kind {
			case "Secret":
				return &RegistryEndpointTrustedSigningKeySecret{}
			case "ConfigMap":
				return &RegistryEndpointTrustedSigningKeyConfigMap{}
			default:
				return &UnknownRegistryEndpointTrustedSigningKey{}
			}
		},
		func(v RegistryEndpointTrustedSigningKey) string {
			switch v.(type) {
			case *RegistryEndpointTrustedSigningKeySecret:
				return "Secret"
			case *RegistryEndpointTrustedSigningKeyConfigMap:
				return "ConfigMap"
			default:
				return ""
			}
		})
}

// UnknownRegistryEndpointTrustedSigningKey is a
// RegistryEndpointTrustedSigningKey of a kind this version does not know:
// its type and every other member are kept.
type UnknownRegistryEndpointTrustedSigningKey struct {
	// Type is the kind (type) the service sent.
	Type *RegistryEndpointTrustedSigningKeyType `json:"type,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownRegistryEndpointTrustedSigningKey) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownRegistryEndpointTrustedSigningKey does not declare are kept in Unknown.
func (m *UnknownRegistryEndpointTrustedSigningKey) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// RegistryEndpointAuthenticationMethod is how a registry endpoint
// authenticates. Values this version does not know decode as they are.
type RegistryEndpointAuthenticationMethod string

// Known RegistryEndpointAuthenticationMethod values.
const (
	RegistryEndpointAuthenticationMethodSystemAssignedManagedIdentity RegistryEndpointAuthenticationMethod = "SystemAssignedManagedIdentity"
	RegistryEndpointAuthenticationMethodUserAssignedManagedIdentity   RegistryEndpointAuthenticationMethod = "UserAssignedManagedIdentity"
	RegistryEndpointAuthenticationMethodAnonymous                     RegistryEndpointAuthenticationMethod = "Anonymous"
	RegistryEndpointAuthenticationMethodArtifactPullSecret            RegistryEndpointAuthenticationMethod = "ArtifactPullSecret"
)

// PossibleRegistryEndpointAuthenticationMethodValues returns the known RegistryEndpointAuthenticationMethod values.
func PossibleRegistryEndpointAuthenticationMethodValues() []RegistryEndpointAuthenticationMethod {
	return []RegistryEndpointAuthenticationMethod{RegistryEndpointAuthenticationMethodSystemAssignedManagedIdentity, RegistryEndpointAuthenticationMethodUserAssignedManagedIdentity, RegistryEndpointAuthenticationMethodAnonymous, RegistryEndpointAuthenticationMethodArtifactPullSecret}
}

// RegistryEndpointTrustedSigningKeyType is where signing certificate
// authorities are kept. Values this version does not know decode as they
// are.
type RegistryEndpointTrustedSigningKeyType string

// Known RegistryEndpointTrustedSigningKeyType values.
const (
	RegistryEndpointTrustedSigningKeyTypeSecret    RegistryEndpointTrustedSigningKeyType = "Secret"
	RegistryEndpointTrustedSigningKeyTypeConfigMap RegistryEndpointTrustedSigningKeyType = "ConfigMap"
)

// PossibleRegistryEndpointTrustedSigningKeyTypeValues returns the known RegistryEndpointTrustedSigningKeyType values.
func PossibleRegistryEndpointTrustedSigningKeyTypeValues() []RegistryEndpointTrustedSigningKeyType {
	return []RegistryEndpointTrustedSigningKeyType{RegistryEndpointTrustedSigningKeyTypeSecret, RegistryEndpointTrustedSigningKeyTypeConfigMap}
}
