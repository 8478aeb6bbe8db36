package iotoperations

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/testkit"
)

const seedLocation = "/subscriptions/F8C729F9-DF9C-4743-848F-96EE433D8E53/resourceGroups/rgiotoperations/providers/Microsoft.ExtendedLocation/customLocations/resource-123"

func customLocation() *ExtendedLocation {
	return &ExtendedLocation{Name: to.Ptr(seedLocation), Type: to.Ptr(ExtendedLocationTypeCustomLocation)}
}

// TestSeedRequests checks that the typed models encode to the seed's
// sample requests.
func TestSeedRequests(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		model DataflowProfileResource
	}{
		{"createorupdate_request.json", DataflowProfileResource{
			ExtendedLocation: customLocation(),
			Properties: &DataflowProfileProperties{
				Diagnostics: &ProfileDiagnostics{
					Logs:    &DiagnosticsLogs{Level: to.Ptr("rnmwokumdmebpmfxxxzvvjfdywotav")},
					Metrics: &Metrics{PrometheusPort: to.Ptr[int32](7581)},
				},
				InstanceCount: to.Ptr[int32](14),
			},
		}},
		{"minimal_request.json", DataflowProfileResource{ExtendedLocation: customLocation(), Properties: &DataflowProfileProperties{InstanceCount: to.Ptr[int32](1)}}},
		{"multi_request.json", DataflowProfileResource{ExtendedLocation: customLocation(), Properties: &DataflowProfileProperties{InstanceCount: to.Ptr[int32](3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			got, err := json.Marshal(tt.model)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(testkit.JSONTree(t, testkit.ReadVector(t, tt.file)), testkit.JSONTree(t, got)); d != "" {
				t.Errorf("encoding differs from the sample request (-want +got):\n%s", d)
			}
		})
	}
}

// TestSeedRoundTrip checks that every sample decodes and re-encodes
// without loss, and reads the response's members into typed fields.
func TestSeedRoundTrip(t *testing.T) {
	t.Parallel()
	for _, file := range []string{
		"createorupdate_request.json", "createorupdate_response.json",
		"minimal_request.json", "minimal_response.json",
		"multi_request.json", "multi_response.json",
	} {
		t.Run(file, func(t *testing.T) {
			t.Parallel()
			in := testkit.ReadVector(t, file)
			var r DataflowProfileResource
			if err := json.Unmarshal(in, &r); err != nil {
				t.Fatal(err)
			}
			if len(r.Unknown) != 0 || (r.Properties != nil && len(r.Properties.Unknown) != 0) {
				t.Errorf("the sample has members the model does not know: %v", r.Unknown)
			}
			out, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(testkit.JSONTree(t, in), testkit.JSONTree(t, out)); d != "" {
				t.Errorf("round trip lost data (-want +got):\n%s", d)
			}
		})
	}
	var r DataflowProfileResource
	if err := json.Unmarshal(testkit.ReadVector(t, "createorupdate_response.json"), &r); err != nil {
		t.Fatal(err)
	}
	created := time.Date(2024, 8, 9, 18, 13, 29, 389000000, time.UTC)
	switch {
	case *r.Properties.ProvisioningState != ProvisioningStateSucceeded,
		*r.Properties.Diagnostics.Metrics.PrometheusPort != 7581,
		*r.Type != "Microsoft.IoTOperations/instances/dataflowProfiles",
		!r.SystemData.CreatedAt.Equal(created),
		*r.SystemData.CreatedByType != CreatedByTypeUser,
		*r.ExtendedLocation.Type != ExtendedLocationTypeCustomLocation:
		t.Errorf("decoded response = %+v", r)
	}
}

func TestUnknownMembersAndValuesSurvive(t *testing.T) {
	t.Parallel()
	in := []byte(`{"properties":{"instanceCount":2,"provisioningState":"Migrating","healthState":"Sleepy",
		"autoscale":{"min":1,"max":4},"diagnostics":{"logs":{"level":"debug","format":"json"},"traces":{"enabled":true}}},
		"extendedLocation":{"name":"cl","type":"EdgeZone","zone":"z1"},"tags":{"team":"ops"},"etag":"\"7\""}`)
	var r DataflowProfileResource
	if err := json.Unmarshal(in, &r); err != nil {
		t.Fatal(err)
	}
	if *r.Properties.ProvisioningState != "Migrating" || *r.Properties.HealthState != "Sleepy" || *r.ExtendedLocation.Type != "EdgeZone" {
		t.Errorf("unknown enum values were not kept: %+v", r.Properties)
	}
	r.Properties.InstanceCount = to.Ptr[int32](5)
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := testkit.JSONTree(t, in)
	want.(map[string]any)["properties"].(map[string]any)["instanceCount"] = float64(5)
	if d := cmp.Diff(want, testkit.JSONTree(t, out)); d != "" {
		t.Errorf("modify lost data (-want +got):\n%s", d)
	}
}

func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in string }{
		{"not an object", `[1]`},
		{"wrong member type", `{"properties":{"instanceCount":"three"}}`},
		{"count overflows int32", `{"properties":{"instanceCount":4294967296}}`},
		{"truncated", `{"properties":{"instanceCount":3`},
		{"trailing data", `{} {}`},
	}
	for _, tt := range tests {
		var r DataflowProfileResource
		if err := json.Unmarshal([]byte(tt.in), &r); err == nil {
			t.Errorf("%s: %s decoded without error", tt.name, tt.in)
		}
	}
}

func TestProvisioningStateTerminal(t *testing.T) {
	t.Parallel()
	terminal := map[ProvisioningState]bool{ProvisioningStateSucceeded: true, ProvisioningStateFailed: true, ProvisioningStateCanceled: true}
	for _, s := range PossibleProvisioningStateValues() {
		if s.Terminal() != terminal[s] {
			t.Errorf("%s.Terminal() = %v", s, s.Terminal())
		}
	}
	if len(PossibleCreatedByTypeValues()) != 4 || len(PossibleResourceHealthStateValues()) != 4 || len(PossibleExtendedLocationTypeValues()) != 1 {
		t.Error("an enum lost a value")
	}
}

func TestListResultRoundTrip(t *testing.T) {
	t.Parallel()
	in := []byte(`{"value":[{"name":"a","properties":{"instanceCount":1,"future":true}},{"name":"b"}],
		"nextLink":"https://management.azure.com/next?$skiptoken=2","count":7}`)
	var l DataflowProfileListResult
	if err := json.Unmarshal(in, &l); err != nil {
		t.Fatal(err)
	}
	if len(l.Value) != 2 || *l.Value[1].Name != "b" || *l.NextLink != "https://management.azure.com/next?$skiptoken=2" {
		t.Errorf("decoded %+v", l)
	}
	out, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	testkit.SameJSON(t, out, in)
}

// TestEncodeWritesOnlyWhatIsSet checks that nil members are left out (the
// service applies its defaults) while set zero values are sent.
func TestEncodeWritesOnlyWhatIsSet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		model DataflowProfileResource
		want  string
	}{
		{"nothing set", DataflowProfileResource{}, `{}`},
		{"empty properties", DataflowProfileResource{Properties: &DataflowProfileProperties{}}, `{"properties":{}}`},
		{"zero port", DataflowProfileResource{Properties: &DataflowProfileProperties{
			Diagnostics: &ProfileDiagnostics{Metrics: &Metrics{PrometheusPort: to.Ptr[int32](0)}},
		}}, `{"properties":{"diagnostics":{"metrics":{"prometheusPort":0}}}}`},
		{"empty log level", DataflowProfileResource{Properties: &DataflowProfileProperties{
			Diagnostics: &ProfileDiagnostics{Logs: &DiagnosticsLogs{Level: to.Ptr("")}},
		}}, `{"properties":{"diagnostics":{"logs":{"level":""}}}}`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(tt.model)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: %s, %v; want %s", tt.name, got, err, tt.want)
		}
	}
}

// TestTimesKeepTheirInstant checks systemData times: the seed's
// millisecond form re-encodes byte for byte; a form with trailing zeros
// (which ARM also sends) re-encodes to the same instant in the shortest
// RFC 3339 form, so that field is compared as a time, not as text.
func TestTimesKeepTheirInstant(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, out string }{
		{"2024-08-09T18:13:29.389Z", "2024-08-09T18:13:29.389Z"},
		{"2024-08-09T18:13:29.3890000Z", "2024-08-09T18:13:29.389Z"},
		{"2024-08-09T20:13:29+02:00", "2024-08-09T20:13:29+02:00"},
	} {
		var s SystemData
		if err := json.Unmarshal([]byte(`{"createdAt":"`+tt.in+`"}`), &s); err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(s)
		if err != nil || string(out) != `{"createdAt":"`+tt.out+`"}` {
			t.Errorf("%s re-encodes as %s, %v", tt.in, out, err)
		}
		want, _ := time.Parse(time.RFC3339Nano, tt.in)
		if !s.CreatedAt.Equal(want) {
			t.Errorf("%s decodes to %v", tt.in, s.CreatedAt)
		}
	}
}
