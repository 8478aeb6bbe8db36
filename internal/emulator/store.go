package emulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// ErrNotFound reports a key the store does not hold.
var ErrNotFound = errors.New("emulator: resource not found")

// ErrPreconditionFailed reports an If-Match etag that does not match.
var ErrPreconditionFailed = errors.New("emulator: etag does not match")

// Record is one stored resource.
type Record struct {
	// Key is the resource's ARM id or data-plane path, as first stored.
	Key string
	// Body is the resource's JSON as the service would return it.
	Body json.RawMessage
	// ETag is a quoted entity tag that changes on every write.
	ETag string
	// Created and Modified are clock times of the first and last write.
	Created, Modified time.Time
}

// Store holds resources keyed by ARM id or data-plane path. Keys compare
// case-insensitively, as ARM ids do. Each parent's children are kept in an
// index sorted by key, so a list page costs the page, not the store. It is
// safe for concurrent use.
type Store struct {
	mu       sync.Mutex
	clock    *Clock
	seq      uint64
	items    map[string]Record
	children map[string][]string // folded parent → sorted folded child keys
}

func newStore(clock *Clock) *Store {
	return &Store{clock: clock, items: make(map[string]Record), children: make(map[string][]string)}
}

func fold(key string) string { return strings.ToLower(strings.TrimSuffix(key, "/")) }

// splitParent splits a folded key into its parent and last segment.
func splitParent(folded string) (parent, name string) {
	i := strings.LastIndexByte(folded, '/')
	if i < 0 {
		return "", folded
	}
	return folded[:i], folded[i+1:]
}

// indexLocked adds (or with add false removes) a folded key in its
// parent's children.
func (s *Store) indexLocked(folded string, add bool) {
	parent, name := splitParent(folded)
	if name == "" {
		return
	}
	kids := s.children[parent]
	i, found := slices.BinarySearch(kids, folded)
	switch {
	case add && !found:
		s.children[parent] = slices.Insert(kids, i, folded)
	case !add && found:
		if kids = slices.Delete(kids, i, i+1); len(kids) == 0 {
			delete(s.children, parent)
		} else {
			s.children[parent] = kids
		}
	}
}

// etagMatches reports whether an If-Match value accepts current; "*"
// accepts any existing resource.
func etagMatches(ifMatch, current string) bool {
	if ifMatch == "*" {
		return current != ""
	}
	for _, v := range strings.Split(ifMatch, ",") {
		v = strings.TrimPrefix(strings.TrimSpace(v), "W/")
		if v == strings.TrimPrefix(current, "W/") || strings.Trim(v, `"`) == strings.Trim(current, `"`) {
			return true
		}
	}
	return false
}

// Get returns the record at key.
func (s *Store) Get(key string) (Record, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.items[fold(key)]
	return r, ok
}

// Put stores body at key. A non-empty ifMatch must match the stored etag
// ("*" requires that the key exists), else ErrPreconditionFailed. created
// reports whether the key was new.
func (s *Store) Put(key string, body json.RawMessage, ifMatch string) (rec Record, created bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, exists := s.items[fold(key)]
	if ifMatch != "" && !etagMatches(ifMatch, old.ETag) {
		return Record{}, false, ErrPreconditionFailed
	}
	now := s.clock.Now()
	rec = Record{Key: key, Body: append(json.RawMessage(nil), body...), Created: now, Modified: now}
	if exists {
		rec.Key, rec.Created = old.Key, old.Created
	}
	s.seq++
	rec.ETag = fmt.Sprintf(`"%016x"`, s.seq)
	s.items[fold(key)] = rec
	if !exists {
		s.indexLocked(fold(key), true)
	}
	return rec, !exists, nil
}

// Update rewrites the body at key with fn, which sees the current body; it
// returns ErrNotFound for a missing key and fn's error unchanged.
func (s *Store) Update(key string, fn func(body json.RawMessage) (json.RawMessage, error)) (Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.items[fold(key)]
	if !ok {
		return Record{}, ErrNotFound
	}
	body, err := fn(append(json.RawMessage(nil), rec.Body...))
	if err != nil {
		return Record{}, err
	}
	s.seq++
	rec.Body, rec.Modified, rec.ETag = body, s.clock.Now(), fmt.Sprintf(`"%016x"`, s.seq)
	s.items[fold(key)] = rec
	return rec, nil
}

// Delete removes key and returns what it held. A non-empty ifMatch must
// match the stored etag.
func (s *Store) Delete(key, ifMatch string) (Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.items[fold(key)]
	if !ok {
		return Record{}, ErrNotFound
	}
	if ifMatch != "" && !etagMatches(ifMatch, rec.ETag) {
		return Record{}, ErrPreconditionFailed
	}
	delete(s.items, fold(key))
	s.indexLocked(fold(key), false)
	return rec, nil
}

// List returns the direct children of parent (keys of the form parent +
// "/" + one segment), sorted by key.
func (s *Store) List(parent string) []Record {
	recs, _ := s.Children(parent, 0, -1)
	return recs
}

// Children returns the direct children of parent in [start, end) of their
// key order (end < 0: to the last), and how many children parent has. Only
// the records returned are copied, whatever the size of the store.
func (s *Store) Children(parent string, start, end int) (recs []Record, total int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	kids := s.children[fold(parent)]
	total = len(kids)
	if end < 0 || end > total {
		end = total
	}
	start = min(max(start, 0), end)
	if start == end {
		return nil, total
	}
	recs = make([]Record, 0, end-start)
	for _, k := range kids[start:end] {
		recs = append(recs, s.items[k])
	}
	return recs, total
}

// Len returns how many resources the store holds.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items)
}
