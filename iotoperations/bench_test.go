package iotoperations

import (
	"testing"

	"github.com/azclients/azclients/internal/testkit"
)

// BenchmarkDecode measures decoding the seed's full response into the
// typed model as the client does (UnmarshalJSON on the body), against
// encoding/json into a generic map, the other way to keep every member.
func BenchmarkDecode(b *testing.B) {
	data := testkit.ReadVector(b, "createorupdate_response.json")
	b.Run("model", func(b *testing.B) { testkit.BenchDecode[DataflowProfileResource](b, data) })
	b.Run("map", func(b *testing.B) { testkit.BenchDecodeMap(b, data) })
}

// BenchmarkEncode measures encoding the decoded seed response.
func BenchmarkEncode(b *testing.B) {
	var r DataflowProfileResource
	if err := r.UnmarshalJSON(testkit.ReadVector(b, "createorupdate_response.json")); err != nil {
		b.Fatal(err)
	}
	testkit.BenchEncode(b, r)
}
