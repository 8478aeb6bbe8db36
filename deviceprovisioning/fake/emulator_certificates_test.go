package fake_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// testCA is a CA certificate with its key, for the proof of possession.
type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  string
}

func newTestCA(t testing.TB, cn string) testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), NotAfter: time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return testCA{cert: cert, key: key, pem: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))}
}

// leaf returns a PEM leaf certificate with subject cn signed by ca.
func (ca testCA) leaf(t testing.TB, cn string) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: cn},
		NotBefore: ca.cert.NotBefore, NotAfter: ca.cert.NotAfter,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
}

func newCertificatesClient(t testing.TB, emu *fake.Emulator) *dps.CertificatesClient {
	t.Helper()
	c, err := dps.NewCertificatesClient(subscriptionID, &azfake.TokenCredential{}, &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The proof of possession end to end: upload, issue a code, verify with a
// leaf certificate signed by the CA; every etag-guarded step refuses a
// stale etag.
func TestEmulatorCertificateProofOfPossession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	create(t, newClient(t, emu), "my-dps", newService())
	certs := newCertificatesClient(t, emu)
	ca := newTestCA(t, "Contoso Root CA")

	uploaded, err := certs.CreateOrUpdate(ctx, "rg", "my-dps", "root", dps.CertificateResponse{Properties: &dps.CertificateProperties{Certificate: to.Ptr(ca.pem)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := uploaded.Properties
	if *p.Subject != "Contoso Root CA" || *p.IsVerified || !p.Expiry.Equal(ca.cert.NotAfter) || uploaded.Etag == nil || *uploaded.Name != "root" {
		t.Fatalf("uploaded %+v %+v", uploaded.CertificateResponse, p)
	}
	list, err := certs.List(ctx, "rg", "my-dps", nil)
	if err != nil || len(list.Value) != 1 || *list.Value[0].Name != "root" {
		t.Fatalf("list %+v, %v", list.Value, err)
	}

	// a replacement needs the current etag
	replace := dps.CertificateResponse{Properties: &dps.CertificateProperties{Certificate: to.Ptr(ca.pem)}}
	if _, err := certs.CreateOrUpdate(ctx, "rg", "my-dps", "root", replace, nil); !dps.IsPreconditionFailed(err) {
		t.Errorf("replace without an etag: %v, want 412", err)
	}
	replaced, err := certs.CreateOrUpdate(ctx, "rg", "my-dps", "root", replace, &dps.CertificatesClientCreateOrUpdateOptions{IfMatch: uploaded.Etag})
	if err != nil {
		t.Fatal(err)
	}
	stale := *uploaded.Etag

	if _, err := certs.GenerateVerificationCode(ctx, "rg", "my-dps", "root", stale, nil); !dps.IsPreconditionFailed(err) {
		t.Errorf("code with a stale etag: %v, want 412", err)
	}
	code, err := certs.GenerateVerificationCode(ctx, "rg", "my-dps", "root", *replaced.Etag, nil)
	if err != nil {
		t.Fatal(err)
	}
	issued := *code.Properties.VerificationCode
	if issued == "" || *code.Etag == *replaced.Etag {
		t.Fatalf("code %q, etag %s (was %s)", issued, *code.Etag, *replaced.Etag)
	}

	tests := []struct {
		name   string
		etag   string
		leaf   string
		status func(error) bool
	}{
		{"etag from before the code", *replaced.Etag, ca.leaf(t, issued), dps.IsPreconditionFailed},
		{"leaf signed by another key", *code.Etag, newTestCA(t, "Contoso Root CA").leaf(t, issued), func(err error) bool { return dps.HasCode(err, dps.ErrorCodeArgumentInvalid) }},
		{"leaf with another subject", *code.Etag, ca.leaf(t, "not-the-code"), func(err error) bool { return dps.HasCode(err, dps.ErrorCodeArgumentInvalid) }},
	}
	for _, tt := range tests {
		_, err := certs.VerifyCertificate(ctx, "rg", "my-dps", "root", tt.etag, dps.VerificationCodeRequest{Certificate: to.Ptr(tt.leaf)}, nil)
		if !tt.status(err) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	verified, err := certs.VerifyCertificate(ctx, "rg", "my-dps", "root", *code.Etag, dps.VerificationCodeRequest{Certificate: to.Ptr(ca.leaf(t, issued))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !*verified.Properties.IsVerified {
		t.Error("not verified after the proof of possession")
	}
	got, err := certs.Get(ctx, "rg", "my-dps", "root", nil)
	if err != nil || !*got.Properties.IsVerified || *got.Etag != *verified.Etag {
		t.Fatalf("get after verify: %+v, %v", got.Properties, err)
	}

	if _, err := certs.Delete(ctx, "rg", "my-dps", "root", *code.Etag, nil); !dps.IsPreconditionFailed(err) {
		t.Errorf("delete with a stale etag: %v, want 412", err)
	}
	if _, err := certs.Delete(ctx, "rg", "my-dps", "root", *got.Etag, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := certs.Get(ctx, "rg", "my-dps", "root", nil); !dps.IsNotFound(err) {
		t.Errorf("get after delete: %v, want 404", err)
	}
}

// Operations that require an etag refuse to run without one, before any
// request is sent.
func TestCertificateOperationsWithoutEtagSendNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	certs := newCertificatesClient(t, emu)
	calls := map[string]func() error{
		"delete": func() error { _, err := certs.Delete(ctx, "rg", "my-dps", "root", "", nil); return err },
		"code": func() error {
			_, err := certs.GenerateVerificationCode(ctx, "rg", "my-dps", "root", "", nil)
			return err
		},
		"verify": func() error {
			_, err := certs.VerifyCertificate(ctx, "rg", "my-dps", "root", "", dps.VerificationCodeRequest{Certificate: to.Ptr("x")}, nil)
			return err
		},
		"verify without a certificate": func() error {
			_, err := certs.VerifyCertificate(ctx, "rg", "my-dps", "root", "etag", dps.VerificationCodeRequest{}, nil)
			return err
		},
	}
	for name, call := range calls {
		var ve *dps.ValidationError
		if err := call(); !errors.As(err, &ve) {
			t.Errorf("%s: %v, want a *ValidationError", name, err)
		}
	}
	if n := len(emu.Requests()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}
