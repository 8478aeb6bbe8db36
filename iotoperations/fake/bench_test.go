package fake_test

import (
	"context"
	"testing"
)

// BenchmarkGet measures a Get through the azcore pipeline on the
// emulator (request building, in-process transport, decode).
func BenchmarkGet(b *testing.B) {
	_, c := setup(b, nil)
	create(b, c, "flows", 3)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Get(ctx, rg, inst, "flows", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCreateOrUpdateUntilDone measures a whole create-or-update:
// PUT, two running status polls, the Succeeded poll and the final GET.
func BenchmarkCreateOrUpdateUntilDone(b *testing.B) {
	_, c := setup(b, nil)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "flows", resource(3), nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.PollUntilDone(ctx, fastPoll); err != nil {
			b.Fatal(err)
		}
	}
}
