package iotoperations

import (
	"encoding/json"
	"github.com/azclients/azclients/internal/testkit"
	"testing"
)

// BenchmarkDecode measures decoding the seed's full response into the
// typed model as the client does (UnmarshalJSON on the body), against
// encoding/json into a generic map, the other way to keep every member.
func BenchmarkDecode(b *testing.B) {
	data := testkit.ReadVector(b, "createorupdate_response.json")
	b.Run("model", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var r DataflowProfileResource
			if err := r.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEncode measures encoding the decoded seed response.
func BenchmarkEncode(b *testing.B) {
	var r DataflowProfileResource
	if err := json.Unmarshal(testkit.ReadVector(b, "createorupdate_response.json"), &r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.AppendJSON(nil); err != nil {
			b.Fatal(err)
		}
	}
}
