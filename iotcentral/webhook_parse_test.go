package iotcentral_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/azclients/azclients/iotcentral"
)

// envelope wraps payload in n action group envelopes.
func envelope(n int, payload string) string {
	return strings.Repeat(`{"schemaId":"AzureIoTCentralRuleWebhook","data":`, n) + payload + strings.Repeat("}", n)
}

// Regression (issue 17 item 1): envelopes are unwrapped iteratively, at
// most two deep; the 9,000-deep body that cost 13 s and 1.9 GiB is refused
// by the codec's nesting limit before anything is copied.
func TestParseRuleFiredEventEnvelopes(t *testing.T) {
	t.Parallel()
	const payload = `{"rule":{"id":"r"}}`
	tests := []struct {
		name    string
		body    string
		wantErr bool
	}{
		{"bare payload", envelope(0, payload), false},
		{"one envelope, as Azure Monitor sends it", envelope(1, payload), false},
		{"two envelopes", envelope(2, payload), false},
		{"three envelopes", envelope(3, payload), true},
		{"9,000 envelopes (430 KiB)", envelope(9000, payload), true},
		{"envelope without a payload", envelope(1, `{}`), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ev, err := iotcentral.ParseRuleFiredEvent([]byte(tt.body))
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if err == nil && (ev.Rule == nil || *ev.Rule.ID != "r") {
				t.Errorf("rule %+v", ev.Rule)
			}
		})
	}
}

// webhookBody returns a rule payload of about size bytes: a device with as
// many telemetry values as it takes.
func webhookBody(size int) []byte {
	var b strings.Builder
	b.WriteString(`{"timestamp":"2024-01-01T00:00:00Z","rule":{"id":"r","displayName":"R"},"device":{"id":"d","telemetry":{"sensors":{`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"t%d":{"value":%d.5,"avg":1.25,"count":3}`, i, i)
	}
	b.WriteString(`}}}}`)
	return []byte(b.String())
}

// BenchmarkParseRuleFiredEventSize measures decoding time per byte at 4 KiB
// and 400 KiB (compare their ns/op divided by size: the decoder is linear
// when the ratio stays near 1), and at nesting depths of 1, 2 and 9,000
// envelopes.
func BenchmarkParseRuleFiredEventSize(b *testing.B) {
	for _, size := range []int{4 << 10, 400 << 10} {
		body := webhookBody(size)
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := iotcentral.ParseRuleFiredEvent(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, depth := range []int{1, 2, 9000} {
		body := []byte(envelope(depth, `{"rule":{"id":"r"}}`))
		b.Run(fmt.Sprintf("envelopes=%d", depth), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = iotcentral.ParseRuleFiredEvent(body)
			}
		})
	}
}
