package emulator

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func keysOf(recs []Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Key)
	}
	return out
}

// bruteChildren is the store's old List: a scan of every key.
func bruteChildren(s *Store, parent string) []string {
	prefix := fold(parent) + "/"
	var out []string
	s.mu.Lock()
	for k, r := range s.items {
		if rest, ok := strings.CutPrefix(k, prefix); ok && rest != "" && !strings.Contains(rest, "/") {
			out = append(out, r.Key)
		}
	}
	s.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return fold(out[i]) < fold(out[j]) })
	return out
}

// TestStoreIndexMatchesAScan puts and deletes random keys at several
// levels and in mixed case, and compares every parent's children with a
// scan of the whole store.
func TestStoreIndexMatchesAScan(t *testing.T) {
	t.Parallel()
	s := newStore(NewClock(DefaultStart))
	rng := rand.New(rand.NewPCG(1, 2))
	parents := []string{"/subs/s/things", "/subs/s/things/T1/parts", "/subs/S/Things", "/other", ""}
	for range 5000 {
		p := parents[rng.IntN(len(parents))]
		key := fmt.Sprintf("%s/T%d", p, rng.IntN(40))
		if rng.IntN(3) == 0 {
			_, _ = s.Delete(strings.ToUpper(key), "")
			continue
		}
		if _, _, err := s.Put(key, json.RawMessage(`{}`), ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range append(parents, "/subs/s/things/", "/nothing") {
		want := bruteChildren(s, p)
		if d := cmp.Diff(want, keysOf(s.List(p))); d != "" {
			t.Errorf("List(%q) (-scan +index):\n%s", p, d)
		}
		for _, w := range [][2]int{{0, 3}, {2, 5}, {len(want) - 1, len(want) + 10}, {len(want) + 5, len(want) + 9}, {-3, 2}} {
			recs, total := s.Children(p, w[0], w[1])
			lo, hi := min(max(w[0], 0), len(want)), min(max(w[1], 0), len(want))
			lo = min(lo, hi)
			if total != len(want) {
				t.Errorf("Children(%q) total = %d, want %d", p, total, len(want))
			}
			if got := keysOf(recs); strings.Join(want[lo:hi], ",") != strings.Join(got, ",") {
				d := cmp.Diff(want[lo:hi], got)
				t.Errorf("Children(%q, %d, %d) (-want +got):\n%s", p, w[0], w[1], d)
			}
		}
	}
}

// storeWithList fills a store with n children of widgets and n children of
// another collection.
func storeWithList(tb testing.TB, n int) *Emulator {
	tb.Helper()
	e := New(Options{})
	for i := range n {
		body := json.RawMessage(fmt.Sprintf(`{"name":"w%05d","properties":{"size":%d,"tags":{"a":"b"}}}`, i, i))
		for _, parent := range []string{widgets, "/subscriptions/sub/resourceGroups/rg/providers/Test.Widgets/gadgets"} {
			if _, _, err := e.Store().Put(fmt.Sprintf("%s/w%05d", parent, i), body, ""); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return e
}

func withSystemData(rec Record) json.RawMessage { return Set(rec.Body, SystemData(rec), "systemData") }

// BenchmarkListPage answers one page (at offset 5,000) of a 10,000-item list
// in a store of 20,000 resources: "whole" is what a service emulator did
// before WriteStorePage (List, render every item, WritePage), "store-page"
// renders the page only.
func BenchmarkListPage(b *testing.B) {
	e := storeWithList(b, 10_000)
	req := httptest.NewRequest(http.MethodGet, base+widgets+"?api-version=1&$skiptoken=5000", nil)
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			recs := e.Store().List(widgets)
			items := make([]json.RawMessage, len(recs))
			for i, rec := range recs {
				items[i] = withSystemData(rec)
			}
			e.WritePage(httptest.NewRecorder(), req, items)
		}
	})
	b.Run("store-page", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			e.WriteStorePage(httptest.NewRecorder(), req, widgets, withSystemData)
		}
	})
}

func TestWriteStorePageMatchesWritePage(t *testing.T) {
	t.Parallel()
	e := storeWithList(t, 250)
	for _, q := range []string{"", "?$skiptoken=100", "?$skiptoken=200", "?$skiptoken=249", "?$skiptoken=900", "?maxpagesize=7&$skiptoken=3"} {
		req := httptest.NewRequest(http.MethodGet, base+widgets+q, nil)
		var items []json.RawMessage
		for _, rec := range e.Store().List(widgets) {
			items = append(items, withSystemData(rec))
		}
		whole, page := httptest.NewRecorder(), httptest.NewRecorder()
		e.WritePage(whole, req, items)
		e.WriteStorePage(page, req, widgets, withSystemData)
		if d := cmp.Diff(whole.Body.String(), page.Body.String()); d != "" {
			t.Errorf("%q: pages differ (-WritePage +WriteStorePage):\n%s", q, d)
		}
	}
}

// BenchmarkMixedLoad is issue 17's load on a 10,000-item list: four writes
// or reads for every list page. "whole" lists the way service emulators
// did before WriteStorePage; "store-page" reads only the page.
func BenchmarkMixedLoad(b *testing.B) {
	for _, mode := range []string{"whole", "store-page"} {
		b.Run(mode, func(b *testing.B) {
			e := storeWithList(b, 10_000)
			e.Handle("GET "+widgets, func(w http.ResponseWriter, r *http.Request) {
				if mode == "store-page" {
					e.WriteStorePage(w, r, r.URL.Path, withSystemData)
					return
				}
				recs := e.Store().List(r.URL.Path)
				items := make([]json.RawMessage, len(recs))
				for i, rec := range recs {
					items[i] = withSystemData(rec)
				}
				e.WritePage(w, r, items)
			})
			e.Handle("GET "+widgets+"/{name}", func(w http.ResponseWriter, r *http.Request) {
				rec, _ := e.Store().Get(r.URL.Path)
				WriteJSON(w, http.StatusOK, withSystemData(rec))
			})
			e.Handle("PUT "+widgets+"/{name}", func(w http.ResponseWriter, r *http.Request) {
				body, _ := ReadJSON(r)
				rec, _, _ := e.Store().Put(r.URL.Path, body, "")
				WriteJSON(w, http.StatusOK, rec.Body)
			})
			rng := rand.New(rand.NewPCG(3, 4))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				var req *http.Request
				item := fmt.Sprintf("%s/w%05d", widgets, rng.IntN(12_000))
				switch n % 5 {
				case 0, 2:
					req = httptest.NewRequest(http.MethodPut, item, strings.NewReader(`{"name":"x","properties":{"size":1}}`))
				case 1, 3:
					req = httptest.NewRequest(http.MethodGet, item, nil)
				case 4:
					req = httptest.NewRequest(http.MethodGet, fmt.Sprintf("%s?$skiptoken=%d", widgets, rng.IntN(10_000)), nil)
				}
				n++
				e.ServeHTTP(httptest.NewRecorder(), req)
			}
		})
	}
}
