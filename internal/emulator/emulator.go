package emulator

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"time"
)

// Options configures an Emulator. The zero value is valid.
type Options struct {
	// Clock is the emulator's time source; default NewClock(DefaultStart).
	Clock *Clock
	// PageSize is how many items a list page holds unless the request's
	// maxpagesize asks for fewer; default 100.
	PageSize int
	// Polls is how many polls of an operation report a non-terminal status
	// before it ends: default 2; -1 ends it on the first poll.
	Polls int
	// RetryAfter is sent on 201/202 answers that start an operation and on
	// every non-terminal poll; a delay that is not whole seconds is also
	// sent as retry-after-ms. Zero sends no header.
	RetryAfter time.Duration
	// ErrorBody renders the errors the emulator itself makes (faults, rate
	// limit, failed operations, WriteError); default ARMErrorBody.
	ErrorBody func(status int, code, message string) []byte
	// RateLimit caps requests per clock second over all routes; beyond it
	// the emulator answers 429 with Retry-After: 1. Zero means no limit.
	RateLimit int
	// RequestLog is how many of the latest requests Requests returns;
	// default DefaultRequestLog, -1 keeps none. The log never grows past
	// it, however long the emulator runs.
	RequestLog int
}

// DefaultRequestLog is the request log's length unless Options.RequestLog
// sets one.
const DefaultRequestLog = 10_000

// RequestRecord is one request the emulator answered.
type RequestRecord struct {
	Method, Path, Query string
	Status              int
}

// Emulator is the stateful core behind every service emulator: a router
// of Go method+path patterns, a Store, long-running operations, paging, a
// fault script and a manual Clock. It serves both as a policy.Transporter
// (Do, for ClientOptions.Transport) and as an http.Handler (ServeHTTP, for
// an httptest server). It is safe for concurrent use.
type Emulator struct {
	opts   Options
	clock  *Clock
	store  *Store
	faults *Faults
	mux    *http.ServeMux

	mu         sync.Mutex
	ops        map[string]*Operation
	byResource map[string]*Operation
	opSeq      int
	requests   requestLog
	window     int64
	inWindow   int
}

// New returns an emulator with the operation-status routes registered;
// service emulators add theirs with Handle.
func New(opts Options) *Emulator {
	if opts.Clock == nil {
		opts.Clock = NewClock(DefaultStart)
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 100
	}
	if opts.Polls == 0 {
		opts.Polls = 2
	}
	if opts.Polls < 0 {
		opts.Polls = 0
	}
	if opts.ErrorBody == nil {
		opts.ErrorBody = ARMErrorBody
	}
	switch {
	case opts.RequestLog == 0:
		opts.RequestLog = DefaultRequestLog
	case opts.RequestLog < 0:
		opts.RequestLog = 0
	}
	e := &Emulator{
		opts:       opts,
		clock:      opts.Clock,
		store:      newStore(opts.Clock),
		faults:     &Faults{},
		mux:        http.NewServeMux(),
		ops:        map[string]*Operation{},
		byResource: map[string]*Operation{},
		requests:   requestLog{max: opts.RequestLog},
	}
	e.mux.HandleFunc("GET "+operationsPath+"{id}", e.serveOperationStatus)
	e.mux.HandleFunc("GET "+operationResultsPath+"{id}", e.serveOperationResult)
	e.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		e.WriteError(w, http.StatusNotFound, "NotFound", "the emulator has no route for "+r.Method+" "+r.URL.Path)
	})
	return e
}

// Handle routes requests matching pattern, a Go ServeMux pattern such as
// "PUT /subscriptions/{sub}/resourceGroups/{rg}/providers/X/things/{name}",
// to h. Wildcards match one escaped path segment; r.PathValue unescapes.
func (e *Emulator) Handle(pattern string, h http.HandlerFunc) { e.mux.HandleFunc(pattern, h) }

// Clock returns the emulator's clock.
func (e *Emulator) Clock() *Clock { return e.clock }

// Store returns the emulator's resource store.
func (e *Emulator) Store() *Store { return e.store }

// Faults returns the emulator's fault script.
func (e *Emulator) Faults() *Faults { return e.faults }

// PageSize returns the default number of items per list page.
func (e *Emulator) PageSize() int { return e.opts.PageSize }

// Requests returns the requests answered so far, oldest first: all of
// them, or the latest Options.RequestLog.
func (e *Emulator) Requests() []RequestRecord {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.requests.records()
}

// ServeHTTP implements http.Handler. The fault script is consulted first:
// a matching fault is counted down atomically and applied (FaultReset
// aborts the response, so the server drops the connection); a request no
// fault answered counts towards the rate limit, then reaches the routes.
func (e *Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, faulted := e.faults.take(r, false)
	if faulted && f.Kind == FaultReset {
		e.log(r, 0)
		panic(http.ErrAbortHandler)
	}
	e.serve(w, r, f, faulted)
}

// serve answers r after its fault (if any) was taken: delay, status and
// throttle faults, then the rate limit, then the routes.
func (e *Emulator) serve(w http.ResponseWriter, r *http.Request, f Fault, faulted bool) {
	rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	defer func() { e.log(r, rec.status) }()
	if faulted && e.applyFault(rec, r, f) {
		return
	}
	if e.limited(rec) {
		return
	}
	e.mux.ServeHTTP(rec, r)
}

// Do implements policy.Transporter: the request is answered in process,
// with no network, and in the caller's goroutine nothing panics. A
// FaultReset returns a connection-reset error; a FaultDelay that outlives
// the request's context returns its error and leaves no clock waiter.
func (e *Emulator) Do(req *http.Request) (*http.Response, error) {
	f, faulted := e.faults.take(req, false)
	if faulted {
		switch f.Kind {
		case FaultReset:
			e.log(req, 0)
			return nil, resetError(req)
		case FaultDelay:
			if err := e.clock.Wait(req.Context(), f.Delay); err != nil {
				e.log(req, 0)
				return nil, err
			}
			faulted = false
		}
	}
	rec := httptest.NewRecorder()
	e.serve(rec, req, f, faulted)
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}

func (e *Emulator) log(r *http.Request, status int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.requests.add(RequestRecord{Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Status: status})
}

// requestLog keeps the latest max records in a ring.
type requestLog struct {
	max  int
	ring []RequestRecord
	next int // where the next record goes once the ring is full
}

func (l *requestLog) add(r RequestRecord) {
	switch {
	case l.max == 0:
	case len(l.ring) < l.max:
		l.ring = append(l.ring, r)
	default:
		l.ring[l.next] = r
		l.next = (l.next + 1) % l.max
	}
}

func (l *requestLog) records() []RequestRecord {
	out := make([]RequestRecord, 0, len(l.ring))
	return append(append(out, l.ring[l.next:]...), l.ring[:l.next]...)
}

// limited answers 429 when the request exceeds Options.RateLimit.
func (e *Emulator) limited(w http.ResponseWriter) bool {
	if e.opts.RateLimit <= 0 {
		return false
	}
	sec := e.clock.Now().Unix()
	e.mu.Lock()
	if sec != e.window {
		e.window, e.inWindow = sec, 0
	}
	e.inWindow++
	over := e.inWindow > e.opts.RateLimit
	e.mu.Unlock()
	if !over {
		return false
	}
	setRetryAfter(w.Header(), time.Second)
	e.WriteError(w, http.StatusTooManyRequests, "TooManyRequests", "the application exceeded "+strconv.Itoa(e.opts.RateLimit)+" requests per second")
	return true
}

// WriteError writes an error response in the emulator's error shape.
func (e *Emulator) WriteError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("x-ms-error-code", code)
	WriteJSON(w, status, json.RawMessage(e.opts.ErrorBody(status, code, message)))
}

// BaseURL returns the scheme and host the request was sent to, for
// absolute links (nextLink, Location, Azure-AsyncOperation).
func BaseURL(r *http.Request) string {
	scheme, host := r.URL.Scheme, r.URL.Host
	if host == "" {
		host = r.Host
	}
	if scheme == "" {
		scheme = "http"
		if r.TLS != nil {
			scheme = "https"
		}
	}
	return scheme + "://" + host
}

// Paginate selects the page of an n-item list that r asks for: items
// [start, end) and the absolute nextLink ("" on the last page). The
// offset travels in $skiptoken; the page size is the request's
// maxpagesize when smaller than PageSize. Other query parameters (such as
// api-version or a filter) are kept in the nextLink.
func (e *Emulator) Paginate(r *http.Request, n int) (start, end int, nextLink string) {
	start, size := e.pageWindow(r)
	start = min(start, n)
	end = min(start+size, n)
	if end < n {
		nextLink = pageLink(r, end)
	}
	return start, end, nextLink
}

// pageWindow returns the offset and size of the page r asks for.
func (e *Emulator) pageWindow(r *http.Request) (start, size int) {
	q := r.URL.Query()
	size = e.opts.PageSize
	if m, err := strconv.Atoi(q.Get("maxpagesize")); err == nil && m > 0 && m < size {
		size = m
	}
	if s, err := strconv.Atoi(q.Get("$skiptoken")); err == nil && s > 0 {
		start = s
	}
	return start, size
}

// pageLink returns the nextLink of the page that starts at offset.
func pageLink(r *http.Request, offset int) string {
	q := r.URL.Query()
	q.Set("$skiptoken", strconv.Itoa(offset))
	return BaseURL(r) + r.URL.EscapedPath() + "?" + q.Encode()
}

// WritePage writes the page of items that r asks for as
// {"value":[...],"nextLink":"..."} (nextLink omitted on the last page).
func (e *Emulator) WritePage(w http.ResponseWriter, r *http.Request, items []json.RawMessage) {
	start, end, next := e.Paginate(r, len(items))
	writePage(w, items[start:end], next)
}

// WriteStorePage writes the page of parent's children (see Store.List)
// that r asks for, rendering only that page's records with render (nil:
// the stored body). A page costs its own records whatever the size of the
// store or of the list: use it instead of Store.List and WritePage.
func (e *Emulator) WriteStorePage(w http.ResponseWriter, r *http.Request, parent string, render func(Record) json.RawMessage) {
	start, size := e.pageWindow(r)
	recs, total := e.store.Children(parent, start, start+size)
	items := make([]json.RawMessage, len(recs))
	for i, rec := range recs {
		if render == nil {
			items[i] = rec.Body
		} else {
			items[i] = render(rec)
		}
	}
	next := ""
	if end := min(start, total) + len(recs); end < total {
		next = pageLink(r, end)
	}
	writePage(w, items, next)
}

func writePage(w http.ResponseWriter, items []json.RawMessage, next string) {
	page := struct {
		Value    []json.RawMessage `json:"value"`
		NextLink string            `json:"nextLink,omitempty"`
	}{Value: items, NextLink: next}
	if page.Value == nil {
		page.Value = []json.RawMessage{}
	}
	WriteJSON(w, http.StatusOK, page)
}

// statusWriter remembers the status written.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
