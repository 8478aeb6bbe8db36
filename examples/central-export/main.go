// Command central-export sets up IoT Central data export and queries the
// devices: it creates an Event Hubs destination, a telemetry export with an
// enrichment that sends to it, runs a query over the devices' last
// telemetry and prints the rows, then removes the export and destination.
//
//	go run ./examples/central-export            # on the emulator, with three sample thermostats
//	go run ./examples/central-export -live -app https://myapp.azureiotcentral.com/api \
//	    -template 'dtmi:contoso:thermostat;1' -eventhubs "$EVENTHUBS_CONNECTION_STRING"
//
// Data export and query need the preview api-version
// (iotcentral.QueryPreviewAPIVersion). With -live it authenticates with
// IOTCENTRAL_API_TOKEN when set, else with
// azidentity.NewDefaultAzureCredential; the Event Hubs connection string
// (with the EntityPath of the event hub) is never printed. It exits 1 on a
// failure and 2 on bad usage.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotcentral"
	centralfake "github.com/azclients/azclients/iotcentral/fake"
)

// sampleTemplate is the template of the emulator's sample thermostats.
const sampleTemplate = "dtmi:azclients:export:Thermostat;1"

// sampleEventHubs is the emulator's stand-in connection string.
const sampleEventHubs = "Endpoint=sb://emulated.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2FtcGxl;EntityPath=telemetry"

type config struct {
	live                bool
	app, template, hubs string
	threshold           float64
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.live, "live", false, "use a real IoT Central application instead of the emulator")
	flag.StringVar(&cfg.app, "app", os.Getenv(demo.EnvCentralApp), "IoT Central API URL for -live, https://<app>.azureiotcentral.com/api")
	flag.StringVar(&cfg.template, "template", sampleTemplate, "device template to export from and query")
	flag.StringVar(&cfg.hubs, "eventhubs", "", "Event Hubs connection string with EntityPath, for -live")
	flag.Float64Var(&cfg.threshold, "threshold", 20, "query the devices whose last temperature is above this")
	flag.Parse()
	if flag.NArg() > 0 || (cfg.live && (cfg.app == "" || cfg.hubs == "")) {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "central-export:", demo.Describe(err))
		os.Exit(1)
	}
}

// newClient returns a preview client for the application, and the emulator
// behind it when not live.
func newClient(cfg config) (*iotcentral.Client, *centralfake.Emulator, error) {
	opts := &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{APIVersion: iotcentral.QueryPreviewAPIVersion}}
	if !cfg.live {
		emu := centralfake.NewEmulator(nil)
		opts.Transport = emu
		c, err := iotcentral.NewClientWithAPITokenString(iotcentral.Endpoint("export-demo", ""), "SharedAccessSignature sr=export-demo&sig=emulated", opts)
		return c, emu, err
	}
	if token := os.Getenv(demo.EnvCentralToken); token != "" {
		c, err := iotcentral.NewClientWithAPITokenString(cfg.app, token, opts)
		return c, nil, err
	}
	target, err := demo.NewTarget(true)
	if err != nil {
		return nil, nil, err
	}
	c, err := iotcentral.NewClient(cfg.app, target.Credential, opts)
	return c, nil, err
}

// seed gives the emulator a template and three thermostats with a last
// temperature each.
func seed(ctx context.Context, c *iotcentral.Client, emu *centralfake.Emulator, out *demo.Printer) error {
	out.Step("Seed the emulator: a template and three thermostats")
	model := []byte(`{"@id":"` + sampleTemplate + `","@type":"Interface","contents":[{"@type":"Telemetry","name":"temperature","schema":"double"}]}`)
	if _, err := c.DeviceTemplates().Create(ctx, sampleTemplate, iotcentral.DeviceTemplate{Types: []string{"ModelDefinition", "DeviceModel"}, CapabilityModel: model}, nil); err != nil {
		return err
	}
	for _, d := range []struct {
		id   string
		temp float64
	}{{"thermostat-1", 18.5}, {"thermostat-2", 24.25}, {"thermostat-3", 31}} {
		if _, err := c.Devices().Create(ctx, d.id, iotcentral.Device{DisplayName: to.Ptr(d.id), Template: to.Ptr(sampleTemplate)}, nil); err != nil {
			return err
		}
		if err := emu.SetTelemetry(iotcentral.DeviceTarget(d.id), "temperature", d.temp); err != nil {
			return err
		}
		out.Info("%s: temperature %.2f", d.id, d.temp)
	}
	return nil
}

func run(ctx context.Context, w io.Writer, cfg config) error {
	out := &demo.Printer{W: w}
	c, emu, err := newClient(cfg)
	if err != nil {
		return err
	}
	hubs := cfg.hubs
	if emu != nil {
		hubs = sampleEventHubs
		if err := seed(ctx, c, emu, out); err != nil {
			return err
		}
	}

	out.Step("Create an Event Hubs destination")
	dest, err := c.Destinations().Create(ctx, "azclients-telemetry-hub", &iotcentral.EventHubsV1Destination{
		DisplayName:   to.Ptr("Telemetry to Event Hubs"),
		Authorization: &iotcentral.EventHubsV1DestinationConnectionStringAuth{ConnectionString: &hubs},
	}, nil)
	if err != nil {
		return err
	}
	out.Info("%s %s, connection string %s, status %s", dest.Destination.Kind(), "azclients-telemetry-hub", demo.Mask(hubs), statusOf(dest.Destination))

	out.Step("Create a telemetry export with an enrichment")
	export, err := c.Exports().Create(ctx, "azclients-telemetry", iotcentral.Export{
		DisplayName:  to.Ptr("Thermostat telemetry"),
		Enabled:      to.Ptr(true),
		Source:       to.Ptr(iotcentral.ExportSourceTelemetry),
		Filter:       to.Ptr("SELECT * FROM " + cfg.template),
		Enrichments:  map[string]iotcentral.Enrichment{"site": {Value: []byte(`"plant-1"`)}},
		Destinations: []iotcentral.DestinationReference{{ID: to.Ptr("azclients-telemetry-hub")}},
	}, nil)
	if err != nil {
		return err
	}
	out.Info("export %s: source %s, %d destination(s), status %s", *export.ID, *export.Source, len(export.Destinations), demo.Or(export.Status, "unknown"))

	out.Step("Query the devices above %.1f degrees", cfg.threshold)
	query := fmt.Sprintf("SELECT TOP 10 $id, temperature FROM %s WHERE temperature > %g ORDER BY temperature DESC", cfg.template, cfg.threshold)
	out.Info("%s", query)
	rows, err := c.Query().Run(ctx, query, nil)
	if err != nil {
		return err
	}
	for _, row := range rows.Results {
		out.Info("%-14s %s", row.String("$id"), row.String("temperature"))
	}
	out.Info("%d row(s)", len(rows.Results))

	out.Step("Remove the export and the destination")
	if _, err := c.Exports().Delete(ctx, "azclients-telemetry", nil); err != nil {
		return err
	}
	if _, err := c.Destinations().Delete(ctx, "azclients-telemetry-hub", nil); err != nil {
		return err
	}
	out.Info("done")
	return nil
}

// statusOf returns a destination's status.
func statusOf(d iotcentral.Destination) string {
	if d, ok := d.(*iotcentral.EventHubsV1Destination); ok {
		return demo.Or(d.Status, "unknown")
	}
	return "unknown"
}
