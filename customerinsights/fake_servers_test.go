package customerinsights_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// TestFakeServersReceiveTheArguments runs one method of each route shape
// (plain, with a body, long-running with and without a body, paged, with
// required and optional query parameters, below a connector) through a
// ServerFactory and checks what the server functions received.
func TestFakeServersReceiveTheArguments(t *testing.T) {
	t.Parallel()
	var calls []string
	record := func(s ...string) { calls = append(calls, strings.Join(s, " ")) }
	srv := fake.ServerFactory{
		InteractionsServer: fake.InteractionsServer{
			Get: func(_ context.Context, rg, hub, name string, o *ci.InteractionsClientGetOptions) (resp azfake.Responder[ci.InteractionsClientGetResponse], errResp azfake.ErrorResponder) {
				record("Interactions.Get", rg, hub, name, *o.LocaleCode)
				resp.SetResponse(http.StatusOK, ci.InteractionsClientGetResponse{InteractionResourceFormat: ci.InteractionResourceFormat{Name: to.Ptr(hub + "/" + name)}}, nil)
				return
			},
			BeginCreateOrUpdate: func(_ context.Context, rg, hub, name string, body ci.InteractionResourceFormat, _ *ci.InteractionsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.InteractionsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
				record("Interactions.BeginCreateOrUpdate", rg, hub, name, *body.Properties.TypeName)
				resp.AddNonTerminalResponse(http.StatusAccepted, nil)
				resp.SetTerminalResponse(http.StatusOK, ci.InteractionsClientCreateOrUpdateResponse{InteractionResourceFormat: body}, nil)
				return
			},
		},
		ViewsServer: fake.ViewsServer{
			Get: func(_ context.Context, rg, hub, name, user string, _ *ci.ViewsClientGetOptions) (resp azfake.Responder[ci.ViewsClientGetResponse], errResp azfake.ErrorResponder) {
				record("Views.Get", rg, hub, name, user)
				errResp.SetResponseError(http.StatusNotFound, ci.ErrorCodeResourceNotFound)
				return
			},
			NewListByHubPager: func(rg, hub, user string, _ *ci.ViewsClientListByHubOptions) (resp azfake.PagerResponder[ci.ViewsClientListByHubResponse]) {
				record("Views.NewListByHubPager", rg, hub, user)
				for _, n := range []string{"a", "b"} {
					resp.AddPage(http.StatusOK, ci.ViewsClientListByHubResponse{ViewListResult: ci.ViewListResult{Value: []ci.ViewResourceFormat{{Name: to.Ptr(n)}}}}, nil)
				}
				return
			},
		},
		ConnectorMappingsServer: fake.ConnectorMappingsServer{
			CreateOrUpdate: func(_ context.Context, rg, hub, connector, name string, body ci.ConnectorMappingResourceFormat, _ *ci.ConnectorMappingsClientCreateOrUpdateOptions) (resp azfake.Responder[ci.ConnectorMappingsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
				record("ConnectorMappings.CreateOrUpdate", rg, hub, connector, name, *body.Properties.EntityTypeName)
				resp.SetResponse(http.StatusCreated, ci.ConnectorMappingsClientCreateOrUpdateResponse{ConnectorMappingResourceFormat: body}, nil)
				return
			},
			NewListByConnectorPager: func(rg, hub, connector string, _ *ci.ConnectorMappingsClientListByConnectorOptions) (resp azfake.PagerResponder[ci.ConnectorMappingsClientListByConnectorResponse]) {
				record("ConnectorMappings.NewListByConnectorPager", rg, hub, connector)
				resp.AddPage(http.StatusOK, ci.ConnectorMappingsClientListByConnectorResponse{}, nil)
				return
			},
		},
		ConnectorsServer: fake.ConnectorsServer{
			BeginDelete: func(_ context.Context, rg, hub, name string, _ *ci.ConnectorsClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.ConnectorsClientDeleteResponse], errResp azfake.ErrorResponder) {
				record("Connectors.BeginDelete", rg, hub, name)
				resp.AddNonTerminalResponse(http.StatusAccepted, nil)
				resp.SetTerminalResponse(http.StatusNoContent, ci.ConnectorsClientDeleteResponse{}, nil)
				return
			},
		},
		PredictionsServer: fake.PredictionsServer{
			ModelStatus: func(_ context.Context, rg, hub, name string, body ci.PredictionModelStatus, _ *ci.PredictionsClientModelStatusOptions) (resp azfake.Responder[ci.PredictionsClientModelStatusResponse], errResp azfake.ErrorResponder) {
				record("Predictions.ModelStatus", rg, hub, name, string(*body.Status))
				resp.SetResponse(http.StatusOK, ci.PredictionsClientModelStatusResponse{}, nil)
				return
			},
		},
		AuthorizationPoliciesServer: fake.AuthorizationPoliciesServer{
			RegeneratePrimaryKey: func(_ context.Context, rg, hub, name string, _ *ci.AuthorizationPoliciesClientRegeneratePrimaryKeyOptions) (resp azfake.Responder[ci.AuthorizationPoliciesClientRegeneratePrimaryKeyResponse], errResp azfake.ErrorResponder) {
				record("AuthorizationPolicies.RegeneratePrimaryKey", rg, hub, name)
				resp.SetResponse(http.StatusOK, ci.AuthorizationPoliciesClientRegeneratePrimaryKeyResponse{AuthorizationPolicy: ci.AuthorizationPolicy{PrimaryKey: to.Ptr("k2")}}, nil)
				return
			},
		},
		OperationsServer: fake.OperationsServer{
			NewListPager: func(*ci.OperationsClientListOptions) (resp azfake.PagerResponder[ci.OperationsClientListResponse]) {
				record("Operations.NewListPager")
				resp.AddPage(http.StatusOK, ci.OperationsClientListResponse{OperationListResult: ci.OperationListResult{Value: []ci.Operation{{Name: to.Ptr("op")}}}}, nil)
				return
			},
		},
	}
	ctx := context.Background()
	f := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, clientOptions(fake.NewServerFactoryTransport(&srv)))).must(t)

	if got := try(f.NewInteractionsClient().Get(ctx, "rg", "contoso", "Purchase", &ci.InteractionsClientGetOptions{LocaleCode: to.Ptr("fr-fr")})).must(t); *got.Name != "contoso/Purchase" {
		t.Errorf("interaction %v", *got.Name)
	}
	created := wait(f.NewInteractionsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "Purchase", ci.InteractionResourceFormat{Properties: &ci.InteractionTypeDefinition{TypeName: to.Ptr("Purchase")}}, nil)).must(t)
	if *created.Properties.TypeName != "Purchase" {
		t.Errorf("created %+v", created.Properties)
	}
	if _, err := f.NewViewsClient().Get(ctx, "rg", "contoso", "Mine", "alice", nil); !ci.IsNotFound(err) {
		t.Errorf("view: %v", err)
	}
	var views []string
	for v, err := range f.NewViewsClient().ListByHubIter(ctx, "rg", "contoso", "*", nil) {
		views = append(views, *try(v, err).must(t).Name)
	}
	try(f.NewConnectorMappingsClient().CreateOrUpdate(ctx, "rg", "contoso", "Blob", "Purchases", ci.ConnectorMappingResourceFormat{Properties: &ci.ConnectorMapping{EntityTypeName: to.Ptr("Purchase")}}, nil)).must(t)
	try(f.NewConnectorMappingsClient().NewListByConnectorPager("rg", "contoso", "Blob", nil).NextPage(ctx)).must(t)
	wait(f.NewConnectorsClient().BeginDelete(ctx, "rg", "contoso", "Blob", nil)).must(t)
	try(f.NewPredictionsClient().ModelStatus(ctx, "rg", "contoso", "Churn", ci.PredictionModelStatus{Status: to.Ptr(ci.PredictionModelLifeCycleActive)}, nil)).must(t)
	if k := try(f.NewAuthorizationPoliciesClient().RegeneratePrimaryKey(ctx, "rg", "contoso", "ingest", nil)).must(t); *k.PrimaryKey != "k2" {
		t.Errorf("key %q", *k.PrimaryKey)
	}
	try(f.NewOperationsClient().NewListPager(nil).NextPage(ctx)).must(t)

	want := []string{
		"Interactions.Get rg contoso Purchase fr-fr",
		"Interactions.BeginCreateOrUpdate rg contoso Purchase Purchase",
		"Views.Get rg contoso Mine alice",
		"Views.NewListByHubPager rg contoso *",
		"ConnectorMappings.CreateOrUpdate rg contoso Blob Purchases Purchase",
		"ConnectorMappings.NewListByConnectorPager rg contoso Blob",
		"Connectors.BeginDelete rg contoso Blob",
		"Predictions.ModelStatus rg contoso Churn Active",
		"AuthorizationPolicies.RegeneratePrimaryKey rg contoso ingest",
		"Operations.NewListPager",
	}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a", "b"}, views); diff != "" {
		t.Errorf("views over two pages (-want +got):\n%s", diff)
	}
}
