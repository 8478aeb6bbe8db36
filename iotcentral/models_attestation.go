package iotcentral

import (
	"bytes"
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
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
// type this version does not know, *UnknownAttestation, which keeps the
// JSON unchanged.
type Attestation interface {
	// Kind returns the attestation's "type".
	Kind() AttestationType
	// AppendJSON appends the JSON encoding, "type" included, to b.
	AppendJSON(b []byte) ([]byte, error)
	json.Marshaler
	isAttestation()
}

// UnmarshalAttestation decodes an attestation, choosing its Go type from
// the "type" member; JSON null decodes to a nil Attestation.
func UnmarshalAttestation(data []byte) (Attestation, error) {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil, nil
	}
	kind, err := typeMember(data, "Attestation")
	if err != nil {
		return nil, err
	}
	var a interface {
		Attestation
		json.Unmarshaler
	}
	switch AttestationType(kind) {
	case AttestationTypeSymmetricKey:
		a = &SymmetricKeyAttestation{}
	case AttestationTypeTPM:
		a = &TPMAttestation{}
	case AttestationTypeX509:
		a = &X509Attestation{}
	default:
		a = &UnknownAttestation{}
	}
	if err := a.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return a, nil
}

// SymmetricKeyAttestation attests with a pair of symmetric keys.
type SymmetricKeyAttestation struct {
	// SymmetricKey holds the keys. Required.
	SymmetricKey *SymmetricKey

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns AttestationTypeSymmetricKey.
func (*SymmetricKeyAttestation) Kind() AttestationType { return AttestationTypeSymmetricKey }
func (*SymmetricKeyAttestation) isAttestation()        {}

// AppendJSON appends the JSON encoding of a to b.
func (a *SymmetricKeyAttestation) AppendJSON(b []byte) ([]byte, error) {
	if a == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	kind := AttestationTypeSymmetricKey
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteModel(&w, "symmetricKey", a.SymmetricKey)
	return w.Close(a.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (a *SymmetricKeyAttestation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(a) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (a *SymmetricKeyAttestation) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SymmetricKeyAttestation", &a.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "symmetricKey":
			return true, pipeline.DecodeModel(v, &a.SymmetricKey)
		}
		return false, nil
	})
}

// TPMAttestation attests with a TPM endorsement key.
type TPMAttestation struct {
	// TPM holds the endorsement key. Required.
	TPM *TPM

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns AttestationTypeTPM.
func (*TPMAttestation) Kind() AttestationType { return AttestationTypeTPM }
func (*TPMAttestation) isAttestation()        {}

// AppendJSON appends the JSON encoding of a to b.
func (a *TPMAttestation) AppendJSON(b []byte) ([]byte, error) {
	if a == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	kind := AttestationTypeTPM
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteModel(&w, "tpm", a.TPM)
	return w.Close(a.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (a *TPMAttestation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(a) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (a *TPMAttestation) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "TPMAttestation", &a.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "tpm":
			return true, pipeline.DecodeModel(v, &a.TPM)
		}
		return false, nil
	})
}

// X509Attestation attests with X.509 client certificates.
type X509Attestation struct {
	// X509 holds the certificates. Required.
	X509 *X509

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns AttestationTypeX509.
func (*X509Attestation) Kind() AttestationType { return AttestationTypeX509 }
func (*X509Attestation) isAttestation()        {}

// AppendJSON appends the JSON encoding of a to b.
func (a *X509Attestation) AppendJSON(b []byte) ([]byte, error) {
	if a == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	kind := AttestationTypeX509
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteModel(&w, "x509", a.X509)
	return w.Close(a.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (a *X509Attestation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(a) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (a *X509Attestation) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "X509Attestation", &a.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "x509":
			return true, pipeline.DecodeModel(v, &a.X509)
		}
		return false, nil
	})
}

// UnknownAttestation is an attestation whose type this version does not
// know. It keeps the JSON and writes it back unchanged.
type UnknownAttestation struct {
	// Type is the attestation's "type" ("" when it has none).
	Type AttestationType
	// Raw is the attestation's JSON object. When it is empty, it is
	// written as {"type": Type}.
	Raw json.RawMessage
}

// Kind returns the attestation's type.
func (a *UnknownAttestation) Kind() AttestationType {
	if a == nil {
		return ""
	}
	return a.Type
}
func (*UnknownAttestation) isAttestation() {}

// AppendJSON appends Raw (or {"type": Type}) to b.
func (a *UnknownAttestation) AppendJSON(b []byte) ([]byte, error) {
	if a == nil {
		return append(b, "null"...), nil
	}
	return appendUnknownKind(b, string(a.Type), a.Raw)
}

// MarshalJSON implements json.Marshaler.
func (a *UnknownAttestation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(a) }

// UnmarshalJSON keeps data in Raw and its "type" in Type.
func (a *UnknownAttestation) UnmarshalJSON(data []byte) error {
	kind, raw, err := decodeUnknownKind(data, "UnknownAttestation")
	a.Type, a.Raw = AttestationType(kind), raw
	return err
}

// attestationBody decodes a response holding one attestation.
type attestationBody struct{ Attestation Attestation }

// MarshalJSON writes the attestation, or null.
func (b attestationBody) MarshalJSON() ([]byte, error) {
	if b.Attestation == nil {
		return []byte("null"), nil
	}
	return b.Attestation.MarshalJSON()
}

// UnmarshalJSON implements json.Unmarshaler.
func (b *attestationBody) UnmarshalJSON(data []byte) error {
	a, err := UnmarshalAttestation(data)
	b.Attestation = a
	return err
}
