package fake_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/azclients/azclients/customerinsights/fake"
)

// BenchmarkCreateOrUpdateLROOnEmulator runs a whole create: the PUT
// answered 202 without a polling header, then GETs until Succeeded (two
// reads show Provisioning). It polls with Poll, without PollUntilDone's
// waits between polls.
func BenchmarkCreateOrUpdateLROOnEmulator(b *testing.B) {
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 2})
	c := newClient(b, emu)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		poller, err := c.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil)
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

// BenchmarkListByHubOnEmulator lists 250 profiles over pages of 100.
func BenchmarkListByHubOnEmulator(b *testing.B) {
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(b, emu)
	ctx := context.Background()
	for i := range 250 {
		poller, err := c.BeginCreateOrUpdate(ctx, "rg", "contoso", fmt.Sprintf("P%03d", i), customerProfile(), nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := poller.PollUntilDone(ctx, fastPoll); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range c.ListByHubIter(ctx, "rg", "contoso", nil) {
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
