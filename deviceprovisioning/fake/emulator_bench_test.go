package fake_test

import (
	"context"
	"fmt"
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// BenchmarkCreateOrUpdateLROOnEmulator runs a whole create: the PUT
// answered 201 with Azure-AsyncOperation, two polls that report it
// running, the poll that ends it and the final GET. It polls with Poll,
// without PollUntilDone's waits between polls.
func BenchmarkCreateOrUpdateLROOnEmulator(b *testing.B) {
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 2})
	c := newClient(b, emu)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		poller, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
		if err != nil {
			b.Fatal(err)
		}
		for !poller.Done() {
			if _, err := poller.Poll(ctx); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := poller.Result(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkModifyOnEmulator runs a whole read-modify-write: GET, listkeys,
// the PUT and its operation, ended on its first poll.
func BenchmarkModifyOnEmulator(b *testing.B) {
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(b, emu)
	ctx := context.Background()
	create(b, c, "my-dps", newService())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		poller, err := c.BeginModify(ctx, "rg", "my-dps", func(d *dps.ProvisioningServiceDescription) error {
			d.Tags = map[string]string{"run": fmt.Sprint(i)}
			return nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := poller.PollUntilDone(ctx, fastPoll); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListByResourceGroupOnEmulator lists 250 services over pages of
// 100.
func BenchmarkListByResourceGroupOnEmulator(b *testing.B) {
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(b, emu)
	for i := range 250 {
		create(b, c, fmt.Sprintf("dps-%03d", i), newService())
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 250 {
			b.Fatalf("listed %d", n)
		}
	}
}
