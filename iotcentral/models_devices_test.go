package iotcentral

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/testkit"

	"github.com/azclients/azclients/internal/wire"
)

func TestAttestationRoundTrips(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		kind AttestationType
		typ  any
	}{
		{"symmetric key", `{"type":"symmetricKey","symmetricKey":{"primaryKey":"cA==","secondaryKey":"cw=="}}`, AttestationTypeSymmetricKey, &SymmetricKeyAttestation{}},
		{"tpm", `{"type":"tpm","tpm":{"endorsementKey":"AToAAQ"}}`, AttestationTypeTPM, &TPMAttestation{}},
		{"x509 with info and extras", `{"type":"x509","x509":{"clientCertificates":{"primary":{"certificate":"MIIB","info":{"sha1Thumbprint":"AB12","issuer":"CN=ca"}},"secondary":{"certificate":"MIIC"}}},"future":1}`, AttestationTypeX509, &X509Attestation{}},
		{"unknown kind kept as is", `{"type":"hsm","hsm":{"slot":3,"pin":null},"z":[1,2]}`, "hsm", &UnknownAttestation{}},
		{"no type", `{"symmetricKey":{}}`, "", &UnknownAttestation{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, err := unmarshalUnion[Attestation]([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Kind() != tt.kind || !sameType(tt.typ.(Attestation), a) {
				t.Errorf("decoded %T kind %q", a, a.Kind())
			}
			out, err := wire.Marshal(&a)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(testkit.JSONTree(t, []byte(tt.in)), testkit.JSONTree(t, out)); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
		})
	}
	if a, err := unmarshalUnion[Attestation]([]byte(" null ")); a != nil || err != nil {
		t.Errorf("null = %v, %v", a, err)
	}
	for _, bad := range []string{`[]`, `{"type":7}`, `{"type":"tpm","tpm":"x"}`, `{`} {
		if _, err := unmarshalUnion[Attestation]([]byte(bad)); err == nil {
			t.Errorf("%s decoded", bad)
		}
	}
}

func sameType(x, y Attestation) bool {
	switch x.(type) {
	case *SymmetricKeyAttestation:
		_, ok := y.(*SymmetricKeyAttestation)
		return ok
	case *TPMAttestation:
		_, ok := y.(*TPMAttestation)
		return ok
	case *X509Attestation:
		_, ok := y.(*X509Attestation)
		return ok
	case *UnknownAttestation:
		_, ok := y.(*UnknownAttestation)
		return ok
	}
	return false
}

func TestDeviceSideModelsRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		in    string
		model interface {
			json.Unmarshaler
			json.Marshaler
		}
	}{
		{"device", `{"id":"d1","etag":"\"5\"","displayName":"D","template":"dtmi:a;1","enabled":true,"provisioned":false,"simulated":true,"organizations":["plant"],"type":["portal"]}`, &Device{}},
		{"template with @names", `{"@id":"dtmi:t;1","@type":["ModelDefinition","DeviceModel"],"etag":"e","displayName":"T","description":"d","capabilityModel":{"@id":"dtmi:m;1","contents":[{"@type":"Telemetry","name":"t"}]},"deploymentManifest":{}}`, &DeviceTemplate{}},
		{"group", `{"id":"g","displayName":"G","filter":"SELECT * FROM devices","description":"x","etag":"1","organizations":["o"],"x":null}`, &DeviceGroup{}},
		{"command", `{"id":"c1","connectionTimeout":0,"responseTimeout":30,"request":{"delay":5},"response":"ok","responseCode":200}`, &DeviceCommand{}},
		{"telemetry", `{"value":{"lat":47.6,"lon":-122.1},"timestamp":"2026-01-01T00:00:00.123Z"}`, &DeviceTelemetry{}},
		{"relationship", `{"id":"r","source":"gw","target":"s1","name":"rel"}`, &DeviceRelationship{}},
		{"credentials", `{"idScope":"0ne","symmetricKey":{"primaryKey":"p","secondaryKey":"s"},"x509":{"clientCertificates":{"primary":{"certificate":"c"}}},"tpm":{"endorsementKey":"e"}}`, &DeviceCredentials{}},
		{"page", `{"value":[{"id":"a"},{"id":"b","extra":true}],"nextLink":"https://x/api/devices?$skiptoken=2"}`, &DeviceCollection{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.model.UnmarshalJSON([]byte(tt.in)); err != nil {
				t.Fatal(err)
			}
			out, err := tt.model.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(testkit.JSONTree(t, []byte(tt.in)), testkit.JSONTree(t, out)); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
		})
	}
}

func TestDevicePropertiesKeepNumbersExact(t *testing.T) {
	t.Parallel()
	var p DeviceProperties
	if err := json.Unmarshal([]byte(`{"big":12345678901234567890,"f":0.1,"nested":{"n":1e400}}`), &p); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(map[string]any(p))
	if string(out) != `{"big":12345678901234567890,"f":0.1,"nested":{"n":1e400}}` {
		t.Errorf("numbers changed: %s", out)
	}
	if err := p.UnmarshalJSON([]byte(`{} {}`)); err == nil {
		t.Error("trailing data accepted")
	}
}

func TestSecretsStayOutOfStrings(t *testing.T) {
	t.Parallel()
	key := "c2VjcmV0LWtleQ=="
	c := DeviceCredentials{IDScope: new(string), SymmetricKey: &SymmetricKey{PrimaryKey: &key, SecondaryKey: &key}}
	for _, s := range []string{c.String(), c.GoString(), c.SymmetricKey.String(), c.SymmetricKey.GoString()} {
		if json.Valid([]byte(s)) || len(s) == 0 || strings.Contains(s, key) {
			t.Errorf("%q shows the key", s)
		}
	}
}

// FuzzDeviceSideDecoders feeds every device-side decoder the same input:
// none may panic, and whatever one accepts must re-encode to JSON that
// decodes to the same value.
func FuzzDeviceSideDecoders(f *testing.F) {
	f.Add([]byte(`{"type":"x509","x509":{"clientCertificates":{"primary":{"certificate":"c","info":{"sha1Thumbprint":"t"}}}}}`))
	f.Add([]byte(`{"id":"d","organizations":["a"],"enabled":true,"@type":["x"],"capabilityModel":{}}`))
	f.Add([]byte(`{"value":[{"id":"a"}],"nextLink":null,"request":[1,"2"],"responseCode":7}`))
	f.Add([]byte(`{"desiredValue":300,"desiredVersion":3,"ackVersion":1,"ackCode":200,"lastUpdateTime":"2020-04-27T22:08:55.1149957Z"}`))
	f.Add([]byte(`{"p":50,"$metadata":{"p":{"desiredValue":{"a":[1]},"desiredVersion":2}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[Device](t, data)
		testkit.CheckStable[DeviceTemplate](t, data)
		testkit.CheckStable[DeviceGroup](t, data)
		testkit.CheckStable[DeviceCommand](t, data)
		testkit.CheckStable[DeviceTelemetry](t, data)
		testkit.CheckStable[DeviceRelationship](t, data)
		testkit.CheckStable[DeviceCollection](t, data)
		testkit.CheckStable[Collection](t, data)
		testkit.CheckStable[PropertyMetadata](t, data)
		if a, err := unmarshalUnion[Attestation](data); err == nil && a != nil {
			out, err := wire.Marshal(&a)
			if err != nil {
				t.Fatalf("attestation %q re-encoded: %v", data, err)
			}
			b, err := unmarshalUnion[Attestation](out)
			if err != nil || b.Kind() != a.Kind() {
				t.Fatalf("attestation %q → %q → %v, %v", data, out, b, err)
			}
			again, _ := wire.Marshal(&b)
			if d := cmp.Diff(testkit.JSONTree(t, out), testkit.JSONTree(t, again)); d != "" {
				t.Fatalf("attestation %q is not stable:\n%s", data, d)
			}
		}
		// DeviceCredentials (like attestations) keeps the members of a
		// certificate's info in an unexported field: compare documents.
		var c DeviceCredentials
		if c.UnmarshalJSON(data) == nil {
			out, err := c.MarshalJSON()
			if err != nil || !json.Valid(out) {
				t.Fatalf("credentials %q re-encoded to %q, %v", data, out, err)
			}
			var c2 DeviceCredentials
			if err := c2.UnmarshalJSON(out); err != nil {
				t.Fatalf("credentials %q do not decode: %v", out, err)
			}
			again, _ := c2.MarshalJSON()
			if d := cmp.Diff(testkit.JSONTree(t, out), testkit.JSONTree(t, again)); d != "" {
				t.Fatalf("credentials %q are not stable:\n%s", data, d)
			}
		}
		var p DeviceProperties
		if p.UnmarshalJSON(data) == nil {
			out, err := json.Marshal(map[string]any(p))
			if err != nil {
				t.Fatalf("properties %q re-encoded: %v", data, err)
			}
			var q DeviceProperties
			if err := q.UnmarshalJSON(out); err != nil || !cmp.Equal(p, q) {
				t.Fatalf("properties %q → %q → %v, %v", data, out, q, err)
			}
			_, _ = p.Metadata()
			_ = p.Pending()
		}
	})
}
