package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// BrokerAuthenticationResource is a broker authentication: how clients of a
// listener port prove who they are of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/brokers/authentications).
type BrokerAuthenticationResource struct {
	// Properties are the settings of the resource.
	Properties *BrokerAuthenticationProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/brokers/authentications".
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
func (m BrokerAuthenticationResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticationResource does not declare are kept in Unknown.
func (m *BrokerAuthenticationResource) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticationResourceListResult is one page of BrokerAuthentication
// resources.
type BrokerAuthenticationResourceListResult struct {
	// Value holds the resources of the page.
	Value []BrokerAuthenticationResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticationResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticationResourceListResult does not declare are kept in Unknown.
func (m *BrokerAuthenticationResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticationProperties are the settings of a broker
// authentication.
type BrokerAuthenticationProperties struct {
	// AuthenticationMethods are the methods tried, one kind per entry.
	// Required.
	AuthenticationMethods []BrokerAuthenticatorMethods `json:"authenticationMethods,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the authentication (api-version 2025-10-01
	// and later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticationProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticationProperties does not declare are kept in Unknown.
func (m *BrokerAuthenticationProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticatorMethods is one authentication method: Method selects
// which settings apply.
type BrokerAuthenticatorMethods struct {
	// Method is Custom, ServiceAccountToken or X509. Required.
	Method *BrokerAuthenticationMethod `json:"method,omitempty"`
	// CustomSettings configures Custom.
	CustomSettings *BrokerAuthenticatorMethodCustom `json:"customSettings,omitempty"`
	// ServiceAccountTokenSettings configures ServiceAccountToken.
	ServiceAccountTokenSettings *BrokerAuthenticatorMethodSat `json:"serviceAccountTokenSettings,omitempty"`
	// X509Settings configures X509.
	X509Settings *BrokerAuthenticatorMethodX509 `json:"x509Settings,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorMethods) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorMethods does not declare are kept in Unknown.
func (m *BrokerAuthenticatorMethods) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerAuthenticatorMethodCustom delegates authentication to a custom HTTPS
// server.
type BrokerAuthenticatorMethodCustom struct {
	// Auth is how the broker authenticates to the server.
	Auth *BrokerAuthenticatorCustomAuth `json:"auth,omitempty"`
	// CaCertConfigMap names the config map with the CA certificate of the
	// server.
	CaCertConfigMap *string `json:"caCertConfigMap,omitempty"`
	// Endpoint is the server's https URL. Required.
	Endpoint *string `json:"endpoint,omitempty"`
	// Headers are extra HTTP headers sent to the server.
	Headers map[string]*string `json:"headers,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorMethodCustom) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorMethodCustom does not declare are kept in Unknown.
func (m *BrokerAuthenticatorMethodCustom) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticatorCustomAuth is how a broker authenticates to a custom
// authentication server.
type BrokerAuthenticatorCustomAuth struct {
	// X509 names the client certificate's secret. Required.
	X509 *X509ManualCertificate `json:"x509,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorCustomAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorCustomAuth does not declare are kept in Unknown.
func (m *BrokerAuthenticatorCustomAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticatorMethodSat authenticates clients by Kubernetes service
// account token.
type BrokerAuthenticatorMethodSat struct {
	// Audiences are the accepted audiences. Required.
	Audiences []string `json:"audiences,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorMethodSat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorMethodSat does not declare are kept in Unknown.
func (m *BrokerAuthenticatorMethodSat) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticatorMethodX509 authenticates clients by X.509 certificate.
type BrokerAuthenticatorMethodX509 struct {
	// AuthorizationAttributes map certificate subjects to attributes for
	// authorization, by name.
	AuthorizationAttributes map[string]*BrokerAuthenticatorMethodX509Attributes `json:"authorizationAttributes,omitempty"`
	// TrustedClientCaCert names the trusted client CA certificate (client-ca
	// when unset).
	TrustedClientCaCert *string `json:"trustedClientCaCert,omitempty"`
	// AdditionalValidation is extra validation of the certificate.
	AdditionalValidation *BrokerAuthenticatorValidationMethods `json:"additionalValidation,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorMethodX509) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorMethodX509 does not declare are kept in Unknown.
func (m *BrokerAuthenticatorMethodX509) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticatorMethodX509Attributes gives attributes to the clients
// whose certificate has a subject.
type BrokerAuthenticatorMethodX509Attributes struct {
	// Attributes are the attributes. Required.
	Attributes map[string]*string `json:"attributes,omitempty"`
	// Subject is the certificate subject. Required.
	Subject *string `json:"subject,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerAuthenticatorMethodX509Attributes) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members BrokerAuthenticatorMethodX509Attributes does not declare are kept in Unknown.
func (m *BrokerAuthenticatorMethodX509Attributes) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerAuthenticationMethod is a kind of broker authentication method.
// Values this version does not know decode as they are.
type BrokerAuthenticationMethod string

// Known BrokerAuthenticationMethod values.
const (
	BrokerAuthenticationMethodCustom              BrokerAuthenticationMethod = "Custom"
	BrokerAuthenticationMethodServiceAccountToken BrokerAuthenticationMethod = "ServiceAccountToken"
	BrokerAuthenticationMethodX509                BrokerAuthenticationMethod = "X509"
)

// PossibleBrokerAuthenticationMethodValues returns the known BrokerAuthenticationMethod values.
func PossibleBrokerAuthenticationMethodValues() []BrokerAuthenticationMethod {
	return []BrokerAuthenticationMethod{BrokerAuthenticationMethodCustom, BrokerAuthenticationMethodServiceAccountToken, BrokerAuthenticationMethodX509}
}

// BrokerAuthenticatorValidationMethods is extra validation of a client
// certificate. Values this version does not know decode as they are.
type BrokerAuthenticatorValidationMethods string

// Known BrokerAuthenticatorValidationMethods values.
const (
	// BrokerAuthenticatorValidationMethodsNone adds none.
	BrokerAuthenticatorValidationMethodsNone BrokerAuthenticatorValidationMethods = "None"
	// BrokerAuthenticatorValidationMethodsAzureDeviceRegistry validates
	// against Azure Device Registry.
	BrokerAuthenticatorValidationMethodsAzureDeviceRegistry BrokerAuthenticatorValidationMethods = "AzureDeviceRegistry"
)

// PossibleBrokerAuthenticatorValidationMethodsValues returns the known BrokerAuthenticatorValidationMethods values.
func PossibleBrokerAuthenticatorValidationMethodsValues() []BrokerAuthenticatorValidationMethods {
	return []BrokerAuthenticatorValidationMethods{BrokerAuthenticatorValidationMethodsNone, BrokerAuthenticatorValidationMethodsAzureDeviceRegistry}
}
