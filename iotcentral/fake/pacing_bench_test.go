package fake_test

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// countingTransport counts the answers of its transport by status.
type countingTransport struct {
	next      policy.Transporter
	sent, got atomic.Int64 // requests, and 429 answers
}

func (c *countingTransport) Do(req *http.Request) (*http.Response, error) {
	c.sent.Add(1)
	resp, err := c.next.Do(req)
	if resp != nil && resp.StatusCode == http.StatusTooManyRequests {
		c.got.Add(1)
	}
	return resp, err
}

// driveInRealTime advances the emulator's clock with wall time until stop
// is called.
func driveInRealTime(clock *emulation.Clock) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		start, advanced := time.Now(), time.Duration(0)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				now := time.Since(start)
				clock.Advance(now - advanced)
				advanced = now
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// BenchmarkBulkCreateUnderRateLimit creates 5,000 devices with 32 workers
// against an application limited to 1,000 requests per second, with and
// without a shared Pacer. It reports wall time over the theoretical
// minimum (5,000 / 1,000 s) as "x-minimum" and the share of requests that
// were throttled. It takes several seconds per run: run it alone, e.g.
//
//	go test -run '^$' -bench BulkCreate -benchtime 1x -count 3 ./iotcentral/fake/
func BenchmarkBulkCreateUnderRateLimit(b *testing.B) {
	const devices, workers, limit = 5000, 32, 1000
	for _, paced := range []bool{false, true} {
		b.Run(fmt.Sprintf("paced=%v", paced), func(b *testing.B) {
			for b.Loop() {
				emu := fake.NewEmulator(&fake.EmulatorOptions{RateLimit: limit})
				counter := &countingTransport{next: emu}
				opts := &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
					Transport: counter,
					Retry:     policy.RetryOptions{MaxRetries: 50, RetryDelay: 10 * time.Millisecond, MaxRetryDelay: 2 * time.Second},
				}}
				if paced {
					opts.Pacer = iotcentral.NewPacer(&iotcentral.PacerOptions{RequestsPerSecond: 0.97 * limit})
				}
				client, err := iotcentral.NewClientWithAPITokenString("https://bench.azureiotcentral.com/api", "SharedAccessSignature sr=bench&sig=s&skn=k&se=1", opts)
				if err != nil {
					b.Fatal(err)
				}
				ids := make(chan string)
				var failed atomic.Int64
				var wg sync.WaitGroup
				stop := driveInRealTime(emu.Clock())
				start := time.Now()
				for range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for id := range ids {
							if _, err := client.Devices().Create(context.Background(), id, iotcentral.Device{DisplayName: to.Ptr(id)}, nil); err != nil {
								failed.Add(1)
							}
						}
					}()
				}
				for i := range devices {
					ids <- fmt.Sprintf("dev-%05d", i)
				}
				close(ids)
				wg.Wait()
				wall := time.Since(start)
				stop()
				if failed.Load() != 0 {
					b.Fatalf("%d creates failed", failed.Load())
				}
				b.ReportMetric(wall.Seconds()/(float64(devices)/limit), "x-minimum")
				b.ReportMetric(float64(counter.got.Load()), "429s")
				b.ReportMetric(100*float64(counter.got.Load())/float64(counter.sent.Load()), "%throttled")
			}
		})
	}
}
