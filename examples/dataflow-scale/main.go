// Command dataflow-scale sets the instanceCount of an Azure IoT Operations
// dataflow profile and waits until the change is provisioned. It reads the
// profile, changes only instanceCount and writes it back, so every other
// setting (including ones this SDK version does not model) is kept.
//
//	go run ./examples/dataflow-scale -count 5
//	go run ./examples/dataflow-scale -live -resource-group rg -instance aio -profile default -count 5
//
// Without -live it runs on the built-in emulator, with a profile seeded at
// one instance. With -live it uses azidentity.NewDefaultAzureCredential and
// AZURE_SUBSCRIPTION_ID.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotoperations"
	iotopsfake "github.com/azclients/azclients/iotoperations/fake"
)

type config struct {
	live                             bool
	resourceGroup, instance, profile string
	count                            int
	timeout                          time.Duration
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.live, "live", false, "use real Azure (AZURE_SUBSCRIPTION_ID and azidentity) instead of the emulator")
	flag.StringVar(&cfg.resourceGroup, "resource-group", "quickstart-rg", "resource group of the IoT Operations instance")
	flag.StringVar(&cfg.instance, "instance", "factory-aio", "IoT Operations instance name")
	flag.StringVar(&cfg.profile, "profile", "default", "dataflow profile name")
	flag.IntVar(&cfg.count, "count", 3, "instances to run, 1 to 20")
	flag.DurationVar(&cfg.timeout, "timeout", 15*time.Minute, "give up waiting after this long")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dataflow-scale [flags]\n\nSets a dataflow profile's instanceCount and waits for it.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "dataflow-scale:", demo.Describe(err))
		if errors.Is(err, iotoperations.ErrInvalidInput) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, cfg config) error {
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	target, err := demo.NewTarget(cfg.live, demo.EnvSubscription)
	if err != nil {
		return err
	}
	var opts iotoperations.ClientOptions
	if !cfg.live {
		emu := iotopsfake.NewEmulator(&iotopsfake.EmulatorOptions{Polls: 3, RetryAfter: 10 * time.Millisecond})
		emu.AddInstance(target.Subscription, cfg.resourceGroup, cfg.instance)
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}
	}
	client, err := iotoperations.NewDataflowProfilesClient(target.Subscription, target.Credential, &opts)
	if err != nil {
		return err
	}
	if !cfg.live {
		if err := seed(ctx, client, target, cfg); err != nil {
			return err
		}
	}
	got, err := client.Get(ctx, cfg.resourceGroup, cfg.instance, cfg.profile, nil)
	if err != nil {
		return err
	}
	if got.Properties == nil {
		got.Properties = &iotoperations.DataflowProfileProperties{}
	}
	from := demo.Or(got.Properties.InstanceCount, iotoperations.DefaultInstanceCount)
	fmt.Fprintf(w, "%s/%s: %d instance(s), %s\n", cfg.instance, cfg.profile, from, demo.Or(got.Properties.ProvisioningState, "unknown"))
	got.Properties.InstanceCount = to.Ptr(int32(cfg.count))
	poller, err := client.BeginCreateOrUpdate(ctx, cfg.resourceGroup, cfg.instance, cfg.profile, got.DataflowProfileResource, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "scaling %d → %d ", from, cfg.count)
	done, err := demo.Wait(ctx, cfg.live, poller, func() { fmt.Fprint(w, ".") })
	fmt.Fprintln(w)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s/%s: %d instance(s), %s\n", cfg.instance, cfg.profile, demo.Or(done.Properties.InstanceCount, 0), demo.Or(done.Properties.ProvisioningState, "unknown"))
	return nil
}

// seed creates the profile at one instance on the emulator, so the example
// has something to scale.
func seed(ctx context.Context, client *iotoperations.DataflowProfilesClient, target demo.Target, cfg config) error {
	poller, err := client.BeginCreateOrUpdate(ctx, cfg.resourceGroup, cfg.instance, cfg.profile, iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr(target.IoTOpsCustomLocation), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)},
		Properties:       &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](1)},
	}, nil)
	if err != nil {
		return err
	}
	_, err = demo.Wait(ctx, false, poller, nil)
	return err
}
