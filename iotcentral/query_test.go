package iotcentral_test

import (
	"context"
	"errors"
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

// QueryClient.Run reaches the fake server with the query's text, and the
// stable api-version is refused before any request.
func TestQueryThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var got string
	srv := fake.ServerFactory{QueryServer: fake.QueryServer{
		Run: func(_ context.Context, q string, _ *iotcentral.QueryClientRunOptions) (r azfake.Responder[iotcentral.QueryClientRunResponse], e azfake.ErrorResponder) {
			got = q
			r.SetResponse(http.StatusOK, iotcentral.QueryClientRunResponse{QueryResponse: iotcentral.QueryResponse{Results: []iotcentral.QueryRow{{"$id": "d1"}}}}, nil)
			return
		},
	}}
	for _, version := range []string{iotcentral.QueryPreviewAPIVersion, ""} {
		c, err := iotcentral.NewClient(testEndpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
			Transport: fake.NewServerFactoryTransport(&srv), APIVersion: version,
		}})
		if err != nil {
			t.Fatal(err)
		}
		resp, err := c.Query().Run(context.Background(), "SELECT $id FROM dtmi:t;1", nil)
		if version == "" {
			var ve *iotcentral.ValidationError
			if !errors.As(err, &ve) || !strings.Contains(ve.Value, iotcentral.DefaultAPIVersion) {
				t.Errorf("stable api-version: %v, want a *ValidationError naming it", err)
			}
			continue
		}
		if err != nil || got != "SELECT $id FROM dtmi:t;1" || resp.Results[0].String("$id") != "d1" {
			t.Errorf("query %q: %+v, %v", got, resp, err)
		}
	}
}

// The emulator evaluates SELECT with column lists, FROM a template, WHERE
// with comparisons and AND/OR, ORDER BY and TOP over its devices' last
// telemetry, and names what it does not support.
func TestQueryOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	c := newTestClientVersion(t, emu, iotcentral.QueryPreviewAPIVersion)
	const tmpl = "dtmi:contoso:thermostat;1"
	if _, err := c.DeviceTemplates().Create(ctx, tmpl, iotcentral.DeviceTemplate{Types: []string{"ModelDefinition", "DeviceModel"},
		CapabilityModel: []byte(`{"@id":"dtmi:contoso:thermostat;1","@type":"Interface","contents":[]}`)}, nil); err != nil {
		t.Fatal(err)
	}
	for id, temp := range map[string]float64{"t1": 18.5, "t2": 31, "t3": 25, "t4": 40} {
		if _, err := c.Devices().Create(ctx, id, iotcentral.Device{DisplayName: to.Ptr("Thermostat " + id), Template: to.Ptr(tmpl)}, nil); err != nil {
			t.Fatal(err)
		}
		if err := emu.SetTelemetry(iotcentral.DeviceTarget(id), "temperature", temp); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(rows []iotcentral.QueryRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.String("$id")+"="+r.String("temperature"))
		}
		return out
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"SELECT $id, temperature FROM " + tmpl + " ORDER BY $id", []string{"t1=18.5", "t2=31", "t3=25", "t4=40"}},
		{"SELECT $id, temperature FROM " + tmpl + " WHERE temperature > 24 AND temperature < 35 ORDER BY temperature DESC", []string{"t2=31", "t3=25"}},
		{"SELECT $id, temperature FROM " + tmpl + " WHERE temperature < 20 OR $id = 't4' ORDER BY $id ASC", []string{"t1=18.5", "t4=40"}},
		{"SELECT TOP 2 $id, temperature FROM " + tmpl + " ORDER BY temperature DESC", []string{"t4=40", "t2=31"}},
		{"SELECT $id FROM " + tmpl + " WHERE $displayName = 'Thermostat t3'", []string{"t3="}},
	}
	for _, tt := range tests {
		resp, err := c.Query().Run(ctx, tt.query, nil)
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		if d := cmp.Diff(tt.want, ids(resp.Results)); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.query, d)
		}
	}
	for _, bad := range []string{
		"SELECT AVG(temperature) FROM " + tmpl,
		"SELECT $id FROM " + tmpl + " WHERE WITHIN_WINDOW(P1D)",
		"SELECT $id FROM " + tmpl + " GROUP BY WINDOW(PT1H)",
		"SELECT $id FROM dtmi:missing;1",
		"DELETE FROM " + tmpl,
	} {
		var se *iotcentral.ServiceError
		if _, err := c.Query().Run(ctx, bad, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeBadRequest) || !errors.As(err, &se) || se.Message == "" {
			t.Errorf("%s: %v, want the service's 400 naming the part", bad, err)
		}
	}
}
