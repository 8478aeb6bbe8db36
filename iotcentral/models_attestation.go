package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// AttestationType is the "type" discriminator of an Attestation.
type AttestationType string

// Known AttestationType values.
const (
	AttestationTypeSymmetricKey AttestationType = "symmetricKey"
	AttestationTypeTPM          AttestationType = "tpm"
	AttestationTypeX509         AttestationType = "x509"
)

// PossibleAttestationTypeValues returns the known AttestationType values.
func PossibleAttestationTypeValues() []AttestationType {
	return []AttestationType{AttestationTypeSymmetricKey, AttestationTypeTPM, AttestationTypeX509}
}

// Attestation is how a device proves its identity, told apart by "type":
// *SymmetricKeyAttestation, *TPMAttestation, *X509Attestation or, for a
// type this version does not know, *UnknownAttestation, which keeps every
// member.
type Attestation interface {
	// Kind returns the attestation's "type".
	Kind() AttestationType
	isAttestation()
}

func init() {
	wire.RegisterUnion[Attestation]("type",
		func(kind string) Attestation {
			switch AttestationType(kind) {
			case AttestationTypeSymmetricKey:
				return &SymmetricKeyAttestation{}
			case AttestationTypeTPM:
				return &TPMAttestation{}
			case AttestationTypeX509:
				return &X509Attestation{}
			default:
				return &UnknownAttestation{}
			}
		},
		func(a Attestation) string {
			switch a.(type) {
			case *SymmetricKeyAttestation:
				return string(AttestationTypeSymmetricKey)
			case *TPMAttestation:
				return string(AttestationTypeTPM)
			case *X509Attestation:
				return string(AttestationTypeX509)
			default:
				return ""
			}
		})
}

// SymmetricKeyAttestation attests with a pair of symmetric keys.
type SymmetricKeyAttestation struct {
	// SymmetricKey holds the keys. Required.
	SymmetricKey *SymmetricKey `json:"symmetricKey,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SymmetricKeyAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SymmetricKeyAttestation does not declare are kept in Unknown.
func (m *SymmetricKeyAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns AttestationTypeSymmetricKey.
func (*SymmetricKeyAttestation) Kind() AttestationType { return AttestationTypeSymmetricKey }
func (*SymmetricKeyAttestation) isAttestation()        {}

// TPMAttestation attests with a TPM endorsement key.
type TPMAttestation struct {
	// TPM holds the endorsement key. Required.
	TPM *TPM `json:"tpm,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TPMAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TPMAttestation does not declare are kept in Unknown.
func (m *TPMAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns AttestationTypeTPM.
func (*TPMAttestation) Kind() AttestationType { return AttestationTypeTPM }
func (*TPMAttestation) isAttestation()        {}

// X509Attestation attests with X.509 client certificates.
type X509Attestation struct {
	// X509 holds the certificates. Required.
	X509 *X509 `json:"x509,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509Attestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509Attestation does not declare are kept in Unknown.
func (m *X509Attestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns AttestationTypeX509.
func (*X509Attestation) Kind() AttestationType { return AttestationTypeX509 }
func (*X509Attestation) isAttestation()        {}

// UnknownAttestation is an attestation whose type this version does not
// know: its "type" and every other member are kept and written back.
type UnknownAttestation struct {
	// Type is the attestation's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`

	// Unknown holds the attestation's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownAttestation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownAttestation does not declare are kept in Unknown.
func (m *UnknownAttestation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the attestation's type.
func (a *UnknownAttestation) Kind() AttestationType {
	if a == nil || a.Type == nil {
		return ""
	}
	return AttestationType(*a.Type)
}
func (*UnknownAttestation) isAttestation() {}
