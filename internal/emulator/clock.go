package emulator

import (
	"context"
	"slices"
	"sort"
	"sync"
	"time"
)

// DefaultStart is the time a default Clock starts at.
var DefaultStart = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Clock is a manual clock: time moves only when Advance is called, so
// emulator behaviour that depends on time (rate limits, delays, schedules,
// timestamps) is deterministic and no test sleeps.
type Clock struct {
	mu      sync.Mutex
	cond    *sync.Cond
	now     time.Time
	waiters []*waiter
}

type waiter struct {
	at time.Time
	ch chan time.Time
}

// NewClock returns a clock that reads start until it is advanced.
func NewClock(start time.Time) *Clock {
	c := &Clock{now: start}
	c.cond = sync.NewCond(&c.mu)
	return c
}

// Now returns the clock's current time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d and fires every After channel whose
// time has come.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
			continue
		}
		kept = append(kept, w)
	}
	c.waiters = kept
}

// After returns a channel that receives the clock's time once Advance has
// moved it d or more past now. A d of zero or less fires at once.
func (c *Clock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.addLocked(&waiter{at: c.now.Add(d), ch: ch})
	return ch
}

func (c *Clock) addLocked(w *waiter) {
	c.waiters = append(c.waiters, w)
	sort.SliceStable(c.waiters, func(i, j int) bool { return c.waiters[i].at.Before(c.waiters[j].at) })
	c.cond.Broadcast()
}

// Wait blocks until Advance has moved the clock d or more past now, or ctx
// ends; then it returns ctx's error. A wait that ctx ends leaves no waiter
// behind, so Waiters counts only requests still held. A d of zero or less
// returns at once.
func (c *Clock) Wait(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	w := &waiter{ch: make(chan time.Time, 1)}
	c.mu.Lock()
	w.at = c.now.Add(d)
	c.addLocked(w)
	c.mu.Unlock()
	select {
	case <-w.ch:
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		defer c.mu.Unlock()
		if i := slices.Index(c.waiters, w); i >= 0 {
			c.waiters = slices.Delete(c.waiters, i, i+1)
			c.cond.Broadcast()
			return ctx.Err()
		}
		// Advance fired it while ctx ended: the time came, so serve.
		return nil
	}
}

// Waiters returns how many After channels are pending.
func (c *Clock) Waiters() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiters)
}

// WaitForWaiters blocks until at least n After channels are pending: a test
// calls it before Advance to be sure a delayed request is waiting.
func (c *Clock) WaitForWaiters(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.waiters) < n {
		c.cond.Wait()
	}
}
