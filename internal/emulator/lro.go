package emulator

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Terminal operation statuses, as ARM spells them.
const (
	StatusSucceeded = "Succeeded"
	StatusFailed    = "Failed"
	StatusCanceled  = "Canceled"
)

const (
	operationsPath       = "/_emulator/operations/"
	operationResultsPath = "/_emulator/operationResults/"
)

// OperationSpec describes a long-running operation.
type OperationSpec struct {
	// Polls overrides Options.Polls when non-zero (-1: end on first poll).
	Polls int
	// States are the non-terminal statuses reported while running: the
	// first when started, then one more per poll, the last repeating;
	// default {"InProgress"}.
	States []string
	// OnPoll is called after every step with the new status; a service
	// sets provisioningState on the stored resource here.
	OnPoll func(status string)
	// Complete runs once when the operation ends (not when a
	// FaultFailOperation failed it). It returns what a Location poll
	// answers with 200 (nil: 204), or fail to end the operation Failed.
	Complete func() (result json.RawMessage, fail *OperationError)
	// ResourceKey attaches the operation to a stored resource, for flows
	// whose client polls GET on the resource (see PollResource).
	ResourceKey string
}

// OperationError is how an operation failed.
type OperationError struct {
	// Status is the HTTP status of a failed Location poll; default 400.
	Status        int
	Code, Message string
}

// Operation is a running or finished long-running operation. Every poll
// (of its status resource, its Location, or PollResource) advances it one
// step.
type Operation struct {
	mu       sync.Mutex
	id       string
	spec     OperationSpec
	polls    int
	step     int
	status   string
	start    time.Time
	end      time.Time
	result   json.RawMessage
	fail     *OperationError
	forced   *OperationError
	clock    *Clock
	resource string
}

// StartOperation starts an operation for request r. A FaultFailOperation
// matching r makes it end Failed.
func (e *Emulator) StartOperation(r *http.Request, spec OperationSpec) *Operation {
	if len(spec.States) == 0 {
		spec.States = []string{"InProgress"}
	}
	polls := e.opts.Polls
	switch {
	case spec.Polls > 0:
		polls = spec.Polls
	case spec.Polls < 0:
		polls = 0
	}
	op := &Operation{spec: spec, polls: polls, status: spec.States[0], start: e.clock.Now(), clock: e.clock, resource: fold(spec.ResourceKey)}
	if f, ok := e.faults.take(r, true); ok {
		op.forced = &OperationError{Status: http.StatusBadRequest, Code: pick(f.Code, "OperationFailed"), Message: pick(f.Message, "the emulator failed the operation")}
	}
	e.mu.Lock()
	e.opSeq++
	op.id = "op-" + strconv.Itoa(e.opSeq)
	e.ops[op.id] = op
	if op.resource != "" {
		e.byResource[op.resource] = op
	}
	e.mu.Unlock()
	return op
}

// ID returns the operation's id.
func (op *Operation) ID() string { return op.id }

// Status returns the current status.
func (op *Operation) Status() string {
	op.mu.Lock()
	defer op.mu.Unlock()
	return op.status
}

// Done reports whether the operation has ended.
func (op *Operation) Done() bool {
	s := op.Status()
	return s == StatusSucceeded || s == StatusFailed || s == StatusCanceled
}

// Poll advances the operation one step and returns its status.
func (op *Operation) Poll() (status string, done bool) {
	op.mu.Lock()
	if isTerminal(op.status) {
		defer op.mu.Unlock()
		return op.status, true
	}
	op.step++
	if op.step <= op.polls {
		op.status = op.spec.States[min(op.step, len(op.spec.States)-1)]
	} else {
		op.finishLocked()
	}
	status, cb := op.status, op.spec.OnPoll
	op.mu.Unlock()
	if cb != nil {
		cb(status)
	}
	return status, isTerminal(status)
}

// Cancel ends a running operation Canceled.
func (op *Operation) Cancel() {
	op.mu.Lock()
	defer op.mu.Unlock()
	if !isTerminal(op.status) {
		op.status, op.end = StatusCanceled, op.clock.Now()
	}
}

func (op *Operation) finishLocked() {
	op.end = op.clock.Now()
	switch {
	case op.forced != nil:
		op.fail = op.forced
	case op.spec.Complete != nil:
		op.result, op.fail = op.spec.Complete()
	}
	if op.fail != nil {
		if op.fail.Status == 0 {
			op.fail.Status = http.StatusBadRequest
		}
		op.status = StatusFailed
		return
	}
	op.status = StatusSucceeded
}

// Error returns how the operation failed, or nil.
func (op *Operation) Error() *OperationError {
	op.mu.Lock()
	defer op.mu.Unlock()
	return op.fail
}

func isTerminal(s string) bool {
	return s == StatusSucceeded || s == StatusFailed || s == StatusCanceled
}

// Operation returns the operation with the given id.
func (e *Emulator) Operation(id string) (*Operation, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	op, ok := e.ops[id]
	return op, ok
}

// PollResource advances the operation attached to the resource at key (see
// OperationSpec.ResourceKey) and returns it with its new status; op is nil
// when none is attached. A finished operation is detached.
func (e *Emulator) PollResource(key string) (op *Operation, status string) {
	e.mu.Lock()
	op = e.byResource[fold(key)]
	e.mu.Unlock()
	if op == nil {
		return nil, ""
	}
	status, done := op.Poll()
	if done {
		e.Detach(key)
	}
	return op, status
}

// Detach forgets the operation attached to the resource at key (for
// example when the resource is deleted or replaced).
func (e *Emulator) Detach(key string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.byResource, fold(key))
}

// PollHeaders selects the polling headers Accept sends.
type PollHeaders int

const (
	// AsyncOperationHeader sends Azure-AsyncOperation (the status resource).
	AsyncOperationHeader PollHeaders = 1 << iota
	// LocationHeader sends Location (the operation result).
	LocationHeader
)

// AsyncOperationURL returns the absolute URL of op's status resource.
func (e *Emulator) AsyncOperationURL(r *http.Request, op *Operation) string {
	return BaseURL(r) + operationsPath + op.id
}

// LocationURL returns the absolute URL of op's result.
func (e *Emulator) LocationURL(r *http.Request, op *Operation) string {
	return BaseURL(r) + operationResultsPath + op.id
}

// Accept answers the request that started op with status (201 or 202 as a
// rule), the selected polling headers, Retry-After and body (nil: none).
func (e *Emulator) Accept(w http.ResponseWriter, r *http.Request, op *Operation, status int, body any, headers PollHeaders) {
	if headers&AsyncOperationHeader != 0 {
		w.Header().Set("Azure-AsyncOperation", e.AsyncOperationURL(r, op))
	}
	if headers&LocationHeader != 0 {
		w.Header().Set("Location", e.LocationURL(r, op))
	}
	setRetryAfter(w.Header(), e.opts.RetryAfter)
	WriteJSON(w, status, body)
}

// serveOperationStatus answers an Azure-AsyncOperation poll with the
// status resource {id, name, status, startTime, endTime, error}.
func (e *Emulator) serveOperationStatus(w http.ResponseWriter, r *http.Request) {
	op, ok := e.Operation(r.PathValue("id"))
	if !ok {
		e.WriteError(w, http.StatusNotFound, "OperationNotFound", "the operation does not exist")
		return
	}
	status, done := op.Poll()
	body := map[string]any{
		"id":        r.URL.Path,
		"name":      op.id,
		"status":    status,
		"startTime": op.start.UTC().Format(time.RFC3339Nano),
	}
	if done {
		body["endTime"] = op.end.UTC().Format(time.RFC3339Nano)
	} else {
		setRetryAfter(w.Header(), e.opts.RetryAfter)
	}
	if f := op.Error(); f != nil {
		body["error"] = map[string]string{"code": f.Code, "message": f.Message}
	}
	WriteJSON(w, http.StatusOK, body)
}

// serveOperationResult answers a Location poll: 202 while running, then
// 200 with the result (204 without one), or the failure.
func (e *Emulator) serveOperationResult(w http.ResponseWriter, r *http.Request) {
	op, ok := e.Operation(r.PathValue("id"))
	if !ok {
		e.WriteError(w, http.StatusNotFound, "OperationNotFound", "the operation does not exist")
		return
	}
	status, done := op.Poll()
	switch {
	case !done:
		w.Header().Set("Location", e.LocationURL(r, op))
		setRetryAfter(w.Header(), e.opts.RetryAfter)
		w.WriteHeader(http.StatusAccepted)
	case status == StatusSucceeded:
		op.mu.Lock()
		result := op.result
		op.mu.Unlock()
		if result == nil {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		WriteJSON(w, http.StatusOK, result)
	case status == StatusCanceled:
		e.WriteError(w, http.StatusConflict, "OperationCanceled", "the operation was canceled")
	default:
		f := op.Error()
		e.WriteError(w, f.Status, f.Code, f.Message)
	}
}
