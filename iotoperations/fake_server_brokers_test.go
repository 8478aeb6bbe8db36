package iotoperations_test

import (
	"context"
	"net/http"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// TestBrokerClientsThroughTheServerFactory does for the broker and its
// children what TestEveryChildClientThroughTheServerFactory does for the
// other child clients.
func TestBrokerClientsThroughTheServerFactory(t *testing.T) {
	t.Parallel()
	tests := []struct {
		client string
		run    func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string
		want   []string
	}{
		{"BrokersClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.BrokersServer = fake.BrokersServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2 string, r iotoperations.BrokerResource, _ *iotoperations.BrokersClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokersClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.BrokersClientCreateOrUpdateResponse{BrokerResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.BrokersClientGetOptions) (resp azfake.Responder[iotoperations.BrokersClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2)
					resp.SetResponse(http.StatusOK, iotoperations.BrokersClientGetResponse{BrokerResource: iotoperations.BrokerResource{Name: to.Ptr(p2)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2 string, _ *iotoperations.BrokersClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokersClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.BrokersClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1 string, _ *iotoperations.BrokersClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokersClientListResponse]) {
					got = append(got, "list", p0, p1)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.BrokersClientListResponse{BrokerResourceListResult: iotoperations.BrokerResourceListResult{Value: []iotoperations.BrokerResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewBrokersClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "item-9", iotoperations.BrokerResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
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
		{"BrokerListenersClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.BrokerListenersServer = fake.BrokerListenersServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.BrokerListenerResource, _ *iotoperations.BrokerListenersClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerListenersClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.BrokerListenersClientCreateOrUpdateResponse{BrokerListenerResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerListenersClientGetOptions) (resp azfake.Responder[iotoperations.BrokerListenersClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.BrokerListenersClientGetResponse{BrokerListenerResource: iotoperations.BrokerListenerResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerListenersClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerListenersClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.BrokerListenersClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.BrokerListenersClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerListenersClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.BrokerListenersClientListResponse{BrokerListenerResourceListResult: iotoperations.BrokerListenerResourceListResult{Value: []iotoperations.BrokerListenerResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewBrokerListenersClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.BrokerListenerResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
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
		{"BrokerAuthenticationsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.BrokerAuthenticationsServer = fake.BrokerAuthenticationsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.BrokerAuthenticationResource, _ *iotoperations.BrokerAuthenticationsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthenticationsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.BrokerAuthenticationsClientCreateOrUpdateResponse{BrokerAuthenticationResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerAuthenticationsClientGetOptions) (resp azfake.Responder[iotoperations.BrokerAuthenticationsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.BrokerAuthenticationsClientGetResponse{BrokerAuthenticationResource: iotoperations.BrokerAuthenticationResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerAuthenticationsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthenticationsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.BrokerAuthenticationsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.BrokerAuthenticationsClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerAuthenticationsClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.BrokerAuthenticationsClientListResponse{BrokerAuthenticationResourceListResult: iotoperations.BrokerAuthenticationResourceListResult{Value: []iotoperations.BrokerAuthenticationResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewBrokerAuthenticationsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.BrokerAuthenticationResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
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
		{"BrokerAuthorizationsClient", func(t *testing.T, sf *fake.ServerFactory, f *iotoperations.ClientFactory) []string {
			var got []string
			sf.BrokerAuthorizationsServer = fake.BrokerAuthorizationsServer{
				BeginCreateOrUpdate: func(_ context.Context, p0, p1, p2, p3 string, r iotoperations.BrokerAuthorizationResource, _ *iotoperations.BrokerAuthorizationsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthorizationsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
					got = append(got, "create", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusOK, iotoperations.BrokerAuthorizationsClientCreateOrUpdateResponse{BrokerAuthorizationResource: r}, nil)
					return
				},
				Get: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerAuthorizationsClientGetOptions) (resp azfake.Responder[iotoperations.BrokerAuthorizationsClientGetResponse], errResp azfake.ErrorResponder) {
					got = append(got, "get", p0, p1, p2, p3)
					resp.SetResponse(http.StatusOK, iotoperations.BrokerAuthorizationsClientGetResponse{BrokerAuthorizationResource: iotoperations.BrokerAuthorizationResource{Name: to.Ptr(p3)}}, nil)
					return
				},
				BeginDelete: func(_ context.Context, p0, p1, p2, p3 string, _ *iotoperations.BrokerAuthorizationsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BrokerAuthorizationsClientDeleteResponse], errResp azfake.ErrorResponder) {
					got = append(got, "delete", p0, p1, p2, p3)
					resp.SetTerminalResponse(http.StatusNoContent, iotoperations.BrokerAuthorizationsClientDeleteResponse{}, nil)
					return
				},
				NewListPager: func(p0, p1, p2 string, _ *iotoperations.BrokerAuthorizationsClientListOptions) (resp azfake.PagerResponder[iotoperations.BrokerAuthorizationsClientListResponse]) {
					got = append(got, "list", p0, p1, p2)
					for _, name := range []string{"a", "b", "c"} {
						resp.AddPage(http.StatusOK, iotoperations.BrokerAuthorizationsClientListResponse{BrokerAuthorizationResourceListResult: iotoperations.BrokerAuthorizationResourceListResult{Value: []iotoperations.BrokerAuthorizationResource{{Name: to.Ptr(name)}}}}, nil)
					}
					return
				},
			}
			c := f.NewBrokerAuthorizationsClient()
			ctx := context.Background()
			cp, err := c.BeginCreateOrUpdate(ctx, "rg 1", "inst-1", "parent-2", "item-9", iotoperations.BrokerAuthorizationResource{ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr("cl")}}, nil)
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
