package deviceprovisioning_test

import (
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

const (
	subscriptionID = "91d12660-3dec-467a-be2a-213b5544ddc0"
	armBase        = "https://management.azure.com"
	groupPath      = "/subscriptions/" + subscriptionID + "/resourceGroups/rg/providers/Microsoft.Devices/provisioningServices"
	servicePath    = groupPath + "/my-dps"
	serviceURL     = armBase + servicePath
)

// fastPoll polls without waiting: tests never sleep.
var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

// newClient returns a client whose requests go to transport, without
// retries, with the default api-version or the one given.
func newClient(t testing.TB, transport policy.Transporter, apiVersion ...string) *dps.ProvisioningServicesClient {
	t.Helper()
	return newClientFor(t, subscriptionID, transport, apiVersion...)
}

func newClientFor(t testing.TB, sub string, transport policy.Transporter, apiVersion ...string) *dps.ProvisioningServicesClient {
	t.Helper()
	opts := &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}}}
	if len(apiVersion) > 0 {
		opts.APIVersion = apiVersion[0]
	}
	c, err := dps.NewProvisioningServicesClient(sub, &azfake.TokenCredential{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// step is one scripted exchange: the request expected (method and URL
// path) and the answer.
type step struct {
	method, path string
	status       int
	header       http.Header
	body         string
}

// newScript returns a scripted transport answering with steps.
func newScript(t testing.TB, steps ...step) *testkit.Script {
	t.Helper()
	out := make([]testkit.Step, len(steps))
	for i, st := range steps {
		out[i] = testkit.Step{Method: st.method, Path: st.path, Status: st.status, Header: st.header, Body: st.body}
	}
	return testkit.NewScript(t, out...)
}

// serviceBody is a service as the service returns it, in the given
// provisioning state ("" for none).
func serviceBody(state string) string {
	props := `"state":"Active","allocationPolicy":"Hashed","idScope":"0ne00000012","authorizationPolicies":[{"keyName":"provisioningserviceowner","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite"}]`
	if state != "" {
		props += `,"provisioningState":"` + state + `"`
	}
	return `{"id":"` + servicePath + `","name":"my-dps","type":"Microsoft.Devices/ProvisioningServices","location":"eastus","etag":"AAAAAAAADGk=",` +
		`"sku":{"name":"S1","tier":"Standard","capacity":1},"properties":{` + props + `}}`
}

// newService is a valid description to create.
func newService() dps.ProvisioningServiceDescription {
	return dps.ProvisioningServiceDescription{
		Location:   ptr("eastus"),
		SKU:        &dps.IotDpsSkuInfo{Name: ptr(dps.IotDpsSkuS1), Capacity: ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{},
	}
}

func ptr[T any](v T) *T { return &v }

// fieldRules returns "field: rule" for each validation error in err.
func fieldRules(err error) []string {
	var out []string
	for _, ve := range testkit.ValidationErrors(err) {
		out = append(out, ve.Field+": "+ve.Rule)
	}
	return out
}
