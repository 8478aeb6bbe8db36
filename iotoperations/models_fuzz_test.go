package iotoperations

import (
	"testing"

	"github.com/azclients/azclients/internal/testkit"
)

// FuzzDataflowProfileResource checks that the resource decoder never
// panics and that whatever it accepts re-encodes to valid JSON that
// decodes to the same value.
func FuzzDataflowProfileResource(f *testing.F) {
	for _, file := range []string{
		"createorupdate_request.json", "createorupdate_response.json",
		"minimal_request.json", "minimal_response.json",
		"multi_request.json", "multi_response.json",
	} {
		f.Add(testkit.ReadVector(f, file))
	}
	f.Add([]byte(`{"properties":{"x":[1,{"y":null}],"healthState":"Degraded"},"z":"\u00e9","systemData":{"createdAt":"2024-08-09T18:13:29.3890000Z"}}`))
	f.Add([]byte(`{"properties":null,"extendedLocation":{"type":"EdgeZone"},"id":"\ud83d\ude00"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowProfileResource](t, data)
	})
}

// FuzzDataflowProfileListResult does the same for a list page.
func FuzzDataflowProfileListResult(f *testing.F) {
	f.Add([]byte(`{"value":[` + string(testkit.ReadVector(f, "minimal_response.json")) + `],"nextLink":"https://management.azure.com/x?$skiptoken=1"}`))
	f.Add([]byte(`{"value":[],"nextLink":null}`))
	f.Add([]byte(`{"value":[{},{"name":"a"}],"odata.count":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowProfileListResult](t, data)
	})
}
