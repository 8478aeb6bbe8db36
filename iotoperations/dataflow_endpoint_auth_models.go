package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DataflowOpenTelemetryAuthentication is how an OpenTelemetry endpoint
// authenticates, discriminated by method. Its kinds are
// *DataflowOpenTelemetryAnonymousAuthentication,
// *DataflowOpenTelemetryServiceAccountAuthentication,
// *DataflowOpenTelemetryX509CertificateAuthentication, and
// *UnknownDataflowOpenTelemetryAuthentication for a kind this version does
// not know, kept whole.
type DataflowOpenTelemetryAuthentication interface {
	isDataflowOpenTelemetryAuthentication()
}

func (*DataflowOpenTelemetryAnonymousAuthentication) isDataflowOpenTelemetryAuthentication()       {}
func (*DataflowOpenTelemetryServiceAccountAuthentication) isDataflowOpenTelemetryAuthentication()  {}
func (*DataflowOpenTelemetryX509CertificateAuthentication) isDataflowOpenTelemetryAuthentication() {}
func (*UnknownDataflowOpenTelemetryAuthentication) isDataflowOpenTelemetryAuthentication()         {}

func init() {
	wire.RegisterUnion[DataflowOpenTelemetryAuthentication]("method",
		func(kind string) DataflowOpenTelemetryAuthentication {
			switch kind {
			case "Anonymous":
				return &DataflowOpenTelemetryAnonymousAuthentication{}
			case "ServiceAccountToken":
				return &DataflowOpenTelemetryServiceAccountAuthentication{}
			case "X509Certificate":
				return &DataflowOpenTelemetryX509CertificateAuthentication{}
			default:
				return &UnknownDataflowOpenTelemetryAuthentication{}
			}
		},
		func(v DataflowOpenTelemetryAuthentication) string {
			switch v.(type) {
			case *DataflowOpenTelemetryAnonymousAuthentication:
				return "Anonymous"
			case *DataflowOpenTelemetryServiceAccountAuthentication:
				return "ServiceAccountToken"
			case *DataflowOpenTelemetryX509CertificateAuthentication:
				return "X509Certificate"
			default:
				return ""
			}
		})
}

// UnknownDataflowOpenTelemetryAuthentication is a
// DataflowOpenTelemetryAuthentication of a kind this version does not know:
// its method and every other member are kept.
type UnknownDataflowOpenTelemetryAuthentication struct {
	// Method is the kind (method) the service sent.
	Method *DataflowOpenTelemetryAuthenticationMethod `json:"method,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDataflowOpenTelemetryAuthentication) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownDataflowOpenTelemetryAuthentication does not declare are kept in Unknown.
func (m *UnknownDataflowOpenTelemetryAuthentication) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationAnonymous is the settings of anonymous
// authentication; it has no members.
type DataflowEndpointAuthenticationAnonymous struct {

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationAnonymous) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationAnonymous does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationAnonymous) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationAccessToken authenticates with a token kept
// in a secret.
type DataflowEndpointAuthenticationAccessToken struct {
	// SecretRef names the secret. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationAccessToken) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationAccessToken does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationAccessToken) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationSasl authenticates with SASL.
type DataflowEndpointAuthenticationSasl struct {
	// SaslType is Plain, ScramSha256 or ScramSha512. Required.
	SaslType *DataflowEndpointAuthenticationSaslType `json:"saslType,omitempty"`
	// SecretRef names the secret with the credentials. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationSasl) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationSasl does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationSasl) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationServiceAccountToken authenticates with a
// Kubernetes service account token.
type DataflowEndpointAuthenticationServiceAccountToken struct {
	// Audience is the token's audience. Required.
	Audience *string `json:"audience,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationServiceAccountToken) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationServiceAccountToken does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationServiceAccountToken) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationSystemAssignedManagedIdentity authenticates
// with the system-assigned managed identity.
type DataflowEndpointAuthenticationSystemAssignedManagedIdentity struct {
	// Audience is the audience to ask a token for; the service's default when
	// unset.
	Audience *string `json:"audience,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationSystemAssignedManagedIdentity) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationSystemAssignedManagedIdentity does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationSystemAssignedManagedIdentity) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationUserAssignedManagedIdentity authenticates
// with a user-assigned managed identity.
type DataflowEndpointAuthenticationUserAssignedManagedIdentity struct {
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
func (m DataflowEndpointAuthenticationUserAssignedManagedIdentity) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationUserAssignedManagedIdentity does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationUserAssignedManagedIdentity) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DataflowEndpointAuthenticationX509 authenticates with an X.509 certificate
// kept in a secret.
type DataflowEndpointAuthenticationX509 struct {
	// SecretRef names the secret. Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowEndpointAuthenticationX509) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowEndpointAuthenticationX509 does not declare are kept in Unknown.
func (m *DataflowEndpointAuthenticationX509) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
