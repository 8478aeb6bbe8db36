package iotoperations

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

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
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// answer is a transport that answers every request with the same status
// and body, at no cost beyond building the response.
type answer struct {
	status int
	body   []byte
}

func (a answer) Do(req *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: a.status,
		Header:     http.Header{"Content-Type": {"application/json"}},
		Body:       io.NopCloser(bytes.NewReader(a.body)),
		Request:    req,
	}, nil
}

// BenchmarkCreateOrUpdateRequest measures one BeginCreateOrUpdate whose
// answer ends the operation at once (200 Succeeded): validation, path,
// encoding the seed request, the azcore pipeline and the poller's
// decoding of the seed response; no network.
func BenchmarkCreateOrUpdateRequest(b *testing.B) {
	var resource DataflowProfileResource
	if err := resource.UnmarshalJSON(testkit.ReadVector(b, "createorupdate_request.json")); err != nil {
		b.Fatal(err)
	}
	client, err := NewDataflowProfilesClient("f8c729f9-df9c-4743-848f-96ee433d8e53", &azfake.TokenCredential{}, &ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Transport: answer{status: http.StatusOK, body: testkit.ReadVector(b, "createorupdate_response.json")},
		}},
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		p, err := client.BeginCreateOrUpdate(ctx, "rgiotoperations", "resource-name123", "resource-name123", resource, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Result(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// specResponse returns the response body of a spec example vector.
func specResponse(b *testing.B, name string) []byte {
	b.Helper()
	var example struct {
		Response json.RawMessage `json:"response"`
	}
	if err := json.Unmarshal(testkit.ReadVector(b, "spec-2025-10-01/"+name+".json"), &example); err != nil {
		b.Fatal(err)
	}
	return example.Response
}

// BenchmarkDecodeBroker measures decoding the largest spec example, a
// broker with volume claim templates (about 3 KB, every member modelled).
func BenchmarkDecodeBroker(b *testing.B) {
	data := specResponse(b, "Broker_CreateOrUpdate_Simple")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var r BrokerResource
		if err := r.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeAkriTemplate measures decoding a resource whose members
// are nested discriminated unions (runtime, registry and tag settings).
func BenchmarkDecodeAkriTemplate(b *testing.B) {
	data := specResponse(b, "AkriConnectorTemplate_Get_Managed_Rest")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var r AkriConnectorTemplateResource
		if err := r.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}
