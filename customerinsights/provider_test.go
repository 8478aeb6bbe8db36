package customerinsights_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// wait polls what a Begin method returned until it is done.
func wait[T any](p *runtime.Poller[T], err error) result[T] {
	if err != nil {
		return result[T]{err: err}
	}
	return try(p.PollUntilDone(context.Background(), fastPoll))
}

// collect gathers the names an iterator yields, failing on an error.
func collect[T any](t testing.TB, seq func(func(T, error) bool), name func(T) *string) []string {
	t.Helper()
	var out []string
	for v, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, *name(v))
	}
	return out
}

func field(name string, typ ci.FieldType) ci.PropertyDefinition {
	return ci.PropertyDefinition{FieldName: to.Ptr(name), FieldType: to.Ptr(typ)}
}

// TestProviderThroughTheEmulator drives every client of the package
// against the emulator, in the order a user builds a hub: profiles, an
// interaction they take part in, a relationship and its link, a link, a
// KPI, views, roles, a policy, a connector and its mapping, images, a
// prediction, widget types and the provider's operations.
func TestProviderThroughTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1, PageSize: 2})
	f := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)

	try(f.NewHubsClient().CreateOrUpdate(ctx, "rg", "contoso", ci.Hub{Location: to.Ptr("westus")}, nil)).must(t)

	profiles := f.NewProfilesClient()
	for _, p := range []string{"Customer", "Account"} {
		wait(profiles.BeginCreateOrUpdate(ctx, "rg", "contoso", p, ci.ProfileResourceFormat{Properties: &ci.ProfileTypeDefinition{
			Fields:    []ci.PropertyDefinition{field("Id", ci.FieldTypeString), field("AccountId", ci.FieldTypeString)},
			StrongIDs: []ci.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id"}}},
		}}, nil)).must(t)
	}

	interactions := f.NewInteractionsClient()
	purchase := wait(interactions.BeginCreateOrUpdate(ctx, "rg", "contoso", "Purchase", ci.InteractionResourceFormat{Properties: &ci.InteractionTypeDefinition{
		Fields:          []ci.PropertyDefinition{field("PurchaseId", ci.FieldTypeString), field("CustomerId", ci.FieldTypeString), field("Amount", ci.FieldTypeDouble)},
		IDPropertyNames: []string{"PurchaseId"},
		ParticipantProfiles: []ci.Participant{{ParticipantName: to.Ptr("Buyer"), ProfileTypeName: to.Ptr("Customer"),
			ParticipantPropertyReferences: []ci.ParticipantPropertyReference{{SourcePropertyName: to.Ptr("CustomerId"), TargetPropertyName: to.Ptr("Id")}}}},
		IsActivity: to.Ptr(true),
	}}, nil)).must(t)
	if *purchase.Properties.EntityType != ci.EntityTypesInteraction || *purchase.Properties.ProvisioningState != ci.ProvisioningStatesSucceeded {
		t.Errorf("interaction %+v", purchase.Properties)
	}
	got := try(interactions.Get(ctx, "rg", "contoso", "Purchase", &ci.InteractionsClientGetOptions{LocaleCode: to.Ptr("en-us")})).must(t)
	if *got.Properties.ParticipantProfiles[0].ProfileTypeName != "Customer" {
		t.Errorf("got %+v", got.Properties)
	}
	if names := collect(t, interactions.ListByHubIter(ctx, "rg", "contoso", nil), func(i ci.InteractionResourceFormat) *string { return i.Name }); !slices.Equal(names, []string{"contoso/Purchase"}) {
		t.Errorf("interactions %v", names)
	}
	// isActivity is set on create only: the service refuses to change it
	if _, err := interactions.BeginCreateOrUpdate(ctx, "rg", "contoso", "Purchase", ci.InteractionResourceFormat{Properties: &ci.InteractionTypeDefinition{IsActivity: to.Ptr(false)}}, nil); !ci.HasCode(err, ci.ErrorCodeInvalidRequestContent) {
		t.Errorf("changing isActivity: %v", err)
	}

	relationships := f.NewRelationshipsClient()
	rel := wait(relationships.BeginCreateOrUpdate(ctx, "rg", "contoso", "CustomerAccount", ci.RelationshipResourceFormat{Properties: &ci.RelationshipDefinition{
		ProfileType: to.Ptr("Customer"), RelatedProfileType: to.Ptr("Account"), Cardinality: to.Ptr(ci.CardinalityTypesOneToMany),
		LookupMappings: []ci.RelationshipTypeMapping{{FieldMappings: []ci.RelationshipTypeFieldMapping{{ProfileFieldName: to.Ptr("AccountId"), RelatedProfileKeyProperty: to.Ptr("Id")}}}},
	}}, nil)).must(t)
	if *rel.Properties.RelationshipName != "CustomerAccount" || rel.Properties.RelationshipGUIDID == nil {
		t.Errorf("relationship %+v", rel.Properties)
	}
	suggested := try(interactions.SuggestRelationshipLinks(ctx, "rg", "contoso", "Purchase", nil)).must(t)
	if len(suggested.SuggestedRelationships) != 1 || *suggested.SuggestedRelationships[0].ExistingRelationshipName != "CustomerAccount" {
		t.Errorf("suggested %+v", suggested.SuggestRelationshipLinksResponse)
	}
	if _, err := relationships.BeginCreateOrUpdate(ctx, "rg", "contoso", "Dangling", ci.RelationshipResourceFormat{Properties: &ci.RelationshipDefinition{
		ProfileType: to.Ptr("Customer"), RelatedProfileType: to.Ptr("Nobody"),
	}}, nil); !ci.HasCode(err, ci.ErrorCodeInvalidRequestContent) {
		t.Errorf("relationship to a missing profile: %v", err)
	}

	relLinks := f.NewRelationshipLinksClient()
	ref := []ci.ParticipantProfilePropertyReference{{InteractionPropertyName: to.Ptr("CustomerId"), ProfilePropertyName: to.Ptr("Id")}}
	rl := wait(relLinks.BeginCreateOrUpdate(ctx, "rg", "contoso", "PurchaseAccount", ci.RelationshipLinkResourceFormat{Properties: &ci.RelationshipLinkDefinition{
		InteractionType: to.Ptr("Purchase"), RelationshipName: to.Ptr("CustomerAccount"),
		ProfilePropertyReferences: ref, RelatedProfilePropertyReferences: ref,
		Mappings: []ci.RelationshipLinkFieldMapping{{InteractionFieldName: to.Ptr("Amount"), RelationshipFieldName: to.Ptr("Amount"), LinkType: to.Ptr(ci.LinkTypesUpdateAlways)}},
	}}, nil)).must(t)
	if *rl.Properties.LinkName != "PurchaseAccount" {
		t.Errorf("relationship link %+v", rl.Properties)
	}

	links := f.NewLinksClient()
	link := wait(links.BeginCreateOrUpdate(ctx, "rg", "contoso", "PurchaseToCustomer", ci.LinkResourceFormat{Properties: &ci.LinkDefinition{
		SourceEntityType: to.Ptr(ci.EntityTypeInteraction), SourceEntityTypeName: to.Ptr("Purchase"),
		TargetEntityType: to.Ptr(ci.EntityTypeProfile), TargetEntityTypeName: to.Ptr("Customer"),
		ParticipantPropertyReferences: []ci.ParticipantPropertyReference{{SourcePropertyName: to.Ptr("CustomerId"), TargetPropertyName: to.Ptr("Id")}},
		OperationType:                 to.Ptr(ci.InstanceOperationTypeUpsert),
	}}, nil)).must(t)
	if *link.Properties.LinkName != "PurchaseToCustomer" || *link.Properties.ProvisioningState != ci.ProvisioningStatesSucceeded {
		t.Errorf("link %+v", link.Properties)
	}

	kpis := f.NewKpiClient()
	kpi := wait(kpis.BeginCreateOrUpdate(ctx, "rg", "contoso", "Spend", ci.KpiResourceFormat{Properties: &ci.KpiDefinition{
		EntityType: to.Ptr(ci.EntityTypesInteraction), EntityTypeName: to.Ptr("Purchase"), Expression: to.Ptr("Amount"),
		Function: to.Ptr(ci.KpiFunctionsSum), CalculationWindow: to.Ptr(ci.CalculationWindowTypesMonth),
	}}, nil)).must(t)
	try(kpis.Reprocess(ctx, "rg", "contoso", "Spend", nil)).must(t)
	if _, err := kpis.Reprocess(ctx, "rg", "contoso", "Nothing", nil); !ci.IsNotFound(err) {
		t.Errorf("reprocess a missing KPI: %v", err)
	}
	// the interaction KPI enriches its participant
	enriching := try(profiles.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil)).must(t)
	if diff := cmp.Diff([]ci.KpiDefinition{*kpi.Properties}, enriching.KpiDefinitionArray); diff != "" {
		t.Errorf("enriching KPIs (-want +got):\n%s", diff)
	}
	if got := try(kpis.Get(ctx, "rg", "contoso", "Spend", nil)).must(t); *got.Properties.KpiName != "Spend" {
		t.Errorf("kpi %+v", got.Properties)
	}
	if names := collect(t, kpis.ListByHubIter(ctx, "rg", "contoso", nil), func(k ci.KpiResourceFormat) *string { return k.Name }); !slices.Equal(names, []string{"contoso/Spend"}) {
		t.Errorf("kpis %v", names)
	}
	wait(kpis.BeginDelete(ctx, "rg", "contoso", "Spend", nil)).must(t)

	views := f.NewViewsClient()
	for _, v := range []struct{ name, user string }{{"Mine", "alice"}, {"Theirs", "bob"}, {"Shared", "*"}} {
		view := try(views.CreateOrUpdate(ctx, "rg", "contoso", v.name, ci.ViewResourceFormat{Properties: &ci.View{
			UserID: to.Ptr(v.user), Definition: to.Ptr(`{"tiles":[]}`), DisplayName: map[string]string{"en-us": v.name},
		}}, nil)).must(t)
		if view.Properties.Created == nil || *view.Properties.ViewName != v.name {
			t.Errorf("view %+v", view.Properties)
		}
	}
	viewName := func(v ci.ViewResourceFormat) *string { return v.Properties.ViewName }
	if names := collect(t, views.ListByHubIter(ctx, "rg", "contoso", "alice", nil), viewName); !slices.Equal(names, []string{"Mine"}) {
		t.Errorf("alice's views %v", names)
	}
	if names := collect(t, views.ListByHubIter(ctx, "rg", "contoso", "*", nil), viewName); len(names) != 3 {
		t.Errorf("all views %v", names)
	}
	if _, err := views.Get(ctx, "rg", "contoso", "Theirs", "alice", nil); !ci.IsNotFound(err) {
		t.Errorf("bob's view for alice: %v", err)
	}
	if _, err := views.Get(ctx, "rg", "contoso", "Theirs", "", nil); !testkitIsInvalid(err, "userId") {
		t.Errorf("a view without a user: %v", err)
	}
	try(views.Delete(ctx, "rg", "contoso", "Mine", "alice", nil)).must(t)

	roles := collect(t, f.NewRolesClient().ListByHubIter(ctx, "rg", "contoso", nil), func(r ci.RoleResourceFormat) *string { return r.Properties.RoleName })
	if len(roles) != len(ci.PossibleRoleTypesValues()) {
		t.Errorf("roles %v", roles)
	}
	assignments := f.NewRoleAssignmentsClient()
	ra := wait(assignments.BeginCreateOrUpdate(ctx, "rg", "contoso", "Readers", ci.RoleAssignmentResourceFormat{Properties: &ci.RoleAssignment{
		Role: to.Ptr(ci.RoleTypesReader), Principals: []ci.AssignmentPrincipal{{PrincipalID: to.Ptr("4c54c38ffa9b416ba5a6d6c8a20cbe7e"), PrincipalType: to.Ptr("User")}},
		Profiles: &ci.ResourceSetDescription{Elements: []string{"*"}, Exceptions: []string{"Account"}},
	}}, nil)).must(t)
	if *ra.Properties.AssignmentName != "Readers" {
		t.Errorf("assignment %+v", ra.Properties)
	}
	try(assignments.Get(ctx, "rg", "contoso", "Readers", nil)).must(t)
	if n := collect(t, assignments.ListByHubIter(ctx, "rg", "contoso", nil), func(r ci.RoleAssignmentResourceFormat) *string { return r.Name }); len(n) != 1 {
		t.Errorf("assignments %v", n)
	}
	try(assignments.Delete(ctx, "rg", "contoso", "Readers", nil)).must(t)

	policies := f.NewAuthorizationPoliciesClient()
	policy := try(policies.CreateOrUpdate(ctx, "rg", "contoso", "ingest", ci.AuthorizationPolicyResourceFormat{Properties: &ci.AuthorizationPolicy{
		Permissions: []ci.PermissionTypes{ci.PermissionTypesRead, ci.PermissionTypesWrite},
	}}, nil)).must(t)
	primary := *policy.Properties.PrimaryKey
	if primary == "" || *policy.Properties.SecondaryKey == "" {
		t.Fatalf("keys not generated: %v", policy)
	}
	for _, out := range []string{fmt.Sprint(policy), fmt.Sprintf("%+v", policy), fmt.Sprintf("%#v", policy.AuthorizationPolicyResourceFormat), policy.Properties.String()} {
		if strings.Contains(out, primary) || !strings.Contains(out, "(redacted)") {
			t.Errorf("a key is printed: %s", out)
		}
	}
	regenerated := try(policies.RegeneratePrimaryKey(ctx, "rg", "contoso", "ingest", nil)).must(t)
	if *regenerated.PrimaryKey == primary || *regenerated.SecondaryKey != *policy.Properties.SecondaryKey {
		t.Errorf("primary key not regenerated")
	}
	secondary := try(policies.RegenerateSecondaryKey(ctx, "rg", "contoso", "ingest", nil)).must(t)
	if *secondary.SecondaryKey == *policy.Properties.SecondaryKey || *secondary.PrimaryKey != *regenerated.PrimaryKey {
		t.Errorf("secondary key not regenerated")
	}
	if got := try(policies.Get(ctx, "rg", "contoso", "ingest", nil)).must(t); *got.Properties.SecondaryKey != *secondary.SecondaryKey {
		t.Errorf("stored policy has other keys")
	}
	if n := collect(t, policies.ListByHubIter(ctx, "rg", "contoso", nil), func(p ci.AuthorizationPolicyResourceFormat) *string { return p.Properties.PolicyName }); !slices.Equal(n, []string{"ingest"}) {
		t.Errorf("policies %v", n)
	}

	connectors := f.NewConnectorsClient()
	conn := wait(connectors.BeginCreateOrUpdate(ctx, "rg", "contoso", "Blob", ci.ConnectorResourceFormat{Properties: &ci.Connector{
		ConnectorType:       to.Ptr(ci.ConnectorTypesAzureBlob),
		ConnectorProperties: map[string]any{"connectionKeyVaultUrl": map[string]any{"organizationId": "XXX"}},
	}}, nil)).must(t)
	if *conn.Properties.State != ci.ConnectorStatesCreated || conn.Properties.ConnectorID == nil {
		t.Errorf("connector %+v", conn.Properties)
	}
	mappings := f.NewConnectorMappingsClient()
	mapping := try(mappings.CreateOrUpdate(ctx, "rg", "contoso", "Blob", "Purchases", ci.ConnectorMappingResourceFormat{Properties: &ci.ConnectorMapping{
		EntityType: to.Ptr(ci.EntityTypesInteraction), EntityTypeName: to.Ptr("Purchase"),
		MappingProperties: &ci.ConnectorMappingProperties{
			ErrorManagement:   &ci.ConnectorMappingErrorManagement{ErrorManagementType: to.Ptr(ci.ErrorManagementTypesStopImport)},
			Format:            &ci.ConnectorMappingFormat{FormatType: to.Ptr(ci.FormatTypesTextFormat), ColumnDelimiter: to.Ptr("|")},
			Availability:      &ci.ConnectorMappingAvailability{Frequency: to.Ptr(ci.FrequencyTypesHour), Interval: to.Ptr[int32](5)},
			Structure:         []ci.ConnectorMappingStructure{{PropertyName: to.Ptr("Amount"), ColumnName: to.Ptr("amount")}},
			CompleteOperation: &ci.ConnectorMappingCompleteOperation{CompletionOperationType: to.Ptr(ci.CompletionOperationTypesDoNothing)},
		},
	}}, nil)).must(t)
	if *mapping.Name != "contoso/Blob/Purchases" || *mapping.Properties.ConnectorName != "Blob" || *mapping.Properties.ConnectorType != ci.ConnectorTypesAzureBlob {
		t.Errorf("mapping %+v %+v", mapping.ConnectorMappingResourceFormat, mapping.Properties)
	}
	try(mappings.Get(ctx, "rg", "contoso", "Blob", "Purchases", nil)).must(t)
	if n := collect(t, mappings.ListByConnectorIter(ctx, "rg", "contoso", "Blob", nil), func(m ci.ConnectorMappingResourceFormat) *string { return m.Name }); len(n) != 1 {
		t.Errorf("mappings %v", n)
	}
	try(mappings.Delete(ctx, "rg", "contoso", "Blob", "Purchases", nil)).must(t)
	try(connectors.Get(ctx, "rg", "contoso", "Blob", nil)).must(t)
	if n := collect(t, connectors.ListByHubIter(ctx, "rg", "contoso", nil), func(c ci.ConnectorResourceFormat) *string { return c.Name }); len(n) != 1 {
		t.Errorf("connectors %v", n)
	}
	wait(connectors.BeginDelete(ctx, "rg", "contoso", "Blob", nil)).must(t)

	images := f.NewImagesClient()
	img := try(images.GetUploadURLForEntityType(ctx, "rg", "contoso", ci.GetImageUploadURLInput{EntityType: to.Ptr("Profile"), EntityTypeName: to.Ptr("Customer"), RelativePath: to.Ptr("images/customer.png")}, nil)).must(t)
	if !strings.HasPrefix(*img.ContentURL, "https://") || *img.RelativePath != "images/customer.png" {
		t.Errorf("image %+v", img.ImageDefinition)
	}
	try(images.GetUploadURLForData(ctx, "rg", "contoso", ci.GetImageUploadURLInput{RelativePath: to.Ptr("data/x.png")}, nil)).must(t)

	predictions := f.NewPredictionsClient()
	pred := wait(predictions.BeginCreateOrUpdate(ctx, "rg", "contoso", "Churn", ci.PredictionResourceFormat{Properties: &ci.Prediction{
		PrimaryProfileType: to.Ptr("Customer"), AutoAnalyze: to.Ptr(true), ScoreLabel: to.Ptr("score"),
		NegativeOutcomeExpression: to.Ptr("Amount < 10"), PositiveOutcomeExpression: to.Ptr("Amount >= 10"), ScopeExpression: to.Ptr("*"),
		Mappings: &ci.PredictionMappings{Score: to.Ptr("s"), Grade: to.Ptr("g"), Reason: to.Ptr("r")},
	}}, nil)).must(t)
	if pred.Properties.SystemGeneratedEntities == nil || *pred.Properties.PredictionName != "Churn" {
		t.Errorf("prediction %+v", pred.Properties)
	}
	try(predictions.Get(ctx, "rg", "contoso", "Churn", nil)).must(t)
	try(predictions.GetTrainingResults(ctx, "rg", "contoso", "Churn", nil)).must(t)
	if st := try(predictions.GetModelStatus(ctx, "rg", "contoso", "Churn", nil)).must(t); *st.Status != ci.PredictionModelLifeCyclePendingModelConfirmation {
		t.Errorf("model status %s", *st.Status)
	}
	try(predictions.ModelStatus(ctx, "rg", "contoso", "Churn", ci.PredictionModelStatus{Status: to.Ptr(ci.PredictionModelLifeCycleActive)}, nil)).must(t)
	if _, err := predictions.ModelStatus(ctx, "rg", "contoso", "Churn", ci.PredictionModelStatus{Status: to.Ptr(ci.PredictionModelLifeCyclePendingFeaturing)}, nil); !ci.HasCode(err, ci.ErrorCodeInvalidRequestContent) {
		t.Errorf("second model status change: %v", err)
	}
	if n := collect(t, predictions.ListByHubIter(ctx, "rg", "contoso", nil), func(p ci.PredictionResourceFormat) *string { return p.Name }); len(n) != 1 {
		t.Errorf("predictions %v", n)
	}
	wait(predictions.BeginDelete(ctx, "rg", "contoso", "Churn", nil)).must(t)

	widgets := f.NewWidgetTypesClient()
	wts := collect(t, widgets.ListByHubIter(ctx, "rg", "contoso", nil), func(w ci.WidgetTypeResourceFormat) *string { return w.Properties.WidgetTypeName })
	if len(wts) == 0 {
		t.Fatal("no widget types")
	}
	try(widgets.Get(ctx, "rg", "contoso", wts[0], nil)).must(t)

	ops := collect(t, f.NewOperationsClient().ListIter(ctx, nil), func(o ci.Operation) *string { return o.Name })
	if !slices.Contains(ops, "Microsoft.CustomerInsights/hubs/predictions/write") {
		t.Errorf("operations %v", ops)
	}

	// the data model reads back, one by one and listed
	if got := try(relationships.Get(ctx, "rg", "contoso", "CustomerAccount", nil)).must(t); *got.Properties.RelatedProfileType != "Account" {
		t.Errorf("relationship %+v", got.Properties)
	}
	if got := try(relLinks.Get(ctx, "rg", "contoso", "PurchaseAccount", nil)).must(t); *got.Properties.InteractionType != "Purchase" {
		t.Errorf("relationship link %+v", got.Properties)
	}
	if got := try(links.Get(ctx, "rg", "contoso", "PurchaseToCustomer", nil)).must(t); *got.Properties.TargetEntityTypeName != "Customer" {
		t.Errorf("link %+v", got.Properties)
	}
	listed := append(append(
		collect(t, relationships.ListByHubIter(ctx, "rg", "contoso", nil), func(r ci.RelationshipResourceFormat) *string { return r.Name }),
		collect(t, relLinks.ListByHubIter(ctx, "rg", "contoso", nil), func(r ci.RelationshipLinkResourceFormat) *string { return r.Name })...),
		collect(t, links.ListByHubIter(ctx, "rg", "contoso", nil), func(l ci.LinkResourceFormat) *string { return l.Name })...)
	if diff := cmp.Diff([]string{"contoso/CustomerAccount", "contoso/PurchaseAccount", "contoso/PurchaseToCustomer"}, listed); diff != "" {
		t.Errorf("listed (-want +got):\n%s", diff)
	}

	// clean up in reverse, through the long-running deletes
	wait(relLinks.BeginDelete(ctx, "rg", "contoso", "PurchaseAccount", nil)).must(t)
	wait(relationships.BeginDelete(ctx, "rg", "contoso", "CustomerAccount", nil)).must(t)
	try(links.Delete(ctx, "rg", "contoso", "PurchaseToCustomer", nil)).must(t)
	wait(f.NewHubsClient().BeginDelete(ctx, "rg", "contoso", nil)).must(t)
	if _, err := interactions.Get(ctx, "rg", "contoso", "Purchase", nil); !ci.IsNotFound(err) {
		t.Errorf("interaction of a deleted hub: %v", err)
	}
}
