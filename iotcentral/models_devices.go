package iotcentral

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// Device is a device of the application.
type Device struct {
	// ID is the device ID. Read-only: it is the path of Create.
	ID *string
	// ETag guards updates: send the one read to fail with 412 when the
	// device changed meanwhile (see IsPreconditionFailed).
	ETag *string
	// DisplayName is the device's display name.
	DisplayName *string
	// Template is the ID (DTMI) of the device's template.
	Template *string
	// Enabled says whether the device may connect.
	Enabled *bool
	// Provisioned says whether resources were allocated for the device.
	// Read-only.
	Provisioned *bool
	// Simulated says whether IoT Central simulates the device.
	Simulated *bool
	// Organizations are the IDs of the organizations the device is in
	// (one today).
	Organizations []string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d Device) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", d.ID)
	pipeline.WriteString(&w, "etag", d.ETag)
	pipeline.WriteString(&w, "displayName", d.DisplayName)
	pipeline.WriteString(&w, "template", d.Template)
	w.Bool("enabled", d.Enabled)
	w.Bool("provisioned", d.Provisioned)
	w.Bool("simulated", d.Simulated)
	pipeline.WriteSlice(&w, "organizations", d.Organizations, pipeline.StringValue[string])
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d Device) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *Device) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Device", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &d.ID)
		case "etag":
			return true, pipeline.DecodeString(v, &d.ETag)
		case "displayName":
			return true, pipeline.DecodeString(v, &d.DisplayName)
		case "template":
			return true, pipeline.DecodeString(v, &d.Template)
		case "enabled":
			return true, pipeline.DecodeBool(v, &d.Enabled)
		case "provisioned":
			return true, pipeline.DecodeBool(v, &d.Provisioned)
		case "simulated":
			return true, pipeline.DecodeBool(v, &d.Simulated)
		case "organizations":
			return true, pipeline.DecodeSlice(v, &d.Organizations, pipeline.StringElem[string])
		}
		return false, nil
	})
}

// Page is one page of a list: its items and the URL of the next page (nil
// on the last page). Every device-side list of the API has this shape; the
// named collections below are its instances.
type Page[T pipeline.Appender, PT pipeline.Unmarshaler[T]] struct {
	// Value holds the items of the page.
	Value []T
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p Page[T, PT]) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", p.Value, pipeline.ModelValue[T])
	pipeline.WriteString(&w, "nextLink", p.NextLink)
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p Page[T, PT]) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *Page[T, PT]) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Page", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &p.Value, pipeline.ModelElem[T, PT])
		case "nextLink":
			return true, pipeline.DecodeString(v, &p.NextLink)
		}
		return false, nil
	})
}

// Collections of the device side.
type (
	// DeviceCollection is a page of devices.
	DeviceCollection = Page[Device, *Device]
	// DeviceRelationshipCollection is a page of device relationships.
	DeviceRelationshipCollection = Page[DeviceRelationship, *DeviceRelationship]
	// DeviceCommandCollection is a page of command executions.
	DeviceCommandCollection = Page[DeviceCommand, *DeviceCommand]
	// DeviceTemplateCollection is a page of device templates.
	DeviceTemplateCollection = Page[DeviceTemplate, *DeviceTemplate]
	// DeviceGroupCollection is a page of device groups.
	DeviceGroupCollection = Page[DeviceGroup, *DeviceGroup]
	// Collection is a list of components or modules: open objects, kept as
	// raw JSON (each has at least "name").
	Collection = Page[RawObject, *RawObject]
)

// RawObject is a JSON value kept as it is, for open schemas.
type RawObject json.RawMessage

// AppendJSON appends the value to b ("null" when empty).
func (r RawObject) AppendJSON(b []byte) ([]byte, error) {
	if len(r) == 0 {
		return append(b, "null"...), nil
	}
	return append(b, r...), nil
}

// UnmarshalJSON keeps a copy of data.
func (r *RawObject) UnmarshalJSON(data []byte) error {
	*r = append((*r)[:0], data...)
	return nil
}

// Name returns the "name" member of an object, or "".
func (r RawObject) Name() string {
	var v struct {
		Name string `json:"name"`
	}
	_ = json.Unmarshal(r, &v)
	return v.Name
}

// DeviceCredentials are what a device needs to connect through the Device
// Provisioning Service. They hold secrets: never log them.
type DeviceCredentials struct {
	// IDScope is the application's DPS ID scope.
	IDScope *string
	// SymmetricKey holds the device's keys, for symmetric key attestation.
	SymmetricKey *SymmetricKey
	// X509 holds the device's client certificates.
	X509 *X509
	// TPM holds the device's TPM endorsement key.
	TPM *TPM

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of c to b.
func (c DeviceCredentials) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "idScope", c.IDScope)
	pipeline.WriteModel(&w, "symmetricKey", c.SymmetricKey)
	pipeline.WriteModel(&w, "x509", c.X509)
	pipeline.WriteModel(&w, "tpm", c.TPM)
	return w.Close(c.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (c DeviceCredentials) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (c *DeviceCredentials) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceCredentials", &c.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "idScope":
			return true, pipeline.DecodeString(v, &c.IDScope)
		case "symmetricKey":
			return true, pipeline.DecodeModel(v, &c.SymmetricKey)
		case "x509":
			return true, pipeline.DecodeModel(v, &c.X509)
		case "tpm":
			return true, pipeline.DecodeModel(v, &c.TPM)
		}
		return false, nil
	})
}

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
	PrimaryKey   *string
	SecondaryKey *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of k to b.
func (k SymmetricKey) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "primaryKey", k.PrimaryKey)
	pipeline.WriteString(&w, "secondaryKey", k.SecondaryKey)
	return w.Close(k.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (k SymmetricKey) MarshalJSON() ([]byte, error) { return pipeline.Marshal(k) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (k *SymmetricKey) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SymmetricKey", &k.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "primaryKey":
			return true, pipeline.DecodeString(v, &k.PrimaryKey)
		case "secondaryKey":
			return true, pipeline.DecodeString(v, &k.SecondaryKey)
		}
		return false, nil
	})
}

// String keeps the keys out of logs.
func (k SymmetricKey) String() string { return "SymmetricKey{redacted}" }

// GoString is String, for %#v.
func (k SymmetricKey) GoString() string { return k.String() }

// TPM holds a TPM endorsement key.
type TPM struct {
	EndorsementKey *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of t to b.
func (t TPM) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "endorsementKey", t.EndorsementKey)
	return w.Close(t.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (t TPM) MarshalJSON() ([]byte, error) { return pipeline.Marshal(t) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (t *TPM) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "TPM", &t.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "endorsementKey" {
			return true, pipeline.DecodeString(v, &t.EndorsementKey)
		}
		return false, nil
	})
}

// X509 holds X.509 client certificates.
type X509 struct {
	ClientCertificates *X509Certificates

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of x to b.
func (x X509) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "clientCertificates", x.ClientCertificates)
	return w.Close(x.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (x X509) MarshalJSON() ([]byte, error) { return pipeline.Marshal(x) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (x *X509) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "X509", &x.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "clientCertificates" {
			return true, pipeline.DecodeModel(v, &x.ClientCertificates)
		}
		return false, nil
	})
}

// X509Certificates is a primary and an optional secondary certificate.
type X509Certificates struct {
	Primary   *X509Certificate
	Secondary *X509Certificate

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of c to b.
func (c X509Certificates) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "primary", c.Primary)
	pipeline.WriteModel(&w, "secondary", c.Secondary)
	return w.Close(c.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (c X509Certificates) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (c *X509Certificates) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "X509Certificates", &c.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "primary":
			return true, pipeline.DecodeModel(v, &c.Primary)
		case "secondary":
			return true, pipeline.DecodeModel(v, &c.Secondary)
		}
		return false, nil
	})
}

// X509Certificate is one certificate and, read-only, its thumbprint.
type X509Certificate struct {
	// Certificate is the certificate's string form (PEM or base64 DER).
	Certificate *string
	// SHA1Thumbprint is the certificate's SHA-1 hash (the spec's
	// info.sha1Thumbprint). Read-only.
	SHA1Thumbprint *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
	// infoUnknown keeps members of "info" other than sha1Thumbprint.
	infoUnknown map[string]json.RawMessage
}

// AppendJSON appends the JSON encoding of c to b.
func (c X509Certificate) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "certificate", c.Certificate)
	if c.SHA1Thumbprint != nil || c.infoUnknown != nil {
		info := pipeline.NewObjectWriter(nil)
		pipeline.WriteString(&info, "sha1Thumbprint", c.SHA1Thumbprint)
		raw, err := info.Close(c.infoUnknown)
		if err != nil {
			return b, err
		}
		w.Raw("info", raw)
	}
	return w.Close(c.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (c X509Certificate) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (c *X509Certificate) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "X509Certificate", &c.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "certificate":
			return true, pipeline.DecodeString(v, &c.Certificate)
		case "info":
			if bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
				return false, nil
			}
			return true, pipeline.DecodeObject(v, "X509CertificateInfo", &c.infoUnknown, func(n, iv []byte) (bool, error) {
				if string(n) == "sha1Thumbprint" {
					return true, pipeline.DecodeString(iv, &c.SHA1Thumbprint)
				}
				return false, nil
			})
		}
		return false, nil
	})
}

// DeviceTelemetry is the last known value of a telemetry.
type DeviceTelemetry struct {
	// Value is the value, as JSON.
	Value json.RawMessage
	// Timestamp is when the value was sent.
	Timestamp *time.Time

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of t to b.
func (t DeviceTelemetry) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Raw("value", t.Value)
	w.Time("timestamp", t.Timestamp)
	return w.Close(t.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (t DeviceTelemetry) MarshalJSON() ([]byte, error) { return pipeline.Marshal(t) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (t *DeviceTelemetry) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceTelemetry", &t.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeRaw(v, &t.Value)
		case "timestamp":
			return true, pipeline.DecodeTime(v, &t.Timestamp)
		}
		return false, nil
	})
}

// DeviceCommand is a command execution: the request sent to the device
// and, once it answered, its response.
type DeviceCommand struct {
	// ID is the request ID of the execution. Read-only.
	ID *string
	// ConnectionTimeout is how many seconds to wait for a disconnected
	// device to come online, 0 to 30 (default 0).
	ConnectionTimeout *int32
	// ResponseTimeout is how many seconds to wait for the device to
	// answer, 5 to 30 (default 30).
	ResponseTimeout *int32
	// Request is the command's payload, as JSON.
	Request json.RawMessage
	// Response is the device's answer, as JSON. Read-only.
	Response json.RawMessage
	// ResponseCode is the status code the device answered with. Read-only.
	ResponseCode *int32

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of c to b.
func (c DeviceCommand) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", c.ID)
	pipeline.WriteInt(&w, "connectionTimeout", c.ConnectionTimeout)
	pipeline.WriteInt(&w, "responseTimeout", c.ResponseTimeout)
	w.Raw("request", c.Request)
	w.Raw("response", c.Response)
	pipeline.WriteInt(&w, "responseCode", c.ResponseCode)
	return w.Close(c.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (c DeviceCommand) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (c *DeviceCommand) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceCommand", &c.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &c.ID)
		case "connectionTimeout":
			return true, pipeline.DecodeInt(v, &c.ConnectionTimeout)
		case "responseTimeout":
			return true, pipeline.DecodeInt(v, &c.ResponseTimeout)
		case "request":
			return true, pipeline.DecodeRaw(v, &c.Request)
		case "response":
			return true, pipeline.DecodeRaw(v, &c.Response)
		case "responseCode":
			return true, pipeline.DecodeInt(v, &c.ResponseCode)
		}
		return false, nil
	})
}

// DeviceRelationship links an upstream (source, for example a gateway)
// and a downstream (target) device.
type DeviceRelationship struct {
	// ID is the relationship's ID. Read-only.
	ID *string
	// Source is the device ID of the upstream device.
	Source *string
	// Target is the device ID of the downstream device.
	Target *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r DeviceRelationship) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", r.ID)
	pipeline.WriteString(&w, "source", r.Source)
	pipeline.WriteString(&w, "target", r.Target)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r DeviceRelationship) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *DeviceRelationship) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceRelationship", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &r.ID)
		case "source":
			return true, pipeline.DecodeString(v, &r.Source)
		case "target":
			return true, pipeline.DecodeString(v, &r.Target)
		}
		return false, nil
	})
}
