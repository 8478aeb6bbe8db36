package customerinsights_test

import (
	"context"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

const (
	subscriptionID = "6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b"
	armBase        = "https://management.azure.com"
	hubPath        = "/subscriptions/" + subscriptionID + "/resourceGroups/rg/providers/Microsoft.CustomerInsights/hubs/contoso"
	profilesURL    = armBase + hubPath + "/profiles"
	customerPath   = hubPath + "/profiles/Customer"
	customerURL    = armBase + customerPath
)

// fastPoll polls without waiting: tests never sleep.
var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

// newClient returns a client whose requests go to transport, without
// retries unless retry is given.
func newClient(t testing.TB, transport policy.Transporter) *customerinsights.ProfilesClient {
	t.Helper()
	return newClientFor(t, subscriptionID, transport)
}

func newClientFor(t testing.TB, sub string, transport policy.Transporter) *customerinsights.ProfilesClient {
	t.Helper()
	c, err := customerinsights.NewProfilesClient(sub, &azfake.TokenCredential{}, &customerinsights.ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Transport: transport,
			Retry:     policy.RetryOptions{MaxRetries: -1},
		}},
	})
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

// profileBody is a stored profile in the given provisioning state ("" for
// none).
func profileBody(state string) string {
	props := `"typeName":"Customer","fields":[{"fieldName":"Id","fieldType":"Edm.String"}]`
	if state != "" {
		props += `,"provisioningState":"` + state + `"`
	}
	return `{"id":"` + customerPath + `","name":"contoso/Customer","type":"Microsoft.CustomerInsights/hubs/profiles","properties":{` + props + `}}`
}

// newEmulator returns an emulator holding the hub "contoso" of resource
// group "rg", created through HubsClient.
func newEmulator(t testing.TB, options *fake.EmulatorOptions) *fake.Emulator {
	t.Helper()
	emu := fake.NewEmulator(options)
	hubs, err := customerinsights.NewHubsClient(subscriptionID, &azfake.TokenCredential{},
		&customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hubs.CreateOrUpdate(context.Background(), "rg", "contoso", customerinsights.Hub{Location: to.Ptr("westus")}, nil); err != nil {
		t.Fatal(err)
	}
	return emu
}

// testkitIsInvalid reports whether err is a validation error for field.
func testkitIsInvalid(err error, field string) bool {
	for _, ve := range testkit.ValidationErrors(err) {
		if ve.Field == field {
			return true
		}
	}
	return false
}
