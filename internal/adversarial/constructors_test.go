package adversarial_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotoperations"
)

// constructor builds a package's clients from one hostile string: a
// subscription ID or an endpoint.
type constructor struct {
	pkg, name string
	build     func(value string, tr policy.Transporter) (any, error)
}

var clientConstructors = []constructor{
	{"iotoperations", "NewClientFactory(subscriptionID)", func(v string, tr policy.Transporter) (any, error) {
		return iotoperations.NewClientFactory(v, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
	}},
	{"deviceprovisioning", "NewClientFactory(subscriptionID)", func(v string, tr policy.Transporter) (any, error) {
		return deviceprovisioning.NewClientFactory(v, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
	}},
	{"customerinsights", "NewClientFactory(subscriptionID)", func(v string, tr policy.Transporter) (any, error) {
		return customerinsights.NewClientFactory(v, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
	}},
	{"deviceprovisioning", "NewServiceClient(endpoint)", func(v string, tr policy.Transporter) (any, error) {
		return deviceprovisioning.NewServiceClient(v, staticCredential{}, &deviceprovisioning.ServiceClientOptions{ClientOptions: dataPlaneOptions(tr)})
	}},
	{"iotcentral", "NewClient(endpoint)", func(v string, tr policy.Transporter) (any, error) {
		return iotcentral.NewClient(v, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
	}},
	{"iotcentral", "NewClientWithAPIToken(endpoint)", func(v string, tr policy.Transporter) (any, error) {
		return iotcentral.NewClientWithAPIToken(v, azcore.NewKeyCredential("SharedAccessSignature sr=x&sig=y"), &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
	}},
}

// hostileEndpoints are endpoints no client may accept with a credential,
// on top of every hostile string (none of which is an absolute URL).
var hostileEndpoints = []string{
	"http://app.azureiotcentral.com/api",
	"https://",
	"ftp://app.azureiotcentral.com/api",
	"/api",
	"app.azureiotcentral.com/api",
	"https://app.azureiotcentral.com/api?x=1",
	"https://app.azureiotcentral.com/api#fragment",
}

// TestHostileConstructors gives every constructor each hostile string as
// its subscription ID or endpoint, and every endpoint constructor the
// hostile endpoints: each is a *ValidationError matching the package's
// ErrInvalidInput, from the constructor or, when the constructor accepts
// it, from the first operation of every client it hands out, before any
// I/O; never a panic.
func TestHostileConstructors(t *testing.T) {
	t.Parallel()
	tried := 0
	for _, c := range clientConstructors {
		values := []string{"not-a-uuid", "00000000-0000-0000-0000-00000000000g", testSubscription + "/resourceGroups/x"}
		if strings.Contains(c.name, "endpoint") {
			values = hostileEndpoints
		}
		for _, h := range hostileStrings {
			values = append(values, h.value)
		}
		for _, v := range values {
			tried++
			what := fmt.Sprintf("%s.%s %q", c.pkg, c.name, clip(v))
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s: panicked: %v", what, r)
					}
				}()
				tr := &notFoundTransport{}
				got, err := c.build(v, tr)
				if err != nil {
					var ve *pipeline.ValidationError
					if !errors.As(err, &ve) || !errors.Is(err, errInvalidInput[c.pkg]) {
						t.Errorf("%s: %v, want a *ValidationError", what, err)
					}
					return
				}
				for _, cl := range handedOut(c.pkg, reflect.ValueOf(got)) {
					ops := operations(cl)
					if len(ops) == 0 || cl.name == "OperationsClient" { // the provider's operations: no subscription in the path
						continue
					}
					plans, err := newPlans(ops[0])
					if err != nil {
						t.Fatal(err)
					}
					ctx, rec := withRecorder(context.Background())
					out := invoke(ctx, plans[0].op.fn, plans[0].args(ctx, nil, ""))
					if out.panicked != "" {
						t.Errorf("%s: %s: panicked: %s", what, ops[0], out.panicked)
					} else if !rejectedBeforeIO(t, what+": "+ops[0].String(), c.pkg, out.err, rec.requests()) {
						t.Errorf("%s: %s sent %d requests", what, ops[0], len(rec.requests()))
					}
				}
			}()
		}
	}
	t.Logf("hostile constructors: %d values", tried)
}
