// Package testkit holds the test helpers every service package shares:
// reading testdata vectors, comparing JSON documents as values, collecting
// validation errors, and the stability property every decoder's fuzz
// target checks. It is imported only by tests.
package testkit

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/pipeline"
)

// ReadVector reads a file of the calling package's testdata directory.
func ReadVector(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// JSONTree parses b into an any tree, so that documents compare regardless
// of member order and spacing.
func JSONTree(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("invalid JSON %s: %v", b, err)
	}
	return v
}

// SameJSON fails the test unless got and want hold the same JSON value.
func SameJSON(t testing.TB, got, want []byte) {
	t.Helper()
	if diff := cmp.Diff(JSONTree(t, want), JSONTree(t, got)); diff != "" {
		t.Errorf("JSON differs (-want +got):\n%s", diff)
	}
}

// ValidationErrors returns every *pipeline.ValidationError in err
// (errors.Join included).
func ValidationErrors(err error) []*pipeline.ValidationError {
	var out []*pipeline.ValidationError
	var walk func(error)
	walk = func(e error) {
		if multi, ok := e.(interface{ Unwrap() []error }); ok {
			for _, inner := range multi.Unwrap() {
				walk(inner)
			}
			return
		}
		var ve *pipeline.ValidationError
		if errors.As(e, &ve) {
			out = append(out, ve)
		}
	}
	walk(err)
	return out
}

// Model is what every decoder's fuzz target exercises.
type Model interface {
	json.Unmarshaler
	json.Marshaler
}

// CheckStable checks the property of every decoder: it never panics, and what
// it decodes re-encodes to valid JSON that decodes to the same value (for
// valid UTF-8 input; invalid UTF-8 is re-encoded as U+FFFD, as
// encoding/json does) and encodes to the same document again.
func CheckStable[T any, PT interface {
	*T
	Model
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
