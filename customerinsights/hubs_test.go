package customerinsights_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// clientOptions returns options whose requests go to transport, without
// retries.
func clientOptions(transport policy.Transporter) *customerinsights.ClientOptions {
	return &customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: transport, Retry: policy.RetryOptions{MaxRetries: -1},
	}}}
}

// result holds what a call returned, for try(call(...)).must(t).
type result[T any] struct {
	v   T
	err error
}

func try[T any](v T, err error) result[T] { return result[T]{v, err} }

// must returns the value, failing the test on an error.
func (r result[T]) must(t testing.TB) T {
	t.Helper()
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.v
}

func TestHubsThroughTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{PageSize: 1, Polls: 1})
	hubs := try(customerinsights.NewHubsClient(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)

	hub := customerinsights.Hub{Location: to.Ptr("westus"), Properties: &customerinsights.HubPropertiesFormat{
		HubBillingInfo: &customerinsights.HubBillingInfoFormat{SKUName: to.Ptr("B0"), MinUnits: to.Ptr[int32](1), MaxUnits: to.Ptr[int32](5)},
	}}
	for _, at := range []struct{ rg, name string }{{"rg", "contoso"}, {"rg", "fabrikam"}, {"other", "northwind"}} {
		got := try(hubs.CreateOrUpdate(ctx, at.rg, at.name, hub, nil)).must(t)
		if *got.Name != at.name || *got.Type != "Microsoft.CustomerInsights/hubs" || *got.Properties.ProvisioningState != "Succeeded" ||
			*got.Properties.APIEndpoint == "" || *got.Properties.HubBillingInfo.MaxUnits != 5 {
			t.Errorf("created %+v %+v", got.Hub, got.Properties)
		}
	}
	updated := try(hubs.Update(ctx, "rg", "contoso", customerinsights.Hub{Tags: map[string]string{"env": "test"}}, nil)).must(t)
	if updated.Tags["env"] != "test" || *updated.Location != "westus" || *updated.Properties.HubBillingInfo.SKUName != "B0" {
		t.Errorf("updated %+v", updated.Hub)
	}
	if got := try(hubs.Get(ctx, "rg", "contoso", nil)).must(t); got.Tags["env"] != "test" {
		t.Errorf("get %+v", got.Hub)
	}

	names := func(seq func(func(customerinsights.Hub, error) bool)) []string {
		var out []string
		for h, err := range seq {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, *h.Name)
		}
		return out
	}
	if diff := cmp.Diff([]string{"contoso", "fabrikam"}, names(hubs.ListByResourceGroupIter(ctx, "rg", nil))); diff != "" {
		t.Errorf("hubs of rg (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"northwind", "contoso", "fabrikam"}, names(hubs.ListIter(ctx, nil))); diff != "" {
		t.Errorf("hubs of the subscription (-want +got):\n%s", diff)
	}

	profiles := try(customerinsights.NewProfilesClient(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)
	created := try(profiles.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil)).must(t)
	try(created.PollUntilDone(ctx, fastPoll)).must(t)

	deleting := try(hubs.BeginDelete(ctx, "rg", "contoso", nil)).must(t)
	try(deleting.PollUntilDone(ctx, fastPoll)).must(t)
	if _, err := hubs.Get(ctx, "rg", "contoso", nil); !customerinsights.IsNotFound(err) {
		t.Errorf("hub after delete: %v", err)
	}
	if _, err := profiles.Get(ctx, "rg", "contoso", "Customer", nil); !customerinsights.IsNotFound(err) {
		t.Errorf("profile of a deleted hub: %v", err)
	}
	if _, err := profiles.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil); !customerinsights.HasCode(err, customerinsights.ErrorCodeParentResourceNotFound) {
		t.Errorf("profile in a missing hub: %v", err)
	}
}

func TestHubRulesAreTheService(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, hub string
		body      customerinsights.Hub
		code      string
	}{
		{"name with a dash", "con-toso", customerinsights.Hub{Location: to.Ptr("westus")}, customerinsights.ErrorCodeInvalidResourceName},
		{"name too long", strings.Repeat("h", 65), customerinsights.Hub{Location: to.Ptr("westus")}, customerinsights.ErrorCodeInvalidResourceName},
		{"no location", "contoso", customerinsights.Hub{}, customerinsights.ErrorCodeInvalidRequestContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(nil)
			hubs := try(customerinsights.NewHubsClient(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)
			if _, err := hubs.CreateOrUpdate(context.Background(), "rg", tt.hub, tt.body, nil); !customerinsights.HasCode(err, tt.code) {
				t.Errorf("error %v, want code %s", err, tt.code)
			}
			if n := len(emu.Requests()); n != 1 {
				t.Errorf("%d requests, want 1", n)
			}
		})
	}
}

func TestHubsThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var calls []string
	hub := func(name string) customerinsights.Hub { return customerinsights.Hub{Name: to.Ptr(name)} }
	srv := fake.HubsServer{
		CreateOrUpdate: func(_ context.Context, rg, name string, h customerinsights.Hub, _ *customerinsights.HubsClientCreateOrUpdateOptions) (resp azfake.Responder[customerinsights.HubsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			calls = append(calls, "CreateOrUpdate "+rg+" "+name+" "+*h.Location)
			resp.SetResponse(http.StatusCreated, customerinsights.HubsClientCreateOrUpdateResponse{Hub: hub(name)}, nil)
			return
		},
		Update: func(_ context.Context, rg, name string, h customerinsights.Hub, _ *customerinsights.HubsClientUpdateOptions) (resp azfake.Responder[customerinsights.HubsClientUpdateResponse], errResp azfake.ErrorResponder) {
			calls = append(calls, "Update "+rg+" "+name+" "+h.Tags["env"])
			resp.SetResponse(http.StatusOK, customerinsights.HubsClientUpdateResponse{Hub: hub(name)}, nil)
			return
		},
		Get: func(_ context.Context, rg, name string, _ *customerinsights.HubsClientGetOptions) (resp azfake.Responder[customerinsights.HubsClientGetResponse], errResp azfake.ErrorResponder) {
			calls = append(calls, "Get "+rg+" "+name)
			errResp.SetResponseError(http.StatusNotFound, customerinsights.ErrorCodeResourceNotFound)
			return
		},
		BeginDelete: func(_ context.Context, rg, name string, _ *customerinsights.HubsClientBeginDeleteOptions) (resp azfake.PollerResponder[customerinsights.HubsClientDeleteResponse], errResp azfake.ErrorResponder) {
			calls = append(calls, "BeginDelete "+rg+" "+name)
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusOK, customerinsights.HubsClientDeleteResponse{}, nil)
			return
		},
		NewListByResourceGroupPager: func(rg string, _ *customerinsights.HubsClientListByResourceGroupOptions) (resp azfake.PagerResponder[customerinsights.HubsClientListByResourceGroupResponse]) {
			calls = append(calls, "NewListByResourceGroupPager "+rg)
			for _, n := range []string{"a", "b"} {
				resp.AddPage(http.StatusOK, customerinsights.HubsClientListByResourceGroupResponse{HubListResult: customerinsights.HubListResult{Value: []customerinsights.Hub{hub(n)}}}, nil)
			}
			return
		},
		NewListPager: func(_ *customerinsights.HubsClientListOptions) (resp azfake.PagerResponder[customerinsights.HubsClientListResponse]) {
			calls = append(calls, "NewListPager")
			resp.AddPage(http.StatusOK, customerinsights.HubsClientListResponse{HubListResult: customerinsights.HubListResult{Value: []customerinsights.Hub{hub("c")}}}, nil)
			return
		},
	}
	ctx := context.Background()
	hubs := try(customerinsights.NewHubsClient(subscriptionID, &azfake.TokenCredential{}, clientOptions(fake.NewHubsServerTransport(&srv)))).must(t)
	try(hubs.CreateOrUpdate(ctx, "rg", "contoso", customerinsights.Hub{Location: to.Ptr("westus")}, nil)).must(t)
	try(hubs.Update(ctx, "rg", "contoso", customerinsights.Hub{Tags: map[string]string{"env": "dev"}}, nil)).must(t)
	if _, err := hubs.Get(ctx, "rg", "missing", nil); !customerinsights.IsNotFound(err) {
		t.Errorf("get: %v", err)
	}
	try(try(hubs.BeginDelete(ctx, "rg", "contoso", nil)).must(t).PollUntilDone(ctx, fastPoll)).must(t)
	var listed []string
	for h, err := range hubs.ListByResourceGroupIter(ctx, "rg", nil) {
		listed = append(listed, *try(h, err).must(t).Name)
	}
	for h, err := range hubs.ListIter(ctx, nil) {
		listed = append(listed, *try(h, err).must(t).Name)
	}
	want := []string{"CreateOrUpdate rg contoso westus", "Update rg contoso dev", "Get rg missing", "BeginDelete rg contoso", "NewListByResourceGroupPager rg", "NewListPager"}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
	if !slices.Equal(listed, []string{"a", "b", "c"}) {
		t.Errorf("listed %v", listed)
	}
}
