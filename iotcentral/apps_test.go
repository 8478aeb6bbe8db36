package iotcentral_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

const testSubscription = "00000000-0000-0000-0000-000000000001"

var fastPolls = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func appsClient(t *testing.T, transport policy.Transporter) *iotcentral.AppsClient {
	t.Helper()
	c, err := iotcentral.NewAppsClient(testSubscription, &azfake.TokenCredential{}, &iotcentral.AppsClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport, Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// An application is created through ARM on the emulator, and its subdomain
// is then an application API the same emulator answers: one test creates
// the app and registers a device in it.
func TestAppsOnTheEmulatorThenDevicesInTheApp(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	apps := appsClient(t, emu)

	if _, err := iotcentral.NewAppsClient("not-a-uuid", &azfake.TokenCredential{}, nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("bad subscription: %v", err)
	}
	avail, err := apps.CheckSubdomainAvailability(ctx, iotcentral.OperationInputs{Name: to.Ptr("plant-1")}, nil)
	if err != nil || !*avail.NameAvailable {
		t.Fatalf("subdomain check: %+v, %v", avail, err)
	}
	app := iotcentral.App{Location: to.Ptr("westeurope"), SKU: &iotcentral.AppSkuInfo{Name: to.Ptr(iotcentral.AppSkuST1)},
		Properties: &iotcentral.AppProperties{DisplayName: to.Ptr("Plant 1"), Subdomain: to.Ptr("plant-1"), Template: to.Ptr("iotc-pnp-preview@1.0.0")}}
	poller, err := apps.BeginCreateOrUpdate(ctx, "rg1", "plant-1-app", app, nil)
	if err != nil {
		t.Fatal(err)
	}
	created, err := poller.PollUntilDone(ctx, fastPolls)
	if err != nil || *created.Properties.State != iotcentral.AppStateCreated || created.Properties.ApplicationID == nil {
		t.Fatalf("create: %+v, %v", created.App, err)
	}
	// The same subdomain twice is the service's 409.
	if _, err := apps.BeginCreateOrUpdate(ctx, "rg1", "other-app", app, nil); !iotcentral.HasCode(err, "SubdomainNotAvailable") {
		t.Errorf("duplicate subdomain: %v", err)
	}
	if _, err := apps.BeginCreateOrUpdate(ctx, "rg1", "-bad", app, nil); !iotcentral.HasCode(err, "InvalidResourceName") {
		t.Errorf("bad name: %v", err)
	}
	name, err := apps.CheckNameAvailability(ctx, iotcentral.OperationInputs{Name: to.Ptr("plant-1-app")}, nil)
	if err != nil || *name.NameAvailable || *name.Reason != "AlreadyExists" {
		t.Errorf("name check: %+v, %v", name.AppAvailabilityInfo, err)
	}

	// The data plane of the new application.
	central, err := iotcentral.NewClientWithAPITokenString(iotcentral.Endpoint(*created.Properties.Subdomain, ""), "SharedAccessSignature sr=plant-1&sig=x",
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := central.Devices().Create(ctx, "sensor-1", iotcentral.Device{DisplayName: to.Ptr("Sensor 1")}, nil); err != nil {
		t.Fatal(err)
	}

	up, err := apps.BeginUpdate(ctx, "rg1", "plant-1-app", iotcentral.AppPatch{Tags: map[string]*string{"env": to.Ptr("test")}, SKU: &iotcentral.AppSkuInfo{Name: to.Ptr(iotcentral.AppSkuST2)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	updated, err := up.PollUntilDone(ctx, fastPolls)
	if err != nil || *updated.SKU.Name != iotcentral.AppSkuST2 || *updated.Tags["env"] != "test" || *updated.Properties.Subdomain != "plant-1" {
		t.Fatalf("update: %+v, %v", updated.App, err)
	}
	var names []string
	for a, err := range apps.ListByResourceGroupIter(ctx, "rg1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *a.Name)
	}
	for a, err := range apps.ListBySubscriptionIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *a.Name)
	}
	for tmpl, err := range apps.ListTemplatesIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *tmpl.ManifestID)
	}
	if d := cmp.Diff([]string{"plant-1-app", "plant-1-app", "iotc-pnp-preview", "iotc-condition"}, names); d != "" {
		t.Errorf("lists (-want +got):\n%s", d)
	}
	del, err := apps.BeginDelete(ctx, "rg1", "plant-1-app", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := del.PollUntilDone(ctx, fastPolls); err != nil {
		t.Fatal(err)
	}
	if _, err := apps.Get(ctx, "rg1", "plant-1-app", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
}

// Every published api-version is accepted; an unknown one is the ARM error.
func TestAppsAPIVersions(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(nil)
	for _, v := range []string{"2018-09-01", "2021-06-01", "2021-11-01-preview", "2030-01-01"} {
		c, err := iotcentral.NewAppsClient(testSubscription, &azfake.TokenCredential{}, &iotcentral.AppsClientOptions{ClientOptions: arm.ClientOptions{
			ClientOptions: azcore.ClientOptions{Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1}, APIVersion: v}}})
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Get(context.Background(), "rg", "app-1", nil)
		want := "ResourceNotFound"
		if v == "2030-01-01" {
			want = "InvalidApiVersionParameter"
		}
		if !iotcentral.HasCode(err, want) {
			t.Errorf("api-version %s: %v, want %s", v, err, want)
		}
	}
}
