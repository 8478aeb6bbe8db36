package emulator

import (
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"
)

// FaultKind selects what a Fault does to the requests it matches.
type FaultKind int

const (
	// FaultStatus answers with Status (500 by default) and an error body.
	FaultStatus FaultKind = iota
	// FaultThrottle answers 429 with RetryAfter.
	FaultThrottle
	// FaultReset drops the connection: Do returns a connection-reset error
	// and ServeHTTP aborts the response.
	FaultReset
	// FaultDelay holds the request until the Clock has advanced by Delay
	// (or the request's context ends), then serves it normally.
	FaultDelay
	// FaultFailOperation lets the request through but makes the operation
	// it starts (StartOperation) end Failed with Code and Message.
	FaultFailOperation
)

// Fault is one entry of a fault script.
type Fault struct {
	// Method matches the request method; "" matches any.
	Method string
	// Path matches requests whose URL path contains it; "" matches any.
	Path string
	// Times is how many matching requests the fault affects; 0 means 1.
	Times int
	// Kind is what the fault does.
	Kind FaultKind
	// Status is the FaultStatus answer; default 500.
	Status int
	// RetryAfter is sent with FaultThrottle and FaultStatus answers.
	RetryAfter time.Duration
	// Delay is how far the clock must advance before a FaultDelay request
	// is served.
	Delay time.Duration
	// Code and Message fill the error body or the operation's error.
	Code, Message string
}

// Faults is a deterministic fault script: each request is matched against
// the pending faults in the order they were added, and the first match is
// applied and counted down. It is safe for concurrent use.
type Faults struct {
	mu      sync.Mutex
	pending []*pendingFault
}

type pendingFault struct {
	Fault
	left int
}

// Add appends faults to the script.
func (f *Faults) Add(faults ...Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, x := range faults {
		n := x.Times
		if n <= 0 {
			n = 1
		}
		f.pending = append(f.pending, &pendingFault{Fault: x, left: n})
	}
}

// Pending returns how many fault applications are left in the script.
func (f *Faults) Pending() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, p := range f.pending {
		n += p.left
	}
	return n
}

// Reset empties the script.
func (f *Faults) Reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending = nil
}

func (x *Fault) matches(r *http.Request) bool {
	return (x.Method == "" || strings.EqualFold(x.Method, r.Method)) && strings.Contains(r.URL.Path, x.Path)
}

// find returns the first pending fault matching r whose kind is (or is
// not, with operation false) FaultFailOperation.
func (f *Faults) find(r *http.Request, operation bool) *pendingFault {
	for _, p := range f.pending {
		if p.left > 0 && (p.Kind == FaultFailOperation) == operation && p.matches(r) {
			return p
		}
	}
	return nil
}

func (f *Faults) consumeLocked(p *pendingFault) {
	p.left--
	if p.left == 0 {
		for i, q := range f.pending {
			if q == p {
				f.pending = append(f.pending[:i], f.pending[i+1:]...)
				break
			}
		}
	}
}

// take finds and counts down, in one step under the lock, the first request
// fault (operation false) or operation fault (operation true) matching r:
// concurrent requests can never take the same last application twice.
func (f *Faults) take(r *http.Request, operation bool) (Fault, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.find(r, operation)
	if p == nil {
		return Fault{}, false
	}
	f.consumeLocked(p)
	return p.Fault, true
}

// applyFault answers r according to f; it reports whether the response
// was written (false: serve the request normally).
func (e *Emulator) applyFault(w http.ResponseWriter, r *http.Request, f Fault) bool {
	switch f.Kind {
	case FaultThrottle:
		setRetryAfter(w.Header(), f.RetryAfter)
		e.WriteError(w, http.StatusTooManyRequests, pick(f.Code, "TooManyRequests"), pick(f.Message, "the request was throttled"))
		return true
	case FaultStatus:
		status := f.Status
		if status == 0 {
			status = http.StatusInternalServerError
		}
		setRetryAfter(w.Header(), f.RetryAfter)
		e.WriteError(w, status, pick(f.Code, "InternalServerError"), pick(f.Message, "the emulator injected a failure"))
		return true
	case FaultDelay:
		if e.clock.Wait(r.Context(), f.Delay) != nil {
			e.WriteError(w, http.StatusRequestTimeout, "RequestCanceled", "the request was canceled while delayed")
			return true
		}
	}
	return false
}

func pick(v, def string) string {
	if v != "" {
		return v
	}
	return def
}

// resetError is what a dropped connection looks like to a client.
func resetError(r *http.Request) error {
	return fmt.Errorf("%s %s://%s%s: %w", r.Method, r.URL.Scheme, r.URL.Host, r.URL.EscapedPath(), &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET})
}
