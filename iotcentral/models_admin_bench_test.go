package iotcentral

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/azclients/azclients/internal/wire"
)

func benchSampleBody(b *testing.B, file string) []byte {
	b.Helper()
	data, err := os.ReadFile("testdata/admin/" + file)
	if err != nil {
		b.Fatal(err)
	}
	var s struct {
		Responses map[string]struct {
			Body json.RawMessage `json:"body"`
		} `json:"responses"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		b.Fatal(err)
	}
	return s.Responses["200"].Body
}

// stdJobCollection mirrors JobCollection with encoding/json tags: the
// baseline a reflection-based codec gives for the same document.
type stdJobCollection struct {
	Value []struct {
		ID             *string           `json:"id,omitempty"`
		ScheduledJobID *string           `json:"scheduledJobId,omitempty"`
		DisplayName    *string           `json:"displayName,omitempty"`
		Description    *string           `json:"description,omitempty"`
		Group          *string           `json:"group,omitempty"`
		Data           []json.RawMessage `json:"data,omitempty"`
		Status         *string           `json:"status,omitempty"`
		Progress       *struct {
			Total     *int32 `json:"total,omitempty"`
			Pending   *int32 `json:"pending,omitempty"`
			Completed *int32 `json:"completed,omitempty"`
			Failed    *int32 `json:"failed,omitempty"`
		} `json:"progress,omitempty"`
	} `json:"value"`
	NextLink *string `json:"nextLink,omitempty"`
}

func BenchmarkJobCollectionDecode(b *testing.B) {
	body := benchSampleBody(b, "scheduledjobs_list_jobs.json")
	b.Run("iotcentral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var c JobCollection
			if err := c.UnmarshalJSON(body); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-map", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var m map[string]any
			if err := json.Unmarshal(body, &m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-struct", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var c stdJobCollection
			if err := json.Unmarshal(body, &c); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkJobCollectionEncode(b *testing.B) {
	body := benchSampleBody(b, "scheduledjobs_list_jobs.json")
	var c JobCollection
	if err := c.UnmarshalJSON(body); err != nil {
		b.Fatal(err)
	}
	var std stdJobCollection
	if err := json.Unmarshal(body, &std); err != nil {
		b.Fatal(err)
	}
	b.Run("iotcentral", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 4096)
		for b.Loop() {
			var err error
			if buf, err = wire.Append(buf[:0], c); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json-struct", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(std); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkUserDecode(b *testing.B) {
	body := []byte(`{"id":"123","type":"servicePrincipal","tenantId":"027fdad7-cf0f-470a-a26a-272197813322","objectId":"65e13aac-1443-4c49-9d49-57b87197cfff","roles":[{"role":"c7be2c6b-797e-4551-bb24-33709f6b2e20"},{"role":"c495eb57-eb18-489e-9802-62c474e5645c","organization":"seattle"}]}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := unmarshalUnion[User](body); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRuleFiredEvent(b *testing.B) {
	body, err := os.ReadFile("testdata/webhook/rule_webhook.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseRuleFiredEvent(body); err != nil {
			b.Fatal(err)
		}
	}
}
