// Package demo holds what the example programs share: choosing between the
// built-in emulators and real Azure, reading the settings for real Azure
// from the environment, and printing readable output without secrets.
package demo

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
)

// Environment variables read with -live.
const (
	EnvSubscription  = "AZURE_SUBSCRIPTION_ID"
	EnvResourceGroup = "AZURE_RESOURCE_GROUP"
	EnvLocation      = "AZURE_LOCATION"
	EnvCentralApp    = "IOTCENTRAL_APP_URL"
	EnvCentralToken  = "IOTCENTRAL_API_TOKEN"
	EnvIoTOpsInst    = "IOTOPS_INSTANCE"
	EnvIoTOpsLoc     = "IOTOPS_CUSTOM_LOCATION_ID"
	EnvCIHub         = "CUSTOMERINSIGHTS_HUB"
)

// EmulatorSubscription is the subscription ID used on the emulators.
const EmulatorSubscription = "00000000-0000-0000-0000-000000000000"

// Target says where the example runs: on the in-process emulators, or
// against real Azure with a credential and settings from the environment.
type Target struct {
	Live          bool
	Credential    azcore.TokenCredential
	Subscription  string
	ResourceGroup string
	Location      string
	// CentralApp is the IoT Central API endpoint and CentralToken an
	// optional API token (Credential is used without one).
	CentralApp   string
	CentralToken string
	// IoTOpsInstance and IoTOpsCustomLocation name an existing Azure IoT
	// Operations instance and its custom location.
	IoTOpsInstance       string
	IoTOpsCustomLocation string
	// CustomerInsightsHub names an existing Customer Insights hub.
	CustomerInsightsHub string
}

// NewTarget returns the emulator target, or with live the real-Azure one
// (azidentity.NewDefaultAzureCredential plus the environment variables
// named in need, which must all be set).
func NewTarget(live bool, need ...string) (Target, error) {
	if !live {
		return Target{
			Credential:           &azfake.TokenCredential{},
			Subscription:         EmulatorSubscription,
			ResourceGroup:        "quickstart-rg",
			Location:             "westeurope",
			CentralApp:           "https://quickstart.azureiotcentral.com/api",
			IoTOpsInstance:       "factory-aio",
			IoTOpsCustomLocation: "/subscriptions/" + EmulatorSubscription + "/resourceGroups/quickstart-rg/providers/Microsoft.ExtendedLocation/customLocations/factory-cl",
			CustomerInsightsHub:  "retailhub",
		}, nil
	}
	var missing []string
	for _, name := range need {
		if os.Getenv(name) == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return Target{}, fmt.Errorf("-live needs these environment variables: %s", strings.Join(missing, ", "))
	}
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return Target{}, fmt.Errorf("-live: no Azure credential: %w", err)
	}
	loc := os.Getenv(EnvLocation)
	if loc == "" {
		loc = "westeurope"
	}
	return Target{
		Live:                 true,
		Credential:           cred,
		Subscription:         os.Getenv(EnvSubscription),
		ResourceGroup:        os.Getenv(EnvResourceGroup),
		Location:             loc,
		CentralApp:           os.Getenv(EnvCentralApp),
		CentralToken:         os.Getenv(EnvCentralToken),
		IoTOpsInstance:       os.Getenv(EnvIoTOpsInst),
		IoTOpsCustomLocation: os.Getenv(EnvIoTOpsLoc),
		CustomerInsightsHub:  os.Getenv(EnvCIHub),
	}, nil
}

// Mask shows the first four characters of a secret and its length, never
// the whole value.
func Mask(secret string) string {
	if len(secret) <= 8 {
		return fmt.Sprintf("****(%d chars)", len(secret))
	}
	return fmt.Sprintf("%s****(%d chars)", secret[:4], len(secret))
}

// Printer writes numbered steps and indented details.
type Printer struct {
	W    io.Writer
	step int
}

// Step starts a numbered step.
func (p *Printer) Step(format string, args ...any) {
	p.step++
	fmt.Fprintf(p.W, "\n%d. %s\n", p.step, fmt.Sprintf(format, args...))
}

// Info prints a detail line of the current step.
func (p *Printer) Info(format string, args ...any) {
	fmt.Fprintf(p.W, "   %s\n", fmt.Sprintf(format, args...))
}

// Steps returns how many steps were printed.
func (p *Printer) Steps() int { return p.step }

// Describe returns a short, secret-free description of err for output:
// the first line of its message (service errors carry the response body on
// the following lines).
func Describe(err error) string {
	if err == nil {
		return "ok"
	}
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}

// Wait drives a poller to its end. On the emulators it polls every few
// milliseconds (PollUntilDone's floor is one second outside tests); against
// Azure it uses PollUntilDone with the service's Retry-After or every 5s.
// progress, when set, is called after each poll that did not finish.
func Wait[T any](ctx context.Context, live bool, poller *runtime.Poller[T], progress func()) (T, error) {
	if live && progress == nil {
		return poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: 5 * time.Second})
	}
	every := 5 * time.Millisecond
	if live {
		every = 5 * time.Second
	}
	for !poller.Done() {
		if _, err := poller.Poll(ctx); err != nil {
			var zero T
			return zero, err
		}
		if poller.Done() {
			break
		}
		if progress != nil {
			progress()
		}
		select {
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		case <-time.After(every):
		}
	}
	return poller.Result(ctx)
}

// Or returns *p, or def when p is nil.
func Or[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}
