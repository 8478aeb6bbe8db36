package deviceprovisioning

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// CertificateResponse is a CA certificate of a provisioning service (the
// body of DpsCertificate_CreateOrUpdate, and what the certificate
// operations return). Etag, ID, Name, Type and SystemData are read-only.
type CertificateResponse struct {
	// Properties are the certificate's properties.
	Properties *CertificateProperties `json:"properties,omitempty"`
	// ID is the certificate's resource ID (read-only).
	ID *string `json:"id,omitempty"`
	// Name is the certificate's name (read-only).
	Name *string `json:"name,omitempty"`
	// Etag is the certificate's entity tag, for If-Match (read-only).
	Etag *string `json:"etag,omitempty"`
	// Type is the resource type (read-only).
	Type *string `json:"type,omitempty"`
	// SystemData holds who created and last modified the certificate, and when (read-only).
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertificateResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertificateResponse does not declare are kept in Unknown.
func (m *CertificateResponse) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertificateProperties are the properties of a CA certificate. Only
// Certificate and IsVerified are written; the others are read-only.
type CertificateProperties struct {
	// Subject is the certificate's subject name (read-only).
	Subject *string `json:"subject,omitempty"`
	// Expiry is when the certificate expires (read-only).
	Expiry *time.Time `json:"expiry,omitempty" format:"rfc1123"`
	// Thumbprint is the certificate's thumbprint (read-only).
	Thumbprint *string `json:"thumbprint,omitempty"`
	// IsVerified reports whether possession of the private key was proven;
	// set it on upload to create the certificate already verified.
	IsVerified *bool `json:"isVerified,omitempty"`
	// Certificate is the certificate: base64 of a .cer file, or PEM text.
	Certificate *string `json:"certificate,omitempty"`
	// Created is when the certificate was uploaded (read-only).
	Created *time.Time `json:"created,omitempty" format:"rfc1123"`
	// Updated is when the certificate was last changed (read-only).
	Updated *time.Time `json:"updated,omitempty" format:"rfc1123"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertificateProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertificateProperties does not declare are kept in Unknown.
func (m *CertificateProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CertificateListDescription holds the CA certificates of a provisioning
// service, in one answer (the list has no pages).
type CertificateListDescription struct {
	// Value holds the certificates.
	Value []CertificateResponse `json:"value,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CertificateListDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CertificateListDescription does not declare are kept in Unknown.
func (m *CertificateListDescription) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// VerificationCodeResponse is a certificate with the verification code to
// sign for the proof of possession (GenerateVerificationCode).
type VerificationCodeResponse struct {
	// Name is the certificate's name (read-only).
	Name *string `json:"name,omitempty"`
	// Etag is the certificate's new entity tag, for VerifyCertificate (read-only).
	Etag *string `json:"etag,omitempty"`
	// ID is the certificate's resource ID (read-only).
	ID *string `json:"id,omitempty"`
	// Type is the resource type (read-only).
	Type *string `json:"type,omitempty"`
	// Properties hold the verification code and the certificate's properties.
	Properties *VerificationCodeResponseProperties `json:"properties,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VerificationCodeResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VerificationCodeResponse does not declare are kept in Unknown.
func (m *VerificationCodeResponse) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// VerificationCodeResponseProperties hold a verification code and the
// properties of its certificate.
type VerificationCodeResponseProperties struct {
	// VerificationCode is the code to put in the subject (CN) of a leaf
	// certificate signed with the CA's private key.
	VerificationCode *string `json:"verificationCode,omitempty"`
	// Subject is the certificate's subject name.
	Subject *string `json:"subject,omitempty"`
	// Expiry is when the code expires, as the service writes it.
	Expiry *string `json:"expiry,omitempty"`
	// Thumbprint is the certificate's thumbprint.
	Thumbprint *string `json:"thumbprint,omitempty"`
	// IsVerified reports whether the certificate is verified.
	IsVerified *bool `json:"isVerified,omitempty"`
	// Certificate is the certificate, base64.
	Certificate *string `json:"certificate,omitempty"`
	// Created is when the certificate was uploaded, as the service writes it.
	Created *string `json:"created,omitempty"`
	// Updated is when the certificate was last changed, as the service writes it.
	Updated *string `json:"updated,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VerificationCodeResponseProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VerificationCodeResponseProperties does not declare are kept in Unknown.
func (m *VerificationCodeResponseProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// VerificationCodeRequest carries the proof of possession: a leaf
// certificate whose subject is the verification code, signed with the
// CA certificate's private key.
type VerificationCodeRequest struct {
	// Certificate is the leaf certificate: base64 of a .cer file, or PEM text.
	Certificate *string `json:"certificate,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VerificationCodeRequest) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VerificationCodeRequest does not declare are kept in Unknown.
func (m *VerificationCodeRequest) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
