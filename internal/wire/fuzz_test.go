package wire

import "testing"

// FuzzStable checks the property every model relies on: decoding never
// panics, and whatever decodes re-encodes to a document that decodes and
// encodes to exactly the same bytes.
func FuzzStable(f *testing.F) {
	for _, seed := range []string{
		`{"id":"a","inner":{"name":"n","x":[1,{"y":null}]},"plain":""}`,
		`{"shape":{"kind":"circle","radius":2},"shapes":[{"kind":"hex","n":6}],"plain":""}`,
		`{"any":{"n":1e400,"s":"\u00e9\ud800"},"tags":{"a":null},"raw":[1,2]}`,
		`{"when":"2024-05-01T10:00:00Z","expiry":"Sat, 31 Dec 2039 23:59:59 GMT"}`,
		"{\"id\":\"a\xffb\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v outer
		if Unmarshal(data, &v) != nil {
			return
		}
		first, err := Marshal(v)
		if err != nil {
			return // NaN cannot arise from JSON; only invalid raw can fail
		}
		var again outer
		if err := Unmarshal(first, &again); err != nil {
			t.Fatalf("re-decode of %s: %v", first, err)
		}
		second, err := Marshal(again)
		if err != nil {
			t.Fatal(err)
		}
		if string(first) != string(second) {
			t.Fatalf("unstable:\n first %s\nsecond %s", first, second)
		}
	})
}
