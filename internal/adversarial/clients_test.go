package adversarial_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotoperations"
)

const (
	testSubscription = "00000000-0000-0000-0000-0000000000aa"
	iotCentralURL    = "https://adversarial.azureiotcentral.com/api"
	dpsServiceURL    = "https://adversarial.azure-devices-provisioning.net"
)

// staticCredential is an Entra ID credential that hands out a fixed token.
type staticCredential struct{}

func (staticCredential) GetToken(context.Context, policy.TokenRequestOptions) (azcore.AccessToken, error) {
	return azcore.AccessToken{Token: "adversarial-bearer-token", ExpiresOn: time.Now().Add(time.Hour)}, nil
}

// client is one client of a package, as its constructors hand it out.
type client struct {
	pkg  string // the package: "iotoperations", "deviceprovisioning", ...
	name string // the client type's name, e.g. "BrokersClient"
	v    reflect.Value
	// preview is the same client built for the package's preview
	// api-version, for operations only a preview has; invalid if none.
	preview reflect.Value
}

// noRetry turns azcore's retries off, so that a test sees each answer once.
var noRetry = policy.RetryOptions{MaxRetries: -1}

// allClients builds every client of every package on transport: the ARM
// clients through each package's ClientFactory, the DPS service API through
// a ServiceClient, and IoT Central through Client's accessors.
func allClients(t *testing.T, transport policy.Transporter) []client {
	t.Helper()
	cred := staticCredential{}
	arm := func() arm.ClientOptions {
		o := arm.ClientOptions{}
		o.Transport = transport
		o.Retry = noRetry
		return o
	}
	var out []client
	add := func(pkg string, holder any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: building the clients: %v", pkg, err)
		}
		out = append(out, handedOut(pkg, reflect.ValueOf(holder))...)
	}

	iotops, err := iotoperations.NewClientFactory(testSubscription, cred, &iotoperations.ClientOptions{ClientOptions: arm()})
	add("iotoperations", iotops, err)
	dpsARM, err := deviceprovisioning.NewClientFactory(testSubscription, cred, &deviceprovisioning.ClientOptions{ClientOptions: arm()})
	add("deviceprovisioning", dpsARM, err)
	dpsService, err := deviceprovisioning.NewServiceClient(dpsServiceURL, cred, &deviceprovisioning.ServiceClientOptions{
		ClientOptions: azcore.ClientOptions{Transport: transport, Retry: noRetry},
	})
	add("deviceprovisioning", dpsService, err)
	ci, err := customerinsights.NewClientFactory(testSubscription, cred, &customerinsights.ClientOptions{ClientOptions: arm()})
	add("customerinsights", ci, err)
	central, err := iotcentral.NewClient(iotCentralURL, cred, &iotcentral.ClientOptions{
		ClientOptions: azcore.ClientOptions{Transport: transport, Retry: noRetry},
	})
	add("iotcentral", central, err)
	centralPreview, err := iotcentral.NewClient(iotCentralURL, cred, &iotcentral.ClientOptions{
		ClientOptions: azcore.ClientOptions{Transport: transport, Retry: noRetry, APIVersion: iotcentral.QueryPreviewAPIVersion},
	})
	if err != nil {
		t.Fatal(err)
	}
	previews := map[string]reflect.Value{}
	for _, c := range handedOut("iotcentral", reflect.ValueOf(centralPreview)) {
		previews[c.name] = c.v
	}
	for i := range out {
		if out[i].pkg == "iotcentral" {
			out[i].preview = previews[out[i].name]
		}
	}
	return out
}

// handedOut calls every method of holder that takes nothing and returns a
// *<Name>Client: the factories' New<Name>Client and the accessors.
func handedOut(pkg string, holder reflect.Value) []client {
	var out []client
	for i := range holder.NumMethod() {
		m := holder.Type().Method(i)
		mt := m.Type
		if mt.NumIn() != 1 || mt.NumOut() != 1 {
			continue
		}
		rt := mt.Out(0)
		if rt.Kind() != reflect.Pointer || !strings.HasSuffix(rt.Elem().Name(), "Client") {
			continue
		}
		out = append(out, client{pkg: pkg, name: rt.Elem().Name(), v: holder.Method(i).Call(nil)[0]})
	}
	return out
}
