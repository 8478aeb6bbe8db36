package testkit

import (
	"encoding/json"
	"testing"

	"github.com/azclients/azclients/internal/pipeline"
)

// BenchDecode measures decoding data into a new T the way the clients do
// (UnmarshalJSON on the body).
func BenchDecode[T any, PT pipeline.Unmarshaler[T]](b *testing.B, data []byte) {
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

// BenchEncode measures appending v's JSON to a reused buffer.
func BenchEncode(b *testing.B, v pipeline.Appender) {
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = v.AppendJSON(buf[:0]); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(buf)))
}
