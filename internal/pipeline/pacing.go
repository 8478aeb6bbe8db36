package pipeline

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"golang.org/x/time/rate"
)

// PacerOptions configures a Pacer. The zero value only shares throttling:
// no steady rate.
type PacerOptions struct {
	// RequestsPerSecond, when above zero, is the steady rate every request
	// of the clients sharing the pacer keeps to (for a service that
	// publishes its limit, such as IoT Central's 20 per second per
	// application).
	RequestsPerSecond float64
	// Burst is how many requests may go at once above the steady rate;
	// default 1.
	Burst int
}

// Pacer is an opt-in azcore policy that paces every request of the clients
// it is given to, together. When any request is throttled (429, or 503
// with Retry-After), every request sent through the pacer waits until the
// service's Retry-After (or retry-after-ms) has passed, instead of each
// worker discovering the limit with a 429 of its own. With
// RequestsPerSecond set it also keeps to that steady rate.
//
// It runs once per attempt (a per-retry policy), so retries are paced too.
// Waiting honours the request's context. A Pacer is safe for concurrent use
// and starts no goroutine.
type Pacer struct {
	limiter *rate.Limiter

	mu    sync.Mutex
	until time.Time

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// NewPacer returns a Pacer; nil options mean the zero value.
func NewPacer(options *PacerOptions) *Pacer {
	p := &Pacer{now: time.Now, sleep: sleepContext}
	if options != nil && options.RequestsPerSecond > 0 {
		p.limiter = rate.NewLimiter(rate.Limit(options.RequestsPerSecond), max(1, options.Burst))
	}
	return p
}

// Do implements policy.Policy.
func (p *Pacer) Do(req *policy.Request) (*http.Response, error) {
	ctx := req.Raw().Context()
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	resp, err := req.Next()
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d, ok := retryAfter(resp.Header); ok {
			p.holdFor(d)
		}
	}
	return resp, err
}

// wait blocks until the shared hold is over and the steady rate allows one
// more request.
func (p *Pacer) wait(ctx context.Context) error {
	for {
		p.mu.Lock()
		d := p.until.Sub(p.now())
		p.mu.Unlock()
		if d <= 0 {
			break
		}
		if err := p.sleep(ctx, d); err != nil {
			return err
		}
	}
	if p.limiter != nil {
		return p.limiter.Wait(ctx)
	}
	return nil
}

// holdFor makes every request wait d from now; a longer hold already in
// force stays.
func (p *Pacer) holdFor(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := p.now().Add(d); until.After(p.until) {
		p.until = until
	}
}

// retryAfter reads the service's delay: retry-after-ms, x-ms-retry-after-ms,
// then Retry-After in seconds or as an HTTP date.
func retryAfter(h http.Header) (time.Duration, bool) {
	for _, name := range []string{"retry-after-ms", "x-ms-retry-after-ms"} {
		if v := h.Get(name); v != "" {
			if ms, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && ms > 0 {
				return time.Duration(ms * float64(time.Millisecond)), true
			}
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		return time.Duration(s * float64(time.Second)), s > 0
	}
	if t, err := http.ParseTime(v); err == nil {
		d := time.Until(t)
		return d, d > 0
	}
	return 0, false
}

func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
