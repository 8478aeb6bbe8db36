package customerinsights_test

import (
	"github.com/azclients/azclients/internal/testkit"
	"testing"

	"github.com/azclients/azclients/customerinsights"
)

func addSeeds(f *testing.F, extra ...string) {
	f.Helper()
	for _, name := range []string{"seed004_request.json", "profile_response.json", "enriching_kpis_response.json"} {
		f.Add(testkit.ReadVector(f, name))
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzProfileResourceFormat(f *testing.F) {
	addSeeds(f, profileBody("Provisioning"), `null`, `{"properties":null}`, `{"properties":{"attributes":{"a":null},"lastChangedUtc":"2026-01-02"}}`,
		`{"properties":{"localizedAttributes":{"a":{"b":"\u00e9"}},"instancesCount":-1,"x":[1,{"y":2}]}}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[customerinsights.ProfileResourceFormat](t, data)
	})
}

func FuzzProfileListResult(f *testing.F) {
	addSeeds(f, `{"value":[`+profileBody("Succeeded")+`],"nextLink":null}`, `{"value":[],"nextLink":"https://x/y?$skiptoken=2"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[customerinsights.ProfileListResult](t, data)
	})
}

func FuzzGetEnrichingKpisResponse(f *testing.F) {
	addSeeds(f, `[]`, `null`, ` [ {"thresHolds":{"lowerLimit":-0,"upperLimit":1e-7}} ] `, `[{"function":"Median","groupBy":null}]`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[customerinsights.ProfilesClientGetEnrichingKpisResponse](t, data)
	})
}

// FuzzProviderModels checks the decoders of the other operation groups
// on the spec examples and variations of them.
func FuzzProviderModels(f *testing.F) {
	for _, name := range []string{"Hubs_Get.json", "Interactions_CreateOrUpdate.json", "Interactions_SuggestRelationshipLinks.json",
		"Connectors_Get.json", "ConnectorMappings_ListByConnector.json", "Predictions_Get.json", "Predictions_GetTrainingResults.json"} {
		f.Add(testkit.ReadVector(f, "examples/"+name))
	}
	f.Add([]byte(`{"properties":{"connectorProperties":{"n":1e400,"x":[null,{"y":-0}]},"created":"2026-01-02T03:04:05Z"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[customerinsights.Hub](t, data)
		testkit.CheckStable[customerinsights.InteractionResourceFormat](t, data)
		testkit.CheckStable[customerinsights.SuggestRelationshipLinksResponse](t, data)
		testkit.CheckStable[customerinsights.ConnectorResourceFormat](t, data)
		testkit.CheckStable[customerinsights.ConnectorMappingListResult](t, data)
		testkit.CheckStable[customerinsights.PredictionResourceFormat](t, data)
		testkit.CheckStable[customerinsights.PredictionTrainingResults](t, data)
		testkit.CheckStable[customerinsights.AuthorizationPolicy](t, data)
	})
}
