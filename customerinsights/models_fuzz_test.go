package customerinsights_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
)

// model is what every decoder's fuzz target exercises.
type model interface {
	json.Unmarshaler
	json.Marshaler
}

// checkStable is the property of every decoder: it never panics, and what
// it decodes re-encodes to valid JSON that decodes to the same value (for
// valid UTF-8 input; invalid UTF-8 is re-encoded as U+FFFD, as
// encoding/json does) and encodes to the same document again.
func checkStable[T any, PT interface {
	*T
	model
}](t *testing.T, data []byte) {
	t.Helper()
	first := PT(new(T))
	if err := first.UnmarshalJSON(data); err != nil {
		return // not a document of this model: fine, as long as it did not panic
	}
	enc1, err := first.MarshalJSON()
	if err != nil {
		t.Fatalf("decoded %q but cannot encode it: %v", data, err)
	}
	if !json.Valid(enc1) {
		t.Fatalf("re-encoded %q to invalid JSON %q", data, enc1)
	}
	second := PT(new(T))
	if err := second.UnmarshalJSON(enc1); err != nil {
		t.Fatalf("the re-encoding %q does not decode: %v", enc1, err)
	}
	enc2, err := second.MarshalJSON()
	if err != nil {
		t.Fatalf("cannot encode %q again: %v", enc1, err)
	}
	if utf8.Valid(data) {
		if diff := cmp.Diff(first, second); diff != "" {
			t.Fatalf("decode(encode(v)) differs from v for %q (-v +decoded):\n%s", data, diff)
		}
		if !bytes.Equal(enc1, enc2) {
			t.Fatalf("encoding is not stable: %q then %q", enc1, enc2)
		}
		return
	}
	// the first encoding escapes invalid UTF-8 as \ufffd, the second
	// writes U+FFFD itself: the same JSON value
	var a, b any
	if json.Unmarshal(enc1, &a) != nil || json.Unmarshal(enc2, &b) != nil || !cmp.Equal(a, b) {
		t.Fatalf("encoding is not stable: %q then %q", enc1, enc2)
	}
}

func addSeeds(f *testing.F, extra ...string) {
	f.Helper()
	for _, name := range []string{"seed004_request.json", "profile_response.json", "enriching_kpis_response.json"} {
		f.Add(readVector(f, name))
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzProfileResourceFormat(f *testing.F) {
	addSeeds(f, profileBody("Provisioning"), `null`, `{"properties":null}`, `{"properties":{"attributes":{"a":null},"lastChangedUtc":"2026-01-02"}}`,
		`{"properties":{"localizedAttributes":{"a":{"b":"\u00e9"}},"instancesCount":-1,"x":[1,{"y":2}]}}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[customerinsights.ProfileResourceFormat](t, data)
	})
}

func FuzzProfileListResult(f *testing.F) {
	addSeeds(f, `{"value":[`+profileBody("Succeeded")+`],"nextLink":null}`, `{"value":[],"nextLink":"https://x/y?$skiptoken=2"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[customerinsights.ProfileListResult](t, data)
	})
}

func FuzzGetEnrichingKpisResponse(f *testing.F) {
	addSeeds(f, `[]`, `null`, ` [ {"thresHolds":{"lowerLimit":-0,"upperLimit":1e-7}} ] `, `[{"function":"Median","groupBy":null}]`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[customerinsights.GetEnrichingKpisResponse](t, data)
	})
}
