package deviceprovisioning_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// The vectors were computed with openssl, independently of this package:
//
//	printf 'sensor-001' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf 'emulated-group-key-0123456789abc' | xxd -p) -binary | base64
//	printf 'my-dps.azure-devices-provisioning.net\n1767225600' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf 'emulated-policy-key-0123456789ab' | xxd -p) -binary | base64
const (
	groupKey  = "ZW11bGF0ZWQtZ3JvdXAta2V5LTAxMjM0NTY3ODlhYmM="
	policyKey = "ZW11bGF0ZWQtcG9saWN5LWtleS0wMTIzNDU2Nzg5YWI="
)

func TestDeriveDeviceKeyMatchesAnIndependentVector(t *testing.T) {
	t.Parallel()
	tests := []struct{ registrationID, want string }{
		{"sensor-001", "YL1liCSatvcuuc+547Cb/eMvDxyC8NJcMeuGYTq7lhM="},
		{"sensor-002", "MiRPSfDDnI8flmsqeP65SoYVL6dniEcMNPlhgeKcx4s="},
	}
	for _, tt := range tests {
		got, err := dps.DeriveDeviceKey(groupKey, tt.registrationID)
		if err != nil || got != tt.want {
			t.Errorf("DeriveDeviceKey(%s) = %q, %v; want %q", tt.registrationID, got, err, tt.want)
		}
	}
}

func TestDeriveDeviceKeyRefusesBadInput(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ key, id, field string }{
		{"not base64!", "sensor-001", "groupKey"},
		{"", "sensor-001", "groupKey"},
		{groupKey, "", "registrationID"},
	} {
		_, err := dps.DeriveDeviceKey(tt.key, tt.id)
		var ve *dps.ValidationError
		if !errors.As(err, &ve) || ve.Field != tt.field || !errors.Is(err, dps.ErrInvalidInput) {
			t.Errorf("DeriveDeviceKey(%q, %q): %v, want a validation error on %s", tt.key, tt.id, err, tt.field)
		}
		if tt.key != "" && strings.Contains(fmt.Sprint(err), tt.key) {
			t.Errorf("the error holds the key: %v", err)
		}
	}
}

func TestSharedAccessSignatureMatchesAnIndependentVector(t *testing.T) {
	t.Parallel()
	got, err := dps.NewSharedAccessSignature("my-dps.azure-devices-provisioning.net", "provisioningserviceowner", policyKey, time.Unix(1767225600, 0))
	if err != nil {
		t.Fatal(err)
	}
	const want = "SharedAccessSignature sr=my-dps.azure-devices-provisioning.net&sig=WiWkHV3RVH0AhJlJCyTs2uJA8WRICnM%2Bb4V%2F2fbRcTc%3D&se=1767225600&skn=provisioningserviceowner"
	if got != want {
		t.Errorf("token\n got %s\nwant %s", got, want)
	}
}

func TestSharedAccessKeyCredentialNeverShowsItsKey(t *testing.T) {
	t.Parallel()
	cred, err := dps.NewSharedAccessKeyCredential("provisioningserviceowner", policyKey, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if s := fmt.Sprintf(format, cred); strings.Contains(s, policyKey) || !strings.Contains(s, "provisioningserviceowner") {
			t.Errorf("%s: %s", format, s)
		}
	}
	for _, bad := range []struct{ name, key string }{{"", policyKey}, {"p", "bm90IGJhc2U2NC!!"}, {"p", ""}} {
		_, err := dps.NewSharedAccessKeyCredential(bad.name, bad.key, nil)
		if !errors.Is(err, dps.ErrInvalidInput) {
			t.Errorf("NewSharedAccessKeyCredential(%q, …): %v, want a validation error", bad.name, err)
		}
		if bad.key != "" && strings.Contains(err.Error(), bad.key) {
			t.Errorf("the error holds the key: %v", err)
		}
	}
	if err := cred.Update("other", "@@@"); !errors.Is(err, dps.ErrInvalidInput) || strings.Contains(err.Error(), "@@@") {
		t.Errorf("Update with a bad key: %v", err)
	}
}
