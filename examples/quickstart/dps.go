package main

import (
	"context"
	"fmt"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	dpsfake "github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/examples/internal/demo"
)

// deviceProvisioning creates a DPS instance, links an IoT hub to it with
// the lossless read-modify-write helper and lists its keys.
func deviceProvisioning(ctx context.Context, t *tour) error {
	var opts dps.ClientOptions
	if !t.target.Live {
		emu := dpsfake.NewEmulator(&dpsfake.EmulatorOptions{Polls: 2, RetryAfter: 10 * time.Millisecond})
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}
	}
	client, err := dps.NewProvisioningServicesClient(t.target.Subscription, t.target.Credential, &opts)
	if err != nil {
		return err
	}
	rg := t.target.ResourceGroup
	name := "quickstart-dps-" + t.suffix

	t.out.Step("Check that the name %s is free", name)
	avail, err := client.CheckNameAvailability(ctx, dps.OperationInputs{Name: to.Ptr(name)}, nil)
	if err != nil {
		return err
	}
	t.out.Info("available: %v", demo.Or(avail.NameAvailable, false))

	t.out.Step("Create Device Provisioning Service %s (S1, %s)", name, t.target.Location)
	poller, err := client.BeginCreateOrUpdate(ctx, rg, name, dps.ProvisioningServiceDescription{
		Location:   to.Ptr(t.target.Location),
		SKU:        &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{AllocationPolicy: to.Ptr(dps.AllocationPolicyHashed)},
		Tags:       map[string]string{"created-by": "azclients-quickstart"},
	}, nil)
	if err != nil {
		return err
	}
	created, err := demo.Wait(ctx, t.target.Live, poller, func() { t.out.Info("provisioning…") })
	if err != nil {
		return err
	}
	t.out.Info("%s is %s at %s", demo.Or(created.Name, "?"), demo.Or(created.Properties.ProvisioningState, "?"), demo.Or(created.Properties.ServiceOperationsHostName, "?"))

	t.out.Step("Link an IoT hub (GET, keys, change, PUT with If-Match: nothing else is lost)")
	hubConn := "HostName=quickstart-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=cXVpY2tzdGFydC1odWIta2V5LTAwMDAwMDAwMDA="
	modifier, err := client.BeginModify(ctx, rg, name, func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.IotHubs = append(d.Properties.IotHubs, dps.IotHubDefinitionDescription{
			ConnectionString:      to.Ptr(hubConn),
			Location:              to.Ptr(t.target.Location),
			AllocationWeight:      to.Ptr[int32](1),
			ApplyAllocationPolicy: to.Ptr(true),
		})
		return nil
	}, nil)
	if err != nil {
		return err
	}
	linked, err := demo.Wait(ctx, t.target.Live, modifier, nil)
	if err != nil {
		return err
	}
	for _, hub := range linked.Properties.IotHubs {
		t.out.Info("linked hub %s (%s)", demo.Or(hub.Name, "?"), demo.Or(hub.Location, "?"))
	}

	t.out.Step("List the shared access keys (masked here)")
	keys := 0
	for rule, err := range client.ListKeysIter(ctx, rg, name, nil) {
		if err != nil {
			return err
		}
		keys++
		t.out.Info("%s: rights %s, primary %s", demo.Or(rule.KeyName, "?"), demo.Or(rule.Rights, ""), demo.Mask(demo.Or(rule.PrimaryKey, "")))
	}
	t.done("Device Provisioning: %s created, %d hub(s) linked without losing keys, %d key rule(s) listed", name, len(linked.Properties.IotHubs), keys)
	return nil
}

// suffixFor returns a short suffix that keeps live resource names unique.
func suffixFor(live bool) string {
	if !live {
		return "demo"
	}
	return fmt.Sprintf("%x", time.Now().Unix()%0xfffff)
}
