package deviceprovisioning_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/testkit"
)

func TestAttestationUnionKeepsKindsAndUnknownKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  string
		kind dps.AttestationType
		want any
	}{
		{"symmetric key", `{"registrationId":"d","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"cHJpbWFyeQ==","rotation":"manual"}}}`,
			dps.AttestationTypeSymmetricKey, &dps.SymmetricKeyAttestationMechanism{}},
		{"x509 CA references", `{"registrationId":"d","attestation":{"type":"x509","x509":{"caReferences":{"primary":"root"}}}}`,
			dps.AttestationTypeX509, &dps.X509AttestationMechanism{}},
		{"tpm", `{"registrationId":"d","attestation":{"type":"tpm","tpm":{"endorsementKey":"AToA"}}}`,
			dps.AttestationTypeTPM, &dps.TPMAttestationMechanism{}},
		{"none", `{"registrationId":"d","attestation":{"type":"none"}}`, dps.AttestationTypeNone, &dps.NoneAttestationMechanism{}},
		{"a kind this version does not know", `{"registrationId":"d","attestation":{"type":"quantum","quantum":{"qubits":3},"extra":[1,2]}}`,
			"quantum", &dps.UnknownAttestationMechanism{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var e dps.IndividualEnrollment
			if err := json.Unmarshal([]byte(tt.doc), &e); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprintf("%T", e.Attestation) != fmt.Sprintf("%T", tt.want) || e.Attestation.Kind() != tt.kind {
				t.Fatalf("attestation %T of kind %q, want %T of kind %q", e.Attestation, e.Attestation.Kind(), tt.want, tt.kind)
			}
			got, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			testkit.SameJSON(t, got, []byte(tt.doc))
			if !strings.Contains(string(got), `"attestation":{"type":"`+string(tt.kind)+`"`) {
				t.Errorf("the discriminator is not written first: %s", got)
			}
		})
	}
}

func TestSymmetricKeysAreNotPrinted(t *testing.T) {
	t.Parallel()
	const key = "c2VjcmV0LWtleS0wMTIzNDU2Nzg5"
	a := dps.SymmetricKeyAttestation{PrimaryKey: ptr(key), SecondaryKey: ptr(key)}
	m := &dps.SymmetricKeyAttestationMechanism{SymmetricKey: &a}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		for _, v := range []any{a, &a, m} {
			if s := fmt.Sprintf(format, v); strings.Contains(s, key) {
				t.Errorf("%s of %T prints the key: %s", format, v, s)
			}
		}
	}
}

func TestWebhookFunctionKeyIsNotPrinted(t *testing.T) {
	t.Parallel()
	d := dps.CustomAllocationDefinition{WebhookURL: ptr("https://alloc.azurewebsites.net/api/pick?code=c2VjcmV0"), APIVersion: ptr("2021-10-01")}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		for _, v := range []any{d, &d} {
			s := fmt.Sprintf(format, v)
			if strings.Contains(s, "c2VjcmV0") || !strings.Contains(s, "https://alloc.azurewebsites.net/api/pick?(redacted)") {
				t.Errorf("%s of %T: %s", format, v, s)
			}
		}
	}
}
