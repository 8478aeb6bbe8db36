// Package emulation names the parts of the service emulators (the
// NewEmulator functions in each service's fake package) that tests script:
// the manual Clock, the Fault script and the RequestRecord log. Every
// emulator uses these same types, so a helper that scripts faults works
// with all of them.
//
//	emu := fake.NewEmulator(nil) // any service's emulator
//	emu.AddFaults(emulation.Fault{Kind: emulation.FaultThrottle, Times: 2, RetryAfter: time.Millisecond})
package emulation

import (
	"time"

	"github.com/azclients/azclients/internal/emulator"
)

// Clock is an emulator's manual clock: time moves only with Advance, so
// nothing in an emulator depends on wall time and no test sleeps.
type Clock = emulator.Clock

// NewClock returns a clock that reads start until it is advanced.
func NewClock(start time.Time) *Clock { return emulator.NewClock(start) }

// DefaultStart is the time an emulator's clock starts at unless given one.
var DefaultStart = emulator.DefaultStart

// Fault is one entry of an emulator's fault script: which requests it
// matches (Method, Path substring), how many (Times) and what it does
// (Kind, with Status, RetryAfter, Delay, Code and Message).
type Fault = emulator.Fault

// FaultKind selects what a Fault does.
type FaultKind = emulator.FaultKind

// Kinds of Fault.
const (
	// FaultStatus answers with Fault.Status (500 by default) and an error
	// body in the service's shape.
	FaultStatus = emulator.FaultStatus
	// FaultThrottle answers 429 with Fault.RetryAfter.
	FaultThrottle = emulator.FaultThrottle
	// FaultReset drops the connection.
	FaultReset = emulator.FaultReset
	// FaultDelay holds the request until the clock has advanced by
	// Fault.Delay, or the request's context ends.
	FaultDelay = emulator.FaultDelay
	// FaultFailOperation lets the request through but makes the
	// long-running operation it starts end Failed.
	FaultFailOperation = emulator.FaultFailOperation
)

// RequestRecord is one request an emulator answered: method, escaped path,
// raw query and status (0 when the connection was dropped).
type RequestRecord = emulator.RequestRecord

// DefaultRequestLog is how many of the latest requests an emulator's
// Requests returns unless its options set another length: the log never
// grows past it.
const DefaultRequestLog = emulator.DefaultRequestLog
