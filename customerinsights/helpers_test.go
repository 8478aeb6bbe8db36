package customerinsights_test

import (
	"errors"
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

	"github.com/azclients/azclients/customerinsights"
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

// seen is a request a script received.
type seen struct {
	Method, Path, Query string
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
	s.seen = append(s.seen, seen{Method: req.Method, Path: req.URL.Path, Query: req.URL.RawQuery, Body: body})
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

// profileBody is a stored profile in the given provisioning state ("" for
// none).
func profileBody(state string) string {
	props := `"typeName":"Customer","fields":[{"fieldName":"Id","fieldType":"Edm.String"}]`
	if state != "" {
		props += `,"provisioningState":"` + state + `"`
	}
	return `{"id":"` + customerPath + `","name":"contoso/Customer","type":"Microsoft.CustomerInsights/hubs/profiles","properties":{` + props + `}}`
}
