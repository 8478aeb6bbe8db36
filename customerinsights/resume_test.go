package customerinsights_test

import (
	"context"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// TestResumeTokensOfTheOtherGroups saves long-running operations of other
// groups than profiles (a create without polling header, a delete) and
// finishes them from a new factory with the token alone.
func TestResumeTokensOfTheOtherGroups(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := newEmulator(t, &fake.EmulatorOptions{Polls: 3})
	f := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)
	wait(f.NewProfilesClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil)).must(t)

	started := try(f.NewKpiClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "Spend", ci.KpiResourceFormat{Properties: &ci.KpiDefinition{
		EntityType: to.Ptr(ci.EntityTypesProfile), EntityTypeName: to.Ptr("Customer"), Expression: to.Ptr("Id"),
		Function: to.Ptr(ci.KpiFunctionsCount), CalculationWindow: to.Ptr(ci.CalculationWindowTypesDay),
	}}, nil)).must(t)
	token := try(started.ResumeToken()).must(t)

	other := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)
	kpi := wait(other.NewKpiClient().BeginCreateOrUpdate(ctx, "", "", "", ci.KpiResourceFormat{}, &ci.KpiClientBeginCreateOrUpdateOptions{ResumeToken: token})).must(t)
	if *kpi.Name != "contoso/Spend" || *kpi.Properties.ProvisioningState != ci.ProvisioningStatesSucceeded {
		t.Errorf("resumed create gave %v %v", *kpi.Name, *kpi.Properties.ProvisioningState)
	}

	deleting := try(f.NewKpiClient().BeginDelete(ctx, "rg", "contoso", "Spend", nil)).must(t)
	token = try(deleting.ResumeToken()).must(t)
	wait(other.NewKpiClient().BeginDelete(ctx, "", "", "", &ci.KpiClientBeginDeleteOptions{ResumeToken: token})).must(t)
	if _, err := f.NewKpiClient().Get(ctx, "rg", "contoso", "Spend", nil); !ci.IsNotFound(err) {
		t.Errorf("KPI after the resumed delete: %v", err)
	}
	// a token of one operation does not resume another kind
	if _, err := other.NewPredictionsClient().BeginDelete(ctx, "", "", "", &ci.PredictionsClientBeginDeleteOptions{ResumeToken: token}); err == nil {
		t.Error("a KPI delete token resumed a prediction delete")
	}
}
