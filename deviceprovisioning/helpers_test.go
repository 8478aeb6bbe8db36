package deviceprovisioning_test

import (
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"io"
	"net/http"
	"strings"
	"sync"
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

// seen is a request a script received.
type seen struct {
	Method, Path, Query string
	Header              http.Header
	Body                []byte
}

// script is a transport that answers requests with its steps in order and
// records them; a request it does not expect fails the test.
type script struct {
	t     testing.TB
	mu    sync.Mutex
	steps []step
	seen  []seen
}

func newScript(t testing.TB, steps ...step) *script {
	t.Helper()
	s := &script{t: t, steps: steps}
	t.Cleanup(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if len(s.steps) > 0 {
			t.Errorf("%d scripted exchanges were not used; next: %s %s", len(s.steps), s.steps[0].method, s.steps[0].path)
		}
	})
	return s
}

func (s *script) Do(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var body []byte
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	s.seen = append(s.seen, seen{Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery, Header: req.Header.Clone(), Body: body})
	if len(s.steps) == 0 {
		s.t.Errorf("unexpected request %s %s", req.Method, req.URL)
		return nil, errors.New("script: no more exchanges")
	}
	st := s.steps[0]
	s.steps = s.steps[1:]
	if req.Method != st.method || req.URL.Path != st.path {
		s.t.Errorf("request %s %s, want %s %s", req.Method, req.URL.Path, st.method, st.path)
	}
	header := http.Header{}
	for k, v := range st.header {
		header[k] = v
	}
	if st.body != "" {
		header.Set("Content-Type", "application/json")
	}
	return &http.Response{
		StatusCode: st.status,
		Status:     http.StatusText(st.status),
		Header:     header,
		Body:       io.NopCloser(strings.NewReader(st.body)),
		Request:    req,
	}, nil
}

// requests returns what the script received.
func (s *script) requests() []seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seen(nil), s.seen...)
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
