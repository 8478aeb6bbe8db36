package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Device is a device of the application.
type Device struct {
	// ID is the device ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// ETag guards updates: send the one read to fail with 412 when the
	// device changed meanwhile (see IsPreconditionFailed).
	ETag *string `json:"etag,omitempty"`
	// DisplayName is the device's display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Template is the ID (DTMI) of the device's template.
	Template *string `json:"template,omitempty"`
	// Enabled says whether the device may connect.
	Enabled *bool `json:"enabled,omitempty"`
	// Provisioned says whether resources were allocated for the device.
	// Read-only.
	Provisioned *bool `json:"provisioned,omitempty"`
	// Simulated says whether IoT Central simulates the device.
	Simulated *bool `json:"simulated,omitempty"`
	// Organizations are the IDs of the organizations the device is in
	// (one today).
	Organizations []string `json:"organizations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Device) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Device does not declare are kept in Unknown.
func (m *Device) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceCollection is a page of devices.
type DeviceCollection struct {
	// Value holds the items of the page.
	Value []Device `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCollection does not declare are kept in Unknown.
func (m *DeviceCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceRelationshipCollection is a page of device relationships.
type DeviceRelationshipCollection struct {
	// Value holds the items of the page.
	Value []DeviceRelationship `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceRelationshipCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceRelationshipCollection does not declare are kept in Unknown.
func (m *DeviceRelationshipCollection) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DeviceCommandCollection is a page of command executions.
type DeviceCommandCollection struct {
	// Value holds the items of the page.
	Value []DeviceCommand `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCommandCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCommandCollection does not declare are kept in Unknown.
func (m *DeviceCommandCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceTemplateCollection is a page of device templates.
type DeviceTemplateCollection struct {
	// Value holds the items of the page.
	Value []DeviceTemplate `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceTemplateCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceTemplateCollection does not declare are kept in Unknown.
func (m *DeviceTemplateCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceGroupCollection is a page of device groups.
type DeviceGroupCollection struct {
	// Value holds the items of the page.
	Value []DeviceGroup `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceGroupCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceGroupCollection does not declare are kept in Unknown.
func (m *DeviceGroupCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Collection is a page of a device's components or modules.
type Collection struct {
	// Value holds the items of the page.
	Value []NamedObject `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Collection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Collection does not declare are kept in Unknown.
func (m *Collection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// NamedObject is an item of a device's components or modules list. The
// API documents the items only as objects; IoT Central sends at least a
// name, and every other member is kept in Unknown.
type NamedObject struct {
	// Name is the component's or module's name.
	Name *string `json:"name,omitempty"`
	// DisplayName is its display name, when the service sends one.
	DisplayName *string `json:"displayName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m NamedObject) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members NamedObject does not declare are kept in Unknown.
func (m *NamedObject) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceCredentials are what a device needs to connect through the Device
// Provisioning Service. They hold secrets: never log them.
type DeviceCredentials struct {
	// IDScope is the application's DPS ID scope.
	IDScope *string `json:"idScope,omitempty"`
	// SymmetricKey holds the device's keys, for symmetric key attestation.
	SymmetricKey *SymmetricKey `json:"symmetricKey,omitempty"`
	// X509 holds the device's client certificates.
	X509 *X509 `json:"x509,omitempty"`
	// TPM holds the device's TPM endorsement key.
	TPM *TPM `json:"tpm,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCredentials) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCredentials does not declare are kept in Unknown.
func (m *DeviceCredentials) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// String keeps the keys out of logs: it shows only the ID scope.
func (c DeviceCredentials) String() string {
	scope := ""
	if c.IDScope != nil {
		scope = *c.IDScope
	}
	return "DeviceCredentials{IDScope: " + scope + ", keys redacted}"
}

// GoString is String, for %#v.
func (c DeviceCredentials) GoString() string { return c.String() }

// SymmetricKey is a pair of symmetric keys. They are secrets.
type SymmetricKey struct {
	PrimaryKey   *string `json:"primaryKey,omitempty"`
	SecondaryKey *string `json:"secondaryKey,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SymmetricKey) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SymmetricKey does not declare are kept in Unknown.
func (m *SymmetricKey) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// String keeps the keys out of logs.
func (k SymmetricKey) String() string { return "SymmetricKey{redacted}" }

// GoString is String, for %#v.
func (k SymmetricKey) GoString() string { return k.String() }

// TPM holds a TPM endorsement key.
type TPM struct {
	EndorsementKey *string `json:"endorsementKey,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TPM) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TPM does not declare are kept in Unknown.
func (m *TPM) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509 holds X.509 client certificates.
type X509 struct {
	ClientCertificates *X509Certificates `json:"clientCertificates,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509 does not declare are kept in Unknown.
func (m *X509) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509Certificates is a primary and an optional secondary certificate.
type X509Certificates struct {
	Primary   *X509Certificate `json:"primary,omitempty"`
	Secondary *X509Certificate `json:"secondary,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509Certificates) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509Certificates does not declare are kept in Unknown.
func (m *X509Certificates) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509Certificate is one certificate and, read-only, its thumbprint.
type X509Certificate struct {
	// Certificate is the certificate's string form (PEM or base64 DER).
	Certificate *string `json:"certificate,omitempty"`
	// Info describes the certificate. Read-only.
	Info *X509CertificateInfo `json:"info,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509Certificate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509Certificate does not declare are kept in Unknown.
func (m *X509Certificate) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509CertificateInfo describes an X.509 certificate.
type X509CertificateInfo struct {
	// SHA1Thumbprint is the certificate's SHA-1 hash. Read-only.
	SHA1Thumbprint *string `json:"sha1Thumbprint,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509CertificateInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509CertificateInfo does not declare are kept in Unknown.
func (m *X509CertificateInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceTelemetry is the last known value of a telemetry.
type DeviceTelemetry struct {
	// Value is the value, as JSON.
	Value json.RawMessage `json:"value,omitempty"`
	// Timestamp is when the value was sent.
	Timestamp *time.Time `json:"timestamp,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceTelemetry) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceTelemetry does not declare are kept in Unknown.
func (m *DeviceTelemetry) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceCommand is a command execution: the request sent to the device
// and, once it answered, its response.
type DeviceCommand struct {
	// ID is the request ID of the execution. Read-only.
	ID *string `json:"id,omitempty"`
	// ConnectionTimeout is how many seconds to wait for a disconnected
	// device to come online, 0 to 30 (default 0).
	ConnectionTimeout *int32 `json:"connectionTimeout,omitempty"`
	// ResponseTimeout is how many seconds to wait for the device to
	// answer, 5 to 30 (default 30).
	ResponseTimeout *int32 `json:"responseTimeout,omitempty"`
	// Request is the command's payload, as JSON.
	Request json.RawMessage `json:"request,omitempty"`
	// Response is the device's answer, as JSON. Read-only.
	Response json.RawMessage `json:"response,omitempty"`
	// ResponseCode is the status code the device answered with. Read-only.
	ResponseCode *int32 `json:"responseCode,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCommand) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCommand does not declare are kept in Unknown.
func (m *DeviceCommand) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceRelationship links an upstream (source, for example a gateway)
// and a downstream (target) device.
type DeviceRelationship struct {
	// ID is the relationship's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Source is the device ID of the upstream device.
	Source *string `json:"source,omitempty"`
	// Target is the device ID of the downstream device.
	Target *string `json:"target,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceRelationship) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceRelationship does not declare are kept in Unknown.
func (m *DeviceRelationship) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
