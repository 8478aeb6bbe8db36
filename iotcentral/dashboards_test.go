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
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

func sampleDashboard() iotcentral.Dashboard {
	return iotcentral.Dashboard{DisplayName: to.Ptr("Plant"), Tiles: []iotcentral.Tile{
		{DisplayName: to.Ptr("Temperature"), Height: to.Ptr(2.0), Width: to.Ptr(4.0), X: to.Ptr(0.0), Y: to.Ptr(0.0),
			Configuration: &iotcentral.LineChartConfiguration{Group: to.Ptr("all"), Devices: []string{"t1"},
				Capabilities: []iotcentral.TileCapability{{Capability: to.Ptr("temperature"), AggregateFunction: to.Ptr("avg")}},
				QueryRange:   &iotcentral.CountQueryRangeConfiguration{Count: to.Ptr[int32](100)}}},
		{DisplayName: to.Ptr("Now"), Height: to.Ptr(1.0), Width: to.Ptr(1.0), X: to.Ptr(4.0), Y: to.Ptr(0.0),
			Configuration: &iotcentral.KpiTileConfiguration{Group: to.Ptr("all"), QueryRange: &iotcentral.TimeQueryRangeConfiguration{Duration: to.Ptr("PT30M")}}},
	}}
}

// Tile configurations keep their kind on the wire, a time range writes its
// "type", and a tile kind this version does not know is kept whole.
func TestDashboardTilesOnTheWire(t *testing.T) {
	t.Parallel()
	in := `{"displayName":"D","tiles":[{"displayName":"h","configuration":{"type":"hologram","depth":3},"height":1,"width":1,"x":0,"y":0},` +
		`{"displayName":"k","configuration":{"type":"kpi","queryRange":{"type":"time","duration":"P1D"}},"height":1,"width":1,"x":1,"y":0}]}`
	var d iotcentral.Dashboard
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	if d.Tiles[0].Configuration.Kind() != "hologram" || d.Tiles[1].Configuration.Kind() != "kpi" {
		t.Fatalf("kinds %T %T", d.Tiles[0].Configuration, d.Tiles[1].Configuration)
	}
	out, err := wire.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(testkit.JSONTree(t, []byte(in)), testkit.JSONTree(t, out)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// Through the QueryRangeConfiguration union a range writes its "type".
	lc, _ := wire.Marshal(iotcentral.LineChartConfiguration{QueryRange: &iotcentral.TimeQueryRangeConfiguration{Duration: to.Ptr("PT1H")}})
	if string(lc) != `{"queryRange":{"type":"time","duration":"PT1H"}}` {
		t.Errorf("line chart range: %s", lc)
	}
}

// Every DashboardsClient method reaches its fake-server field.
func TestDashboardsThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var calls []string
	note := func(format string, args ...any) { calls = append(calls, fmt.Sprintf(format, args...)) }
	d := sampleDashboard()
	var srv fake.ServerFactory
	ds := &srv.DashboardsServer
	ds.NewListPager = func(*iotcentral.DashboardsClientListOptions) (p azfake.PagerResponder[iotcentral.DashboardsClientListResponse]) {
		note("list")
		var page iotcentral.DashboardsClientListResponse
		page.Value = []iotcentral.Dashboard{d}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	ds.Get = func(_ context.Context, id string, _ *iotcentral.DashboardsClientGetOptions) (r azfake.Responder[iotcentral.DashboardsClientGetResponse], e azfake.ErrorResponder) {
		note("get %s", id)
		r.SetResponse(http.StatusOK, iotcentral.DashboardsClientGetResponse{Dashboard: d}, nil)
		return
	}
	ds.Create = func(_ context.Context, id string, body iotcentral.Dashboard, _ *iotcentral.DashboardsClientCreateOptions) (r azfake.Responder[iotcentral.DashboardsClientCreateResponse], e azfake.ErrorResponder) {
		note("create %s %s", id, body.Tiles[0].Configuration.Kind())
		r.SetResponse(http.StatusOK, iotcentral.DashboardsClientCreateResponse{Dashboard: body}, nil)
		return
	}
	ds.Update = func(_ context.Context, id string, body iotcentral.Dashboard, _ *iotcentral.DashboardsClientUpdateOptions) (r azfake.Responder[iotcentral.DashboardsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update %s %t", id, *body.Favorite)
		r.SetResponse(http.StatusOK, iotcentral.DashboardsClientUpdateResponse{Dashboard: d}, nil)
		return
	}
	ds.Delete = func(_ context.Context, id string, _ *iotcentral.DashboardsClientDeleteOptions) (r azfake.Responder[iotcentral.DashboardsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete %s", id)
		r.SetResponse(http.StatusNoContent, iotcentral.DashboardsClientDeleteResponse{}, nil)
		return
	}
	c, err := iotcentral.NewClient(testEndpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: fake.NewServerFactoryTransport(&srv), APIVersion: iotcentral.QueryPreviewAPIVersion,
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dashboards := c.Dashboards()
	for got, err := range dashboards.ListIter(ctx, nil) {
		if err != nil || got.Tiles[1].Configuration.Kind() != "kpi" {
			t.Fatalf("listed %+v, %v", got, err)
		}
	}
	steps := []error{
		second(dashboards.Get(ctx, "d1", nil)),
		second(dashboards.Create(ctx, "d1", d, nil)),
		second(dashboards.Update(ctx, "d1", iotcentral.Dashboard{Favorite: to.Ptr(true)}, nil)),
		second(dashboards.Delete(ctx, "d1", nil)),
	}
	if err := errors.Join(steps...); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"list", "get d1", "create d1 lineChart", "update d1 true", "delete d1"}, calls); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}

// The emulator keeps dashboards with the service's tile rules.
func TestDashboardsOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	dashboards := newTestClientVersion(t, emu, iotcentral.QueryPreviewAPIVersion).Dashboards()
	if _, err := newTestClient(t, emu).Dashboards().Get(ctx, "d1", nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("stable api-version: %v", err)
	}
	bad := sampleDashboard()
	bad.Tiles[0].Height = to.Ptr(11.0)
	if _, err := dashboards.Create(ctx, "d1", bad, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("tile too tall: %v", err)
	}
	created, err := dashboards.Create(ctx, "d1", sampleDashboard(), nil)
	if err != nil || created.Tiles[0].ID == nil {
		t.Fatalf("create: %+v, %v", created.Dashboard, err)
	}
	rng, ok := created.Tiles[0].Configuration.(*iotcentral.LineChartConfiguration).QueryRange.(*iotcentral.CountQueryRangeConfiguration)
	if !ok || *rng.Count != 100 {
		t.Errorf("line chart range %+v", created.Tiles[0].Configuration)
	}
	updated, err := dashboards.Update(ctx, "d1", iotcentral.Dashboard{Favorite: to.Ptr(true)}, nil)
	if err != nil || !*updated.Favorite || len(updated.Tiles) != 2 {
		t.Fatalf("update: %+v, %v", updated.Dashboard, err)
	}
	n := 0
	for _, err := range dashboards.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 1 {
		t.Errorf("%d dashboards listed", n)
	}
	if _, err := dashboards.Delete(ctx, "d1", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := dashboards.Get(ctx, "d1", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
}
