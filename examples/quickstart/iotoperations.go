package main

import (
	"context"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotoperations"
	iotopsfake "github.com/azclients/azclients/iotoperations/fake"
)

// iotOperations creates a dataflow profile on an Azure IoT Operations
// instance and scales it with a read-modify-write.
func iotOperations(ctx context.Context, t *tour) error {
	var opts iotoperations.ClientOptions
	if !t.target.Live {
		emu := iotopsfake.NewEmulator(&iotopsfake.EmulatorOptions{Polls: 2, RetryAfter: 10 * time.Millisecond})
		emu.AddInstance(t.target.Subscription, t.target.ResourceGroup, t.target.IoTOpsInstance)
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}
	}
	client, err := iotoperations.NewDataflowProfilesClient(t.target.Subscription, t.target.Credential, &opts)
	if err != nil {
		return err
	}
	rg, instance, name := t.target.ResourceGroup, t.target.IoTOpsInstance, "quickstart-flows"

	t.out.Step("Create dataflow profile %s on instance %s with 1 instance", name, instance)
	poller, err := client.BeginCreateOrUpdate(ctx, rg, instance, name, iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{
			Name: to.Ptr(t.target.IoTOpsCustomLocation),
			Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation),
		},
		Properties: &iotoperations.DataflowProfileProperties{
			InstanceCount: to.Ptr[int32](1),
			Diagnostics: &iotoperations.ProfileDiagnostics{
				Logs: &iotoperations.DiagnosticsLogs{Level: to.Ptr(iotoperations.DefaultLogLevel)},
			},
		},
	}, nil)
	if err != nil {
		return err
	}
	created, err := demo.Wait(ctx, t.target.Live, poller, nil)
	if err != nil {
		return err
	}
	t.out.Info("%s: %s, %d instance(s)", demo.Or(created.Name, "?"), demo.Or(created.Properties.ProvisioningState, "?"), demo.Or(created.Properties.InstanceCount, 0))

	t.out.Step("Scale %s to 3 instances (GET, change instanceCount, PUT)", name)
	got, err := client.Get(ctx, rg, instance, name, nil)
	if err != nil {
		return err
	}
	got.Properties.InstanceCount = to.Ptr[int32](3)
	poller, err = client.BeginCreateOrUpdate(ctx, rg, instance, name, got.DataflowProfileResource, nil)
	if err != nil {
		return err
	}
	scaled, err := demo.Wait(ctx, t.target.Live, poller, nil)
	if err != nil {
		return err
	}
	t.out.Info("%s: %s, %d instance(s)", demo.Or(scaled.Name, "?"), demo.Or(scaled.Properties.ProvisioningState, "?"), demo.Or(scaled.Properties.InstanceCount, 0))

	t.out.Step("List the dataflows of every dataflow profile of instance %s", instance)
	flows, err := iotoperations.NewDataflowsClient(t.target.Subscription, t.target.Credential, &opts)
	if err != nil {
		return err
	}
	for profile, err := range client.ListIter(ctx, rg, instance, nil) {
		if err != nil {
			return err
		}
		n := 0
		for flow, err := range flows.ListIter(ctx, rg, instance, demo.Or(profile.Name, ""), nil) {
			if err != nil {
				return err
			}
			n++
			t.out.Info("%s/%s", demo.Or(profile.Name, "?"), demo.Or(flow.Name, "?"))
		}
		t.out.Info("%s: %d dataflow(s)", demo.Or(profile.Name, "?"), n)
	}
	t.done("IoT Operations: dataflow profile %s created and scaled to %d instances", name, demo.Or(scaled.Properties.InstanceCount, 0))
	return nil
}
