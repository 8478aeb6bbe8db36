package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// BrokerListenerResource is a listener of a broker: the ports the broker
// accepts connections on of an Azure IoT Operations instance
// (Microsoft.IoTOperations/instances/brokers/listeners).
type BrokerListenerResource struct {
	// Properties are the settings of the resource.
	Properties *BrokerListenerProperties `json:"properties,omitempty"`
	// ExtendedLocation is the custom location the resource runs in. It is set
	// when the resource is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the resource's ARM ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/brokers/listeners".
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
func (m BrokerListenerResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerListenerResource does not declare are kept in Unknown.
func (m *BrokerListenerResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerListenerResourceListResult is one page of BrokerListener resources.
type BrokerListenerResourceListResult struct {
	// Value holds the resources of the page.
	Value []BrokerListenerResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerListenerResourceListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerListenerResourceListResult does not declare are kept in Unknown.
func (m *BrokerListenerResourceListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BrokerListenerProperties are the settings of a broker listener.
type BrokerListenerProperties struct {
	// ServiceName is the listener's Kubernetes service name.
	ServiceName *string `json:"serviceName,omitempty"`
	// Ports are the ports the listener accepts connections on. Required.
	Ports []ListenerPort `json:"ports,omitempty"`
	// ServiceType is the Kubernetes service type (ClusterIp when unset).
	ServiceType *ServiceType `json:"serviceType,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the listener (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BrokerListenerProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BrokerListenerProperties does not declare are kept in Unknown.
func (m *BrokerListenerProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ListenerPort is a TCP port a listener accepts connections on.
type ListenerPort struct {
	// AuthenticationRef names the broker authentication of the port; none when
	// unset.
	AuthenticationRef *string `json:"authenticationRef,omitempty"`
	// AuthorizationRef names the broker authorization of the port; none when
	// unset.
	AuthorizationRef *string `json:"authorizationRef,omitempty"`
	// NodePort is the Kubernetes node port, for a NodePort listener.
	NodePort *int32 `json:"nodePort,omitempty"`
	// Port is the TCP port. Required.
	Port *int32 `json:"port,omitempty"`
	// Protocol is the protocol clients speak (Mqtt when unset).
	Protocol *BrokerProtocolType `json:"protocol,omitempty"`
	// TLS configures the TLS server certificate; no TLS when unset.
	TLS *TLSCertMethod `json:"tls,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ListenerPort) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ListenerPort does not declare are kept in Unknown.
func (m *ListenerPort) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// TLSCertMethod configures a listener's TLS server certificate: automatic
// (cert-manager) or manual.
type TLSCertMethod struct {
	// Mode is Automatic or Manual. Required.
	Mode *TLSCertMethodMode `json:"mode,omitempty"`
	// CertManagerCertificateSpec configures the automatic certificate.
	CertManagerCertificateSpec *CertManagerCertificateSpec `json:"certManagerCertificateSpec,omitempty"`
	// Manual names the secret of the manual certificate.
	Manual *X509ManualCertificate `json:"manual,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TLSCertMethod) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TLSCertMethod does not declare are kept in Unknown.
func (m *TLSCertMethod) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertManagerCertificateSpec configures a TLS server certificate that
// cert-manager manages.
type CertManagerCertificateSpec struct {
	// Duration is the certificate lifetime as a Go duration.
	Duration *string `json:"duration,omitempty"`
	// SecretName names the secret the certificate is stored in.
	SecretName *string `json:"secretName,omitempty"`
	// RenewBefore is how long before expiry renewal starts, as a Go duration.
	RenewBefore *string `json:"renewBefore,omitempty"`
	// IssuerRef names the cert-manager issuer. Required.
	IssuerRef *CertManagerIssuerRef `json:"issuerRef,omitempty"`
	// PrivateKey configures the private key.
	PrivateKey *CertManagerPrivateKey `json:"privateKey,omitempty"`
	// San are extra subject alternative names.
	San *SanForCert `json:"san,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertManagerCertificateSpec) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertManagerCertificateSpec does not declare are kept in Unknown.
func (m *CertManagerCertificateSpec) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertManagerIssuerRef names a cert-manager issuer.
type CertManagerIssuerRef struct {
	// Group is the issuer's API group (cert-manager.io when unset). Required.
	Group *string `json:"group,omitempty"`
	// Kind is Issuer or ClusterIssuer. Required.
	Kind *CertManagerIssuerKind `json:"kind,omitempty"`
	// Name is the issuer's name. Required.
	Name *string `json:"name,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertManagerIssuerRef) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertManagerIssuerRef does not declare are kept in Unknown.
func (m *CertManagerIssuerRef) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SanForCert are subject alternative names of a certificate.
type SanForCert struct {
	// DNS are DNS names. Required.
	DNS []string `json:"dns,omitempty"`
	// IP are IP addresses. Required.
	IP []string `json:"ip,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SanForCert) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SanForCert does not declare are kept in Unknown.
func (m *SanForCert) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BrokerProtocolType is the protocol clients speak to a listener. Values
// this version does not know decode as they are.
type BrokerProtocolType string

// Known BrokerProtocolType values.
const (
	BrokerProtocolTypeMqtt       BrokerProtocolType = "Mqtt"
	BrokerProtocolTypeWebSockets BrokerProtocolType = "WebSockets"
)

// PossibleBrokerProtocolTypeValues returns the known BrokerProtocolType values.
func PossibleBrokerProtocolTypeValues() []BrokerProtocolType {
	return []BrokerProtocolType{BrokerProtocolTypeMqtt, BrokerProtocolTypeWebSockets}
}

// ServiceType is the Kubernetes service type of a listener. Values this
// version does not know decode as they are.
type ServiceType string

// Known ServiceType values.
const (
	ServiceTypeClusterIP    ServiceType = "ClusterIp"
	ServiceTypeLoadBalancer ServiceType = "LoadBalancer"
	ServiceTypeNodePort     ServiceType = "NodePort"
)

// PossibleServiceTypeValues returns the known ServiceType values.
func PossibleServiceTypeValues() []ServiceType {
	return []ServiceType{ServiceTypeClusterIP, ServiceTypeLoadBalancer, ServiceTypeNodePort}
}

// TLSCertMethodMode is how a TLS server certificate is managed. Values this
// version does not know decode as they are.
type TLSCertMethodMode string

// Known TLSCertMethodMode values.
const (
	TLSCertMethodModeAutomatic TLSCertMethodMode = "Automatic"
	TLSCertMethodModeManual    TLSCertMethodMode = "Manual"
)

// PossibleTLSCertMethodModeValues returns the known TLSCertMethodMode values.
func PossibleTLSCertMethodModeValues() []TLSCertMethodMode {
	return []TLSCertMethodMode{TLSCertMethodModeAutomatic, TLSCertMethodModeManual}
}

// CertManagerIssuerKind is the kind of a cert-manager issuer. Values this
// version does not know decode as they are.
type CertManagerIssuerKind string

// Known CertManagerIssuerKind values.
const (
	CertManagerIssuerKindIssuer        CertManagerIssuerKind = "Issuer"
	CertManagerIssuerKindClusterIssuer CertManagerIssuerKind = "ClusterIssuer"
)

// PossibleCertManagerIssuerKindValues returns the known CertManagerIssuerKind values.
func PossibleCertManagerIssuerKindValues() []CertManagerIssuerKind {
	return []CertManagerIssuerKind{CertManagerIssuerKindIssuer, CertManagerIssuerKindClusterIssuer}
}
