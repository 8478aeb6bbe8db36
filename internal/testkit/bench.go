package testkit

import (
	"encoding/json"
	"testing"
)

// BenchDecode measures decoding data into a new T the way the clients do
// (UnmarshalJSON on the body).
func BenchDecode[T any, PT interface {
	*T
	UnmarshalJSON([]byte) error
}](b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := PT(new(T)).UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchDecodeMap is the reference point for BenchDecode: encoding/json
// decoding data into map[string]any, what a map-based lossless codec goes
// through.
func BenchDecodeMap(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			b.Fatal(err)
		}
	}
}
