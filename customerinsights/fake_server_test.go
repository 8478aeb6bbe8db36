package customerinsights_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

type fakeCall struct {
	Method, RG, Hub, Profile, Locale string
}

// fakeServer answers every method and records the arguments it saw.
func fakeServer(calls *[]fakeCall) *fake.ProfilesServer {
	locale := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	getLocale := func(o *customerinsights.ProfilesClientGetOptions) string {
		if o == nil {
			return ""
		}
		return locale(o.LocaleCode)
	}
	deleteLocale := func(o *customerinsights.ProfilesClientBeginDeleteOptions) string {
		if o == nil {
			return ""
		}
		return locale(o.LocaleCode)
	}
	profile := func(hub, name string, state customerinsights.ProvisioningStates) customerinsights.ProfileResourceFormat {
		return customerinsights.ProfileResourceFormat{Name: to.Ptr(hub + "/" + name), Properties: &customerinsights.ProfileTypeDefinition{ProvisioningState: to.Ptr(state)}}
	}
	return &fake.ProfilesServer{
		BeginCreateOrUpdate: func(_ context.Context, rg, hub, name string, p customerinsights.ProfileResourceFormat, _ *customerinsights.ProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[customerinsights.ProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			*calls = append(*calls, fakeCall{Method: "BeginCreateOrUpdate", RG: rg, Hub: hub, Profile: name + ":" + *p.Properties.Fields[0].FieldName})
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusOK, customerinsights.ProfilesClientCreateOrUpdateResponse{ProfileResourceFormat: profile(hub, name, customerinsights.ProvisioningStatesSucceeded)}, nil)
			return
		},
		Get: func(_ context.Context, rg, hub, name string, o *customerinsights.ProfilesClientGetOptions) (resp azfake.Responder[customerinsights.ProfilesClientGetResponse], errResp azfake.ErrorResponder) {
			*calls = append(*calls, fakeCall{Method: "Get", RG: rg, Hub: hub, Profile: name, Locale: getLocale(o)})
			if name == "Missing" {
				errResp.SetResponseError(http.StatusNotFound, "ResourceNotFound")
				return
			}
			resp.SetResponse(http.StatusOK, customerinsights.ProfilesClientGetResponse{ProfileResourceFormat: profile(hub, name, customerinsights.ProvisioningStatesSucceeded)}, nil)
			return
		},
		BeginDelete: func(_ context.Context, rg, hub, name string, o *customerinsights.ProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[customerinsights.ProfilesClientDeleteResponse], errResp azfake.ErrorResponder) {
			*calls = append(*calls, fakeCall{Method: "BeginDelete", RG: rg, Hub: hub, Profile: name, Locale: deleteLocale(o)})
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusNoContent, customerinsights.ProfilesClientDeleteResponse{}, nil)
			return
		},
		NewListByHubPager: func(rg, hub string, o *customerinsights.ProfilesClientListByHubOptions) (resp azfake.PagerResponder[customerinsights.ProfilesClientListByHubResponse]) {
			*calls = append(*calls, fakeCall{Method: "NewListByHubPager", RG: rg, Hub: hub, Locale: locale(o.LocaleCode)})
			for i := range 3 {
				resp.AddPage(http.StatusOK, customerinsights.ProfilesClientListByHubResponse{ProfileListResult: customerinsights.ProfileListResult{
					Value: []customerinsights.ProfileResourceFormat{profile(hub, fmt.Sprintf("P%d", i), customerinsights.ProvisioningStatesSucceeded)},
				}}, nil)
			}
			return
		},
		GetEnrichingKpis: func(_ context.Context, rg, hub, name string, _ *customerinsights.ProfilesClientGetEnrichingKpisOptions) (resp azfake.Responder[customerinsights.ProfilesClientGetEnrichingKpisResponse], errResp azfake.ErrorResponder) {
			*calls = append(*calls, fakeCall{Method: "GetEnrichingKpis", RG: rg, Hub: hub, Profile: name})
			resp.SetResponse(http.StatusOK, customerinsights.ProfilesClientGetEnrichingKpisResponse{KpiDefinitionArray: []customerinsights.KpiDefinition{
				{KpiName: to.Ptr("Spend"), Function: to.Ptr(customerinsights.KpiFunctionsSum), ThresHolds: &customerinsights.KpiThresholds{LowerLimit: to.Ptr(1.5)}},
			}}, nil)
			return
		},
	}
}

func TestEveryMethodThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var calls []fakeCall
	c := newClient(t, fake.NewProfilesServerTransport(fakeServer(&calls)))
	ctx := context.Background()

	poller, err := c.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil)
	if err != nil {
		t.Fatal(err)
	}
	created, err := poller.PollUntilDone(ctx, fastPoll)
	if err != nil || *created.Name != "contoso/Customer" {
		t.Fatalf("create: %v, %+v", err, created)
	}
	got, err := c.Get(ctx, "rg", "contoso", "Customer", &customerinsights.ProfilesClientGetOptions{LocaleCode: to.Ptr("fr-fr")})
	if err != nil || *got.Properties.ProvisioningState != customerinsights.ProvisioningStatesSucceeded {
		t.Fatalf("get: %v, %+v", err, got)
	}
	_, err = c.Get(ctx, "rg", "contoso", "Missing", nil)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusNotFound || re.ErrorCode != "ResourceNotFound" {
		t.Errorf("get missing: %v", err)
	}
	var names []string
	for p, err := range c.ListByHubIter(ctx, "rg", "contoso", &customerinsights.ProfilesClientListByHubOptions{LocaleCode: to.Ptr("de-de")}) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if diff := cmp.Diff([]string{"contoso/P0", "contoso/P1", "contoso/P2"}, names); diff != "" {
		t.Errorf("list (-want +got):\n%s", diff)
	}
	kpis, err := c.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil)
	if err != nil || len(kpis.KpiDefinitionArray) != 1 || *kpis.KpiDefinitionArray[0].ThresHolds.LowerLimit != 1.5 {
		t.Fatalf("kpis: %v, %+v", err, kpis)
	}
	dp, err := c.BeginDelete(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}

	want := []fakeCall{
		{Method: "BeginCreateOrUpdate", RG: "rg", Hub: "contoso", Profile: "Customer:Id"},
		{Method: "Get", RG: "rg", Hub: "contoso", Profile: "Customer", Locale: "fr-fr"},
		{Method: "Get", RG: "rg", Hub: "contoso", Profile: "Missing"},
		{Method: "NewListByHubPager", RG: "rg", Hub: "contoso", Locale: "de-de"},
		{Method: "GetEnrichingKpis", RG: "rg", Hub: "contoso", Profile: "Customer"},
		{Method: "BeginDelete", RG: "rg", Hub: "contoso", Profile: "Customer"},
	}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}

func TestFakeServerResumeToken(t *testing.T) {
	t.Parallel()
	var calls []fakeCall
	transport := fake.NewProfilesServerTransport(fakeServer(&calls))
	ctx := context.Background()
	poller, err := newClient(t, transport).BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerProfile(), nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := newClient(t, transport).BeginCreateOrUpdate(ctx, "", "", "", customerinsights.ProfileResourceFormat{}, &customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	got, err := resumed.PollUntilDone(ctx, fastPoll)
	if err != nil || *got.Name != "contoso/Customer" {
		t.Fatalf("%v, %+v", err, got)
	}
}

func TestFakeServerMethodNotSet(t *testing.T) {
	t.Parallel()
	c := newClient(t, fake.NewProfilesServerTransport(&fake.ProfilesServer{}))
	_, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
	if err == nil || !strings.Contains(err.Error(), "set the Server's Get field") {
		t.Errorf("error %v, want one naming the missing Get field", err)
	}
}
