package deviceprovisioning

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// AttestationType is the "type" discriminator of an AttestationMechanism.
type AttestationType string

// Known AttestationType values.
const (
	AttestationTypeNone         AttestationType = "none"
	AttestationTypeTPM          AttestationType = "tpm"
	AttestationTypeX509         AttestationType = "x509"
	AttestationTypeSymmetricKey AttestationType = "symmetricKey"
)

// PossibleAttestationTypeValues returns the known AttestationType values.
func PossibleAttestationTypeValues() []AttestationType {
	return []AttestationType{AttestationTypeNone, AttestationTypeTPM, AttestationTypeX509, AttestationTypeSymmetricKey}
}

// AttestationMechanism is how a device (or a group's devices) proves its
// identity, told apart by "type": *SymmetricKeyAttestationMechanism,
// *X509AttestationMechanism, *TPMAttestationMechanism,
// *NoneAttestationMechanism or, for a type this version does not know,
// *UnknownAttestationMechanism, which keeps the JSON whole.
type AttestationMechanism interface {
	// Kind returns the mechanism's "type".
	Kind() AttestationType
	isAttestationMechanism()
}

func init() {
	wire.RegisterUnion[AttestationMechanism]("type",
		func(kind string) AttestationMechanism {
			switch AttestationType(kind) {
			case AttestationTypeSymmetricKey:
				return &SymmetricKeyAttestationMechanism{}
			case AttestationTypeX509:
				return &X509AttestationMechanism{}
			case AttestationTypeTPM:
				return &TPMAttestationMechanism{}
			case AttestationTypeNone:
				return &NoneAttestationMechanism{}
			default:
				return &UnknownAttestationMechanism{}
			}
		},
		func(a AttestationMechanism) string {
			switch a := a.(type) {
			case *SymmetricKeyAttestationMechanism, *X509AttestationMechanism, *TPMAttestationMechanism, *NoneAttestationMechanism:
				return string(a.Kind())
			default:
				return ""
			}
		})
}

// SymmetricKeyAttestationMechanism attests with symmetric keys: a device's
// own keys (individual enrollment) or a group key from which each
// device's key is derived (DeriveDeviceKey). Leave the keys nil to let
// the service generate them.
type SymmetricKeyAttestationMechanism struct {
	// SymmetricKey holds the keys.
	SymmetricKey *SymmetricKeyAttestation `json:"symmetricKey,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// X509AttestationMechanism attests with X.509 certificates.
type X509AttestationMechanism struct {
	// X509 holds the certificates or CA references.
	X509 *X509Attestation `json:"x509,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// TPMAttestationMechanism attests with a TPM (individual enrollments only).
type TPMAttestationMechanism struct {
	// TPM holds the TPM's keys.
	TPM *TPMAttestation `json:"tpm,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// NoneAttestationMechanism is the "none" attestation type.
type NoneAttestationMechanism struct {
	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// UnknownAttestationMechanism is an attestation of a type this version does
// not know; it keeps every member, so that writing it back loses nothing.
type UnknownAttestationMechanism struct {
	// Type is the attestation's "type" as sent.
	Type *string `json:"type,omitempty"`

	// Unknown holds every other member.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns AttestationTypeSymmetricKey.
func (*SymmetricKeyAttestationMechanism) Kind() AttestationType { return AttestationTypeSymmetricKey }

// Kind returns AttestationTypeX509.
func (*X509AttestationMechanism) Kind() AttestationType { return AttestationTypeX509 }

// Kind returns AttestationTypeTPM.
func (*TPMAttestationMechanism) Kind() AttestationType { return AttestationTypeTPM }

// Kind returns AttestationTypeNone.
func (*NoneAttestationMechanism) Kind() AttestationType { return AttestationTypeNone }

// Kind returns the type as sent.
func (a *UnknownAttestationMechanism) Kind() AttestationType {
	if a.Type == nil {
		return ""
	}
	return AttestationType(*a.Type)
}

func (*SymmetricKeyAttestationMechanism) isAttestationMechanism() {}
func (*X509AttestationMechanism) isAttestationMechanism()         {}
func (*TPMAttestationMechanism) isAttestationMechanism()          {}
func (*NoneAttestationMechanism) isAttestationMechanism()         {}
func (*UnknownAttestationMechanism) isAttestationMechanism()      {}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SymmetricKeyAttestationMechanism) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SymmetricKeyAttestationMechanism does not declare are kept in Unknown.
func (m *SymmetricKeyAttestationMechanism) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509AttestationMechanism) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509AttestationMechanism does not declare are kept in Unknown.
func (m *X509AttestationMechanism) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TPMAttestationMechanism) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TPMAttestationMechanism does not declare are kept in Unknown.
func (m *TPMAttestationMechanism) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m NoneAttestationMechanism) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members NoneAttestationMechanism does not declare are kept in Unknown.
func (m *NoneAttestationMechanism) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownAttestationMechanism) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownAttestationMechanism does not declare are kept in Unknown.
func (m *UnknownAttestationMechanism) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// SymmetricKeyAttestation holds a primary and a secondary symmetric key
// (base64). They are secrets: String and GoString print "(redacted)"
// instead, and no error of this package holds them.
type SymmetricKeyAttestation struct {
	// PrimaryKey is the primary key; the service generates one when nil.
	PrimaryKey *string `json:"primaryKey,omitempty"`
	// SecondaryKey is the secondary key; the service generates one when nil.
	SecondaryKey *string `json:"secondaryKey,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// String describes the attestation without its keys.
func (s SymmetricKeyAttestation) String() string {
	mask := func(k *string) string {
		if k == nil {
			return "<nil>"
		}
		return "(redacted)"
	}
	return "{PrimaryKey:" + mask(s.PrimaryKey) + " SecondaryKey:" + mask(s.SecondaryKey) + "}"
}

// GoString is String, so that %#v does not print the keys either.
func (s SymmetricKeyAttestation) GoString() string { return s.String() }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (s SymmetricKeyAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(s) }

// UnmarshalJSON decodes data into s; members SymmetricKeyAttestation does not declare are kept in Unknown.
func (s *SymmetricKeyAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, s) }

// TPMAttestation holds the keys of a TPM.
type TPMAttestation struct {
	// EndorsementKey is the TPM's endorsement key; required.
	EndorsementKey *string `json:"endorsementKey,omitempty"`
	// StorageRootKey is the TPM's storage root key.
	StorageRootKey *string `json:"storageRootKey,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TPMAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TPMAttestation does not declare are kept in Unknown.
func (m *TPMAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509Attestation holds the certificates of X.509 attestation: client
// certificates (an individual enrollment), signing certificates or CA
// references (a group: the names of verified CA certificates of the
// service, see CertificatesClient).
type X509Attestation struct {
	// ClientCertificates are the device's certificates.
	ClientCertificates *X509Certificates `json:"clientCertificates,omitempty"`
	// SigningCertificates are intermediate or root certificates that signed the
	// devices' certificates.
	SigningCertificates *X509Certificates `json:"signingCertificates,omitempty"`
	// CAReferences name verified CA certificates of the service.
	CAReferences *X509CAReferences `json:"caReferences,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509Attestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509Attestation does not declare are kept in Unknown.
func (m *X509Attestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509Certificates are a primary and a secondary certificate.
type X509Certificates struct {
	// Primary certificate.
	Primary *X509CertificateWithInfo `json:"primary,omitempty"`
	// Secondary certificate.
	Secondary *X509CertificateWithInfo `json:"secondary,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509Certificates) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509Certificates does not declare are kept in Unknown.
func (m *X509Certificates) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509CAReferences name a primary and a secondary CA certificate of the
// service.
type X509CAReferences struct {
	// Primary CA certificate's name.
	Primary *string `json:"primary,omitempty"`
	// Secondary CA certificate's name.
	Secondary *string `json:"secondary,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509CAReferences) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509CAReferences does not declare are kept in Unknown.
func (m *X509CAReferences) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509CertificateWithInfo is a certificate (sent) and what the service
// read from it (returned).
type X509CertificateWithInfo struct {
	// Certificate is the certificate, PEM or base64; the service does not return it.
	Certificate *string `json:"certificate,omitempty"`
	// Info describes the certificate (read-only).
	Info *X509CertificateInfo `json:"info,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509CertificateWithInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509CertificateWithInfo does not declare are kept in Unknown.
func (m *X509CertificateWithInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509CertificateInfo describes a certificate. Read-only.
type X509CertificateInfo struct {
	// SubjectName is the certificate's subject.
	SubjectName *string `json:"subjectName,omitempty"`
	// SHA1Thumbprint is the certificate's SHA-1 thumbprint.
	SHA1Thumbprint *string `json:"sha1Thumbprint,omitempty"`
	// SHA256Thumbprint is the certificate's SHA-256 thumbprint.
	SHA256Thumbprint *string `json:"sha256Thumbprint,omitempty"`
	// IssuerName is the certificate's issuer.
	IssuerName *string `json:"issuerName,omitempty"`
	// NotBeforeUTC is when the certificate becomes valid.
	NotBeforeUTC *time.Time `json:"notBeforeUtc,omitempty"`
	// NotAfterUTC is when the certificate expires.
	NotAfterUTC *time.Time `json:"notAfterUtc,omitempty"`
	// SerialNumber is the certificate's serial number.
	SerialNumber *string `json:"serialNumber,omitempty"`
	// Version is the certificate's X.509 version.
	Version *int32 `json:"version,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509CertificateInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509CertificateInfo does not declare are kept in Unknown.
func (m *X509CertificateInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
