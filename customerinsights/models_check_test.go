package customerinsights_test

import (
	"testing"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/testkit"
)

// TestEveryModelRoundTrips fills every field of every exported model, at
// every level, plus unknown members, and checks encode → decode → encode.
func TestEveryModelRoundTrips(t *testing.T) {
	t.Parallel()
	testkit.CheckModels(t, ".",
		// hubs
		&customerinsights.Hub{}, &customerinsights.HubPropertiesFormat{}, &customerinsights.HubBillingInfoFormat{}, &customerinsights.HubListResult{},
		// profiles
		&customerinsights.ProfileResourceFormat{}, &customerinsights.ProfileTypeDefinition{}, &customerinsights.PropertyDefinition{},
		&customerinsights.ProfileEnumValidValuesFormat{}, &customerinsights.StrongID{}, &customerinsights.DataSourcePrecedence{},
		&customerinsights.DataSource{}, &customerinsights.ProfileListResult{},
		// KPIs
		&customerinsights.KpiResourceFormat{}, &customerinsights.KpiDefinition{}, &customerinsights.KpiThresholds{}, &customerinsights.KpiAlias{},
		&customerinsights.KpiExtract{}, &customerinsights.KpiGroupByMetadata{}, &customerinsights.KpiParticipantProfilesMetadata{},
		&customerinsights.KpiListResult{},
	)
}
