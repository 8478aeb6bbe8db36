package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
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
		Get: func(_ context.Context, id string, _ *iotcentral.DeviceTemplatesClientGetOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientGetResponse], e azfake.ErrorResponder) {
			calls = append(calls, "get "+id)
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientGetResponse{DeviceTemplate: tmpl}, nil)
			return
		},
		Create: func(_ context.Context, id string, t iotcentral.DeviceTemplate, _ *iotcentral.DeviceTemplatesClientCreateOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientCreateResponse], e azfake.ErrorResponder) {
			calls = append(calls, "create "+id+" "+t.Types[0])
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientCreateResponse{DeviceTemplate: t}, nil)
			return
		},
		Update: func(_ context.Context, id string, t iotcentral.DeviceTemplate, _ *iotcentral.DeviceTemplatesClientUpdateOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientUpdateResponse], e azfake.ErrorResponder) {
			calls = append(calls, "update "+*t.Description)
			r.SetResponse(http.StatusOK, iotcentral.DeviceTemplatesClientUpdateResponse{DeviceTemplate: tmpl}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.DeviceTemplatesClientDeleteOptions) (r azfake.Responder[iotcentral.DeviceTemplatesClientDeleteResponse], e azfake.ErrorResponder) {
			calls = append(calls, "delete "+id)
			r.SetResponse(http.StatusNoContent, iotcentral.DeviceTemplatesClientDeleteResponse{}, nil)
			return
		},
	}
	gs := fake.DeviceGroupsServer{
		NewListPager: func(*iotcentral.DeviceGroupsClientListOptions) (r azfake.PagerResponder[iotcentral.DeviceGroupsClientListResponse]) {
			calls = append(calls, "groups")
			r.AddPage(http.StatusOK, iotcentral.DeviceGroupsClientListResponse{DeviceGroupCollection: iotcentral.DeviceGroupCollection{Value: []iotcentral.DeviceGroup{group}}}, nil)
			return
		},
		Get: func(_ context.Context, id string, _ *iotcentral.DeviceGroupsClientGetOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientGetResponse], e azfake.ErrorResponder) {
			calls = append(calls, "get group "+id)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientGetResponse{DeviceGroup: group}, nil)
			return
		},
		Create: func(_ context.Context, id string, g iotcentral.DeviceGroup, _ *iotcentral.DeviceGroupsClientCreateOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientCreateResponse], e azfake.ErrorResponder) {
			calls = append(calls, "create group "+*g.Filter)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientCreateResponse{DeviceGroup: g}, nil)
			return
		},
		Update: func(_ context.Context, id string, g iotcentral.DeviceGroup, _ *iotcentral.DeviceGroupsClientUpdateOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientUpdateResponse], e azfake.ErrorResponder) {
			calls = append(calls, "update group "+*g.DisplayName)
			r.SetResponse(http.StatusOK, iotcentral.DeviceGroupsClientUpdateResponse{DeviceGroup: group}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.DeviceGroupsClientDeleteOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientDeleteResponse], e azfake.ErrorResponder) {
			calls = append(calls, "delete group "+id)
			r.SetResponse(http.StatusNoContent, iotcentral.DeviceGroupsClientDeleteResponse{}, nil)
			return
		},
		NewListDevicesPager: func(id string, _ *iotcentral.DeviceGroupsClientListDevicesOptions) (r azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse]) {
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
	for _, err := range templates.ListIter(ctx, nil) {
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
	for _, err := range groups.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	var members []string
	for d, err := range groups.ListDevicesIter(ctx, "g1", nil) {
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
	if _, err := groups.Create(ctx, "", group, nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("a group without an ID: %v, want a *ValidationError", err)
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

// The fake servers hand the preview list options back to NewListPager, as
// the client sent them.
func TestFakeListPagersSeeThePreviewOptions(t *testing.T) {
	t.Parallel()
	var seen []string
	note := func(filter, orderBy *string, maxPageSize *int32) {
		if filter == nil || orderBy == nil || maxPageSize == nil {
			seen = append(seen, "no options")
			return
		}
		seen = append(seen, *filter+"|"+*orderBy+"|"+fmt.Sprint(*maxPageSize))
	}
	ds := fake.DevicesServer{NewListPager: func(o *iotcentral.DevicesClientListOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListResponse]) {
		if o == nil {
			o = &iotcentral.DevicesClientListOptions{}
		}
		note(o.Filter, o.OrderBy, o.MaxPageSize)
		r.AddPage(http.StatusOK, iotcentral.DevicesClientListResponse{}, nil)
		return
	}}
	ts := fake.DeviceTemplatesServer{NewListPager: func(o *iotcentral.DeviceTemplatesClientListOptions) (r azfake.PagerResponder[iotcentral.DeviceTemplatesClientListResponse]) {
		if o == nil {
			o = &iotcentral.DeviceTemplatesClientListOptions{}
		}
		note(o.Filter, o.OrderBy, o.MaxPageSize)
		r.AddPage(http.StatusOK, iotcentral.DeviceTemplatesClientListResponse{}, nil)
		return
	}}
	ctx := context.Background()
	devices := deviceClient(t, fake.NewDevicesServerTransport(&ds), "2022-10-31-preview")
	templates := clientWith(t, fake.NewDeviceTemplatesServerTransport(&ts)).DeviceTemplates()
	preview, err := iotcentral.NewClient("https://app.azureiotcentral.com/api", &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: fake.NewDeviceTemplatesServerTransport(&ts), APIVersion: "2022-10-31-preview", Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	opts := iotcentral.DevicesClientListOptions{Filter: to.Ptr("enabled eq true"), OrderBy: to.Ptr("displayName desc"), MaxPageSize: to.Ptr[int32](25)}
	for _, err := range devices.ListIter(ctx, &opts) {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range devices.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range templates.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, err := range preview.DeviceTemplates().ListIter(ctx, &iotcentral.DeviceTemplatesClientListOptions{Filter: to.Ptr("x"), OrderBy: to.Ptr("y"), MaxPageSize: to.Ptr[int32](1)}) {
		if err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"enabled eq true|displayName desc|25", "no options", "no options", "x|y|1"}
	if d := cmp.Diff(want, seen); d != "" {
		t.Errorf("options seen by the fake (-want +got):\n%s", d)
	}
}
