package iotoperations_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// TestInstancesAndOperationsThroughTheServerFactory covers the clients
// whose shape differs from the children's: instance update and the two
// instance lists, and the provider's operations.
func TestInstancesAndOperationsThroughTheServerFactory(t *testing.T) {
	t.Parallel()
	var got []string
	sf := fake.ServerFactory{
		InstancesServer: fake.InstancesServer{
			Update: func(_ context.Context, rg, name string, patch iotoperations.InstancePatchModel, _ *iotoperations.InstancesClientUpdateOptions) (resp azfake.Responder[iotoperations.InstancesClientUpdateResponse], errResp azfake.ErrorResponder) {
				got = append(got, "update", rg, name, *patch.Tags["env"])
				resp.SetResponse(http.StatusOK, iotoperations.InstancesClientUpdateResponse{InstanceResource: iotoperations.InstanceResource{Tags: patch.Tags}}, nil)
				return
			},
			NewListByResourceGroupPager: func(rg string, _ *iotoperations.InstancesClientListByResourceGroupOptions) (resp azfake.PagerResponder[iotoperations.InstancesClientListByResourceGroupResponse]) {
				got = append(got, "byRG", rg)
				resp.AddPage(http.StatusOK, iotoperations.InstancesClientListByResourceGroupResponse{InstanceResourceListResult: iotoperations.InstanceResourceListResult{Value: []iotoperations.InstanceResource{{Name: to.Ptr("i1")}}}}, nil)
				return
			},
			NewListBySubscriptionPager: func(_ *iotoperations.InstancesClientListBySubscriptionOptions) (resp azfake.PagerResponder[iotoperations.InstancesClientListBySubscriptionResponse]) {
				got = append(got, "bySub")
				resp.AddPage(http.StatusOK, iotoperations.InstancesClientListBySubscriptionResponse{InstanceResourceListResult: iotoperations.InstanceResourceListResult{Value: []iotoperations.InstanceResource{{Name: to.Ptr("i1")}, {Name: to.Ptr("i2")}}}}, nil)
				return
			},
		},
		OperationsServer: fake.OperationsServer{
			NewListPager: func(_ *iotoperations.OperationsClientListOptions) (resp azfake.PagerResponder[iotoperations.OperationsClientListResponse]) {
				got = append(got, "operations")
				for _, op := range []string{"Microsoft.IoTOperations/instances/read", "Microsoft.IoTOperations/instances/write"} {
					resp.AddPage(http.StatusOK, iotoperations.OperationsClientListResponse{OperationListResult: iotoperations.OperationListResult{Value: []iotoperations.Operation{{Name: to.Ptr(op)}}}}, nil)
				}
				return
			},
		},
	}
	f := serverFactoryClients(t, &sf)
	ctx := context.Background()
	ic := f.NewInstancesClient()
	updated, err := ic.Update(ctx, "rg 1", "inst-1", iotoperations.InstancePatchModel{Tags: map[string]*string{"env": to.Ptr("prod")}}, nil)
	if err != nil || *updated.Tags["env"] != "prod" {
		t.Errorf("update: %+v, %v", updated, err)
	}
	count := func(seq func(func(iotoperations.InstanceResource, error) bool)) int {
		n := 0
		for _, err := range seq {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
		return n
	}
	if n := count(ic.ListByResourceGroupIter(ctx, "rg 1", nil)); n != 1 {
		t.Errorf("by resource group: %d", n)
	}
	if n := count(ic.ListBySubscriptionIter(ctx, nil)); n != 2 {
		t.Errorf("by subscription: %d", n)
	}
	var ops []string
	for op, err := range f.NewOperationsClient().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, *op.Name)
	}
	if len(ops) != 2 {
		t.Errorf("operations over two pages: %v", ops)
	}
	if d := cmp.Diff([]string{"update", "rg 1", "inst-1", "prod", "byRG", "rg 1", "bySub", "operations"}, got); d != "" {
		t.Errorf("server calls (-want +got):\n%s", d)
	}
	// a method whose Server function is not set fails with its name
	_, err = ic.Get(ctx, "rg", "inst-1", nil)
	if err == nil || !strings.Contains(err.Error(), "InstancesClient.Get") {
		t.Errorf("unset Get: %v", err)
	}
}
