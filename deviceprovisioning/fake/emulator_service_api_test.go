package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

const dpsHost = "my-dps.azure-devices-provisioning.net"

// newInstance creates the provisioning service my-dps with a linked hub on
// emu and returns a service API client signed with its owner policy's
// key, read through the ARM client.
func newInstance(t testing.TB, emu *fake.Emulator) *dps.ServiceClient {
	t.Helper()
	d := newService()
	d.Properties.IotHubs = []dps.IotHubDefinitionDescription{{ConnectionString: to.Ptr(hubA), Location: to.Ptr("eastus")}}
	arm := newClient(t, emu)
	create(t, arm, "my-dps", d)
	svc, err := dps.NewServiceClientForProvisioningService(context.Background(), arm, "rg", "my-dps", "", &dps.ServiceClientOptions{
		ClientOptions: policy.ClientOptions{Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

func symmetricKey(primary, secondary *string) dps.AttestationMechanism {
	return &dps.SymmetricKeyAttestationMechanism{SymmetricKey: &dps.SymmetricKeyAttestation{PrimaryKey: primary, SecondaryKey: secondary}}
}

// A symmetric-key group: the service generates its keys, three devices
// register with keys derived from them, and the group's registrations
// come back over two pages.
func TestServiceAPIGroupDerivedKeysAndRegistrations(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	svc := newInstance(t, emu)
	groups := svc.EnrollmentGroups()

	created, err := groups.CreateOrUpdate(ctx, "sensors", dps.EnrollmentGroup{Attestation: symmetricKey(nil, nil)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if *created.EnrollmentGroupID != "sensors" || *created.ProvisioningStatus != dps.ProvisioningStatusEnabled || created.Etag == nil {
		t.Fatalf("created %+v", created.EnrollmentGroup)
	}
	got, err := groups.Get(ctx, "sensors", nil)
	if err != nil {
		t.Fatal(err)
	}
	if sk := got.Attestation.(*dps.SymmetricKeyAttestationMechanism); sk.SymmetricKey.PrimaryKey != nil {
		t.Error("Get returned the group's keys")
	}
	att, err := groups.GetAttestationMechanism(ctx, "sensors", nil)
	if err != nil {
		t.Fatal(err)
	}
	groupKey := *att.Attestation.(*dps.SymmetricKeyAttestationMechanism).SymmetricKey.PrimaryKey

	var want []string
	for i := 1; i <= 3; i++ {
		id := fmt.Sprintf("sensor-%03d", i)
		key, err := dps.DeriveDeviceKey(groupKey, id)
		if err != nil {
			t.Fatal(err)
		}
		state, err := emu.RegisterDevice(dpsHost, id, key)
		if err != nil {
			t.Fatalf("register %s: %v", id, err)
		}
		if *state.Status != dps.RegistrationStatusAssigned || *state.AssignedHub != "hub-a.azure-devices.net" {
			t.Errorf("registration %+v", state)
		}
		want = append(want, id)
	}
	if _, err := emu.RegisterDevice(dpsHost, "sensor-004", groupKey); err == nil {
		t.Error("a device registered with the group key itself")
	}

	pager := svc.Registrations().NewQueryPager("sensors", &dps.RegistrationsClientQueryOptions{MaxItemCount: to.Ptr[int32](2)})
	var pages int
	var ids []string
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, r := range page.Value {
			ids = append(ids, *r.RegistrationID)
		}
	}
	if diff := cmp.Diff(want, ids); diff != "" || pages != 2 {
		t.Errorf("%d pages, registrations (-want +got):\n%s", pages, diff)
	}
	var iterated int
	for _, err := range svc.Registrations().QueryIter(ctx, "sensors", &dps.RegistrationsClientQueryOptions{MaxItemCount: to.Ptr[int32](1)}) {
		if err != nil {
			t.Fatal(err)
		}
		iterated++
	}
	if iterated != 3 {
		t.Errorf("QueryIter yielded %d registrations", iterated)
	}

	reg, err := svc.Registrations().Get(ctx, "sensor-001", nil)
	if err != nil || *reg.DeviceID != "sensor-001" {
		t.Fatalf("registration %+v, %v", reg.DeviceRegistrationState, err)
	}
	if _, err := svc.Registrations().Delete(ctx, "sensor-001", &dps.RegistrationsClientDeleteOptions{IfMatch: to.Ptr("stale")}); !dps.IsPreconditionFailed(err) {
		t.Errorf("delete with a stale etag: %v", err)
	}
	if _, err := svc.Registrations().Delete(ctx, "sensor-001", &dps.RegistrationsClientDeleteOptions{IfMatch: reg.Etag}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Registrations().Get(ctx, "sensor-001", nil); !dps.IsNotFound(err) {
		t.Errorf("get after delete: %v", err)
	}
}

// Individual enrollments: etags guard replacements and deletions, queries
// page with continuation tokens, and a bulk operation reports each failed
// item with its code.
func TestServiceAPIEnrollmentsEtagsQueryAndBulk(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	enrollments := newInstance(t, emu).Enrollments()

	twin := &dps.TwinCollection{Unknown: map[string]json.RawMessage{"telemetryInterval": json.RawMessage(`30`)}}
	first, err := enrollments.CreateOrUpdate(ctx, "device-01", dps.IndividualEnrollment{
		Attestation:       &dps.TPMAttestationMechanism{TPM: &dps.TPMAttestation{EndorsementKey: to.Ptr("AToAAQALAAMAsgAg")}},
		Capabilities:      &dps.DeviceCapabilities{IotEdge: to.Ptr(true)},
		InitialTwin:       &dps.InitialTwin{Properties: &dps.InitialTwinProperties{Desired: twin}},
		ReprovisionPolicy: &dps.ReprovisionPolicy{UpdateHubAssignment: to.Ptr(true), MigrateDeviceData: to.Ptr(false)},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if *first.RegistrationID != "device-01" || first.Etag == nil || string(first.InitialTwin.Properties.Desired.Unknown["telemetryInterval"]) != "30" {
		t.Fatalf("created %+v", first.IndividualEnrollment)
	}
	replacement := first.IndividualEnrollment
	replacement.DeviceID = to.Ptr("thermostat-01")
	if _, err := enrollments.CreateOrUpdate(ctx, "device-01", replacement, &dps.EnrollmentsClientCreateOrUpdateOptions{IfMatch: to.Ptr("stale")}); !dps.IsPreconditionFailed(err) {
		t.Errorf("replace with a stale etag: %v", err)
	}
	second, err := enrollments.CreateOrUpdate(ctx, "device-01", replacement, &dps.EnrollmentsClientCreateOrUpdateOptions{IfMatch: first.Etag})
	if err != nil {
		t.Fatal(err)
	}
	if *second.DeviceID != "thermostat-01" || !second.CreatedDateTimeUTC.Equal(*first.CreatedDateTimeUTC) {
		t.Errorf("replaced %+v", second.IndividualEnrollment)
	}
	if _, err := enrollments.Delete(ctx, "device-01", &dps.EnrollmentsClientDeleteOptions{IfMatch: first.Etag}); !dps.IsPreconditionFailed(err) {
		t.Errorf("delete with a stale etag: %v", err)
	}

	bulk := dps.BulkEnrollmentOperation{Mode: to.Ptr(dps.BulkOperationModeCreate)}
	for _, id := range []string{"device-01", "device-02", "device-03"} {
		bulk.Enrollments = append(bulk.Enrollments, dps.IndividualEnrollment{RegistrationID: to.Ptr(id), Attestation: symmetricKey(nil, nil)})
	}
	result, err := enrollments.RunBulkOperation(ctx, bulk, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantErrors := []dps.BulkEnrollmentOperationError{{RegistrationID: to.Ptr("device-01"), ErrorCode: to.Ptr[int32](409001), ErrorStatus: to.Ptr("The enrollment exists.")}}
	if diff := cmp.Diff(wantErrors, result.Errors); diff != "" || *result.IsSuccessful {
		t.Errorf("bulk result (success %v), errors (-want +got):\n%s", *result.IsSuccessful, diff)
	}

	tooMany := dps.BulkEnrollmentOperation{Mode: to.Ptr(dps.BulkOperationModeUpdate)}
	for i := range 11 {
		tooMany.Enrollments = append(tooMany.Enrollments, dps.IndividualEnrollment{RegistrationID: to.Ptr(fmt.Sprintf("bulk-%02d", i)), Attestation: symmetricKey(nil, nil)})
	}
	if _, err := enrollments.RunBulkOperation(ctx, tooMany, nil); !dps.HasCode(err, dps.ErrorCodeArgumentInvalid) {
		t.Errorf("11 items: %v, want the service's %s", err, dps.ErrorCodeArgumentInvalid)
	}

	pager := enrollments.NewQueryPager(dps.QuerySpecification{Query: to.Ptr("SELECT * FROM enrollments")}, &dps.EnrollmentsClientQueryOptions{MaxItemCount: to.Ptr[int32](2)})
	var ids []string
	var tokens []string
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, en := range page.Value {
			ids = append(ids, *en.RegistrationID)
		}
		if page.ContinuationToken != nil {
			tokens = append(tokens, *page.ContinuationToken)
		}
	}
	if diff := cmp.Diff([]string{"device-01", "device-02", "device-03"}, ids); diff != "" || len(tokens) != 1 {
		t.Errorf("query (tokens %v) (-want +got):\n%s", tokens, diff)
	}
	resumed, err := enrollments.NewQueryPager(dps.QuerySpecification{Query: to.Ptr("SELECT * FROM enrollments")},
		&dps.EnrollmentsClientQueryOptions{MaxItemCount: to.Ptr[int32](2), ContinuationToken: &tokens[0]}).NextPage(ctx)
	if err != nil || len(resumed.Value) != 1 || *resumed.Value[0].RegistrationID != "device-03" {
		t.Errorf("resumed query: %+v, %v", resumed.Value, err)
	}
	if _, err := enrollments.NewQueryPager(dps.QuerySpecification{}, nil).NextPage(ctx); !errors.Is(err, dps.ErrInvalidInput) {
		t.Errorf("query without text: %v", err)
	}

	del := dps.BulkEnrollmentOperation{Mode: to.Ptr(dps.BulkOperationModeDelete), Enrollments: []dps.IndividualEnrollment{{RegistrationID: to.Ptr("device-02")}, {RegistrationID: to.Ptr("nobody")}}}
	result, err = enrollments.RunBulkOperation(ctx, del, nil)
	if err != nil || *result.IsSuccessful || len(result.Errors) != 1 || *result.Errors[0].RegistrationID != "nobody" {
		t.Errorf("bulk delete: %+v, %v", result.BulkEnrollmentOperationResult, err)
	}
}

// The service API accepts a token minted from a policy's key, and refuses
// a wrong signature, an expired token and an unknown policy with 401 in
// its error shape.
func TestServiceAPISharedAccessSignatures(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	newInstance(t, emu)
	keys := newClient(t, emu)
	owner, err := keys.ListKeysForKeyName(context.Background(), "rg", "my-dps", dps.DefaultSharedAccessPolicy, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := emu.Clock().Now()
	token := func(policy, key string, expiry time.Time) string {
		tok, err := dps.NewSharedAccessSignature(dpsHost, policy, key, expiry)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	otherKey := "b3RoZXIta2V5LW5vdC10aGUtcG9saWN5cy0wMDAwMDA="
	tests := []struct {
		name   string
		token  string
		status int
	}{
		{"valid", token(dps.DefaultSharedAccessPolicy, *owner.PrimaryKey, now.Add(time.Hour)), http.StatusOK},
		{"valid with the secondary key", token(dps.DefaultSharedAccessPolicy, *owner.SecondaryKey, now.Add(time.Hour)), http.StatusOK},
		{"wrong signature", token(dps.DefaultSharedAccessPolicy, otherKey, now.Add(time.Hour)), http.StatusUnauthorized},
		{"expired", token(dps.DefaultSharedAccessPolicy, *owner.PrimaryKey, now.Add(-time.Second)), http.StatusUnauthorized},
		{"unknown policy", token("nosuchpolicy", *owner.PrimaryKey, now.Add(time.Hour)), http.StatusUnauthorized},
		{"no token", "", http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(http.MethodPost, "https://"+dpsHost+"/enrollmentGroups/query?api-version="+dps.ServiceAPIVersion, strings.NewReader(`{"query":"SELECT * FROM enrollmentGroups"}`))
			if err != nil {
				t.Fatal(err)
			}
			if tt.token != "" {
				req.Header.Set("Authorization", tt.token)
			}
			resp, err := emu.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.status == http.StatusUnauthorized && resp.Header.Get("x-ms-error-code") != dps.ErrorCodeUnauthorized {
				t.Errorf("x-ms-error-code %q, want %s", resp.Header.Get("x-ms-error-code"), dps.ErrorCodeUnauthorized)
			}
		})
	}
}

// A client built from a connection string signs its requests; a wrong key
// comes back as a typed 401 that does not hold the key.
func TestServiceClientFromConnectionString(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	newInstance(t, emu)
	owner, err := newClient(t, emu).ListKeysForKeyName(ctx, "rg", "my-dps", dps.DefaultSharedAccessPolicy, nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := &dps.ServiceClientOptions{ClientOptions: policy.ClientOptions{Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1}}}
	for _, tt := range []struct {
		key string
		ok  bool
	}{{*owner.PrimaryKey, true}, {"d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktMDA=", false}} {
		svc, err := dps.NewServiceClientFromConnectionString("HostName="+dpsHost+";SharedAccessKeyName=provisioningserviceowner;SharedAccessKey="+tt.key, opts)
		if err != nil {
			t.Fatal(err)
		}
		_, err = svc.Enrollments().Get(ctx, "nobody", nil)
		switch {
		case tt.ok && !dps.IsNotFound(err):
			t.Errorf("valid key: %v, want 404", err)
		case !tt.ok && !dps.HasCode(err, dps.ErrorCodeUnauthorized):
			t.Errorf("wrong key: %v, want %s", err, dps.ErrorCodeUnauthorized)
		case err != nil && strings.Contains(err.Error(), tt.key):
			t.Errorf("the error holds the key: %v", err)
		}
	}
	if _, err := dps.NewServiceClientWithSharedAccessKey("http://"+dpsHost, mustCred(t, *owner.PrimaryKey), nil); !errors.Is(err, dps.ErrInvalidInput) {
		t.Errorf("a key over http://: %v, want a validation error", err)
	}
	if _, err := dps.NewServiceClient("https://"+dpsHost, &azfake.TokenCredential{}, opts); err != nil {
		t.Errorf("Entra ID client: %v", err)
	}
}

func mustCred(t testing.TB, key string) *dps.SharedAccessKeyCredential {
	t.Helper()
	c, err := dps.NewSharedAccessKeyCredential(dps.DefaultSharedAccessPolicy, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// An X.509 group may reference only a CA certificate of the service that
// is verified.
func TestServiceAPIGroupNeedsAVerifiedCA(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	groups := newInstance(t, emu).EnrollmentGroups()
	certs := newCertificatesClient(t, emu)
	ca := newTestCA(t, "Group CA")
	uploaded, err := certs.CreateOrUpdate(ctx, "rg", "my-dps", "group-ca", dps.CertificateResponse{Properties: &dps.CertificateProperties{Certificate: to.Ptr(ca.pem)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	group := dps.EnrollmentGroup{Attestation: &dps.X509AttestationMechanism{X509: &dps.X509Attestation{CAReferences: &dps.X509CAReferences{Primary: to.Ptr("group-ca")}}}}
	if _, err := groups.CreateOrUpdate(ctx, "cameras", group, nil); !dps.HasCode(err, dps.ErrorCodeArgumentInvalid) {
		t.Fatalf("group on an unverified CA: %v, want %s", err, dps.ErrorCodeArgumentInvalid)
	}
	code, err := certs.GenerateVerificationCode(ctx, "rg", "my-dps", "group-ca", *uploaded.Etag, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := certs.VerifyCertificate(ctx, "rg", "my-dps", "group-ca", *code.Etag, dps.VerificationCodeRequest{Certificate: to.Ptr(ca.leaf(t, *code.Properties.VerificationCode))}, nil); err != nil {
		t.Fatal(err)
	}
	created, err := groups.CreateOrUpdate(ctx, "cameras", group, nil)
	if err != nil {
		t.Fatal(err)
	}
	if x := created.Attestation.(*dps.X509AttestationMechanism); *x.X509.CAReferences.Primary != "group-ca" {
		t.Errorf("created %+v", x.X509)
	}
}

// Deleting a service deletes what lived in it; a new service of the same
// name starts empty.
func TestEmulatorDeleteServiceDeletesItsEnrollments(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	svc := newInstance(t, emu)
	if _, err := svc.Enrollments().CreateOrUpdate(ctx, "d-1", dps.IndividualEnrollment{Attestation: symmetricKey(nil, nil)}, nil); err != nil {
		t.Fatal(err)
	}
	del, err := newClient(t, emu).BeginDelete(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := del.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	svc = newInstance(t, emu)
	if _, err := svc.Enrollments().Get(ctx, "d-1", nil); !dps.IsNotFound(err) {
		t.Errorf("enrollment of a deleted service: %v, want 404", err)
	}
}

// Behind an httptest server, the emulator's one instance answers the
// service API at the server's address, and checks the tokens minted for
// it.
func TestServiceAPIBehindAnHTTPServer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	newInstance(t, emu)
	owner, err := newClient(t, emu).ListKeysForKeyName(ctx, "rg", "my-dps", dps.DefaultSharedAccessPolicy, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewTLSServer(emu)
	defer srv.Close()
	svc, err := dps.NewServiceClientWithSharedAccessKey(srv.URL, mustCred(t, *owner.PrimaryKey), &dps.ServiceClientOptions{
		ClientOptions: policy.ClientOptions{Transport: srv.Client(), Retry: policy.RetryOptions{MaxRetries: -1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.EnrollmentGroups().CreateOrUpdate(ctx, "g", dps.EnrollmentGroup{Attestation: symmetricKey(nil, nil)}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.EnrollmentGroups().Get(ctx, "g", nil); err != nil {
		t.Fatal(err)
	}
}
