package iotoperations_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// serverFactoryClients returns a client factory whose clients are all
// answered by sf, through one NewServerFactoryTransport.
func serverFactoryClients(t *testing.T, sf *fake.ServerFactory) *iotoperations.ClientFactory {
	t.Helper()
	f, err := iotoperations.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewServerFactoryTransport(sf), Retry: policy.RetryOptions{MaxRetries: -1}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestEveryChildClientThroughTheServerFactory calls every method of the
// child resource clients outside the broker family (see
// TestBrokerClientsThroughTheServerFactory) through one ServerFactory
// transport and checks
// that each Server function received the path arguments unescaped (a
// resource group with a space included) and that its answer came back.
func TestEveryChildClientThroughTheServerFactory(t *testing.T) {
	t.Parallel()
	tests := []struct {
		client string
		run    func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string
		want   []string
	}{
		{"DataflowEndpointsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.DataflowEndpointsServer = fake.DataflowEndpointsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2 string, r iotoperations.DataflowEndpointResource, _ *iotoperations.DataflowEndpointsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowEndpointsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.DataflowEndpointsClientCreateOrUpdateResponse{DataflowEndpointResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.DataflowEndpointsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowEndpointsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2)
					resp.SetResponse(http.StatusOK, iotoperations.DataflowEndpointsClientGetResponse{DataflowEndpointResource: iotoperations.DataflowEndpointResource{Name: to.Ptr(p2)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.DataflowEndpointsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowEndpointsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.DataflowEndpointsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1 string, _ *iotoperations.DataflowEndpointsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowEndpointsClientListResponse]) {
					got = append(got, "list", p0, p1)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.DataflowEndpointsClientListResponse{DataflowEndpointResourceListResult: iotoperations.DataflowEndpointResourceListResult{Value: []iotoperations.DataflowEndpointResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewDataflowEndpointsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "item-9", iotoperations.DataflowEndpointResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "item-9", "get", "rg 1", "inst-1", "item-9", "delete", "rg 1", "inst-1", "item-9", "list", "rg 1", "inst-1"}},
		{"DataflowsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.DataflowsServer = fake.DataflowsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.DataflowResource, _ *iotoperations.DataflowsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.DataflowsClientCreateOrUpdateResponse{DataflowResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.DataflowsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.DataflowsClientGetResponse{DataflowResource: iotoperations.DataflowResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.DataflowsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.DataflowsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.DataflowsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowsClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.DataflowsClientListResponse{DataflowResourceListResult: iotoperations.DataflowResourceListResult{Value: []iotoperations.DataflowResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewDataflowsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.DataflowResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", "parent-2", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "parent-2", "item-9", "get", "rg 1", "inst-1", "parent-2", "item-9", "delete", "rg 1", "inst-1", "parent-2", "item-9", "list", "rg 1", "inst-1", "parent-2"}},
		{"DataflowGraphsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.DataflowGraphsServer = fake.DataflowGraphsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.DataflowGraphResource, _ *iotoperations.DataflowGraphsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowGraphsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.DataflowGraphsClientCreateOrUpdateResponse{DataflowGraphResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.DataflowGraphsClientGetOptions) (resp azfake.Responder[iotoperations.DataflowGraphsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.DataflowGraphsClientGetResponse{DataflowGraphResource: iotoperations.DataflowGraphResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.DataflowGraphsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowGraphsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.DataflowGraphsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.DataflowGraphsClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowGraphsClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.DataflowGraphsClientListResponse{DataflowGraphResourceListResult: iotoperations.DataflowGraphResourceListResult{Value: []iotoperations.DataflowGraphResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewDataflowGraphsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.DataflowGraphResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", "parent-2", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "parent-2", "item-9", "get", "rg 1", "inst-1", "parent-2", "item-9", "delete", "rg 1", "inst-1", "parent-2", "item-9", "list", "rg 1", "inst-1", "parent-2"}},
		{"RegistryEndpointsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.RegistryEndpointsServer = fake.RegistryEndpointsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2 string, r iotoperations.RegistryEndpointResource, _ *iotoperations.RegistryEndpointsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.RegistryEndpointsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.RegistryEndpointsClientCreateOrUpdateResponse{RegistryEndpointResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.RegistryEndpointsClientGetOptions) (resp azfake.Responder[iotoperations.RegistryEndpointsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2)
					resp.SetResponse(http.StatusOK, iotoperations.RegistryEndpointsClientGetResponse{RegistryEndpointResource: iotoperations.RegistryEndpointResource{Name: to.Ptr(p2)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.RegistryEndpointsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.RegistryEndpointsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.RegistryEndpointsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1 string, _ *iotoperations.RegistryEndpointsClientListOptions) (resp azfake.PagerResponder[iotoperations.RegistryEndpointsClientListResponse]) {
					got = append(got, "list", p0, p1)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.RegistryEndpointsClientListResponse{RegistryEndpointResourceListResult: iotoperations.RegistryEndpointResourceListResult{Value: []iotoperations.RegistryEndpointResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewRegistryEndpointsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "item-9", iotoperations.RegistryEndpointResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "item-9", "get", "rg 1", "inst-1", "item-9", "delete", "rg 1", "inst-1", "item-9", "list", "rg 1", "inst-1"}},
		{"AkriConnectorTemplatesClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.AkriConnectorTemplatesServer = fake.AkriConnectorTemplatesServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2 string, r iotoperations.AkriConnectorTemplateResource, _ *iotoperations.AkriConnectorTemplatesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorTemplatesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.AkriConnectorTemplatesClientCreateOrUpdateResponse{AkriConnectorTemplateResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.AkriConnectorTemplatesClientGetOptions) (resp azfake.Responder[iotoperations.AkriConnectorTemplatesClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2)
					resp.SetResponse(http.StatusOK, iotoperations.AkriConnectorTemplatesClientGetResponse{AkriConnectorTemplateResource: iotoperations.AkriConnectorTemplateResource{Name: to.Ptr(p2)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.AkriConnectorTemplatesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorTemplatesClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.AkriConnectorTemplatesClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1 string, _ *iotoperations.AkriConnectorTemplatesClientListOptions) (resp azfake.PagerResponder[iotoperations.AkriConnectorTemplatesClientListResponse]) {
					got = append(got, "list", p0, p1)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.AkriConnectorTemplatesClientListResponse{AkriConnectorTemplateResourceListResult: iotoperations.AkriConnectorTemplateResourceListResult{Value: []iotoperations.AkriConnectorTemplateResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewAkriConnectorTemplatesClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "item-9", iotoperations.AkriConnectorTemplateResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "item-9", "get", "rg 1", "inst-1", "item-9", "delete", "rg 1", "inst-1", "item-9", "list", "rg 1", "inst-1"}},
		{"AkriConnectorsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.AkriConnectorsServer = fake.AkriConnectorsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.AkriConnectorResource, _ *iotoperations.AkriConnectorsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.AkriConnectorsClientCreateOrUpdateResponse{AkriConnectorResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.AkriConnectorsClientGetOptions) (resp azfake.Responder[iotoperations.AkriConnectorsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.AkriConnectorsClientGetResponse{AkriConnectorResource: iotoperations.AkriConnectorResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.AkriConnectorsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.AkriConnectorsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.AkriConnectorsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.AkriConnectorsClientListOptions) (resp azfake.PagerResponder[iotoperations.AkriConnectorsClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.AkriConnectorsClientListResponse{AkriConnectorResourceListResult: iotoperations.AkriConnectorResourceListResult{Value: []iotoperations.AkriConnectorResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewAkriConnectorsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.AkriConnectorResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			created, err := cp.PollUntilDone(ctx, fastPoll)
			if err != nil || created.ExtendedLocation == nil || *created.ExtendedLocation.Name != "cl" {
				t.Errorf("create: %+v, %v", created, err)
			}
			if g, err := c.Get(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil); err != nil || *g.Name != "item-9" {
				t.Errorf("get: %+v, %v", g, err)
			}
			dp, err := c.BeginDelete(ctx, "rg 1", "inst-1", "parent-2", "item-9", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
				t.Errorf("delete: %v", err)
			}
			var listed []string
			for item, err := range c.ListIter(ctx, "rg 1", "inst-1", "parent-2", nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = append(listed, *item.Name)
			}
			if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
				t.Errorf("list (-want +got):\n%s", d)
			}
			return got
		}, []string{"create", "rg 1", "inst-1", "parent-2", "item-9", "get", "rg 1", "inst-1", "parent-2", "item-9", "delete", "rg 1", "inst-1", "parent-2", "item-9", "list", "rg 1", "inst-1", "parent-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.client, func(t *testing.T) {
			t.Parallel()
			var sf fake.ServerFactory
			got := tt.run(t, &sf, serverFactoryClients(t, &sf))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("server calls (-want +got):\n%s", d)
			}
		})
	}
}
