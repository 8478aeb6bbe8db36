package iotcentral_test

import (
	"context"
	"encoding/json"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"net/http"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

func TestTemplatesAndGroupsThroughTheFakeServers(t *testing.T) {
	t.Parallel()
	var calls []string
	tmpl := iotcentral.DeviceTemplate{ID: to.Ptr("dtmi:t;1"), Types: []string{"ModelDefinition"}, CapabilityModel: json.RawMessage(`{}`)}
	group := iotcentral.DeviceGroup{ID: to.Ptr("g1"), DisplayName: to.Ptr("G"), Filter: to.Ptr("SELECT * FROM devices")}
	ts := fake.DeviceTemplatesServer{
		NewListPager: func(*iotcentral.DeviceTemplatesClientListOptions) (r azfake.PagerResponder[iotcentral.DeviceTemplatesClientListResponse]) {
			calls = append(calls, "templates")
			r.AddPage(http.StatusOK, iotcentral.DeviceTemplatesClientListResponse{DeviceTemplateCollection: iotcentral.DeviceTemplateCollection{Value: []iotcentral.DeviceTemplate{tmpl}}}, nil)
			return
		},
		Get: func(_ context.Context, id string, _ *iotcentral.DeviceTemplatesClientOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "get "+id)
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientResponse{DeviceTemplate: tmpl}, nil)
			return
		},
		Create: func(_ context.Context, id string, t iotcentral.DeviceTemplate, _ *iotcentral.DeviceTemplatesClientOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "create "+id+" "+t.Types[0])
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientResponse{DeviceTemplate: t}, nil)
			return
		},
		Update: func(_ context.Context, id string, t iotcentral.DeviceTemplate, _ *iotcentral.DeviceTemplatesClientOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "update "+*t.Description)
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientResponse{DeviceTemplate: tmpl}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.DeviceTemplatesClientOptions) (r azfake.Responder[iotcentral.DevicesClientDeleteResponse], e azfake.ErrorResponder) {
			calls = append(calls, "delete "+id)
			r.SetResponse(http.StatusNoContent, iotcentral.DevicesClientDeleteResponse{}, nil)
			return
		},
	}
	gs := fake.DeviceGroupsServer{
		NewListPager: func(*iotcentral.DeviceGroupsClientOptions) (r azfake.PagerResponder[iotcentral.DeviceGroupsClientListResponse]) {
			calls = append(calls, "groups")
			r.AddPage(http.StatusOK, iotcentral.DeviceGroupsClientListResponse{DeviceGroupCollection: iotcentral.DeviceGroupCollection{Value: []iotcentral.DeviceGroup{group}}}, nil)
			return
		},
		Get: func(_ context.Context, id string, _ *iotcentral.DeviceGroupsClientOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "get group "+id)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientResponse{DeviceGroup: group}, nil)
			return
		},
		Create: func(_ context.Context, id string, g iotcentral.DeviceGroup, _ *iotcentral.DeviceGroupsClientOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "create group "+*g.Filter)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientResponse{DeviceGroup: g}, nil)
			return
		},
		Update: func(_ context.Context, id string, g iotcentral.DeviceGroup, _ *iotcentral.DeviceGroupsClientOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientResponse], e azfake.ErrorResponder) {
			calls = append(calls, "update group "+*g.DisplayName)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientResponse{DeviceGroup: group}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.DeviceGroupsClientOptions) (r azfake.Responder[iotcentral.DevicesClientDeleteResponse], e azfake.ErrorResponder) {
			calls = append(calls, "delete group "+id)
			r.SetResponse(http.StatusNoContent, iotcentral.DevicesClientDeleteResponse{}, nil)
			return
		},
		NewListDevicesPager: func(id string, _ *iotcentral.DeviceGroupsClientOptions) (r azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse]) {
			calls = append(calls, "members "+id)
			for _, d := range []string{"d1", "d2", "d3"} {
				r.AddPage(http.StatusOK, iotcentral.DeviceGroupsClientListDevicesResponse{DeviceCollection: iotcentral.DeviceCollection{Value: []iotcentral.Device{{ID: to.Ptr(d)}}}}, nil)
			}
			return
		},
	}
	ctx := context.Background()
	templates := clientWith(t, fake.NewDeviceTemplatesServerTransport(&ts)).DeviceTemplates()
	groups := clientWith(t, fake.NewDeviceGroupsServerTransport(&gs)).DeviceGroups()
	for _, err := range templates.List(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	steps := []error{
		second(templates.Get(ctx, "dtmi:t;1", nil)),
		second(templates.Create(ctx, "dtmi:t;1", tmpl, nil)),
		second(templates.Update(ctx, "dtmi:t;1", iotcentral.DeviceTemplate{Description: to.Ptr("v2")}, nil)),
		second(templates.Delete(ctx, "dtmi:t;1", nil)),
		second(groups.Get(ctx, "g1", nil)),
		second(groups.Create(ctx, "g1", group, nil)),
		second(groups.Update(ctx, "g1", iotcentral.DeviceGroup{DisplayName: to.Ptr("G2")}, nil)),
		second(groups.Delete(ctx, "g1", nil)),
	}
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	for _, err := range groups.List(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	var members []string
	for d, err := range groups.ListDevices(ctx, "g1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, *d.ID)
	}
	want := []string{"templates", "get dtmi:t;1", "create dtmi:t;1 ModelDefinition", "update v2", "delete dtmi:t;1",
		"get group g1", "create group SELECT * FROM devices", "update group G2", "delete group g1", "groups", "members g1"}
	if d := cmp.Diff(want, calls); d != "" || len(members) != 3 {
		t.Errorf("calls (-want +got):\n%s\nmembers %v", d, members)
	}
	if _, err := templates.Create(ctx, "dtmi:x;1", iotcentral.DeviceTemplate{}, nil); err == nil {
		t.Error("a template without @type and capabilityModel was sent")
	}
	if _, err := groups.Create(ctx, "bad id!", group, nil); err == nil {
		t.Error("an invalid group ID was sent")
	}
}

func second[T any](_ T, err error) error { return err }

func clientWith(t *testing.T, transport policy.Transporter) *iotcentral.Client {
	t.Helper()
	c, err := iotcentral.NewClient("https://app.azureiotcentral.com/api", &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport, Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
