package adversarial_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/azclients/azclients/emulation"
)

// workers is how many goroutines create items at once in each fault case;
// listers is how many then list them all while the faults recur (each
// list reads every page, so fewer of them meet every fault).
const (
	workers = 64
	listers = 16
)

// faultCase is one row of the fault matrix.
type faultCase struct {
	name   string
	faults []emulation.Fault
	// advance moves the emulator's clock until every worker returns, for
	// FaultDelay.
	advance bool
	// cancel cancels the context once every fault holds a request.
	cancel bool
	// resume continues each operation from a new client with its resume
	// token.
	resume bool
	// failCode is the code every create must fail with.
	failCode string
	// lro limits the case to subjects whose creates are long-running.
	lro bool
}

var faultCases = []faultCase{
	{name: "429 with Retry-After", faults: []emulation.Fault{{Kind: emulation.FaultThrottle, Times: workers, RetryAfter: time.Millisecond}}},
	{name: "503", faults: []emulation.Fault{{Kind: emulation.FaultStatus, Status: 503, Times: workers}}},
	{name: "500 then 502", faults: []emulation.Fault{{Kind: emulation.FaultStatus, Times: workers / 2}, {Kind: emulation.FaultStatus, Status: 502, Times: workers / 2}}},
	{name: "connection reset", faults: []emulation.Fault{{Kind: emulation.FaultReset, Times: workers}}},
	{name: "delay", faults: []emulation.Fault{{Kind: emulation.FaultDelay, Times: workers, Delay: time.Minute}}, advance: true},
	{name: "everything at once", faults: []emulation.Fault{
		{Kind: emulation.FaultThrottle, Times: workers / 4, RetryAfter: time.Millisecond},
		{Kind: emulation.FaultReset, Times: workers / 4},
		{Kind: emulation.FaultStatus, Status: 503, Times: workers / 4},
		{Kind: emulation.FaultDelay, Times: workers / 4, Delay: time.Minute},
	}, advance: true},
	{name: "failed provisioning mid-operation", lro: true, failCode: "AdversarialFailure", faults: []emulation.Fault{{Method: "PUT", Kind: emulation.FaultFailOperation, Times: workers, Code: "AdversarialFailure", Message: "scripted by the fault matrix"}}},
	{name: "cancellation", cancel: true, faults: []emulation.Fault{{Kind: emulation.FaultDelay, Times: workers, Delay: time.Hour}}},
	{name: "resume from a new client", lro: true, resume: true, faults: []emulation.Fault{{Kind: emulation.FaultThrottle, Times: workers / 2, RetryAfter: time.Millisecond}}},
}

// TestFaultMatrix runs every fault case on every package's emulator with
// 64 goroutines creating one item each, checks what each create returned
// and the state left behind, and that every goroutine the clients and
// emulators started has returned. It is not parallel with the other tests,
// so that the goroutine count is its own.
func TestFaultMatrix(t *testing.T) {
	baseline := runtime.NumGoroutine()
	var cases atomic.Int64
	t.Run("matrix", func(t *testing.T) {
		for _, s := range faultSubjects {
			for _, c := range faultCases {
				if c.lro && !s.lro {
					continue
				}
				t.Run(s.pkg+"/"+c.name, func(t *testing.T) {
					t.Parallel()
					runFaultCase(t, s, c)
					cases.Add(1)
				})
			}
		}
	})
	// Goroutines end asynchronously after their work is done: wait a
	// bounded time for them to go.
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > baseline && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > baseline {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines before the matrix, %d after:\n%s", baseline, n, buf[:runtime.Stack(buf, true)])
	}
	t.Logf("fault matrix: %d cases of %d goroutines each", cases.Load(), workers)
}

func runFaultCase(t *testing.T, s faultSubject, c faultCase) {
	t.Helper()
	emu := s.newEmulator()
	if err := s.prepare(context.Background(), emu); err != nil {
		t.Fatal(err)
	}
	if c.failCode != "" && s.scriptFailure != nil {
		s.scriptFailure(emu)
	} else {
		emu.AddFaults(c.faults...)
	}
	errs := drive(emu, c, workers, func(ctx context.Context, i int) error { return createOne(ctx, s, c, emu, i) })

	for i, err := range errs {
		switch {
		case c.cancel:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("item %d: %v, want context.Canceled", i, err)
			}
		case c.failCode != "":
			code := c.failCode
			if s.failedCode != "" {
				code = s.failedCode
			}
			if !s.hasCode(err, code) {
				t.Errorf("item %d: %v, want the operation's failure %s", i, err, code)
			}
		default:
			if err != nil {
				t.Errorf("item %d: %v", i, err)
				continue
			}
			if err := s.get(context.Background(), emu, i); err != nil {
				t.Errorf("item %d after it was created: %v", i, err)
			}
		}
	}
	if n := emu.PendingFaults(); n != 0 && !c.cancel {
		t.Errorf("%d fault applications left unused: the requests did not meet them", n)
	}
	if c.cancel || c.failCode != "" || t.Failed() {
		return
	}

	// The same faults again, while listers goroutines list every item,
	// page by page.
	emu.AddFaults(c.faults...)
	errs = drive(emu, c, listers, func(ctx context.Context, _ int) error {
		n, err := s.list(ctx, emu)
		if err == nil && n != workers {
			err = fmt.Errorf("listed %d items, want %d", n, workers)
		}
		return err
	})
	for i, err := range errs {
		if err != nil {
			t.Errorf("list %d: %v", i, err)
		}
	}
	if n := emu.PendingFaults(); n != 0 {
		t.Errorf("%d fault applications left unused by the lists", n)
	}
}

// drive runs work on n goroutines and returns their errors,
// advancing the emulator's clock while they run when the case delays
// requests, or cancelling their context once every fault holds a request
// when the case cancels.
func drive(emu faultEmulator, c faultCase, n int, work func(ctx context.Context, i int) error) []error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = work(ctx, i) })
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	switch {
	case c.advance:
		for waiting := true; waiting; {
			select {
			case <-done:
				waiting = false
			default:
				emu.Clock().Advance(time.Minute)
				time.Sleep(100 * time.Microsecond)
			}
		}
	case c.cancel:
		// Cancel once every delay fault holds a request, or every worker
		// has returned (which the caller's checks then report).
		deadline := time.Now().Add(20 * time.Second)
	wait:
		for emu.PendingFaults() > 0 && time.Now().Before(deadline) {
			select {
			case <-done:
				break wait
			case <-time.After(time.Millisecond):
			}
		}
		cancel()
	}
	<-done
	return errs
}

// createOne creates item i, from a new client with the resume token when
// the case resumes.
func createOne(ctx context.Context, s faultSubject, c faultCase, emu faultEmulator, i int) error {
	wait, token, err := s.begin(ctx, emu, i, "")
	if err != nil {
		return err
	}
	if c.resume {
		if wait, _, err = s.begin(ctx, emu, i, token); err != nil {
			return err
		}
	}
	return wait(ctx)
}
