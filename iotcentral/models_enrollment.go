package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// EnrollmentGroupType is the kind of devices that connect through an
// enrollment group.
type EnrollmentGroupType string

// Known EnrollmentGroupType values.
const (
	// EnrollmentGroupTypeIoT is for regular (non-Edge) IoT devices.
	EnrollmentGroupTypeIoT EnrollmentGroupType = "iot"
	// EnrollmentGroupTypeIoTEdge is for IoT Edge devices.
	EnrollmentGroupTypeIoTEdge EnrollmentGroupType = "iotEdge"
)

// PossibleEnrollmentGroupTypeValues returns the known EnrollmentGroupType values.
func PossibleEnrollmentGroupTypeValues() []EnrollmentGroupType {
	return []EnrollmentGroupType{EnrollmentGroupTypeIoT, EnrollmentGroupTypeIoTEdge}
}

// CertificateEntry names one of the two X.509 certificates of an
// enrollment group.
type CertificateEntry string

// Known CertificateEntry values.
const (
	CertificateEntryPrimary   CertificateEntry = "primary"
	CertificateEntrySecondary CertificateEntry = "secondary"
)

// PossibleCertificateEntryValues returns the known CertificateEntry values.
func PossibleCertificateEntryValues() []CertificateEntry {
	return []CertificateEntry{CertificateEntryPrimary, CertificateEntrySecondary}
}

// GroupAttestationType is the "type" discriminator of a GroupAttestation.
type GroupAttestationType string

// Known GroupAttestationType values.
const (
	GroupAttestationTypeSymmetricKey GroupAttestationType = "symmetricKey"
	GroupAttestationTypeX509         GroupAttestationType = "x509"
)

// PossibleGroupAttestationTypeValues returns the known GroupAttestationType values.
func PossibleGroupAttestationTypeValues() []GroupAttestationType {
	return []GroupAttestationType{GroupAttestationTypeSymmetricKey, GroupAttestationTypeX509}
}

// EnrollmentGroup is a group of devices that connect with one attestation:
// group symmetric keys, or X.509 certificates signed by the group's CA
// certificate.
type EnrollmentGroup struct {
	// ID is the group's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the group's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Enabled says whether devices may connect through the group
	// (the service's default is true).
	Enabled *bool `json:"enabled,omitempty"`
	// Type is the kind of devices of the group. Required.
	Type *EnrollmentGroupType `json:"type,omitempty"`
	// Attestation is how the group's devices prove their identity:
	// *GroupSymmetricKeyAttestation or *GroupX509Attestation. Required. It
	// holds secrets: never log it.
	Attestation GroupAttestation `json:"attestation,omitempty"`
	// ETag guards updates (see Device.ETag).
	ETag *string `json:"etag,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EnrollmentGroup) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EnrollmentGroup does not declare are kept in Unknown.
func (m *EnrollmentGroup) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// EnrollmentGroupCollection is a page of enrollment groups.
type EnrollmentGroupCollection struct {
	// Value holds the items of the page.
	Value []EnrollmentGroup `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EnrollmentGroupCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EnrollmentGroupCollection does not declare are kept in Unknown.
func (m *EnrollmentGroupCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// GroupAttestation is how the devices of an enrollment group prove their
// identity, told apart by "type": *GroupSymmetricKeyAttestation,
// *GroupX509Attestation or, for a type this version does not know,
// *UnknownGroupAttestation, which keeps every member.
type GroupAttestation interface {
	// Kind returns the attestation's "type".
	Kind() GroupAttestationType
	isGroupAttestation()
}

func init() {
	wire.RegisterUnion[GroupAttestation]("type",
		func(kind string) GroupAttestation {
			switch GroupAttestationType(kind) {
			case GroupAttestationTypeSymmetricKey:
				return &GroupSymmetricKeyAttestation{}
			case GroupAttestationTypeX509:
				return &GroupX509Attestation{}
			default:
				return &UnknownGroupAttestation{}
			}
		},
		func(v GroupAttestation) string {
			switch v.(type) {
			case *GroupSymmetricKeyAttestation:
				return string(GroupAttestationTypeSymmetricKey)
			case *GroupX509Attestation:
				return string(GroupAttestationTypeX509)
			default:
				return ""
			}
		})
}

// GroupSymmetricKeyAttestation attests with the group's symmetric keys, from
// which each device's key is derived. The service generates the keys.
type GroupSymmetricKeyAttestation struct {
	// SymmetricKey holds the group keys. Read them, never log them.
	SymmetricKey *SymmetricKey `json:"symmetricKey,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GroupSymmetricKeyAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GroupSymmetricKeyAttestation does not declare are kept in Unknown.
func (m *GroupSymmetricKeyAttestation) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns GroupAttestationTypeSymmetricKey.
func (*GroupSymmetricKeyAttestation) Kind() GroupAttestationType {
	return GroupAttestationTypeSymmetricKey
}
func (*GroupSymmetricKeyAttestation) isGroupAttestation() {}

// GroupX509Attestation attests with device certificates signed by the
// group's CA certificates.
type GroupX509Attestation struct {
	// X509 holds the signing certificates.
	X509 *SigningX509 `json:"x509,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GroupX509Attestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GroupX509Attestation does not declare are kept in Unknown.
func (m *GroupX509Attestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns GroupAttestationTypeX509.
func (*GroupX509Attestation) Kind() GroupAttestationType { return GroupAttestationTypeX509 }
func (*GroupX509Attestation) isGroupAttestation()        {}

// UnknownGroupAttestation is a group attestation whose type this version
// does not know: its "type" and every other member are kept and written
// back.
type UnknownGroupAttestation struct {
	// Type is the attestation's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`

	// Unknown holds the attestation's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownGroupAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownGroupAttestation does not declare are kept in Unknown.
func (m *UnknownGroupAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the attestation's type.
func (a *UnknownGroupAttestation) Kind() GroupAttestationType {
	if a == nil || a.Type == nil {
		return ""
	}
	return GroupAttestationType(*a.Type)
}
func (*UnknownGroupAttestation) isGroupAttestation() {}

// SigningX509 holds the CA certificates that sign the devices' certificates.
type SigningX509 struct {
	// SigningCertificates are the primary and secondary certificates.
	SigningCertificates *SigningX509Certificates `json:"signingCertificates,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SigningX509) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SigningX509 does not declare are kept in Unknown.
func (m *SigningX509) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SigningX509Certificates are an enrollment group's two CA certificates.
type SigningX509Certificates struct {
	// Primary is the primary certificate.
	Primary *SigningX509Certificate `json:"primary,omitempty"`
	// Secondary is the secondary certificate.
	Secondary *SigningX509Certificate `json:"secondary,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SigningX509Certificates) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SigningX509Certificates does not declare are kept in Unknown.
func (m *SigningX509Certificates) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SigningX509Certificate is a CA certificate of an enrollment group.
type SigningX509Certificate struct {
	// Verified says whether proof of possession of the certificate's key was
	// given (EnrollmentGroupsClient.VerifyX509).
	Verified *bool `json:"verified,omitempty"`
	// Certificate is the certificate's string form (PEM or base64 DER).
	Certificate *string `json:"certificate,omitempty"`
	// Info describes the certificate. Read-only.
	Info *X509CertificateInfo `json:"info,omitempty"`
	// ETag guards updates.
	ETag *string `json:"etag,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SigningX509Certificate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SigningX509Certificate does not declare are kept in Unknown.
func (m *SigningX509Certificate) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509VerificationCode is the code to sign with a CA certificate's private
// key to prove possession of it.
type X509VerificationCode struct {
	// VerificationCode is the code. Read-only.
	VerificationCode *string `json:"verificationCode,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509VerificationCode) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509VerificationCode does not declare are kept in Unknown.
func (m *X509VerificationCode) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509VerificationCertificate is a certificate whose subject is a
// verification code, signed with the CA certificate's private key.
type X509VerificationCertificate struct {
	// Certificate is the certificate's string form. Required.
	Certificate *string `json:"certificate,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509VerificationCertificate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509VerificationCertificate does not declare are kept in Unknown.
func (m *X509VerificationCertificate) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
