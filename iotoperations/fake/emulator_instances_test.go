package fake_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

const registryID = "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.DeviceRegistry/schemaRegistries/registry1"

// instancesFor returns an instances client and a profiles client of the
// same emulator.
func instancesFor(t testing.TB, emu *fake.Emulator) (*iotoperations.InstancesClient, *iotoperations.DataflowProfilesClient) {
	t.Helper()
	opts := &iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1},
	}}}
	ic, err := iotoperations.NewInstancesClient(sub, &azfake.TokenCredential{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return ic, clientFor(t, emu)
}

// instance is an instance to send: every member the service requires.
func instance() iotoperations.InstanceResource {
	return iotoperations.InstanceResource{
		Location:         to.Ptr("eastus"),
		ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr(loc), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)},
		Properties: &iotoperations.InstanceProperties{
			Description:       to.Ptr("line 1"),
			SchemaRegistryRef: &iotoperations.SchemaRegistryRef{ResourceID: to.Ptr(registryID)},
		},
		Tags: map[string]*string{"line": to.Ptr("1")},
	}
}

func createInstance(t testing.TB, c *iotoperations.InstancesClient, rgName, name string) iotoperations.InstanceResource {
	t.Helper()
	p, err := c.BeginCreateOrUpdate(context.Background(), rgName, name, instance(), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.PollUntilDone(context.Background(), fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	return got.InstanceResource
}

func TestInstanceLifecycle(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(nil)
	ic, _ := instancesFor(t, emu)
	ctx := context.Background()

	created := createInstance(t, ic, rg, "aio-line2")
	wantID := "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.IoTOperations/instances/aio-line2"
	if *created.ID != wantID || *created.Type != "Microsoft.IoTOperations/instances" || *created.Properties.ProvisioningState != iotoperations.ProvisioningStateSucceeded {
		t.Errorf("created: %+v %+v", created, created.Properties)
	}
	if d := cmp.Diff(registryID, *created.Properties.SchemaRegistryRef.ResourceID); d != "" {
		t.Errorf("schemaRegistryRef (-want +got):\n%s", d)
	}

	updated, err := ic.Update(ctx, rg, "aio-line2", iotoperations.InstancePatchModel{
		Tags:     map[string]*string{"line": to.Ptr("2")},
		Identity: &iotoperations.ManagedServiceIdentity{Type: to.Ptr(iotoperations.ManagedServiceIdentityTypeSystemAssigned)},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if *updated.Tags["line"] != "2" || *updated.Identity.Type != iotoperations.ManagedServiceIdentityTypeSystemAssigned || *updated.Properties.Description != "line 1" {
		t.Errorf("updated: tags %v, identity %+v, properties %+v", updated.Tags, updated.Identity, updated.Properties)
	}

	got, err := ic.Get(ctx, rg, "aio-line2", nil)
	if err != nil || *got.Tags["line"] != "2" {
		t.Fatalf("get after update: %v %v", got.Tags, err)
	}

	p, err := ic.BeginDelete(ctx, rg, "aio-line2", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if _, err := ic.Get(ctx, rg, "aio-line2", nil); !iotoperations.HasCode(err, iotoperations.ErrorCodeResourceNotFound) {
		t.Errorf("get after delete: %v", err)
	}
	if _, err := ic.Update(ctx, rg, "aio-line2", iotoperations.InstancePatchModel{}, nil); !iotoperations.IsNotFound(err) {
		t.Errorf("update after delete: %v", err)
	}
}

func TestInstanceListsPageAcrossResourceGroups(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{PageSize: 2, Polls: -1})
	ic, _ := instancesFor(t, emu)
	ctx := context.Background()
	for _, id := range []struct{ rg, name string }{{"rg-a", "i-one"}, {"rg-a", "i-two"}, {"rg-a", "i-three"}, {"rg-b", "i-four"}} {
		createInstance(t, ic, id.rg, id.name)
	}
	var byRG, bySub []string
	for inst, err := range ic.ListByResourceGroupIter(ctx, "rg-a", nil) {
		if err != nil {
			t.Fatal(err)
		}
		byRG = append(byRG, *inst.Name)
	}
	for inst, err := range ic.ListBySubscriptionIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		bySub = append(bySub, *inst.Name)
	}
	if d := cmp.Diff([]string{"i-one", "i-three", "i-two"}, byRG); d != "" {
		t.Errorf("by resource group (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"i-one", "i-three", "i-two", "i-four"}, bySub); d != "" {
		t.Errorf("by subscription (-want +got):\n%s", d)
	}
	pages := 0
	for _, r := range emu.Requests() {
		if r.Method == http.MethodGet && strings.HasSuffix(r.Path, "/providers/Microsoft.IoTOperations/instances") && strings.Contains(r.Path, "/resourceGroups/rg-a/") {
			pages++
		}
	}
	if pages != 2 {
		t.Errorf("%d pages for 3 instances at 2 a page, want 2", pages)
	}
}

// TestDeletingAnInstanceDeletesItsChildren checks the cascade: after the
// instance is gone, its profiles answer 404 (ParentResourceNotFound, as
// ARM answers for a child of a missing parent).
func TestDeletingAnInstanceDeletesItsChildren(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	ic, pc := instancesFor(t, emu)
	ctx := context.Background()
	createInstance(t, ic, rg, inst)
	create(t, pc, "flows", 1)
	p, err := ic.BeginDelete(ctx, rg, inst, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	_, err = pc.Get(ctx, rg, inst, "flows", nil)
	if !iotoperations.IsNotFound(err) || !iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) {
		t.Errorf("profile after its instance was deleted: %v", err)
	}
	// a new instance of the same name starts empty
	createInstance(t, ic, rg, inst)
	for p, err := range pc.ListIter(ctx, rg, inst, nil) {
		t.Errorf("profile %v survived the deletion of its instance (%v)", p.Name, err)
	}
}

func TestInstanceRules(t *testing.T) {
	t.Parallel()
	noLocation := instance()
	noLocation.Location = nil
	noRegistry := instance()
	noRegistry.Properties.SchemaRegistryRef = nil
	noExtended := instance()
	noExtended.ExtendedLocation = nil
	moved := instance()
	moved.ExtendedLocation.Name = to.Ptr(loc + "-2")
	tests := []struct {
		name     string
		resource iotoperations.InstanceResource
		code     string
	}{
		{"location missing", noLocation, iotoperations.ErrorCodeInvalidRequestContent},
		{"schemaRegistryRef missing", noRegistry, iotoperations.ErrorCodeInvalidRequestContent},
		{"extendedLocation missing", noExtended, iotoperations.ErrorCodeInvalidRequestContent},
		{"extendedLocation changed", moved, iotoperations.ErrorCodePropertyChangeNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
			ic, _ := instancesFor(t, emu)
			createInstance(t, ic, rg, "existing")
			_, err := ic.BeginCreateOrUpdate(context.Background(), rg, "existing", tt.resource, nil)
			if !iotoperations.HasCode(err, tt.code) {
				t.Errorf("error = %v, want %s", err, tt.code)
			}
		})
	}
}

// TestChildUnderAMissingParent checks ParentResourceNotFound on a write
// and a list under an instance that does not exist.
func TestChildUnderAMissingParent(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(nil)
	_, pc := instancesFor(t, emu)
	ctx := context.Background()
	_, err := pc.BeginCreateOrUpdate(ctx, rg, "nowhere", "flows", resource(1), nil)
	if !iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) {
		t.Errorf("create: %v", err)
	}
	for _, err := range pc.ListIter(ctx, rg, "nowhere", nil) {
		if !iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) {
			t.Errorf("list: %v", err)
		}
	}
}

// TestOperationsList checks the provider's operations: read, write and
// delete of every type the api-version has.
func TestOperationsList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		version string
		want    int
	}{
		{"2025-10-01", 3 * 12},
		{"2024-11-01", 3 * 8}, // no graphs, registry endpoints or Akri yet
	}
	for _, tt := range tests {
		t.Run(tt.version, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{PageSize: 10})
			c, err := iotoperations.NewOperationsClient(&azfake.TokenCredential{}, &iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
				Transport: emu, APIVersion: tt.version,
			}}})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for op, err := range c.ListIter(context.Background(), nil) {
				if err != nil {
					t.Fatal(err)
				}
				names = append(names, *op.Name)
			}
			if len(names) != tt.want || names[0] != "Microsoft.IoTOperations/instances/read" {
				t.Errorf("%d operations %v, want %d", len(names), names, tt.want)
			}
		})
	}
}

// TestDefaultEndpoint checks EmulatorOptions.DefaultEndpoint: a new
// instance comes with the documented "default" local broker endpoint, in
// the instance's custom location; without the option it does not.
func TestDefaultEndpoint(t *testing.T) {
	t.Parallel()
	for _, on := range []bool{true, false} {
		emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1, DefaultEndpoint: on})
		ic, _ := instancesFor(t, emu)
		createInstance(t, ic, rg, "with-defaults")
		endpoints, err := iotoperations.NewDataflowEndpointsClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := endpoints.Get(context.Background(), rg, "with-defaults", "default", nil)
		if !on {
			if !iotoperations.IsNotFound(err) {
				t.Errorf("without the option: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		m := got.Properties.MqttSettings
		if *got.Properties.EndpointType != iotoperations.EndpointTypeMqtt || *m.Host != "aio-broker:18883" ||
			*m.Authentication.Method != iotoperations.MqttAuthMethodServiceAccountToken || *got.ExtendedLocation.Name != loc {
			t.Errorf("default endpoint: %+v %+v", got.Properties, m)
		}
	}
}
