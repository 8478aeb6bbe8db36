package customerinsights_test

import (
	"context"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// TestEveryMethodReachesItsFakeServerField calls every method of every
// client through a ServerFactory whose servers set no field: each call
// must reach the field of its own name, which fails naming it.
func TestEveryMethodReachesItsFakeServerField(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, clientOptions(fake.NewServerFactoryTransport(&fake.ServerFactory{})))).must(t)
	methods := []struct {
		name string
		call func() error
	}{
		{"HubsClient.CreateOrUpdate", func() error {
			_, err := f.NewHubsClient().CreateOrUpdate(ctx, "rg", "contoso", ci.Hub{}, nil)
			return err
		}},
		{"HubsClient.Update", func() error { _, err := f.NewHubsClient().Update(ctx, "rg", "contoso", ci.Hub{}, nil); return err }},
		{"HubsClient.Get", func() error { _, err := f.NewHubsClient().Get(ctx, "rg", "contoso", nil); return err }},
		{"HubsClient.BeginDelete", func() error { _, err := f.NewHubsClient().BeginDelete(ctx, "rg", "contoso", nil); return err }},
		{"HubsClient.NewListByResourceGroupPager", func() error {
			_, err := f.NewHubsClient().NewListByResourceGroupPager("rg", nil).NextPage(ctx)
			return err
		}},
		{"HubsClient.NewListPager", func() error { _, err := f.NewHubsClient().NewListPager(nil).NextPage(ctx); return err }},
		{"ProfilesClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewProfilesClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "p", ci.ProfileResourceFormat{}, nil)
			return err
		}},
		{"ProfilesClient.Get", func() error { _, err := f.NewProfilesClient().Get(ctx, "rg", "contoso", "p", nil); return err }},
		{"ProfilesClient.BeginDelete", func() error { _, err := f.NewProfilesClient().BeginDelete(ctx, "rg", "contoso", "p", nil); return err }},
		{"ProfilesClient.NewListByHubPager", func() error {
			_, err := f.NewProfilesClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"ProfilesClient.GetEnrichingKpis", func() error {
			_, err := f.NewProfilesClient().GetEnrichingKpis(ctx, "rg", "contoso", "p", nil)
			return err
		}},
		{"KpiClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewKpiClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "k", ci.KpiResourceFormat{}, nil)
			return err
		}},
		{"KpiClient.Get", func() error { _, err := f.NewKpiClient().Get(ctx, "rg", "contoso", "k", nil); return err }},
		{"KpiClient.BeginDelete", func() error { _, err := f.NewKpiClient().BeginDelete(ctx, "rg", "contoso", "k", nil); return err }},
		{"KpiClient.Reprocess", func() error { _, err := f.NewKpiClient().Reprocess(ctx, "rg", "contoso", "k", nil); return err }},
		{"KpiClient.NewListByHubPager", func() error {
			_, err := f.NewKpiClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"ImagesClient.GetUploadURLForEntityType", func() error {
			_, err := f.NewImagesClient().GetUploadURLForEntityType(ctx, "rg", "contoso", ci.GetImageUploadURLInput{}, nil)
			return err
		}},
		{"ImagesClient.GetUploadURLForData", func() error {
			_, err := f.NewImagesClient().GetUploadURLForData(ctx, "rg", "contoso", ci.GetImageUploadURLInput{}, nil)
			return err
		}},
		{"OperationsClient.NewListPager", func() error { _, err := f.NewOperationsClient().NewListPager(nil).NextPage(ctx); return err }},
		{"InteractionsClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewInteractionsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.InteractionResourceFormat{}, nil)
			return err
		}},
		{"InteractionsClient.Get", func() error { _, err := f.NewInteractionsClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"InteractionsClient.NewListByHubPager", func() error {
			_, err := f.NewInteractionsClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"InteractionsClient.SuggestRelationshipLinks", func() error {
			_, err := f.NewInteractionsClient().SuggestRelationshipLinks(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"RelationshipsClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewRelationshipsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.RelationshipResourceFormat{}, nil)
			return err
		}},
		{"RelationshipsClient.Get", func() error { _, err := f.NewRelationshipsClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"RelationshipsClient.BeginDelete", func() error {
			_, err := f.NewRelationshipsClient().BeginDelete(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"RelationshipsClient.NewListByHubPager", func() error {
			_, err := f.NewRelationshipsClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"RelationshipLinksClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewRelationshipLinksClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.RelationshipLinkResourceFormat{}, nil)
			return err
		}},
		{"RelationshipLinksClient.Get", func() error {
			_, err := f.NewRelationshipLinksClient().Get(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"RelationshipLinksClient.BeginDelete", func() error {
			_, err := f.NewRelationshipLinksClient().BeginDelete(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"RelationshipLinksClient.NewListByHubPager", func() error {
			_, err := f.NewRelationshipLinksClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"LinksClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewLinksClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.LinkResourceFormat{}, nil)
			return err
		}},
		{"LinksClient.Get", func() error { _, err := f.NewLinksClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"LinksClient.Delete", func() error { _, err := f.NewLinksClient().Delete(ctx, "rg", "contoso", "n0", nil); return err }},
		{"LinksClient.NewListByHubPager", func() error {
			_, err := f.NewLinksClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"ViewsClient.CreateOrUpdate", func() error {
			_, err := f.NewViewsClient().CreateOrUpdate(ctx, "rg", "contoso", "n0", ci.ViewResourceFormat{}, nil)
			return err
		}},
		{"ViewsClient.Get", func() error { _, err := f.NewViewsClient().Get(ctx, "rg", "contoso", "n0", "u", nil); return err }},
		{"ViewsClient.Delete", func() error { _, err := f.NewViewsClient().Delete(ctx, "rg", "contoso", "n0", "u", nil); return err }},
		{"ViewsClient.NewListByHubPager", func() error {
			_, err := f.NewViewsClient().NewListByHubPager("rg", "contoso", "u", nil).NextPage(ctx)
			return err
		}},
		{"RolesClient.NewListByHubPager", func() error {
			_, err := f.NewRolesClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"RoleAssignmentsClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewRoleAssignmentsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.RoleAssignmentResourceFormat{}, nil)
			return err
		}},
		{"RoleAssignmentsClient.Get", func() error { _, err := f.NewRoleAssignmentsClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"RoleAssignmentsClient.Delete", func() error {
			_, err := f.NewRoleAssignmentsClient().Delete(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"RoleAssignmentsClient.NewListByHubPager", func() error {
			_, err := f.NewRoleAssignmentsClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"AuthorizationPoliciesClient.CreateOrUpdate", func() error {
			_, err := f.NewAuthorizationPoliciesClient().CreateOrUpdate(ctx, "rg", "contoso", "n0", ci.AuthorizationPolicyResourceFormat{}, nil)
			return err
		}},
		{"AuthorizationPoliciesClient.Get", func() error {
			_, err := f.NewAuthorizationPoliciesClient().Get(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"AuthorizationPoliciesClient.NewListByHubPager", func() error {
			_, err := f.NewAuthorizationPoliciesClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"AuthorizationPoliciesClient.RegeneratePrimaryKey", func() error {
			_, err := f.NewAuthorizationPoliciesClient().RegeneratePrimaryKey(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"AuthorizationPoliciesClient.RegenerateSecondaryKey", func() error {
			_, err := f.NewAuthorizationPoliciesClient().RegenerateSecondaryKey(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"ConnectorsClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewConnectorsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.ConnectorResourceFormat{}, nil)
			return err
		}},
		{"ConnectorsClient.Get", func() error { _, err := f.NewConnectorsClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"ConnectorsClient.BeginDelete", func() error {
			_, err := f.NewConnectorsClient().BeginDelete(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"ConnectorsClient.NewListByHubPager", func() error {
			_, err := f.NewConnectorsClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"ConnectorMappingsClient.CreateOrUpdate", func() error {
			_, err := f.NewConnectorMappingsClient().CreateOrUpdate(ctx, "rg", "contoso", "n0", "n1", ci.ConnectorMappingResourceFormat{}, nil)
			return err
		}},
		{"ConnectorMappingsClient.Get", func() error {
			_, err := f.NewConnectorMappingsClient().Get(ctx, "rg", "contoso", "n0", "n1", nil)
			return err
		}},
		{"ConnectorMappingsClient.Delete", func() error {
			_, err := f.NewConnectorMappingsClient().Delete(ctx, "rg", "contoso", "n0", "n1", nil)
			return err
		}},
		{"ConnectorMappingsClient.NewListByConnectorPager", func() error {
			_, err := f.NewConnectorMappingsClient().NewListByConnectorPager("rg", "contoso", "n0", nil).NextPage(ctx)
			return err
		}},
		{"WidgetTypesClient.Get", func() error { _, err := f.NewWidgetTypesClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"WidgetTypesClient.NewListByHubPager", func() error {
			_, err := f.NewWidgetTypesClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
		{"PredictionsClient.BeginCreateOrUpdate", func() error {
			_, err := f.NewPredictionsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "n0", ci.PredictionResourceFormat{}, nil)
			return err
		}},
		{"PredictionsClient.Get", func() error { _, err := f.NewPredictionsClient().Get(ctx, "rg", "contoso", "n0", nil); return err }},
		{"PredictionsClient.BeginDelete", func() error {
			_, err := f.NewPredictionsClient().BeginDelete(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"PredictionsClient.GetTrainingResults", func() error {
			_, err := f.NewPredictionsClient().GetTrainingResults(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"PredictionsClient.GetModelStatus", func() error {
			_, err := f.NewPredictionsClient().GetModelStatus(ctx, "rg", "contoso", "n0", nil)
			return err
		}},
		{"PredictionsClient.ModelStatus", func() error {
			_, err := f.NewPredictionsClient().ModelStatus(ctx, "rg", "contoso", "n0", ci.PredictionModelStatus{}, nil)
			return err
		}},
		{"PredictionsClient.NewListByHubPager", func() error {
			_, err := f.NewPredictionsClient().NewListByHubPager("rg", "contoso", nil).NextPage(ctx)
			return err
		}},
	}
	if len(methods) != specOperations {
		t.Errorf("%d methods, want one per operation of the spec (%d)", len(methods), specOperations)
	}
	for _, m := range methods {
		err := m.call()
		if err == nil || !strings.Contains(err.Error(), m.name+" is not implemented") {
			t.Errorf("%s: %v", m.name, err)
		}
	}
}

// specOperations is the number of operations of the Microsoft.CustomerInsights
// 2017-04-26 spec (customer-insights.json), each a method of a client.
const specOperations = 66
