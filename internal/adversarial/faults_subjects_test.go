package adversarial_test

import (
	"context"
	"fmt"
	"iter"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	azruntime "github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	cifake "github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/deviceprovisioning"
	dpsfake "github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotcentral"
	centralfake "github.com/azclients/azclients/iotcentral/fake"
	"github.com/azclients/azclients/iotoperations"
	iotopsfake "github.com/azclients/azclients/iotoperations/fake"
)

// faultEmulator is what every package's emulator offers the fault matrix.
type faultEmulator interface {
	policy.Transporter
	AddFaults(faults ...emulation.Fault)
	PendingFaults() int
	Clock() *emulation.Clock
}

// retrying retries quickly and often enough to outlast every fault script
// of the matrix.
var retrying = policy.RetryOptions{MaxRetries: 40, RetryDelay: time.Microsecond, MaxRetryDelay: 5 * time.Millisecond}

// waiter waits for an operation to end.
type waiter func(ctx context.Context) error

// faultSubject is one package's emulator and the item the matrix creates
// 64 of: begin starts creating item i (continuing resumeToken when it is
// not empty) and returns how to wait for it and its resume token.
type faultSubject struct {
	pkg         string
	newEmulator func() faultEmulator
	prepare     func(ctx context.Context, emu faultEmulator) error
	begin       func(ctx context.Context, emu faultEmulator, i int, resumeToken string) (waiter, string, error)
	get         func(ctx context.Context, emu faultEmulator, i int) error
	// list counts the items with the package's iterator, page by page.
	list func(ctx context.Context, emu faultEmulator) (int, error)
	// hasCode reports whether err carries the service error code.
	hasCode func(err error, code string) bool
	// lro says whether creating an item is a long-running operation, which
	// FaultFailOperation can fail and a resume token can continue.
	lro bool
	// failedCode, when set, is the code of a failed operation in place of
	// the scripted one: the service reports only a provisioning state.
	failedCode string
	// scriptFailure, when set, makes every operation fail in place of
	// FaultFailOperation, which the emulator's operations do not use.
	scriptFailure func(emu faultEmulator)
}

func armFaultOptions(emu faultEmulator) arm.ClientOptions {
	return arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu, Retry: retrying}}
}

func waitFor[T any](p *azruntime.Poller[T]) (waiter, string, error) {
	token, err := p.ResumeToken()
	if err != nil {
		return nil, "", err
	}
	return func(ctx context.Context) error {
		_, err := p.PollUntilDone(ctx, fastPoll)
		return err
	}, token, nil
}

var faultSubjects = []faultSubject{
	{
		pkg: "iotoperations",
		lro: true,
		newEmulator: func() faultEmulator {
			return iotopsfake.NewEmulator(&iotopsfake.EmulatorOptions{Polls: 1, PageSize: pageSize})
		},
		prepare: func(_ context.Context, emu faultEmulator) error {
			emu.(*iotopsfake.Emulator).AddInstance(testSubscription, "rg", "inst")
			return nil
		},
		begin: func(ctx context.Context, emu faultEmulator, i int, token string) (waiter, string, error) {
			c, err := iotoperations.NewDataflowProfilesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armFaultOptions(emu)})
			if err != nil {
				return nil, "", err
			}
			p, err := c.BeginCreateOrUpdate(ctx, "rg", "inst", fmt.Sprintf("profile-%d", i), iotoperations.DataflowProfileResource{
				Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](1)},
			}, &iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
			if err != nil {
				return nil, "", err
			}
			return waitFor(p)
		},
		get: func(ctx context.Context, emu faultEmulator, i int) error {
			c, _ := iotoperations.NewDataflowProfilesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armFaultOptions(emu)})
			_, err := c.Get(ctx, "rg", "inst", fmt.Sprintf("profile-%d", i), nil)
			return err
		},
		list: func(ctx context.Context, emu faultEmulator) (int, error) {
			c, _ := iotoperations.NewDataflowProfilesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armFaultOptions(emu)})
			return count(c.ListIter(ctx, "rg", "inst", nil))
		},
		hasCode: func(err error, code string) bool { return iotoperations.HasCode(err, code) },
	},
	{
		pkg: "deviceprovisioning",
		lro: true,
		newEmulator: func() faultEmulator {
			return dpsfake.NewEmulator(&dpsfake.EmulatorOptions{Polls: 1, PageSize: pageSize})
		},
		prepare: func(context.Context, faultEmulator) error { return nil },
		begin: func(ctx context.Context, emu faultEmulator, i int, token string) (waiter, string, error) {
			c, err := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armFaultOptions(emu)})
			if err != nil {
				return nil, "", err
			}
			p, err := c.BeginCreateOrUpdate(ctx, "rg", fmt.Sprintf("dps-%d", i), deviceprovisioning.ProvisioningServiceDescription{
				Location:   to.Ptr("eastus"),
				SKU:        &deviceprovisioning.IotDpsSkuInfo{Name: to.Ptr(deviceprovisioning.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
				Properties: &deviceprovisioning.IotDpsPropertiesDescription{},
			}, &deviceprovisioning.ProvisioningServicesClientBeginCreateOrUpdateOptions{ResumeToken: token})
			if err != nil {
				return nil, "", err
			}
			return waitFor(p)
		},
		get: func(ctx context.Context, emu faultEmulator, i int) error {
			c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armFaultOptions(emu)})
			_, err := c.Get(ctx, "rg", fmt.Sprintf("dps-%d", i), nil)
			return err
		},
		list: func(ctx context.Context, emu faultEmulator) (int, error) {
			c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armFaultOptions(emu)})
			return count(c.ListByResourceGroupIter(ctx, "rg", nil))
		},
		hasCode: func(err error, code string) bool { return deviceprovisioning.HasCode(err, code) },
	},
	{
		pkg:         "customerinsights",
		lro:         true,
		failedCode:  "ProvisioningStateFailed", // documented on ProvisioningError
		newEmulator: func() faultEmulator { return cifake.NewEmulator(&cifake.EmulatorOptions{Polls: 1, PageSize: pageSize}) },
		prepare: func(ctx context.Context, emu faultEmulator) error {
			c, err := customerinsights.NewHubsClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armFaultOptions(emu)})
			if err != nil {
				return err
			}
			_, err = c.CreateOrUpdate(ctx, "rg", "hub1", customerinsights.Hub{Location: to.Ptr("westus")}, nil)
			return err
		},
		begin: func(ctx context.Context, emu faultEmulator, i int, token string) (waiter, string, error) {
			c, err := customerinsights.NewProfilesClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armFaultOptions(emu)})
			if err != nil {
				return nil, "", err
			}
			p, err := c.BeginCreateOrUpdate(ctx, "rg", "hub1", fmt.Sprintf("Profile%d", i), customerinsights.ProfileResourceFormat{Properties: &customerinsights.ProfileTypeDefinition{
				Fields:    []customerinsights.PropertyDefinition{{FieldName: to.Ptr("Id"), FieldType: to.Ptr(customerinsights.FieldTypeString)}},
				StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id"}}},
			}}, &customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
			if err != nil {
				return nil, "", err
			}
			return waitFor(p)
		},
		get: func(ctx context.Context, emu faultEmulator, i int) error {
			c, _ := customerinsights.NewProfilesClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armFaultOptions(emu)})
			_, err := c.Get(ctx, "rg", "hub1", fmt.Sprintf("Profile%d", i), nil)
			return err
		},
		list: func(ctx context.Context, emu faultEmulator) (int, error) {
			c, _ := customerinsights.NewProfilesClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armFaultOptions(emu)})
			return count(c.ListByHubIter(ctx, "rg", "hub1", nil))
		},
		hasCode: func(err error, code string) bool { return customerinsights.HasCode(err, code) },
	},
	{
		pkg:         "iotcentral",
		newEmulator: func() faultEmulator { return centralfake.NewEmulator(&centralfake.EmulatorOptions{PageSize: pageSize}) },
		prepare:     func(context.Context, faultEmulator) error { return nil },
		begin: func(ctx context.Context, emu faultEmulator, i int, _ string) (waiter, string, error) {
			c, err := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu, Retry: retrying}})
			if err != nil {
				return nil, "", err
			}
			return func(ctx context.Context) error {
				_, err := c.Devices().Create(ctx, fmt.Sprintf("device-%d", i), iotcentral.Device{DisplayName: to.Ptr("device")}, nil)
				return err
			}, "", nil
		},
		get: func(ctx context.Context, emu faultEmulator, i int) error {
			c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu, Retry: retrying}})
			_, err := c.Devices().Get(ctx, fmt.Sprintf("device-%d", i), nil)
			return err
		},
		list: func(ctx context.Context, emu faultEmulator) (int, error) {
			return count(centralClient(emu).Devices().ListIter(ctx, nil))
		},
		hasCode: func(err error, code string) bool { return iotcentral.HasCode(err, code) },
	},
	{
		pkg:         "iotcentral jobs",
		lro:         true,
		failedCode:  "JobFailed", // documented on JobError
		newEmulator: func() faultEmulator { return centralfake.NewEmulator(&centralfake.EmulatorOptions{PageSize: pageSize}) },
		prepare: func(ctx context.Context, emu faultEmulator) error {
			c := centralClient(emu)
			for _, id := range []string{"dev-0", "dev-1"} {
				if _, err := c.Devices().Create(ctx, id, iotcentral.Device{DisplayName: to.Ptr(id)}, nil); err != nil {
					return err
				}
			}
			_, err := c.DeviceGroups().Create(ctx, "all", iotcentral.DeviceGroup{DisplayName: to.Ptr("all"), Filter: to.Ptr("SELECT * FROM devices")}, nil)
			return err
		},
		scriptFailure: func(emu faultEmulator) {
			emu.(*centralfake.Emulator).FailJobDevices(workers, "dev-0", "dev-1")
		},
		begin: func(ctx context.Context, emu faultEmulator, i int, token string) (waiter, string, error) {
			c := centralClient(emu)
			id := fmt.Sprintf("job-%d", i)
			if token == "" {
				if _, err := c.Jobs().Create(ctx, id, iotcentral.Job{
					Group: to.Ptr("all"),
					Data:  []iotcentral.JobData{&iotcentral.CommandJobData{Target: to.Ptr("dtmi:adversarial:device;1"), Path: to.Ptr("reboot")}},
				}, nil); err != nil {
					return nil, "", err
				}
			}
			p, err := c.Jobs().BeginWait(ctx, id, &iotcentral.JobsClientBeginWaitOptions{ResumeToken: token})
			if err != nil {
				return nil, "", err
			}
			return waitFor(p)
		},
		get: func(ctx context.Context, emu faultEmulator, i int) error {
			got, err := centralClient(emu).Jobs().Get(ctx, fmt.Sprintf("job-%d", i), nil)
			if err == nil && (got.Status == nil || *got.Status != iotcentral.JobStatusComplete) {
				return fmt.Errorf("job-%d ended %v, want complete", i, got.Status)
			}
			return err
		},
		list: func(ctx context.Context, emu faultEmulator) (int, error) {
			return count(centralClient(emu).Jobs().ListIter(ctx, nil))
		},
		hasCode: func(err error, code string) bool { return iotcentral.HasCode(err, code) },
	},
}

// pageSize makes the emulators page their lists, so that listing 64
// items follows several nextLinks.
const pageSize = 10

// count counts the items of an iterator, stopping at its first error.
func count[T any](items iter.Seq2[T, error]) (int, error) {
	n := 0
	for _, err := range items {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func centralClient(emu faultEmulator) *iotcentral.Client {
	c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu, Retry: retrying}})
	return c
}
