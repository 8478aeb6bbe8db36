package testkit

import (
	"errors"
	"io"
	"maps"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// Step is one scripted exchange: the request expected (method and URL
// path) and the answer.
type Step struct {
	Method, Path string
	Status       int
	Header       http.Header
	Body         string
}

// Seen is a request a Script received.
type Seen struct {
	Method, Path, Query string
	Header              http.Header
	Body                []byte
}

// Script is a transport that answers requests with its steps in order and
// records them; a request it does not expect, or a step left unused when
// the test ends, fails the test.
type Script struct {
	t     testing.TB
	mu    sync.Mutex
	steps []Step
	seen  []Seen
}

// NewScript returns a Script answering with steps.
func NewScript(t testing.TB, steps ...Step) *Script {
	t.Helper()
	s := &Script{t: t, steps: steps}
	t.Cleanup(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if len(s.steps) > 0 {
			t.Errorf("%d scripted exchanges were not used; next: %s %s", len(s.steps), s.steps[0].Method, s.steps[0].Path)
		}
	})
	return s
}

// Do implements policy.Transporter.
func (s *Script) Do(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	s.seen = append(s.seen, Seen{Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery, Header: req.Header.Clone(), Body: body})
	if len(s.steps) == 0 {
		s.t.Errorf("unexpected request %s %s", req.Method, req.URL)
		return nil, errors.New("script: no more exchanges")
	}
	st := s.steps[0]
	s.steps = s.steps[1:]
	if req.Method != st.Method || req.URL.Path != st.Path {
		s.t.Errorf("request %s %s, want %s %s", req.Method, req.URL.Path, st.Method, st.Path)
	}
	header := http.Header{}
	maps.Copy(header, st.Header)
	if st.Body != "" {
		header.Set("Content-Type", "application/json")
	}
	return &http.Response{
		StatusCode: st.Status,
		Status:     http.StatusText(st.Status),
		Header:     header,
		Body:       io.NopCloser(strings.NewReader(st.Body)),
		Request:    req,
	}, nil
}

// Requests returns what the script received.
func (s *Script) Requests() []Seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Seen(nil), s.seen...)
}
