package iotoperations_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

func TestEveryMethodThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var got []string
	srv := fake.DataflowProfilesServer{
		BeginCreateOrUpdate: func(ctx context.Context, rg, inst, name string, r iotoperations.DataflowProfileResource, _ *iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			got = append(got, "create "+rg+"/"+inst+"/"+name+" at "+*r.ExtendedLocation.Name)
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusOK, iotoperations.DataflowProfilesClientCreateOrUpdateResponse{DataflowProfileResource: stored(name, *r.Properties.InstanceCount)}, nil)
			return
		},
		Get: func(ctx context.Context, rg, inst, name string, _ *iotoperations.DataflowProfilesClientGetOptions) (resp azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], errResp azfake.ErrorResponder) {
			got = append(got, "get "+name)
			resp.SetResponse(http.StatusOK, iotoperations.DataflowProfilesClientGetResponse{DataflowProfileResource: stored(name, 4)}, nil)
			return
		},
		BeginDelete: func(ctx context.Context, rg, inst, name string, _ *iotoperations.DataflowProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse], errResp azfake.ErrorResponder) {
			got = append(got, "delete "+name)
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusNoContent, iotoperations.DataflowProfilesClientDeleteResponse{}, nil)
			return
		},
		NewListPager: func(rg, inst string, _ *iotoperations.DataflowProfilesClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse]) {
			got = append(got, "list "+inst)
			for page := range 3 {
				var r iotoperations.DataflowProfilesClientListResponse
				for i := range 2 {
					r.Value = append(r.Value, stored("p"+string(rune('a'+page*2+i)), 1))
				}
				resp.AddPage(http.StatusOK, r, nil)
			}
			return
		},
	}
	client := newClient(t, subscriptionID, fake.NewDataflowProfilesServerTransport(&srv))
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, resourceGroup, instance, "scaled", profile(7), nil)
	if err != nil {
		t.Fatal(err)
	}
	created, err := poller.PollUntilDone(ctx, fastPoll)
	if err != nil || *created.Properties.InstanceCount != 7 || *created.Name != "scaled" {
		t.Fatalf("create = %+v, %v", created, err)
	}
	if g, err := client.Get(ctx, resourceGroup, instance, "scaled", nil); err != nil || *g.Properties.InstanceCount != 4 {
		t.Fatalf("get = %+v, %v", g, err)
	}
	dp, err := client.BeginDelete(ctx, resourceGroup, instance, "scaled", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	var names []string
	for p, err := range client.ListIter(ctx, resourceGroup, instance, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"pa", "pb", "pc", "pd", "pe", "pf"}, names); d != "" {
		t.Errorf("List over 3 pages (-want +got):\n%s", d)
	}
	pager := client.NewListPager(resourceGroup, instance, nil)
	var sizes []int
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, len(page.Value))
	}
	if d := cmp.Diff([]int{2, 2, 2}, sizes); d != "" {
		t.Errorf("NewListPager page sizes (-want +got):\n%s", d)
	}
	want := []string{"create " + resourceGroup + "/" + instance + "/scaled at " + customLoc, "get scaled", "delete scaled", "list " + instance, "list " + instance}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("server calls (-want +got):\n%s", d)
	}
}

// TestFakeServerErrors checks that the fake's error responders reach the
// caller as the client's usual errors. The statuses are ones azcore does
// not retry.
func TestFakeServerErrors(t *testing.T) {
	t.Parallel()
	srv := fake.DataflowProfilesServer{
		BeginCreateOrUpdate: func(ctx context.Context, rg, inst, name string, r iotoperations.DataflowProfileResource, _ *iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			errResp.SetResponseError(http.StatusConflict, "Conflict")
			return
		},
		Get: func(ctx context.Context, rg, inst, name string, _ *iotoperations.DataflowProfilesClientGetOptions) (resp azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], errResp azfake.ErrorResponder) {
			errResp.SetResponseError(http.StatusNotFound, "ResourceNotFound")
			return
		},
		BeginDelete: func(ctx context.Context, rg, inst, name string, _ *iotoperations.DataflowProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse], errResp azfake.ErrorResponder) {
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalError(http.StatusConflict, "DeleteFailed")
			return
		},
		NewListPager: func(rg, inst string, _ *iotoperations.DataflowProfilesClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse]) {
			resp.AddPage(http.StatusOK, iotoperations.DataflowProfilesClientListResponse{DataflowProfileListResult: iotoperations.DataflowProfileListResult{Value: []iotoperations.DataflowProfileResource{stored("first", 1)}}}, nil)
			resp.AddResponseError(http.StatusBadRequest, "InvalidSkipToken")
			return
		},
	}
	client := newClient(t, subscriptionID, fake.NewDataflowProfilesServerTransport(&srv))
	ctx := context.Background()
	check := func(what string, err error, status int, code string) {
		t.Helper()
		var re *azcore.ResponseError
		if !errors.As(err, &re) || re.StatusCode != status || re.ErrorCode != code {
			t.Errorf("%s: error %v, want %d %s", what, err, status, code)
		}
	}
	_, err := client.BeginCreateOrUpdate(ctx, resourceGroup, instance, "flows", profile(1), nil)
	check("create", err, http.StatusConflict, "Conflict")
	_, err = client.Get(ctx, resourceGroup, instance, "flows", nil)
	check("get", err, http.StatusNotFound, "ResourceNotFound")
	dp, err := client.BeginDelete(ctx, resourceGroup, instance, "flows", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = dp.PollUntilDone(ctx, fastPoll)
	check("delete", err, http.StatusConflict, "DeleteFailed")
	var names []string
	for p, err := range client.ListIter(ctx, resourceGroup, instance, nil) {
		if err != nil {
			check("list page 2", err, http.StatusBadRequest, "InvalidSkipToken")
			break
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"first"}, names); d != "" {
		t.Errorf("items before the failing page (-want +got):\n%s", d)
	}
}

func TestFakeServerMethodNotSet(t *testing.T) {
	t.Parallel()
	client := newClient(t, subscriptionID, fake.NewDataflowProfilesServerTransport(&fake.DataflowProfilesServer{}))
	ctx := context.Background()
	_, errGet := client.Get(ctx, resourceGroup, instance, "any", nil)
	_, errCreate := client.BeginCreateOrUpdate(ctx, resourceGroup, instance, "any", profile(1), nil)
	_, errDelete := client.BeginDelete(ctx, resourceGroup, instance, "any", nil)
	_, errList := client.NewListPager(resourceGroup, instance, nil).NextPage(ctx)
	for name, err := range map[string]error{"Get": errGet, "BeginCreateOrUpdate": errCreate, "BeginDelete": errDelete, "NewListPager": errList} {
		if err == nil || !strings.Contains(err.Error(), "DataflowProfilesClient."+name) {
			t.Errorf("%s: error = %v, want it to name the missing fake method", name, err)
		}
	}
}
