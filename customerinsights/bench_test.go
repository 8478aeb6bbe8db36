package customerinsights_test

import (
	"context"
	"github.com/azclients/azclients/internal/testkit"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/azclients/azclients/customerinsights"
)

func BenchmarkProfileDecode(b *testing.B) {
	testkit.BenchDecode[customerinsights.ProfileResourceFormat](b, testkit.ReadVector(b, "profile_response.json"))
}

// BenchmarkProfileDecodeGenericMap is a reference point: encoding/json
// decoding the same document into map[string]any, the representation a
// map-based codec goes through.
func BenchmarkProfileDecodeGenericMap(b *testing.B) {
	testkit.BenchDecodeMap(b, testkit.ReadVector(b, "profile_response.json"))
}

func BenchmarkProfileEncode(b *testing.B) {
	var p customerinsights.ProfileResourceFormat
	if err := p.UnmarshalJSON(testkit.ReadVector(b, "profile_response.json")); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEnrichingKpisDecode(b *testing.B) {
	data := testkit.ReadVector(b, "enriching_kpis_response.json")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var r customerinsights.ProfilesClientGetEnrichingKpisResponse
		if err := r.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// answer is a transport that answers every request with the same status
// and body, so that a benchmark measures the client's side.
type answer struct {
	status int
	body   string
}

func (a answer) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		_, _ = io.Copy(io.Discard, req.Body)
	}
	return &http.Response{StatusCode: a.status, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(a.body)), Request: req}, nil
}

// BenchmarkBeginCreateOrUpdateRequest measures one create that the service
// completes at once: validation, path, body encoding, the azcore pipeline
// and decoding the 200 answer.
func BenchmarkBeginCreateOrUpdateRequest(b *testing.B) {
	c := newClient(b, answer{status: http.StatusOK, body: string(testkit.ReadVector(b, "profile_response.json"))})
	def := seedProfile()
	profile := customerinsights.ProfileResourceFormat{Properties: &def}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.BeginCreateOrUpdate(ctx, "rg", "contoso", "TestProfileType396", profile, nil); err != nil {
			b.Fatal(err)
		}
	}
}
