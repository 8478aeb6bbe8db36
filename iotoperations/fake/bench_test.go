package fake_test

import (
	"context"
	"testing"

	"github.com/azclients/azclients/iotoperations/fake"
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
// the PUT (201 + Azure-AsyncOperation), the status polls and the final
// GET. With polls=0 the first status poll ends the operation, so nothing
// waits; with polls=2 two running polls each make PollUntilDone wait its
// 1 ms frequency, which then dominates the time per operation.
func BenchmarkCreateOrUpdateUntilDone(b *testing.B) {
	for _, bc := range []struct {
		name  string
		polls int
	}{{"polls=0", -1}, {"polls=2", 2}} {
		b.Run(bc.name, func(b *testing.B) {
			_, c := setup(b, &fake.EmulatorOptions{Polls: bc.polls})
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
		})
	}
}
