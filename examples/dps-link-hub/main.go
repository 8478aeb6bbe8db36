// Command dps-link-hub links an IoT hub to a Device Provisioning Service
// instance with a lossless read-modify-write: it reads the instance and
// its access keys, adds (or re-weights) the hub, and writes it back with
// If-Match, so keys, other hubs and settings this SDK does not know are
// kept. It then checks that every access key survived.
//
//	go run ./examples/dps-link-hub
//	DPS_HUB_CONNECTION_STRING='HostName=...' go run ./examples/dps-link-hub -live -resource-group rg -name my-dps
//
// The hub connection string is read from DPS_HUB_CONNECTION_STRING (not a
// flag, to keep it out of shell history and process lists); it is never
// printed. Without -live it runs on the built-in emulator with a sample
// instance and hub. With -live it uses azidentity.NewDefaultAzureCredential
// and AZURE_SUBSCRIPTION_ID.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	dpsfake "github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/examples/internal/demo"
)

// envHubConnection holds the hub's connection string.
const envHubConnection = "DPS_HUB_CONNECTION_STRING"

// sampleHub is the emulator's hub; its key is not a real secret.
const sampleHub = "HostName=factory-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=ZmFjdG9yeS1odWIta2V5LW5vdC1hLXNlY3JldA=="

type config struct {
	live                bool
	resourceGroup, name string
	hubLocation         string
	weight              int
	hubConnection       string
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.live, "live", false, "use real Azure (AZURE_SUBSCRIPTION_ID, azidentity, "+envHubConnection+")")
	flag.StringVar(&cfg.resourceGroup, "resource-group", "quickstart-rg", "resource group of the DPS instance")
	flag.StringVar(&cfg.name, "name", "factory-dps", "DPS instance name")
	flag.StringVar(&cfg.hubLocation, "hub-location", "westeurope", "Azure region of the IoT hub")
	flag.IntVar(&cfg.weight, "weight", 1, "allocation weight of the hub, 0 to 1000")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dps-link-hub [flags]\n\nLinks the IoT hub in $%s to a DPS instance without losing anything.\n\n", envHubConnection)
		flag.PrintDefaults()
	}
	flag.Parse()
	cfg.hubConnection = os.Getenv(envHubConnection)
	if !cfg.live && cfg.hubConnection == "" {
		cfg.hubConnection = sampleHub
	}
	if flag.NArg() > 0 || cfg.weight < 0 || cfg.weight > 1000 || cfg.hubConnection == "" {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "dps-link-hub:", demo.Describe(err))
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, cfg config) error {
	target, err := demo.NewTarget(cfg.live, demo.EnvSubscription)
	if err != nil {
		return err
	}
	var opts dps.ClientOptions
	if !cfg.live {
		emu := dpsfake.NewEmulator(&dpsfake.EmulatorOptions{RetryAfter: 10 * time.Millisecond})
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}
	}
	client, err := dps.NewProvisioningServicesClient(target.Subscription, target.Credential, &opts)
	if err != nil {
		return err
	}
	if !cfg.live {
		if err := seed(ctx, client, cfg); err != nil {
			return err
		}
	}
	before, err := keyNames(ctx, client, cfg)
	if err != nil {
		return err
	}
	host := hostOf(cfg.hubConnection)
	if host == "" {
		return errors.New(envHubConnection + " has no HostName")
	}
	poller, err := client.BeginModify(ctx, cfg.resourceGroup, cfg.name, func(d *dps.ProvisioningServiceDescription) error {
		fmt.Fprintf(w, "%s: %d linked hub(s) before\n", cfg.name, len(d.Properties.IotHubs))
		for i, hub := range d.Properties.IotHubs {
			if strings.EqualFold(demo.Or(hub.Name, ""), host) {
				d.Properties.IotHubs[i].AllocationWeight = to.Ptr(int32(cfg.weight))
				fmt.Fprintf(w, "%s is already linked: setting its allocation weight to %d\n", host, cfg.weight)
				return nil
			}
		}
		d.Properties.IotHubs = append(d.Properties.IotHubs, dps.IotHubDefinitionDescription{
			ConnectionString:      to.Ptr(cfg.hubConnection),
			Location:              to.Ptr(cfg.hubLocation),
			AllocationWeight:      to.Ptr(int32(cfg.weight)),
			ApplyAllocationPolicy: to.Ptr(true),
		})
		fmt.Fprintf(w, "linking %s (%s, weight %d)\n", host, cfg.hubLocation, cfg.weight)
		return nil
	}, nil)
	if err != nil {
		return err
	}
	done, err := demo.Wait(ctx, cfg.live, poller, func() { fmt.Fprint(w, ".") })
	fmt.Fprintln(w)
	if err != nil {
		return err
	}
	for _, hub := range done.Properties.IotHubs {
		fmt.Fprintf(w, "  hub %s in %s, weight %d\n", demo.Or(hub.Name, "?"), demo.Or(hub.Location, "?"), demo.Or(hub.AllocationWeight, 0))
	}
	after, err := keyNames(ctx, client, cfg)
	if err != nil {
		return err
	}
	if !slices.Equal(before, after) {
		return fmt.Errorf("access keys changed: %v before, %v after", before, after)
	}
	fmt.Fprintf(w, "all %d access key(s) kept: %s\n", len(after), strings.Join(after, ", "))
	return nil
}

// keyNames lists the access policies with a hash of their keys (never the
// keys), so a change of any key is seen.
func keyNames(ctx context.Context, client *dps.ProvisioningServicesClient, cfg config) ([]string, error) {
	var out []string
	for rule, err := range client.ListKeysIter(ctx, cfg.resourceGroup, cfg.name, nil) {
		if err != nil {
			return nil, err
		}
		out = append(out, demo.Or(rule.KeyName, "?")+"="+demo.Mask(demo.Or(rule.PrimaryKey, "")))
	}
	slices.Sort(out)
	return out, nil
}

// hostOf returns the HostName of an IoT hub connection string.
func hostOf(conn string) string {
	for part := range strings.SplitSeq(conn, ";") {
		if k, v, ok := strings.Cut(part, "="); ok && strings.EqualFold(k, "HostName") {
			return v
		}
	}
	return ""
}

// seed creates the sample instance on the emulator.
func seed(ctx context.Context, client *dps.ProvisioningServicesClient, cfg config) error {
	poller, err := client.BeginCreateOrUpdate(ctx, cfg.resourceGroup, cfg.name, dps.ProvisioningServiceDescription{
		Location:   to.Ptr("westeurope"),
		SKU:        &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{},
	}, nil)
	if err != nil {
		return err
	}
	_, err = demo.Wait(ctx, false, poller, nil)
	return err
}
