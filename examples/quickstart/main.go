// Command quickstart tours azclients on the built-in emulators: it
// provisions a Device Provisioning Service instance and links an IoT hub to
// it, scales an Azure IoT Operations dataflow profile, defines a Customer
// Insights profile type, and registers, configures and commands IoT Central
// devices, all in process with no Azure account.
//
//	go run ./examples/quickstart
//
// With -live it runs the same story against real Azure, authenticating with
// azidentity.NewDefaultAzureCredential (az login, environment variables or
// a managed identity) and reading where to work from the environment:
//
//	AZURE_SUBSCRIPTION_ID      subscription to create resources in
//	AZURE_RESOURCE_GROUP       existing resource group
//	AZURE_LOCATION             region for new resources (default westeurope)
//	IOTOPS_INSTANCE            existing Azure IoT Operations instance (in the group)
//	IOTOPS_CUSTOM_LOCATION_ID  ARM id of that instance's custom location
//	CUSTOMERINSIGHTS_HUB       existing Customer Insights hub (in the group)
//	IOTCENTRAL_APP_URL         IoT Central app API URL, https://<app>.azureiotcentral.com/api
//	IOTCENTRAL_API_TOKEN       optional IoT Central API token (else Entra ID)
//
// Live runs create billable resources and leave them in place.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/azclients/azclients/examples/internal/demo"
)

func main() {
	live := flag.Bool("live", false, "run against real Azure (see the environment variables in -h) instead of the emulators")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: quickstart [-live]\n\nA tour of azclients on the built-in emulators; -live runs it against Azure.\nEnvironment for -live: %s, %s, %s (optional), %s, %s, %s, %s, %s (optional).\n\n",
			demo.EnvSubscription, demo.EnvResourceGroup, demo.EnvLocation, demo.EnvIoTOpsInst, demo.EnvIoTOpsLoc, demo.EnvCIHub, demo.EnvCentralApp, demo.EnvCentralToken)
		flag.PrintDefaults()
	}
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, *live); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart failed:", demo.Describe(err))
		os.Exit(1)
	}
}

// tour is the state the story's chapters share.
type tour struct {
	target  demo.Target
	suffix  string
	out     *demo.Printer
	summary []string
}

// chapter is one part of the story.
type chapter struct {
	title string
	run   func(ctx context.Context, t *tour) error
}

func run(ctx context.Context, w io.Writer, live bool) error {
	target, err := demo.NewTarget(live, demo.EnvSubscription, demo.EnvResourceGroup, demo.EnvIoTOpsInst, demo.EnvIoTOpsLoc, demo.EnvCIHub, demo.EnvCentralApp)
	if err != nil {
		return err
	}
	where := "the built-in emulators (no Azure account needed)"
	if live {
		where = "Azure subscription " + target.Subscription + ", resource group " + target.ResourceGroup
	}
	fmt.Fprintf(w, "azclients quickstart on %s\n", where)
	t := &tour{target: target, suffix: suffixFor(live), out: &demo.Printer{W: w}}
	for _, c := range chapters {
		fmt.Fprintf(w, "\n== %s\n", c.title)
		if err := c.run(ctx, t); err != nil {
			return fmt.Errorf("%s: %w", c.title, err)
		}
	}
	fmt.Fprintf(w, "\n== Summary (%d steps)\n", t.out.Steps())
	for _, line := range t.summary {
		fmt.Fprintf(w, " - %s\n", line)
	}
	return nil
}

func (t *tour) done(format string, args ...any) {
	t.summary = append(t.summary, fmt.Sprintf(format, args...))
}
