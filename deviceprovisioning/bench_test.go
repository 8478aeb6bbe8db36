package deviceprovisioning_test

import (
	"context"
	"github.com/azclients/azclients/internal/testkit"
	"io"
	"net/http"
	"strings"
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

func BenchmarkDecodeSeed001Response(b *testing.B) {
	testkit.BenchDecode[dps.ProvisioningServiceDescription](b, testkit.ReadVector(b, "seed001_response.json"))
}

func BenchmarkDecodePreviewResponse(b *testing.B) {
	testkit.BenchDecode[dps.ProvisioningServiceDescription](b, testkit.ReadVector(b, "preview_response.json"))
}

// BenchmarkDecodeGenericMap is a reference point: encoding/json decoding
// the seed-001 response into map[string]any, what a map-based codec goes
// through.
func BenchmarkDecodeGenericMap(b *testing.B) {
	testkit.BenchDecodeMap(b, testkit.ReadVector(b, "seed001_response.json"))
}

func BenchmarkEncodeSeed001Response(b *testing.B) {
	var d dps.ProvisioningServiceDescription
	if err := d.UnmarshalJSON(testkit.ReadVector(b, "seed001_response.json")); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.MarshalJSON(); err != nil {
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
	c := newClient(b, answer{status: http.StatusOK, body: string(testkit.ReadVector(b, "seed001_response.json"))})
	ctx := context.Background()
	d := seedRequest()
	b.ReportAllocs()
	for b.Loop() {
		poller, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", d, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := poller.Result(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGet measures a read: path, request, pipeline, decode.
func BenchmarkGet(b *testing.B) {
	c := newClient(b, answer{status: http.StatusOK, body: string(testkit.ReadVector(b, "preview_response.json"))})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Get(ctx, "rg", "my-dps", nil); err != nil {
			b.Fatal(err)
		}
	}
}
