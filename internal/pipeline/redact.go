package pipeline

import (
	"errors"
	"net"
	"net/url"
	"strings"
)

// Query strings carry signatures (IoT Central nextLinks, SAS URLs), and
// net/http quotes the whole URL in every transport error
// (`Get "https://…?sig=…": EOF`). Every error a Client, pager or poller
// returns passes through RedactError, so no query reaches a log line or a
// caller's error string; azcore's own logs already redact them.

// redactedQuery replaces a URL's query (and fragment) in error strings.
const redactedQuery = "?REDACTED"

// RedactError returns err with the query of every URL in its message
// replaced by "?REDACTED". errors.Is and errors.As still see the errors it
// wraps, except that errors.As with a **url.Error yields a copy whose URL
// is redacted. It returns err itself when there is nothing to redact.
func RedactError(err error) error {
	if err == nil {
		return nil
	}
	if _, done := err.(*redactedError); done {
		return err
	}
	var ue *url.Error
	hasURLError := errors.As(err, &ue)
	msg := err.Error()
	red := redactURLs(msg)
	if hasURLError {
		red = strings.ReplaceAll(red, ue.URL, redactURL(ue.URL))
	}
	if red == msg && (!hasURLError || ue.URL == redactURL(ue.URL)) {
		return err
	}
	r := &redactedError{msg: red, err: err}
	if hasURLError {
		r.urlErr = &url.Error{Op: ue.Op, URL: redactURL(ue.URL), Err: ue.Err}
	}
	return r
}

// redactedError carries a redacted message in front of the original error.
type redactedError struct {
	msg    string
	err    error
	urlErr *url.Error
}

func (e *redactedError) Error() string { return e.msg }

func (e *redactedError) Unwrap() error { return e.err }

// As hands out the redacted copy of the *url.Error, never the original,
// also to a caller asking for a net.Error (whose Error would quote the URL).
func (e *redactedError) As(target any) bool {
	if e.urlErr == nil {
		return false
	}
	switch t := target.(type) {
	case **url.Error:
		*t = e.urlErr
		return true
	case *net.Error:
		*t = e.urlErr
		return true
	}
	return false
}

// redactURL cuts the query and fragment of a URL and drops user
// information.
func redactURL(raw string) string {
	cut := raw
	if i := strings.IndexAny(cut, "?#"); i >= 0 {
		cut = cut[:i] + redactedQuery
	}
	if scheme, rest, ok := strings.Cut(cut, "://"); ok {
		authority := rest
		if slash := strings.IndexByte(rest, '/'); slash >= 0 {
			authority = rest[:slash]
		}
		if at := strings.LastIndexByte(authority, '@'); at >= 0 {
			cut = scheme + "://" + rest[at+1:]
		}
	}
	return cut
}

// redactURLs redacts every absolute http(s) URL in s; a URL ends at white
// space, a quote or an angle bracket.
func redactURLs(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		i := indexURL(rest)
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		end := strings.IndexAny(rest[i:], " \t\r\n\"'<>`")
		if end < 0 {
			end = len(rest) - i
		}
		b.WriteString(rest[:i])
		b.WriteString(redactURL(rest[i : i+end]))
		rest = rest[i+end:]
	}
}

// indexURL returns the index of the first "http://" or "https://" in s, in
// any case, or -1.
func indexURL(s string) int {
	for i := 0; i+7 <= len(s); i++ {
		if s[i] != 'h' && s[i] != 'H' {
			continue
		}
		if strings.EqualFold(s[i:i+7], "http://") || i+8 <= len(s) && strings.EqualFold(s[i:i+8], "https://") {
			return i
		}
	}
	return -1
}
