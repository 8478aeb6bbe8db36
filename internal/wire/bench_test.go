package wire

import (
	"encoding/json"
	"strings"
	"testing"
)

// benchDoc is a model document of about 5 KB with unknown members at three
// levels.
var benchDoc = func() []byte {
	var b strings.Builder
	b.WriteString(`{"id":"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Devices/provisioningServices/dps1","color":"blue","on":true,"ratio":0.25,"big":123456789,"when":"2024-05-01T10:00:00.123Z","plain":"p","inner":{"name":"n","count":3,"zz1":{"a":1}},"tags":{"env":"prod","team":"iot"},"list":[`)
	for i := range 40 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"name":"hub-connection-string-name-with-some-length","count":42,"extra":{"nested":[1,2,{"deep":"x"}]}}`)
	}
	b.WriteString(`],"shapes":[{"kind":"circle","radius":1.5},{"kind":"square","side":2}],"topLevelUnknown":{"x":[true,false,null]}}`)
	return []byte(b.String())
}()

func BenchmarkDecode(b *testing.B) {
	b.Run("wire", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchDoc)))
		for b.Loop() {
			var v outer
			if err := Unmarshal(benchDoc, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-struct-tags", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchDoc)))
		for b.Loop() {
			var v plainOuter
			if err := json.Unmarshal(benchDoc, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	var v outer
	if err := Unmarshal(benchDoc, &v); err != nil {
		b.Fatal(err)
	}
	var p plainOuter
	if err := json.Unmarshal(benchDoc, &p); err != nil {
		b.Fatal(err)
	}
	b.Run("wire", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Marshal(v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-struct-tags", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// plainOuter is outer for encoding/json: no unknown members, no union.
type plainOuter struct {
	ID    *string            `json:"id,omitempty"`
	Color *color             `json:"color,omitempty"`
	On    *bool              `json:"on,omitempty"`
	Ratio *float64           `json:"ratio,omitempty"`
	Big   *int64             `json:"big,omitempty"`
	When  *string            `json:"when,omitempty"`
	Inner *plainInner        `json:"inner,omitempty"`
	List  []*plainInner      `json:"list,omitempty"`
	Tags  map[string]*string `json:"tags,omitempty"`
	Plain string             `json:"plain"`
}

type plainInner struct {
	Name  *string `json:"name,omitempty"`
	Count *int32  `json:"count,omitempty"`
}
