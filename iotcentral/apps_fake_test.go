package iotcentral_test

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// Every AppsClient method reaches its fake-server field with its
// arguments, pollers included, and AppsServer has a field per method.
func TestAppsThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	client, server := reflect.TypeOf(&iotcentral.AppsClient{}), reflect.TypeOf(fake.AppsServer{})
	for i := range client.NumMethod() {
		if m := client.Method(i).Name; !strings.HasSuffix(m, "Iter") {
			if _, ok := server.FieldByName(m); !ok {
				t.Errorf("AppsServer has no field for AppsClient.%s", m)
			}
		}
	}
	var calls []string
	note := func(format string, args ...any) { calls = append(calls, fmt.Sprintf(format, args...)) }
	app := iotcentral.App{Name: to.Ptr("a1"), Location: to.Ptr("westus"), SKU: &iotcentral.AppSkuInfo{Name: to.Ptr(iotcentral.AppSkuST0)},
		Properties: &iotcentral.AppProperties{Subdomain: to.Ptr("a1")}}
	srv := fake.AppsServer{
		Get: func(_ context.Context, rg, name string, _ *iotcentral.AppsClientGetOptions) (r azfake.Responder[iotcentral.AppsClientGetResponse], e azfake.ErrorResponder) {
			note("get %s/%s", rg, name)
			r.SetResponse(http.StatusOK, iotcentral.AppsClientGetResponse{App: app}, nil)
			return
		},
		BeginCreateOrUpdate: func(_ context.Context, rg, name string, a iotcentral.App, _ *iotcentral.AppsClientBeginCreateOrUpdateOptions) (r azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse], e azfake.ErrorResponder) {
			note("create %s/%s %s", rg, name, *a.Properties.Subdomain)
			r.AddNonTerminalResponse(http.StatusCreated, nil)
			r.SetTerminalResponse(http.StatusOK, iotcentral.AppsClientCreateOrUpdateResponse{App: a}, nil)
			return
		},
		BeginUpdate: func(_ context.Context, rg, name string, p iotcentral.AppPatch, _ *iotcentral.AppsClientBeginUpdateOptions) (r azfake.PollerResponder[iotcentral.AppsClientUpdateResponse], e azfake.ErrorResponder) {
			note("update %s/%s %s", rg, name, *p.SKU.Name)
			r.SetTerminalResponse(http.StatusOK, iotcentral.AppsClientUpdateResponse{App: app}, nil)
			return
		},
		BeginDelete: func(_ context.Context, rg, name string, _ *iotcentral.AppsClientBeginDeleteOptions) (r azfake.PollerResponder[iotcentral.AppsClientDeleteResponse], e azfake.ErrorResponder) {
			note("delete %s/%s", rg, name)
			r.AddNonTerminalResponse(http.StatusAccepted, nil)
			r.SetTerminalResponse(http.StatusOK, iotcentral.AppsClientDeleteResponse{}, nil)
			return
		},
		NewListByResourceGroupPager: func(rg string, _ *iotcentral.AppsClientListByResourceGroupOptions) (p azfake.PagerResponder[iotcentral.AppsClientListByResourceGroupResponse]) {
			note("list %s", rg)
			p.AddPage(http.StatusOK, iotcentral.AppsClientListByResourceGroupResponse{AppListResult: iotcentral.AppListResult{Value: []iotcentral.App{app}}}, nil)
			return
		},
		NewListBySubscriptionPager: func(*iotcentral.AppsClientListBySubscriptionOptions) (p azfake.PagerResponder[iotcentral.AppsClientListBySubscriptionResponse]) {
			note("list subscription")
			p.AddPage(http.StatusOK, iotcentral.AppsClientListBySubscriptionResponse{AppListResult: iotcentral.AppListResult{Value: []iotcentral.App{app}}}, nil)
			return
		},
		NewListTemplatesPager: func(*iotcentral.AppsClientListTemplatesOptions) (p azfake.PagerResponder[iotcentral.AppsClientListTemplatesResponse]) {
			note("templates")
			p.AddPage(http.StatusOK, iotcentral.AppsClientListTemplatesResponse{AppTemplatesResult: iotcentral.AppTemplatesResult{Value: []iotcentral.AppTemplate{{ManifestID: to.Ptr("t")}}}}, nil)
			return
		},
		CheckNameAvailability: func(_ context.Context, in iotcentral.OperationInputs, _ *iotcentral.AppsClientCheckNameAvailabilityOptions) (r azfake.Responder[iotcentral.AppsClientCheckNameAvailabilityResponse], e azfake.ErrorResponder) {
			note("name %s", *in.Name)
			r.SetResponse(http.StatusOK, iotcentral.AppsClientCheckNameAvailabilityResponse{AppAvailabilityInfo: iotcentral.AppAvailabilityInfo{NameAvailable: to.Ptr(true)}}, nil)
			return
		},
		CheckSubdomainAvailability: func(_ context.Context, in iotcentral.OperationInputs, _ *iotcentral.AppsClientCheckSubdomainAvailabilityOptions) (r azfake.Responder[iotcentral.AppsClientCheckSubdomainAvailabilityResponse], e azfake.ErrorResponder) {
			note("subdomain %s", *in.Name)
			r.SetResponse(http.StatusOK, iotcentral.AppsClientCheckSubdomainAvailabilityResponse{AppAvailabilityInfo: iotcentral.AppAvailabilityInfo{NameAvailable: to.Ptr(false)}}, nil)
			return
		},
	}
	c := appsClient(t, fake.NewAppsServerTransport(&srv))
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err := c.Get(ctx, "rg", "a1", nil)
	must(err)
	cp, err := c.BeginCreateOrUpdate(ctx, "rg", "a1", app, nil)
	must(err)
	created, err := cp.PollUntilDone(ctx, fastPolls)
	must(err)
	if *created.Properties.Subdomain != "a1" {
		t.Errorf("created %+v", created.App)
	}
	up, err := c.BeginUpdate(ctx, "rg", "a1", iotcentral.AppPatch{SKU: &iotcentral.AppSkuInfo{Name: to.Ptr(iotcentral.AppSkuST2)}}, nil)
	must(err)
	_, err = up.PollUntilDone(ctx, fastPolls)
	must(err)
	del, err := c.BeginDelete(ctx, "rg", "a1", nil)
	must(err)
	_, err = del.PollUntilDone(ctx, fastPolls)
	must(err)
	for _, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
		must(err)
	}
	for _, err := range c.ListBySubscriptionIter(ctx, nil) {
		must(err)
	}
	for _, err := range c.ListTemplatesIter(ctx, nil) {
		must(err)
	}
	_, err = c.CheckNameAvailability(ctx, iotcentral.OperationInputs{Name: to.Ptr("a1")}, nil)
	must(err)
	_, err = c.CheckSubdomainAvailability(ctx, iotcentral.OperationInputs{Name: to.Ptr("a1")}, nil)
	must(err)
	want := []string{"get rg/a1", "create rg/a1 a1", "update rg/a1 ST2", "delete rg/a1", "list rg", "list subscription", "templates", "name a1", "subdomain a1"}
	if d := cmp.Diff(want, calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
}
