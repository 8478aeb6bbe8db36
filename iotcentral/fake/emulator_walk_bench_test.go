package fake_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// BenchmarkWalkDevices walks every device of an application with the
// List iterator, at 1,000 and 10,000 devices (pages of 100). Compare the
// "walk-live-B" metric across sizes: the heap the walk holds at its last
// device, above what was live before it started (the emulator's own store
// of devices is on the same heap, so it is measured out). It stays flat
// because one page is held at a time, while the bytes allocated per walk
// (B/op) grow with the total.
func BenchmarkWalkDevices(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			_, c := newApp(b, &fake.EmulatorOptions{PageSize: 100})
			ctx := context.Background()
			for i := range n {
				if _, err := c.Devices().Create(ctx, fmt.Sprintf("dev-%05d", i), iotcentral.Device{DisplayName: to.Ptr("d")}, nil); err != nil {
					b.Fatal(err)
				}
			}
			var live int64
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				seen := 0
				for _, err := range c.Devices().ListIter(ctx, nil) {
					if err != nil {
						b.Fatal(err)
					}
					seen++
					if seen == n {
						// Measure what the walk keeps alive at its end.
						runtime.GC()
						var ms runtime.MemStats
						runtime.ReadMemStats(&ms)
						live = int64(ms.HeapAlloc) - int64(before.HeapAlloc)
					}
				}
				if seen != n {
					b.Fatalf("walked %d devices, want %d", seen, n)
				}
			}
			b.ReportMetric(float64(live), "walk-live-B")
		})
	}
}
