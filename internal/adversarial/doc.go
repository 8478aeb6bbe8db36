// Package adversarial is the standing adversarial suite of the module (issue
// 17, item 9). It has no API: its tests drive every public client of every
// service package the way a hostile caller, a broken service and a flaky
// network would, and fail when one of them gets through.
//
//   - hostile_test.go applies hostile values (empty, dot segments, slashes,
//     escapes, query and fragment characters, control characters, invalid
//     UTF-8, a 10,000-character value, typed-nil union bodies) to every
//     string and union parameter of every client method found by
//     reflection, and checks that each call either fails validation before
//     any I/O or sends exactly one correctly escaped segment in place of the
//     value, never another resource's path; nested_nils_test.go and
//     invalid_values_test.go do the same for typed nils in the unions of
//     body models and for NaN, infinities and broken raw JSON in their
//     members; constructors_test.go gives hostile subscription IDs and
//     endpoints to every constructor.
//   - links_test.go answers pagers and pollers with links to other hosts
//     (never followed) and resets connections on signed links (the query
//     never shows in the error).
//   - errorbody_test.go answers plain calls, pagers' next pages and pollers'
//     polls with malformed, huge, deeply nested and oddly typed error bodies
//     and checks that each comes back as an *azcore.ResponseError with its
//     status and a code, within bounded memory.
//   - secrets_test.go runs every operation that carries a secret on the
//     emulators with azcore logging and body logging on and looks for the
//     secret in the log, in every error string and in every printed value.
//   - faults_test.go runs each emulator under throttling, 5xx answers,
//     connection resets, delays, failed long-running operations,
//     cancellation and resume from a new client with 64 goroutines, and
//     checks the final state and that no goroutine is left behind.
package adversarial
