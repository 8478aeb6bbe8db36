package fake_test

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
)

// cloudTemplate declares a cloud property at the root, one in an inline
// component and one in an inline interface the model extends.
const cloudTemplate = `{
  "@id": "dtmi:contoso:Cloudy;1", "@type": "Interface",
  "contents": [
    {"@type": ["Property", "Cloud"], "name": "customerName", "schema": "string"},
    {"@type": "Property", "name": "targetTemperature", "schema": "double", "writable": true},
    {"@type": "Component", "name": "settings", "schema": {
      "@type": "Interface", "@id": "dtmi:contoso:Settings;1",
      "contents": [{"@type": ["Property", "Cloud"], "name": "site", "schema": "string"}]
    }}
  ],
  "extends": [{"@id": "dtmi:contoso:Base;1", "@type": "Interface",
    "contents": [{"@type": ["Property", "Cloud"], "name": "warrantyEnd", "schema": "date"}]}]
}`

func TestCloudPropertiesApplyAtOnce(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, nil)
	ctx := context.Background()
	if _, err := c.DeviceTemplates().Create(ctx, "dtmi:contoso:CloudyDevice;1", iotcentral.DeviceTemplate{
		Types: []string{"ModelDefinition", "DeviceModel"}, CapabilityModel: json.RawMessage(cloudTemplate),
	}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Devices().Create(ctx, "d1", iotcentral.Device{Template: to.Ptr("dtmi:contoso:CloudyDevice;1")}, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		target      iotcentral.Target
		patch       iotcentral.DeviceProperties
		wantValues  []string
		wantPending []string
	}{
		{"device: root and extended cloud properties", iotcentral.DeviceTarget("d1"),
			iotcentral.DeviceProperties{"customerName": "Contoso", "warrantyEnd": "2030-01-01", "targetTemperature": 20},
			[]string{"customerName", "warrantyEnd"}, []string{"targetTemperature"}},
		{"component: its own cloud property", iotcentral.ComponentTarget("d1", "settings"),
			iotcentral.DeviceProperties{"site": "Lyon", "customerName": "not here"},
			[]string{"site"}, []string{"customerName"}},
		{"module: no model, everything waits", iotcentral.ModuleTarget("d1", "edge"),
			iotcentral.DeviceProperties{"customerName": "Contoso"},
			nil, []string{"customerName"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.Devices().UpdateProperties(ctx, tt.target, tt.patch, nil)
			if err != nil {
				t.Fatal(err)
			}
			var values []string
			for name := range resp.Properties {
				if name != iotcentral.PropertiesMetadataKey {
					values = append(values, name)
				}
			}
			slices.Sort(values)
			if d := cmp.Diff(tt.wantValues, values); d != "" {
				t.Errorf("values in effect (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.wantPending, resp.Properties.Pending()); d != "" {
				t.Errorf("pending (-want +got):\n%s", d)
			}
		})
	}
	// A null withdraws a cloud property; a replace drops those it does not
	// name.
	device := iotcentral.DeviceTarget("d1")
	resp, err := c.Devices().UpdateProperties(ctx, device, iotcentral.DeviceProperties{"customerName": nil}, nil)
	if _, ok := resp.Properties["customerName"]; err != nil || ok || resp.Properties["warrantyEnd"] != "2030-01-01" {
		t.Errorf("after a null = %v, %v", resp.Properties, err)
	}
	replaced, err := c.Devices().ReplaceProperties(ctx, device, iotcentral.DeviceProperties{"targetTemperature": 19}, nil)
	if _, ok := replaced.Properties["warrantyEnd"]; err != nil || ok {
		t.Errorf("after a replace = %v, %v", replaced.Properties, err)
	}
}

func TestReportedPropertiesAndBadInput(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"d1": thermostat})
	target := iotcentral.ComponentTarget("d1", "deviceInfo")
	if err := emu.ReportProperties(target, map[string]any{"manufacturer": "Contoso", "totalMemory": 1024}); err != nil {
		t.Fatal(err)
	}
	got, err := c.Devices().GetProperties(ctx, target, nil)
	want := iotcentral.DeviceProperties{"manufacturer": "Contoso", "totalMemory": json.Number("1024")}
	if err != nil || !cmp.Equal(want, got.Properties) {
		t.Errorf("reported = %v, %v; want %v", got.Properties, err, want)
	}
	// A replace asks the device for new values; what it reported stays
	// until it applies them.
	if _, err := c.Devices().ReplaceProperties(ctx, target, iotcentral.DeviceProperties{"manufacturer": "Fabrikam"}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ = c.Devices().GetProperties(ctx, target, nil)
	if got.Properties["totalMemory"] != json.Number("1024") || got.Properties["manufacturer"] != "Contoso" || !cmp.Equal([]string{"manufacturer"}, got.Properties.Pending()) {
		t.Errorf("after a replace = %v", got.Properties)
	}
	if _, err := c.Devices().ReplaceProperties(ctx, target, iotcentral.DeviceProperties{}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ = c.Devices().GetProperties(ctx, target, nil)
	if _, ok := got.Properties[iotcentral.PropertiesMetadataKey]; ok || len(got.Properties) != 2 {
		t.Errorf("an empty replace withdraws what was asked: %v", got.Properties)
	}

	for _, err := range []error{
		emu.ReportProperties(iotcentral.DeviceTarget("nope"), map[string]any{"x": 1}),
		emu.AcknowledgeProperties(iotcentral.DeviceTarget("nope"), 200, "completed"),
		emu.ReportProperties(target, map[string]any{iotcentral.PropertiesMetadataKey: 1}),
		emu.ReportProperties(target, map[string]any{"ch": make(chan int)}),
	} {
		if err == nil {
			t.Error("accepted")
		}
	}
	if _, err := c.Devices().UpdateProperties(ctx, iotcentral.DeviceTarget("nope"), iotcentral.DeviceProperties{"x": 1}, nil); !iotcentral.IsNotFound(err) {
		t.Errorf("properties of a missing device: %v", err)
	}
	req, _ := http.NewRequest(http.MethodPut, endpoint+"/devices/d1/properties?api-version=2022-07-31", strings.NewReader(`[1,2]`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := emu.Do(req)
	if err != nil || resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("a properties body that is not an object: %v, %v", resp, err)
	}
}

// A patch merges into an object value (as a device target's component
// settings) rather than replacing it.
func TestObjectPropertiesMergeInAPatch(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"d1": thermostat})
	device := iotcentral.DeviceTarget("d1")
	for _, patch := range []iotcentral.DeviceProperties{
		{"settings": map[string]any{"voltage": 25, "current": 7}},
		{"settings": map[string]any{"current": nil, "fanSpeed": 3}},
	} {
		if _, err := c.Devices().UpdateProperties(ctx, device, patch, nil); err != nil {
			t.Fatal(err)
		}
	}
	got, err := c.Devices().GetProperties(ctx, device, nil)
	if err != nil {
		t.Fatal(err)
	}
	meta, err := got.Properties.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	settings := meta["settings"]
	if string(settings.DesiredValue) != `{"fanSpeed":3,"voltage":25}` || *settings.DesiredVersion != 2 || !settings.Pending() {
		t.Errorf("settings = %s, version %d", settings.DesiredValue, *settings.DesiredVersion)
	}
}
