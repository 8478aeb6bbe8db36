package deviceprovisioning_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// One transport backs the three clients of a ServiceClient; queries page
// with the continuation header the fake sets, and an attestation comes
// back as the union it is.
func TestServiceServerBacksEveryServiceClient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var sawIfMatch string
	srv := fake.ServiceServer{
		Enrollments: fake.EnrollmentsServer{
			CreateOrUpdate: func(_ context.Context, id string, e dps.IndividualEnrollment, o *dps.EnrollmentsClientCreateOrUpdateOptions) (resp azfake.Responder[dps.EnrollmentsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
				sawIfMatch = *o.IfMatch
				e.Etag = ptr("etag-2")
				resp.SetResponse(http.StatusOK, dps.EnrollmentsClientCreateOrUpdateResponse{IndividualEnrollment: e}, nil)
				return
			},
			NewQueryPager: func(q dps.QuerySpecification, _ *dps.EnrollmentsClientQueryOptions) (resp azfake.PagerResponder[dps.EnrollmentsClientQueryResponse]) {
				for _, id := range []string{"a", "b", "c"} {
					resp.AddPage(http.StatusOK, dps.EnrollmentsClientQueryResponse{Value: []dps.IndividualEnrollment{{RegistrationID: ptr(id + ":" + *q.Query)}}}, nil)
				}
				return
			},
		},
		EnrollmentGroups: fake.EnrollmentGroupsServer{
			GetAttestationMechanism: func(_ context.Context, id string, _ *dps.EnrollmentGroupsClientGetAttestationMechanismOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientGetAttestationMechanismResponse], errResp azfake.ErrorResponder) {
				resp.SetResponse(http.StatusOK, dps.EnrollmentGroupsClientGetAttestationMechanismResponse{Attestation: &dps.SymmetricKeyAttestationMechanism{
					SymmetricKey: &dps.SymmetricKeyAttestation{PrimaryKey: ptr("a2V5")}}}, nil)
				return
			},
		},
		Registrations: fake.RegistrationsServer{
			Delete: func(_ context.Context, id string, o *dps.RegistrationsClientDeleteOptions) (resp azfake.Responder[dps.RegistrationsClientDeleteResponse], errResp azfake.ErrorResponder) {
				errResp.SetResponseError(http.StatusNotFound, "404201")
				return
			},
		},
	}
	svc, err := dps.NewServiceClient("https://my-dps.azure-devices-provisioning.net", &azfake.TokenCredential{}, &dps.ServiceClientOptions{ClientOptions: policy.ClientOptions{
		Transport: fake.NewServiceServerTransport(&srv), Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	created, err := svc.Enrollments().CreateOrUpdate(ctx, "d-1", dps.IndividualEnrollment{Attestation: &dps.NoneAttestationMechanism{}}, &dps.EnrollmentsClientCreateOrUpdateOptions{IfMatch: ptr("etag-1")})
	if err != nil || *created.Etag != "etag-2" || *created.RegistrationID != "d-1" || sawIfMatch != "etag-1" {
		t.Fatalf("created %+v (If-Match %q), %v", created.IndividualEnrollment, sawIfMatch, err)
	}
	var ids []string
	for e, err := range svc.Enrollments().QueryIter(ctx, dps.QuerySpecification{Query: ptr("SELECT *")}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *e.RegistrationID)
	}
	if strings.Join(ids, ",") != "a:SELECT *,b:SELECT *,c:SELECT *" {
		t.Errorf("queried %v", ids)
	}
	att, err := svc.EnrollmentGroups().GetAttestationMechanism(ctx, "g", nil)
	if sk, ok := att.Attestation.(*dps.SymmetricKeyAttestationMechanism); err != nil || !ok || *sk.SymmetricKey.PrimaryKey != "a2V5" {
		t.Errorf("attestation %#v, %v", att.Attestation, err)
	}
	if _, err := svc.Registrations().Delete(ctx, "r", nil); !dps.IsNotFound(err) {
		t.Errorf("delete: %v, want 404", err)
	}
	if _, err := svc.Registrations().Get(ctx, "r", nil); err == nil || !strings.Contains(err.Error(), "RegistrationsClient.Get") {
		t.Errorf("a nil server field: %v", err)
	}
}
