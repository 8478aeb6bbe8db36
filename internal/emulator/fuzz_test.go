package emulator

import (
	"encoding/json"
	"testing"
)

// FuzzMergePatch checks that merge patches never panic, that the result of
// an object patch is valid JSON, and that applying the same patch twice
// changes nothing more (RFC 7396 patches are idempotent).
func FuzzMergePatch(f *testing.F) {
	f.Add([]byte(`{"a":{"b":1}}`), []byte(`{"a":{"b":null,"c":[1]}}`))
	f.Add([]byte(`[1]`), []byte(`{"x":null}`))
	f.Add([]byte(`null`), []byte(`"s"`))
	f.Fuzz(func(t *testing.T, target, patch []byte) {
		once, err := MergePatch(target, patch)
		if err != nil {
			if json.Valid(patch) {
				t.Fatalf("valid patch %q rejected: %v", patch, err)
			}
			return
		}
		if !json.Valid(once) {
			t.Fatalf("MergePatch(%q, %q) = %q, not JSON", target, patch, once)
		}
		twice, err := MergePatch(once, patch)
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		_ = json.Unmarshal(once, &a)
		_ = json.Unmarshal(twice, &b)
		if ja, _ := json.Marshal(a); string(ja) != string(mustMarshal(b)) {
			t.Fatalf("not idempotent: %s then %s", once, twice)
		}
	})
}

func mustMarshal(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
