package iotcentral_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// Every EnrollmentGroupsClient and FileUploadsClient method reaches its
// fake-server field with its arguments, and the answers decode.
func TestEnrollmentGroupsAndFileUploadsThroughTheFakeServers(t *testing.T) {
	t.Parallel()
	var calls []string
	note := func(format string, args ...any) { calls = append(calls, fmt.Sprintf(format, args...)) }
	x509Group := iotcentral.EnrollmentGroup{ID: to.Ptr("g1"), DisplayName: to.Ptr("G"), Type: to.Ptr(iotcentral.EnrollmentGroupTypeIoT),
		Attestation: &iotcentral.GroupX509Attestation{X509: &iotcentral.SigningX509{}}}
	cert := iotcentral.SigningX509Certificate{Certificate: to.Ptr("MIIB"), Verified: to.Ptr(false)}
	var srv fake.ServerFactory
	eg := &srv.EnrollmentGroupsServer
	eg.NewListPager = func(*iotcentral.EnrollmentGroupsClientListOptions) (p azfake.PagerResponder[iotcentral.EnrollmentGroupsClientListResponse]) {
		note("list")
		p.AddPage(http.StatusOK, iotcentral.EnrollmentGroupsClientListResponse{EnrollmentGroupCollection: iotcentral.EnrollmentGroupCollection{Value: []iotcentral.EnrollmentGroup{x509Group}}}, nil)
		return
	}
	eg.Get = func(_ context.Context, id string, _ *iotcentral.EnrollmentGroupsClientGetOptions) (r azfake.Responder[iotcentral.EnrollmentGroupsClientGetResponse], e azfake.ErrorResponder) {
		note("get %s", id)
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientGetResponse{EnrollmentGroup: x509Group}, nil)
		return
	}
	eg.Create = func(_ context.Context, id string, g iotcentral.EnrollmentGroup, _ *iotcentral.EnrollmentGroupsClientCreateOptions) (r azfake.Responder[iotcentral.EnrollmentGroupsClientCreateResponse], e azfake.ErrorResponder) {
		note("create %s %s", id, g.Attestation.Kind())
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientCreateResponse{EnrollmentGroup: g}, nil)
		return
	}
	eg.Update = func(_ context.Context, id string, g iotcentral.EnrollmentGroup, _ *iotcentral.EnrollmentGroupsClientUpdateOptions) (r azfake.Responder[iotcentral.EnrollmentGroupsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update %s %t", id, *g.Enabled)
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientUpdateResponse{EnrollmentGroup: x509Group}, nil)
		return
	}
	eg.Delete = func(_ context.Context, id string, _ *iotcentral.EnrollmentGroupsClientDeleteOptions) (r azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete %s", id)
		r.SetResponse(http.StatusNoContent, iotcentral.EnrollmentGroupsClientDeleteResponse{}, nil)
		return
	}
	eg.GetX509 = func(_ context.Context, id string, entry iotcentral.CertificateEntry, _ *iotcentral.EnrollmentGroupsClientGetX509Options) (r azfake.Responder[iotcentral.EnrollmentGroupsClientGetX509Response], e azfake.ErrorResponder) {
		note("get x509 %s %s", id, entry)
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientGetX509Response{SigningX509Certificate: cert}, nil)
		return
	}
	eg.CreateX509 = func(_ context.Context, id string, entry iotcentral.CertificateEntry, c iotcentral.SigningX509Certificate, _ *iotcentral.EnrollmentGroupsClientCreateX509Options) (r azfake.Responder[iotcentral.EnrollmentGroupsClientCreateX509Response], e azfake.ErrorResponder) {
		note("set x509 %s %s %s", id, entry, *c.Certificate)
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientCreateX509Response{SigningX509Certificate: c}, nil)
		return
	}
	eg.DeleteX509 = func(_ context.Context, id string, entry iotcentral.CertificateEntry, _ *iotcentral.EnrollmentGroupsClientDeleteX509Options) (r azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteX509Response], e azfake.ErrorResponder) {
		note("remove x509 %s %s", id, entry)
		r.SetResponse(http.StatusNoContent, iotcentral.EnrollmentGroupsClientDeleteX509Response{}, nil)
		return
	}
	eg.GenerateVerificationCodeX509 = func(_ context.Context, id string, entry iotcentral.CertificateEntry, _ *iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Options) (r azfake.Responder[iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Response], e azfake.ErrorResponder) {
		note("code %s %s", id, entry)
		r.SetResponse(http.StatusOK, iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Response{X509VerificationCode: iotcentral.X509VerificationCode{VerificationCode: to.Ptr("ABC")}}, nil)
		return
	}
	eg.VerifyX509 = func(_ context.Context, id string, entry iotcentral.CertificateEntry, c iotcentral.X509VerificationCertificate, _ *iotcentral.EnrollmentGroupsClientVerifyX509Options) (r azfake.Responder[iotcentral.EnrollmentGroupsClientVerifyX509Response], e azfake.ErrorResponder) {
		note("verify %s %s %s", id, entry, *c.Certificate)
		r.SetResponse(http.StatusNoContent, iotcentral.EnrollmentGroupsClientVerifyX509Response{}, nil)
		return
	}
	fu := &srv.FileUploadsServer
	fu.Get = func(context.Context, *iotcentral.FileUploadsClientGetOptions) (r azfake.Responder[iotcentral.FileUploadsClientGetResponse], e azfake.ErrorResponder) {
		note("get file upload")
		r.SetResponse(http.StatusOK, iotcentral.FileUploadsClientGetResponse{FileUpload: iotcentral.FileUpload{Container: to.Ptr("c"), State: to.Ptr(iotcentral.FileUploadStateSucceeded)}}, nil)
		return
	}
	fu.Create = func(_ context.Context, f iotcentral.FileUpload, _ *iotcentral.FileUploadsClientCreateOptions) (r azfake.Responder[iotcentral.FileUploadsClientCreateResponse], e azfake.ErrorResponder) {
		note("create file upload %s", *f.Container)
		r.SetResponse(http.StatusOK, iotcentral.FileUploadsClientCreateResponse{FileUpload: f}, nil)
		return
	}
	fu.Update = func(_ context.Context, f iotcentral.FileUpload, _ *iotcentral.FileUploadsClientUpdateOptions) (r azfake.Responder[iotcentral.FileUploadsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update file upload %s", *f.SasTTL)
		r.SetResponse(http.StatusOK, iotcentral.FileUploadsClientUpdateResponse{FileUpload: f}, nil)
		return
	}
	fu.Delete = func(context.Context, *iotcentral.FileUploadsClientDeleteOptions) (r azfake.Responder[iotcentral.FileUploadsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete file upload")
		r.SetResponse(http.StatusNoContent, iotcentral.FileUploadsClientDeleteResponse{}, nil)
		return
	}
	c, err := iotcentral.NewClient(testEndpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: fake.NewServerFactoryTransport(&srv)}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	groups := c.EnrollmentGroups()
	for g, err := range groups.ListIter(ctx, nil) {
		must(err)
		if _, ok := g.Attestation.(*iotcentral.GroupX509Attestation); !ok {
			t.Errorf("listed attestation %T", g.Attestation)
		}
	}
	got, err := groups.Get(ctx, "g1", nil)
	must(err)
	if got.Attestation.Kind() != iotcentral.GroupAttestationTypeX509 {
		t.Errorf("got attestation %q", got.Attestation.Kind())
	}
	_, err = groups.Create(ctx, "g2", iotcentral.EnrollmentGroup{DisplayName: to.Ptr("G2"), Type: to.Ptr(iotcentral.EnrollmentGroupTypeIoTEdge), Attestation: &iotcentral.GroupSymmetricKeyAttestation{}}, nil)
	must(err)
	_, err = groups.Update(ctx, "g1", iotcentral.EnrollmentGroup{Enabled: to.Ptr(false)}, nil)
	must(err)
	_, err = groups.Delete(ctx, "g1", nil)
	must(err)
	x, err := groups.GetX509(ctx, "g1", iotcentral.CertificateEntryPrimary, nil)
	must(err)
	if *x.Certificate != "MIIB" || *x.Verified {
		t.Errorf("x509 %+v", x)
	}
	_, err = groups.CreateX509(ctx, "g1", iotcentral.CertificateEntrySecondary, iotcentral.SigningX509Certificate{Certificate: to.Ptr("MIIC")}, nil)
	must(err)
	_, err = groups.DeleteX509(ctx, "g1", iotcentral.CertificateEntrySecondary, nil)
	must(err)
	code, err := groups.GenerateVerificationCodeX509(ctx, "g1", iotcentral.CertificateEntryPrimary, nil)
	must(err)
	_, err = groups.VerifyX509(ctx, "g1", iotcentral.CertificateEntryPrimary, iotcentral.X509VerificationCertificate{Certificate: to.Ptr("signed-" + *code.VerificationCode)}, nil)
	must(err)
	uploads := c.FileUploads()
	_, err = uploads.Get(ctx, nil)
	must(err)
	_, err = uploads.Create(ctx, iotcentral.FileUpload{ConnectionString: to.Ptr("cs"), Container: to.Ptr("c")}, nil)
	must(err)
	_, err = uploads.Update(ctx, iotcentral.FileUpload{SasTTL: to.Ptr("PT2H")}, nil)
	must(err)
	_, err = uploads.Delete(ctx, nil)
	must(err)
	want := []string{"list", "get g1", "create g2 symmetricKey", "update g1 false", "delete g1",
		"get x509 g1 primary", "set x509 g1 secondary MIIC", "remove x509 g1 secondary", "code g1 primary", "verify g1 primary signed-ABC",
		"get file upload", "create file upload c", "update file upload PT2H", "delete file upload"}
	if d := cmp.Diff(want, calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
}

// testCA is a CA key and certificate, and certificates it signs.
type testCA struct {
	key  *ecdsa.PrivateKey
	cert *x509.Certificate
	pem  string
}

func newTestCA(t *testing.T) testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign, NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<33, 0)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return testCA{key: key, cert: cert, pem: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))}
}

// sign returns a PEM certificate with the subject cn, signed by the CA.
func (ca testCA) sign(t *testing.T, cn string) string {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: cn}, NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<33, 0)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
}

// The emulator's enrollment groups behave as the service's: keys generated
// for a symmetric key group, and an X.509 CA certificate verified only by a
// certificate over the last verification code, signed by that CA.
func TestEnrollmentGroupsOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newTestClient(t, fake.NewEmulator(nil))
	groups := c.EnrollmentGroups()

	sym, err := groups.Create(ctx, "sym", iotcentral.EnrollmentGroup{DisplayName: to.Ptr("Sym"), Type: to.Ptr(iotcentral.EnrollmentGroupTypeIoT), Attestation: &iotcentral.GroupSymmetricKeyAttestation{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := sym.Attestation.(*iotcentral.GroupSymmetricKeyAttestation).SymmetricKey
	if keys == nil || keys.PrimaryKey == nil || !*sym.Enabled {
		t.Fatalf("created %+v", sym.EnrollmentGroup)
	}
	if _, err := groups.Create(ctx, "bad", iotcentral.EnrollmentGroup{DisplayName: to.Ptr("B"), Type: to.Ptr(iotcentral.EnrollmentGroupType("lora")), Attestation: &iotcentral.GroupX509Attestation{}}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("unknown type: %v", err)
	}
	if _, err := groups.Create(ctx, "x", iotcentral.EnrollmentGroup{DisplayName: to.Ptr("X")}, nil); err == nil {
		t.Error("a group without type and attestation was accepted")
	}
	x509Group, err := groups.Create(ctx, "ca", iotcentral.EnrollmentGroup{DisplayName: to.Ptr("CA"), Type: to.Ptr(iotcentral.EnrollmentGroupTypeIoTEdge), Attestation: &iotcentral.GroupX509Attestation{}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groups.Update(ctx, "ca", iotcentral.EnrollmentGroup{ETag: to.Ptr(`"stale"`)}, nil); !iotcentral.IsPreconditionFailed(err) {
		t.Errorf("stale etag: %v", err)
	}
	updated, err := groups.Update(ctx, "ca", iotcentral.EnrollmentGroup{Enabled: to.Ptr(false), ETag: x509Group.ETag}, nil)
	if err != nil || *updated.Enabled || *updated.ETag == *x509Group.ETag {
		t.Fatalf("update: %+v, %v", updated.EnrollmentGroup, err)
	}
	var ids []string
	for g, err := range groups.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *g.ID)
	}
	if d := cmp.Diff([]string{"ca", "sym"}, ids); d != "" {
		t.Errorf("groups (-want +got):\n%s", d)
	}

	// X.509: set the CA, ask for a code, prove possession.
	ca, other := newTestCA(t), newTestCA(t)
	const primary = iotcentral.CertificateEntryPrimary
	if _, err := groups.CreateX509(ctx, "sym", primary, iotcentral.SigningX509Certificate{Certificate: &ca.pem}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("certificate on a symmetric key group: %v", err)
	}
	if _, err := groups.GenerateVerificationCodeX509(ctx, "ca", primary, nil); !iotcentral.IsNotFound(err) {
		t.Errorf("code before a certificate: %v", err)
	}
	set, err := groups.CreateX509(ctx, "ca", primary, iotcentral.SigningX509Certificate{Certificate: &ca.pem}, nil)
	if err != nil || *set.Verified || set.Info == nil || set.Info.SHA1Thumbprint == nil {
		t.Fatalf("set certificate: %+v, %v", set.SigningX509Certificate, err)
	}
	if _, err := groups.VerifyX509(ctx, "ca", primary, iotcentral.X509VerificationCertificate{Certificate: to.Ptr(ca.sign(t, "guess"))}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("verify before a code: %v", err)
	}
	code, err := groups.GenerateVerificationCodeX509(ctx, "ca", primary, nil)
	if err != nil || code.VerificationCode == nil {
		t.Fatalf("code: %+v, %v", code, err)
	}
	for name, proof := range map[string]string{
		"wrong subject":   ca.sign(t, "not-the-code"),
		"wrong signer":    other.sign(t, *code.VerificationCode),
		"not certificate": "hello",
	} {
		_, err := groups.VerifyX509(ctx, "ca", primary, iotcentral.X509VerificationCertificate{Certificate: to.Ptr(proof)}, nil)
		if !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
			t.Errorf("%s: %v, want 422", name, err)
		}
	}
	if _, err := groups.VerifyX509(ctx, "ca", primary, iotcentral.X509VerificationCertificate{Certificate: to.Ptr(ca.sign(t, *code.VerificationCode))}, nil); err != nil {
		t.Fatalf("verify: %v", err)
	}
	got, err := groups.GetX509(ctx, "ca", primary, nil)
	if err != nil || !*got.Verified {
		t.Errorf("after verify: %+v, %v", got.SigningX509Certificate, err)
	}
	if _, err := groups.GetX509(ctx, "ca", iotcentral.CertificateEntry("tertiary"), nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeBadRequest) {
		t.Errorf("unknown entry: %v", err)
	}
	if _, err := groups.DeleteX509(ctx, "ca", primary, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := groups.GetX509(ctx, "ca", primary, nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after remove: %v", err)
	}
	if _, err := groups.Delete(ctx, "ca", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := groups.Get(ctx, "ca", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
}

// The file upload configuration: required members checked by the client,
// the connection string by the service, the state moving on, and the
// connection string never printed.
func TestFileUploadsOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newTestClient(t, fake.NewEmulator(nil)).FileUploads()
	const secret = "DefaultEndpointsProtocol=https;AccountName=store1;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net"
	if _, err := c.Get(ctx, nil); !iotcentral.IsNotFound(err) {
		t.Errorf("get before create: %v", err)
	}
	_, err := c.Create(ctx, iotcentral.FileUpload{ConnectionString: to.Ptr(secret)}, nil)
	assertValidation(t, err, "fileUpload.container", "required")
	if _, err := c.Create(ctx, iotcentral.FileUpload{ConnectionString: to.Ptr("nonsense"), Container: to.Ptr("up")}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("bad connection string: %v", err)
	}
	created, err := c.Create(ctx, iotcentral.FileUpload{ConnectionString: to.Ptr(secret), Container: to.Ptr("up"), SasTTL: to.Ptr("PT1H")}, nil)
	if err != nil || *created.State != iotcentral.FileUploadStatePending || *created.Account != "store1" {
		t.Fatalf("create: %v, %v", created.FileUpload, err)
	}
	for _, s := range []string{created.String(), fmt.Sprintf("%v|%+v|%#v", created.FileUpload, created.FileUpload, created.FileUpload)} {
		if strings.Contains(s, "c2VjcmV0") || !strings.Contains(s, "redacted") {
			t.Errorf("printed: %s", s)
		}
	}
	var states []iotcentral.FileUploadState
	for range 2 {
		got, err := c.Get(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		states = append(states, *got.State)
	}
	if d := cmp.Diff([]iotcentral.FileUploadState{iotcentral.FileUploadStatePending, iotcentral.FileUploadStateSucceeded}, states); d != "" {
		t.Errorf("states (-want +got):\n%s", d)
	}
	updated, err := c.Update(ctx, iotcentral.FileUpload{SasTTL: to.Ptr("PT2H")}, nil)
	if err != nil || *updated.SasTTL != "PT2H" || *updated.Container != "up" {
		t.Fatalf("update: %v, %v", updated.FileUpload, err)
	}
	if _, err := c.Delete(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Delete(ctx, nil); !iotcentral.IsNotFound(err) {
		t.Errorf("second delete: %v", err)
	}
}

// ReadAccess exists only in preview api-versions: with the stable one it is
// refused before I/O, and the emulator answers a stable read without it.
func TestFileUploadReadAccessIsPreviewOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	const cs = "DefaultEndpointsProtocol=https;AccountName=store1;AccountKey=a2V5;EndpointSuffix=core.windows.net"
	upload := iotcentral.FileUpload{ConnectionString: to.Ptr(cs), Container: to.Ptr("up"), ReadAccess: to.Ptr(true)}
	stable, preview := newTestClient(t, emu).FileUploads(), newTestClientVersion(t, emu, iotcentral.QueryPreviewAPIVersion).FileUploads()
	_, err := stable.Create(ctx, upload, nil)
	assertValidation(t, err, "fileUpload.readAccess", "preview")
	_, err = stable.Update(ctx, iotcentral.FileUpload{ReadAccess: to.Ptr(false)}, nil)
	assertValidation(t, err, "patch.readAccess", "preview")
	if _, err := preview.Create(ctx, upload, nil); err != nil {
		t.Fatal(err)
	}
	p, err := preview.Get(ctx, nil)
	if err != nil || p.ReadAccess == nil || !*p.ReadAccess {
		t.Errorf("preview read: %v, %v", p.ReadAccess, err)
	}
	s, err := stable.Get(ctx, nil)
	if err != nil || s.ReadAccess != nil {
		t.Errorf("stable read: %v, %v", s.ReadAccess, err)
	}
}
