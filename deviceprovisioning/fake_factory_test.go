package deviceprovisioning_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// One ServerFactory transport backs every client of a ClientFactory, and
// each server sees the arguments its client sent.
func TestServerFactoryBacksEveryClient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var deleted []string
	srv := fake.ServerFactory{
		ProvisioningServicesServer: fake.ProvisioningServicesServer{
			Get: func(_ context.Context, rg, name string, _ *dps.ProvisioningServicesClientGetOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetResponse], errResp azfake.ErrorResponder) {
				resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientGetResponse{ProvisioningServiceDescription: dps.ProvisioningServiceDescription{Name: ptr(name)}}, nil)
				return
			},
		},
		CertificatesServer: fake.CertificatesServer{
			Get: func(_ context.Context, rg, svc, cert string, o *dps.CertificatesClientGetOptions) (resp azfake.Responder[dps.CertificatesClientGetResponse], errResp azfake.ErrorResponder) {
				resp.SetResponse(http.StatusOK, dps.CertificatesClientGetResponse{CertificateResponse: dps.CertificateResponse{
					Name: ptr(cert), Etag: o.IfMatch, Properties: &dps.CertificateProperties{IsVerified: ptr(true)}}}, nil)
				return
			},
			Delete: func(_ context.Context, rg, svc, cert, ifMatch string, _ *dps.CertificatesClientDeleteOptions) (resp azfake.Responder[dps.CertificatesClientDeleteResponse], errResp azfake.ErrorResponder) {
				deleted = append(deleted, cert+"@"+ifMatch)
				resp.SetResponse(http.StatusOK, dps.CertificatesClientDeleteResponse{}, nil)
				return
			},
		},
		OperationsServer: fake.OperationsServer{
			NewListPager: func(*dps.OperationsClientListOptions) (resp azfake.PagerResponder[dps.OperationsClientListResponse]) {
				resp.AddPage(http.StatusOK, dps.OperationsClientListResponse{OperationListResult: dps.OperationListResult{Value: []dps.Operation{{Name: ptr("a")}}}}, nil)
				resp.AddPage(http.StatusOK, dps.OperationsClientListResponse{OperationListResult: dps.OperationListResult{Value: []dps.Operation{{Name: ptr("b")}}}}, nil)
				return
			},
		},
	}
	f, err := dps.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: fake.NewServerFactoryTransport(&srv), Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	svc, err := f.NewProvisioningServicesClient().Get(ctx, "rg", "my-dps", nil)
	if err != nil || *svc.Name != "my-dps" {
		t.Fatalf("service %v, %v", svc.Name, err)
	}
	cert, err := f.NewCertificatesClient().Get(ctx, "rg", "my-dps", "root", &dps.CertificatesClientGetOptions{IfMatch: ptr("etag-1")})
	if err != nil || *cert.Name != "root" || *cert.Etag != "etag-1" || !*cert.Properties.IsVerified {
		t.Fatalf("certificate %+v, %v", cert.CertificateResponse, err)
	}
	if _, err := f.NewCertificatesClient().Delete(ctx, "rg", "my-dps", "root", "etag-1", nil); err != nil || len(deleted) != 1 || deleted[0] != "root@etag-1" {
		t.Fatalf("delete: %v, server saw %v", err, deleted)
	}
	var ops []string
	for op, err := range f.NewOperationsClient().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, *op.Name)
	}
	if strings.Join(ops, ",") != "a,b" {
		t.Errorf("operations %v", ops)
	}
	if _, err := f.NewCertificatesClient().List(ctx, "rg", "my-dps", nil); err == nil || !strings.Contains(err.Error(), "CertificatesClient.List") {
		t.Errorf("a nil server field: %v, want an error naming CertificatesClient.List", err)
	}
}
