package pipeline

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// fakeClock is a pacer clock whose sleeps advance it.
type fakeClock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	return nil
}

func pacedPipeline(t *testing.T, p *Pacer, answers ...*http.Response) (runtime.Pipeline, *int) {
	t.Helper()
	sent := 0
	transport := pacerTransport(func(*http.Request) (*http.Response, error) {
		resp := answers[min(sent, len(answers)-1)]
		sent++
		return resp, nil
	})
	pl := runtime.NewPipeline("m", "v", runtime.PipelineOptions{PerRetry: []policy.Policy{p}}, &policy.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	})
	return pl, &sent
}

type pacerTransport func(*http.Request) (*http.Response, error)

func (f pacerTransport) Do(r *http.Request) (*http.Response, error) { return f(r) }

func pacerAnswer(status int, header ...string) *http.Response {
	h := http.Header{}
	for i := 0; i+1 < len(header); i += 2 {
		h.Set(header[i], header[i+1])
	}
	return &http.Response{StatusCode: status, Header: h, Body: http.NoBody}
}

func TestPacerHoldsEveryRequestAfterAThrottle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		throttle *http.Response
		wantWait time.Duration
	}{
		{"retry-after-ms", pacerAnswer(429, "retry-after-ms", "250"), 250 * time.Millisecond},
		{"x-ms-retry-after-ms", pacerAnswer(429, "x-ms-retry-after-ms", "40"), 40 * time.Millisecond},
		{"Retry-After seconds", pacerAnswer(429, "Retry-After", "2"), 2 * time.Second},
		{"503 with Retry-After", pacerAnswer(503, "Retry-After", "1"), time.Second},
		{"429 without a delay holds nothing", pacerAnswer(429), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clock := &fakeClock{t: time.Unix(1000, 0)}
			p := NewPacer(nil)
			p.now, p.sleep = clock.now, clock.sleep
			pl, sent := pacedPipeline(t, p, tt.throttle, pacerAnswer(200))
			for range 3 {
				req, _ := runtime.NewRequest(context.Background(), http.MethodGet, "https://h/x")
				resp, err := pl.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
			}
			var waited time.Duration
			for _, d := range clock.sleeps {
				waited += d
			}
			if waited != tt.wantWait || *sent != 3 {
				t.Errorf("waited %v over %d sends, want %v over 3", waited, *sent, tt.wantWait)
			}
		})
	}
}

func TestPacerKeepsTheLongestHold(t *testing.T) {
	t.Parallel()
	clock := &fakeClock{t: time.Unix(1000, 0)}
	p := NewPacer(nil)
	p.now, p.sleep = clock.now, clock.sleep
	p.holdFor(5 * time.Second)
	p.holdFor(time.Second)
	if err := p.wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(clock.sleeps) != 1 || clock.sleeps[0] != 5*time.Second {
		t.Errorf("sleeps = %v, want [5s]", clock.sleeps)
	}
}

func TestPacerWaitHonoursContext(t *testing.T) {
	t.Parallel()
	p := NewPacer(nil)
	p.holdFor(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	pl, sent := pacedPipeline(t, p, pacerAnswer(200))
	req, _ := runtime.NewRequest(ctx, http.MethodGet, "https://h/x")
	if _, err := pl.Do(req); !errors.Is(err, context.Canceled) || *sent != 0 {
		t.Fatalf("err = %v after %d sends, want context.Canceled before sending", err, *sent)
	}
}

func TestPacerSteadyRate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		opts      *PacerOptions
		wantLimit float64
		wantBurst int
	}{
		{nil, 0, 0},
		{&PacerOptions{RequestsPerSecond: 20}, 20, 1},
		{&PacerOptions{RequestsPerSecond: 100, Burst: 10}, 100, 10},
	}
	for _, tt := range tests {
		p := NewPacer(tt.opts)
		if tt.wantLimit == 0 {
			if p.limiter != nil {
				t.Errorf("%+v: a limiter without a rate", tt.opts)
			}
			continue
		}
		if float64(p.limiter.Limit()) != tt.wantLimit || p.limiter.Burst() != tt.wantBurst {
			t.Errorf("%+v: limit %v burst %d", tt.opts, p.limiter.Limit(), p.limiter.Burst())
		}
	}
}

var _ policy.Policy = (*Pacer)(nil)
