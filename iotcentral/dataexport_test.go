package iotcentral_test

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

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

const eventHubsSecret = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=S3CR3T;EntityPath=telemetry"

func eventHubsDestination() *iotcentral.EventHubsV1Destination {
	return &iotcentral.EventHubsV1Destination{DisplayName: to.Ptr("Telemetry hub"),
		Authorization: &iotcentral.EventHubsV1DestinationConnectionStringAuth{ConnectionString: to.Ptr(eventHubsSecret)}}
}

// Every DestinationsClient and ExportsClient method reaches its fake-server
// field with its arguments, and destinations keep their kind.
func TestDataExportThroughTheFakeServers(t *testing.T) {
	t.Parallel()
	var calls []string
	note := func(format string, args ...any) { calls = append(calls, fmt.Sprintf(format, args...)) }
	export := iotcentral.Export{DisplayName: to.Ptr("x"), Enabled: to.Ptr(true), Source: to.Ptr(iotcentral.ExportSourceTelemetry),
		Destinations: []iotcentral.DestinationReference{{ID: to.Ptr("d1")}}}
	var srv fake.ServerFactory
	ds := &srv.DestinationsServer
	ds.NewListPager = func(*iotcentral.DestinationsClientListOptions) (p azfake.PagerResponder[iotcentral.DestinationsClientListResponse]) {
		note("list destinations")
		var page iotcentral.DestinationsClientListResponse
		page.Value = []iotcentral.Destination{eventHubsDestination()}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	ds.Get = func(_ context.Context, id string, _ *iotcentral.DestinationsClientGetOptions) (r azfake.Responder[iotcentral.DestinationsClientGetResponse], e azfake.ErrorResponder) {
		note("get destination %s", id)
		r.SetResponse(http.StatusOK, iotcentral.DestinationsClientGetResponse{Destination: eventHubsDestination()}, nil)
		return
	}
	ds.Create = func(_ context.Context, id string, d iotcentral.Destination, _ *iotcentral.DestinationsClientCreateOptions) (r azfake.Responder[iotcentral.DestinationsClientCreateResponse], e azfake.ErrorResponder) {
		note("create destination %s %s", id, d.Kind())
		r.SetResponse(http.StatusOK, iotcentral.DestinationsClientCreateResponse{Destination: d}, nil)
		return
	}
	ds.Update = func(_ context.Context, id string, d iotcentral.Destination, _ *iotcentral.DestinationsClientUpdateOptions) (r azfake.Responder[iotcentral.DestinationsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update destination %s %s", id, d.Kind())
		r.SetResponse(http.StatusOK, iotcentral.DestinationsClientUpdateResponse{Destination: d}, nil)
		return
	}
	ds.Delete = func(_ context.Context, id string, _ *iotcentral.DestinationsClientDeleteOptions) (r azfake.Responder[iotcentral.DestinationsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete destination %s", id)
		r.SetResponse(http.StatusNoContent, iotcentral.DestinationsClientDeleteResponse{}, nil)
		return
	}
	ds.NewListExportsPager = func(id string, _ *iotcentral.DestinationsClientListExportsOptions) (p azfake.PagerResponder[iotcentral.DestinationsClientListExportsResponse]) {
		note("exports of %s", id)
		var page iotcentral.DestinationsClientListExportsResponse
		page.Value = []iotcentral.Export{export}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	xs := &srv.ExportsServer
	xs.NewListPager = func(*iotcentral.ExportsClientListOptions) (p azfake.PagerResponder[iotcentral.ExportsClientListResponse]) {
		note("list exports")
		var page iotcentral.ExportsClientListResponse
		page.Value = []iotcentral.Export{export}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	xs.Get = func(_ context.Context, id string, _ *iotcentral.ExportsClientGetOptions) (r azfake.Responder[iotcentral.ExportsClientGetResponse], e azfake.ErrorResponder) {
		note("get export %s", id)
		r.SetResponse(http.StatusOK, iotcentral.ExportsClientGetResponse{Export: export}, nil)
		return
	}
	xs.Create = func(_ context.Context, id string, x iotcentral.Export, _ *iotcentral.ExportsClientCreateOptions) (r azfake.Responder[iotcentral.ExportsClientCreateResponse], e azfake.ErrorResponder) {
		note("create export %s %s", id, *x.Source)
		r.SetResponse(http.StatusOK, iotcentral.ExportsClientCreateResponse{Export: x}, nil)
		return
	}
	xs.Update = func(_ context.Context, id string, x iotcentral.Export, _ *iotcentral.ExportsClientUpdateOptions) (r azfake.Responder[iotcentral.ExportsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update export %s %t", id, *x.Enabled)
		r.SetResponse(http.StatusOK, iotcentral.ExportsClientUpdateResponse{Export: export}, nil)
		return
	}
	xs.Delete = func(_ context.Context, id string, _ *iotcentral.ExportsClientDeleteOptions) (r azfake.Responder[iotcentral.ExportsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete export %s", id)
		r.SetResponse(http.StatusNoContent, iotcentral.ExportsClientDeleteResponse{}, nil)
		return
	}
	xs.NewListDestinationsPager = func(id string, _ *iotcentral.ExportsClientListDestinationsOptions) (p azfake.PagerResponder[iotcentral.ExportsClientListDestinationsResponse]) {
		note("destinations of %s", id)
		var page iotcentral.ExportsClientListDestinationsResponse
		page.Value = []iotcentral.Destination{&iotcentral.WebhookV1Destination{URL: to.Ptr("https://example.com/hook")}}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	c, err := iotcentral.NewClient(testEndpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: fake.NewServerFactoryTransport(&srv), APIVersion: iotcentral.QueryPreviewAPIVersion,
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	dests, exports := c.Destinations(), c.Exports()
	for d, err := range dests.ListIter(ctx, nil) {
		must(err)
		if d.Kind() != iotcentral.DestinationTypeEventHubsV1 {
			t.Errorf("listed %T", d)
		}
	}
	got, err := dests.Get(ctx, "d1", nil)
	must(err)
	if _, ok := got.Destination.(*iotcentral.EventHubsV1Destination).Authorization.(*iotcentral.EventHubsV1DestinationConnectionStringAuth); !ok {
		t.Errorf("authorization %T", got.Destination)
	}
	_, err = dests.Create(ctx, "d1", eventHubsDestination(), nil)
	must(err)
	_, err = dests.Update(ctx, "d1", &iotcentral.WebhookV1Destination{URL: to.Ptr("https://example.com/x")}, nil)
	must(err)
	_, err = dests.Delete(ctx, "d1", nil)
	must(err)
	for _, err := range dests.ListExportsIter(ctx, "d1", nil) {
		must(err)
	}
	for _, err := range exports.ListIter(ctx, nil) {
		must(err)
	}
	_, err = exports.Get(ctx, "x1", nil)
	must(err)
	_, err = exports.Create(ctx, "x1", export, nil)
	must(err)
	_, err = exports.Update(ctx, "x1", iotcentral.Export{Enabled: to.Ptr(false)}, nil)
	must(err)
	_, err = exports.Delete(ctx, "x1", nil)
	must(err)
	for d, err := range exports.ListDestinationsIter(ctx, "x1", nil) {
		must(err)
		if d.Kind() != iotcentral.DestinationTypeWebhookV1 {
			t.Errorf("destination of export %T", d)
		}
	}
	want := []string{"list destinations", "get destination d1", "create destination d1 eventhubs@v1", "update destination d1 webhook@v1", "delete destination d1", "exports of d1",
		"list exports", "get export x1", "create export x1 telemetry", "update export x1 false", "delete export x1", "destinations of x1"}
	if d := cmp.Diff(want, calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
}

// The emulator keeps destinations and exports with the service's rules: an
// export naming a missing destination is refused, a destination in use
// cannot be deleted, and the stable api-version has no data export.
func TestDataExportOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	c := newTestClientVersion(t, emu, iotcentral.QueryPreviewAPIVersion)
	dests, exports := c.Destinations(), c.Exports()

	if _, err := newTestClient(t, emu).Destinations().Get(ctx, "d1", nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("stable api-version: %v", err)
	}
	if _, err := dests.Create(ctx, "bad", &iotcentral.EventHubsV1Destination{DisplayName: to.Ptr("no entity"),
		Authorization: &iotcentral.EventHubsV1DestinationConnectionStringAuth{ConnectionString: to.Ptr("Endpoint=sb://ns/;SharedAccessKey=k")}}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("connection string without EntityPath: %v", err)
	}
	created, err := dests.Create(ctx, "hub", eventHubsDestination(), nil)
	if err != nil {
		t.Fatal(err)
	}
	hub := created.Destination.(*iotcentral.EventHubsV1Destination)
	if *hub.ID != "hub" || *hub.Status != "healthy" {
		t.Errorf("created %+v", hub)
	}
	for _, s := range []string{fmt.Sprint(hub.Authorization), fmt.Sprintf("%+v %#v", hub, hub.Authorization)} {
		if strings.Contains(s, "S3CR3T") {
			t.Errorf("the connection string is printed: %s", s)
		}
	}
	telemetry := iotcentral.Export{DisplayName: to.Ptr("All telemetry"), Enabled: to.Ptr(true), Source: to.Ptr(iotcentral.ExportSourceTelemetry),
		Filter:       to.Ptr("SELECT * FROM dtmi:contoso:thermostat;1"),
		Enrichments:  map[string]iotcentral.Enrichment{"site": {Value: []byte(`"plant-1"`)}},
		Destinations: []iotcentral.DestinationReference{{ID: to.Ptr("missing")}}}
	if _, err := exports.Create(ctx, "x1", telemetry, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("export to a missing destination: %v", err)
	}
	telemetry.Destinations = []iotcentral.DestinationReference{{ID: to.Ptr("hub"), Transform: to.Ptr("{ deviceId: .device.id }")}}
	x, err := exports.Create(ctx, "x1", telemetry, nil)
	if err != nil || *x.Status != "healthy" || string(x.Enrichments["site"].Value) != `"plant-1"` {
		t.Fatalf("export: %+v, %v", x.Export, err)
	}
	var names []string
	for d, err := range exports.ListDestinationsIter(ctx, "x1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, d.Kind())
	}
	for x, err := range dests.ListExportsIter(ctx, "hub", nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *x.ID)
	}
	if d := cmp.Diff([]string{iotcentral.DestinationTypeEventHubsV1, "x1"}, names); d != "" {
		t.Errorf("cross lists (-want +got):\n%s", d)
	}
	if _, err := dests.Delete(ctx, "hub", nil); !iotcentral.HasCode(err, "409") {
		t.Errorf("deleting a destination in use: %v", err)
	}
	paused, err := exports.Update(ctx, "x1", iotcentral.Export{Enabled: to.Ptr(false)}, nil)
	if err != nil || *paused.Enabled || *paused.Status != "starting" {
		t.Errorf("pause: %+v, %v", paused.Export, err)
	}
	if _, err := exports.Delete(ctx, "x1", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := dests.Delete(ctx, "hub", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := dests.Get(ctx, "hub", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
}
