package benchcmp

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/deviceprovisioningservices/armdeviceprovisioningservices"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/deviceprovisioning/fake"
)

const officialSub = "91d12660-3dec-467a-be2a-213b5544ddc0"

// TestOfficialClientAgainstTheEmulator drives the official
// armdeviceprovisioningservices v1.2.0 client, which sends api-version
// 2022-02-05, through a whole life cycle on our DPS emulator: every request
// must be understood and every answer decoded by the official client.
func TestOfficialClientAgainstTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 2, PageSize: 2})
	client, err := armdeviceprovisioningservices.NewIotDpsResourceClient(officialSub, &azfake.TokenCredential{}, &arm.ClientOptions{
		ClientOptions: policy.ClientOptions{Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	poll := &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}
	names := []string{"dps-a", "dps-b", "dps-c", "dps-d", "dps-e"}

	// create (poller): 201 + Azure-AsyncOperation, two running polls, final GET
	for _, name := range names {
		poller, err := client.BeginCreateOrUpdate(ctx, "rg", name, armdeviceprovisioningservices.ProvisioningServiceDescription{
			Location:   to.Ptr("eastus"),
			SKU:        &armdeviceprovisioningservices.IotDpsSKUInfo{Name: to.Ptr(armdeviceprovisioningservices.IotDpsSKUS1), Capacity: to.Ptr[int64](1)},
			Properties: &armdeviceprovisioningservices.IotDpsPropertiesDescription{EnableDataResidency: to.Ptr(false)},
			Tags:       map[string]*string{"env": to.Ptr("test")},
		}, nil)
		if err != nil {
			t.Fatalf("create %s: %v", name, err)
		}
		created, err := poller.PollUntilDone(ctx, poll)
		if err != nil {
			t.Fatalf("create %s: %v", name, err)
		}
		if got := deref(created.Properties.ProvisioningState); got != "Succeeded" {
			t.Errorf("create %s: provisioningState %q", name, got)
		}
	}

	// get
	got, err := client.Get(ctx, "dps-a", "rg", nil)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Name != "dps-a" || got.Properties.IDScope == nil || *got.Properties.State != armdeviceprovisioningservices.StateActive {
		t.Errorf("get: name %v, idScope %v, state %v", deref(got.Name), got.Properties.IDScope, got.Properties.State)
	}
	if got.SystemData == nil || got.SystemData.CreatedAt == nil {
		t.Error("get: no systemData, which 2022-02-05 has")
	}

	// list by resource group over several pages
	pager := client.NewListByResourceGroupPager("rg", nil)
	var listed []string
	pages := 0
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, s := range page.Value {
			listed = append(listed, *s.Name)
		}
	}
	if diff := cmp.Diff(names, listed); diff != "" || pages != 3 {
		t.Errorf("listed in %d pages (-want +got):\n%s", pages, diff)
	}

	// listkeys: the keys come only from here
	keys := client.NewListKeysPager("dps-a", "rg", nil)
	var keyNames []string
	for keys.More() {
		page, err := keys.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range page.Value {
			if k.PrimaryKey == nil || k.SecondaryKey == nil {
				t.Errorf("listkeys: policy %s without its keys", deref(k.KeyName))
			}
			keyNames = append(keyNames, *k.KeyName)
		}
	}
	if !slices.Equal(keyNames, []string{"provisioningserviceowner"}) {
		t.Errorf("listkeys: %v", keyNames)
	}

	// name availability
	for _, tt := range []struct {
		name      string
		available bool
	}{{"dps-a", false}, {"dps-unused", true}} {
		avail, err := client.CheckProvisioningServiceNameAvailability(ctx, armdeviceprovisioningservices.OperationInputs{Name: to.Ptr(tt.name)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if *avail.NameAvailable != tt.available {
			t.Errorf("name %s available %v, want %v (%v)", tt.name, *avail.NameAvailable, tt.available, deref(avail.Message))
		}
	}

	// tag update
	update, err := client.BeginUpdate(ctx, "rg", "dps-a", armdeviceprovisioningservices.TagsResource{Tags: map[string]*string{"env": to.Ptr("prod")}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	updated, err := update.PollUntilDone(ctx, poll)
	if err != nil {
		t.Fatal(err)
	}
	if deref(updated.Tags["env"]) != "prod" {
		t.Errorf("tags after update: %v", updated.Tags)
	}

	// delete (poller): 202 + Azure-AsyncOperation and Location
	del, err := client.BeginDelete(ctx, "dps-a", "rg", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := del.PollUntilDone(ctx, poll); err != nil {
		t.Fatal(err)
	}

	// get after delete: 404
	_, err = client.Get(ctx, "dps-a", "rg", nil)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusNotFound {
		t.Errorf("get after delete: %v, want a 404", err)
	}

	for _, r := range emu.Requests() {
		if r.Status == http.StatusBadRequest {
			t.Errorf("the emulator refused %s %s?%s: %d", r.Method, r.Path, r.Query, r.Status)
		}
	}
}

func deref[T any](p *T) string {
	if p == nil {
		return "<nil>"
	}
	return fmt.Sprint(*p)
}
