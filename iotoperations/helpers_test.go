package iotoperations_test

import (
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/iotoperations"
)

const (
	subscriptionID = "5d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"
	resourceGroup  = "factory-rg"
	instance       = "aio-line1"
	customLoc      = "/subscriptions/" + subscriptionID + "/resourceGroups/" + resourceGroup + "/providers/Microsoft.ExtendedLocation/customLocations/line1"

	armBase      = "https://management.azure.com"
	profilesPath = "/subscriptions/" + subscriptionID + "/resourceGroups/" + resourceGroup + "/providers/Microsoft.IoTOperations/instances/" + instance + "/dataflowProfiles"
	flowsPath    = profilesPath + "/flows"
)

// fastPoll polls without waiting: tests never sleep.
var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

// counting wraps a transport and counts the requests that reach it.
type counting struct {
	mu   sync.Mutex
	n    int
	next policy.Transporter
}

func (c *counting) Do(req *http.Request) (*http.Response, error) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.next.Do(req)
}

func (c *counting) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

// newClient returns a client of subscription sub whose requests go to
// transport, retrying twice with millisecond delays.
func newClient(t testing.TB, sub string, transport policy.Transporter) *iotoperations.DataflowProfilesClient {
	t.Helper()
	return newClientWith(t, sub, transport, arm.ClientOptions{})
}

// newClientWith is newClient with more options (such as APIVersion).
func newClientWith(t testing.TB, sub string, transport policy.Transporter, opts arm.ClientOptions) *iotoperations.DataflowProfilesClient {
	t.Helper()
	opts.Transport = transport
	opts.Retry = policy.RetryOptions{MaxRetries: 2, RetryDelay: time.Millisecond, MaxRetryDelay: time.Millisecond}
	c, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{ClientOptions: opts})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// profile is a profile to send: the custom location and an instance count.
func profile(count int32) iotoperations.DataflowProfileResource {
	return iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr(customLoc), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)},
		Properties:       &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr(count)},
	}
}

// stored is a profile as the service returns it once provisioned.
func stored(name string, count int32) iotoperations.DataflowProfileResource {
	p := profile(count)
	p.Name = to.Ptr(name)
	p.Properties.ProvisioningState = to.Ptr(iotoperations.ProvisioningStateSucceeded)
	return p
}

// step is one scripted exchange: the request expected (method and URL
// path) and the answer.
type step struct {
	method, path string
	status       int
	header       http.Header
	body         string
}

// newScript returns a scripted transport answering with steps; a request
// it does not expect, or a step left unused, fails the test.
func newScript(t testing.TB, steps ...step) *testkit.Script {
	t.Helper()
	out := make([]testkit.Step, len(steps))
	for i, st := range steps {
		out[i] = testkit.Step{Method: st.method, Path: st.path, Status: st.status, Header: st.header, Body: st.body}
	}
	return testkit.NewScript(t, out...)
}

// flowsBody is the profile "flows" as the service returns it, in the given
// provisioning state ("" for none).
func flowsBody(state string, count int) string {
	props := `"instanceCount":` + strconv.Itoa(count)
	if state != "" {
		props += `,"provisioningState":"` + state + `"`
	}
	return `{"properties":{` + props + `},"extendedLocation":{"name":"` + customLoc + `","type":"CustomLocation"},` +
		`"id":"` + flowsPath + `","name":"flows","type":"Microsoft.IoTOperations/instances/dataflowProfiles"}`
}
