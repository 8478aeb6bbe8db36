package fake_test

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// One factory hands out every ARM client on one pipeline; the operation
// list pages through nextLink.
func TestClientFactoryAndOperationsList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1, PageSize: 5})
	f, err := dps.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	create(t, f.NewProvisioningServicesClient(), "my-dps", newService())
	certs, err := f.NewCertificatesClient().List(ctx, "rg", "my-dps", nil)
	if err != nil || certs.Value == nil || len(certs.Value) != 0 {
		t.Fatalf("certificates of a new service: %+v, %v", certs.Value, err)
	}
	pager := f.NewOperationsClient().NewListPager(nil)
	pages := 0
	for pager.More() {
		if _, err := pager.NextPage(ctx); err != nil {
			t.Fatal(err)
		}
		pages++
	}
	var names []string
	for op, err := range f.NewOperationsClient().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *op.Name)
	}
	if pages != 3 || len(names) != 13 || names[0] != "Microsoft.Devices/register/action" {
		t.Errorf("%d pages, operations %v", pages, names)
	}
}
