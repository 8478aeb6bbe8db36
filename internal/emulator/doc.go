// Package emulator is the stateful machinery behind every service
// emulator in azclients (the NewEmulator functions of each service's fake
// package). It is internal: service packages build on it, users reach it
// only through those emulators.
//
// An Emulator routes requests with Go's method+path patterns (Handle) and
// serves them either in process, as a policy.Transporter (Do, passed as
// ClientOptions.Transport), or over loopback HTTP, as an http.Handler
// (ServeHTTP, behind httptest.NewServer). Around the routes it keeps:
//
//   - a Store of resources keyed by ARM id or data-plane path, with etags,
//     If-Match checks and creation/modification times (SystemData);
//   - long-running operations (StartOperation, Accept) with an
//     Azure-AsyncOperation status resource and a Location result, a status
//     that moves through non-terminal states for a number of polls, and
//     Retry-After (retry-after-ms for sub-second delays);
//   - nextLink paging with a page size (Paginate, WritePage), and
//     WriteStorePage, which reads only the requested page of a parent's
//     children from the store's index;
//   - a deterministic fault script (Faults): throttling with Retry-After,
//     5xx answers, dropped connections, delays and failed operations; each
//     request takes at most one fault, atomically, before anything else;
//   - an optional per-second rate limit answering 429;
//   - a manual Clock, so nothing depends on wall time and no test sleeps;
//   - a request log of the latest Options.RequestLog requests (Requests).
package emulator
