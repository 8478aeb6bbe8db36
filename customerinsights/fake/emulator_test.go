package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/emulation"
)

const (
	subscriptionID = "6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b"
	profilesPath   = "/subscriptions/" + subscriptionID + "/resourceGroups/rg/providers/Microsoft.CustomerInsights/hubs/contoso/profiles"
	customerPath   = profilesPath + "/Customer"
)

var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func newClient(t testing.TB, transport policy.Transporter, configure ...func(*customerinsights.ClientOptions)) *customerinsights.ProfilesClient {
	t.Helper()
	opts := &customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}}}
	for _, f := range configure {
		f(opts)
	}
	c, err := customerinsights.NewProfilesClient(subscriptionID, &azfake.TokenCredential{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, seen := hubsCreated.LoadOrStore(transport, true); !seen {
		newHubs(t, opts, "contoso", "other")
	}
	return c
}

// hubsCreated holds the transports newClient created the test hubs
// through, so that a second client of the same emulator sends nothing.
var hubsCreated sync.Map

// newHubs creates hubs through HubsClient: every resource lives in one.
func newHubs(t testing.TB, opts *customerinsights.ClientOptions, names ...string) {
	t.Helper()
	hubs, err := customerinsights.NewHubsClient(subscriptionID, &azfake.TokenCredential{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if _, err := hubs.CreateOrUpdate(context.Background(), "rg", name, customerinsights.Hub{Location: to.Ptr("westus")}, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func customerProfile() customerinsights.ProfileResourceFormat {
	return customerinsights.ProfileResourceFormat{Properties: &customerinsights.ProfileTypeDefinition{
		Fields:    []customerinsights.PropertyDefinition{{FieldName: to.Ptr("Id"), FieldType: to.Ptr(customerinsights.FieldTypeString)}},
		StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id"}}},
	}}
}

func create(t *testing.T, c *customerinsights.ProfilesClient, hub, name string) (customerinsights.ProfilesClientCreateOrUpdateResponse, error) {
	t.Helper()
	poller, err := c.BeginCreateOrUpdate(context.Background(), "rg", hub, name, customerProfile(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return poller.PollUntilDone(context.Background(), fastPoll)
}

// trace returns "METHOD path status" for each request on the profiles of
// hub contoso the emulator saw, with their path shortened to "~".
func trace(e *fake.Emulator) []string {
	var out []string
	for _, r := range e.Requests() {
		if strings.HasPrefix(r.Path, profilesPath) {
			out = append(out, fmt.Sprintf("%s %s %d", r.Method, strings.Replace(r.Path, profilesPath, "~", 1), r.Status))
		}
	}
	return out
}

func TestEmulatorProvisionsOverReads(t *testing.T) {
	t.Parallel()
	tests := []struct {
		polls, provisioning int
	}{{-1, 0}, {0, 2}, {4, 4}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("polls %d", tt.polls), func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: tt.polls})
			c := newClient(t, emu)
			if _, err := c.BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil); err != nil {
				t.Fatal(err)
			}
			var states, want []customerinsights.ProvisioningStates
			for range tt.provisioning {
				want = append(want, customerinsights.ProvisioningStatesProvisioning)
			}
			want = append(want, customerinsights.ProvisioningStatesSucceeded, customerinsights.ProvisioningStatesSucceeded)
			var got customerinsights.ProfilesClientGetResponse
			for range want {
				var err error
				if got, err = c.Get(context.Background(), "rg", "contoso", "Customer", nil); err != nil {
					t.Fatal(err)
				}
				states = append(states, *got.Properties.ProvisioningState)
			}
			if diff := cmp.Diff(want, states); diff != "" {
				t.Errorf("states read (-want +got):\n%s", diff)
			}
			if *got.Name != "contoso/Customer" || *got.ID != customerPath || *got.Type != "Microsoft.CustomerInsights/hubs/profiles" ||
				*got.Properties.TenantID != "contoso" || *got.Properties.TypeName != "Customer" || *got.Properties.EntityType != customerinsights.EntityTypesProfile ||
				*got.Properties.InstancesCount != 0 || !got.Properties.LastChangedUTC.Equal(emu.Clock().Now()) || *got.Properties.Fields[0].FieldName != "Id" {
				t.Errorf("stored profile %+v %+v", got.ProfileResourceFormat, got.Properties)
			}
		})
	}
}

func TestEmulatorPollerReadsUntilSucceeded(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 3})
	got, err := create(t, newClient(t, emu), "contoso", "Customer")
	if err != nil {
		t.Fatal(err)
	}
	if *got.Properties.ProvisioningState != customerinsights.ProvisioningStatesSucceeded {
		t.Errorf("result state %s", *got.Properties.ProvisioningState)
	}
	want := []string{"PUT ~/Customer 202", "GET ~/Customer 200", "GET ~/Customer 200", "GET ~/Customer 200", "GET ~/Customer 200"}
	if diff := cmp.Diff(want, trace(emu)); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

func TestEmulatorScriptedEndStates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		script func(*fake.Emulator) error
		state  customerinsights.ProvisioningStates
	}{
		{"Failed", func(e *fake.Emulator) error {
			return e.ScriptProvisioning("rg", "contoso", "Customer", customerinsights.ProvisioningStatesFailed)
		}, customerinsights.ProvisioningStatesFailed},
		{"HumanIntervention", func(e *fake.Emulator) error {
			return e.ScriptProvisioning("RG", "Contoso", "customer", customerinsights.ProvisioningStatesHumanIntervention)
		}, customerinsights.ProvisioningStatesHumanIntervention},
		{"a failed operation", func(e *fake.Emulator) error {
			e.AddFaults(emulation.Fault{Method: http.MethodPut, Path: "/profiles/Customer", Kind: emulation.FaultFailOperation})
			return nil
		}, customerinsights.ProvisioningStatesFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(nil)
			if err := tt.script(emu); err != nil {
				t.Fatal(err)
			}
			c := newClient(t, emu)
			_, err := create(t, c, "contoso", "Customer")
			var pe *customerinsights.ProvisioningError
			if !errors.As(err, &pe) || pe.State != tt.state || *pe.Resource.(customerinsights.ProfileResourceFormat).Name != "contoso/Customer" {
				t.Fatalf("error %v, want a *ProvisioningError in state %s", err, tt.state)
			}
			got, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
			if err != nil || *got.Properties.ProvisioningState != tt.state {
				t.Errorf("stored state %v (%v), want %s", got.Properties, err, tt.state)
			}
			// the script is used up: the next update succeeds
			if _, err := create(t, c, "contoso", "Customer"); err != nil {
				t.Errorf("the next update: %v", err)
			}
		})
	}
}

func TestEmulatorScriptProvisioningRejectsOtherStates(t *testing.T) {
	t.Parallel()
	err := fake.NewEmulator(nil).ScriptProvisioning("rg", "contoso", "Customer", customerinsights.ProvisioningStatesDeleting)
	var ve *customerinsights.ValidationError
	if !errors.As(err, &ve) || ve.Field != "state" {
		t.Errorf("error %v", err)
	}
}

func TestEmulatorPollingHeaders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		headers fake.PollingHeaders
		poll    string
	}{
		{"Location", fake.LocationHeader, "/_emulator/operationResults/"},
		{"Azure-AsyncOperation", fake.AsyncOperationHeader, "/_emulator/operations/"},
		{"both", fake.AsyncOperationHeader | fake.LocationHeader, "/_emulator/operations/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{PollingHeaders: tt.headers, RetryAfter: time.Millisecond})
			c := newClient(t, emu)
			got, err := create(t, c, "contoso", "Customer")
			if err != nil {
				t.Fatal(err)
			}
			if *got.Properties.ProvisioningState != customerinsights.ProvisioningStatesSucceeded {
				t.Errorf("result state %s", *got.Properties.ProvisioningState)
			}
			polled := false
			for _, r := range emu.Requests() {
				polled = polled || strings.HasPrefix(r.Path, tt.poll)
			}
			if !polled {
				t.Errorf("no poll of %s in %v", tt.poll, trace(emu))
			}

			if err := emu.ScriptProvisioning("rg", "contoso", "Customer", customerinsights.ProvisioningStatesFailed); err != nil {
				t.Fatal(err)
			}
			_, err = create(t, c, "contoso", "Customer")
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.ErrorCode != "ProvisioningFailed" {
				t.Errorf("failed provisioning: %v", err)
			}

			dp, err := c.BeginDelete(context.Background(), "rg", "contoso", "Customer", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := dp.PollUntilDone(context.Background(), fastPoll); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil); !isStatus(err, http.StatusNotFound) {
				t.Errorf("get after delete: %v", err)
			}
		})
	}
}

func isStatus(err error, status int) bool {
	var se *customerinsights.ServiceError
	return errors.As(err, &se) && se.StatusCode == status
}

func TestEmulatorDelete(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1})
	c := newClient(t, emu)
	ctx := context.Background()
	if _, err := create(t, c, "contoso", "Customer"); err != nil {
		t.Fatal(err)
	}
	poller, err := c.BeginDelete(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(ctx, "rg", "contoso", "Customer", nil)
	var se *customerinsights.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusNotFound || se.Code != "ResourceNotFound" || !strings.Contains(se.Message, "Customer") {
		t.Errorf("get after delete: %v", err)
	}
	// deleting what is gone is done at once
	poller, err = c.BeginDelete(ctx, "rg", "contoso", "Customer", nil)
	if err != nil || !poller.Done() {
		t.Fatalf("second delete: %v, done %v", err, poller.Done())
	}
	if _, err := create(t, c, "contoso", "Customer"); err != nil {
		t.Fatal(err)
	}

	emu.AddFaults(emulation.Fault{Method: http.MethodDelete, Kind: emulation.FaultFailOperation})
	poller, err = c.BeginDelete(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(ctx, fastPoll)
	var pe *customerinsights.ProvisioningError
	if !errors.As(err, &pe) || pe.State != customerinsights.ProvisioningStatesFailed {
		t.Errorf("failed delete: %v", err)
	}
}

func TestEmulatorListPages(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{PageSize: 2, Polls: -1})
	c := newClient(t, emu)
	for _, name := range []string{"Eve", "Bob", "Dan", "Amy", "Cat"} {
		if _, err := create(t, c, "contoso", name); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := create(t, c, "other", "Zed"); err != nil {
		t.Fatal(err)
	}
	pager := c.NewListByHubPager("rg", "contoso", &customerinsights.ProfilesClientListByHubOptions{LocaleCode: to.Ptr("en-us")})
	var pages [][]string
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range page.Value {
			names = append(names, *p.Name)
		}
		pages = append(pages, names)
	}
	want := [][]string{{"contoso/Amy", "contoso/Bob"}, {"contoso/Cat", "contoso/Dan"}, {"contoso/Eve"}}
	if diff := cmp.Diff(want, pages); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	n := 0
	for _, err := range c.ListByHubIter(context.Background(), "rg", "contoso", nil) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 5 {
		t.Errorf("ListByHubIter yielded %d profiles, want 5", n)
	}
}

// TestEmulatorEnrichingKpis runs the hub → profile → KPI flow: the KPI
// created on the profile is what GetEnrichingKpis returns.
func TestEmulatorEnrichingKpis(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	if _, err := c.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil); !isStatus(err, http.StatusNotFound) {
		t.Errorf("kpis of a missing profile: %v", err)
	}
	if _, err := create(t, c, "contoso", "Customer"); err != nil {
		t.Fatal(err)
	}
	got, err := c.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil)
	if err != nil || got.KpiDefinitionArray == nil || len(got.KpiDefinitionArray) != 0 {
		t.Errorf("default kpis %#v, %v; want an empty array", got.KpiDefinitionArray, err)
	}
	kpis, err := customerinsights.NewKpiClient(subscriptionID, &azfake.TokenCredential{}, &customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		t.Fatal(err)
	}
	def := customerinsights.KpiDefinition{
		EntityType: to.Ptr(customerinsights.EntityTypesProfile), EntityTypeName: to.Ptr("Customer"),
		Function: to.Ptr(customerinsights.KpiFunctionsSum), CalculationWindow: to.Ptr(customerinsights.CalculationWindowTypesMonth),
		Expression: to.Ptr("Amount"), ThresHolds: &customerinsights.KpiThresholds{LowerLimit: to.Ptr(0.0), UpperLimit: to.Ptr(10.5), IncreasingKpi: to.Ptr(true)},
	}
	poller, err := kpis.BeginCreateOrUpdate(ctx, "rg", "contoso", "MonthlySpend", customerinsights.KpiResourceFormat{Properties: &def}, nil)
	if err != nil {
		t.Fatal(err)
	}
	created, err := poller.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	got, err = c.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]customerinsights.KpiDefinition{*created.Properties}, got.KpiDefinitionArray); diff != "" {
		t.Errorf("kpis (-created +got):\n%s", diff)
	}
	if *created.Properties.KpiName != "MonthlySpend" || *created.Properties.Expression != "Amount" {
		t.Errorf("created %+v", created.Properties)
	}
}

func TestEmulatorKeepsUnknownMembers(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	profile := customerProfile()
	profile.Properties.Unknown = map[string]json.RawMessage{"futureSetting": json.RawMessage(`{"on":true}`)}
	profile.Properties.DisplayName = map[string]string{"en-us": "Customer"}
	poller, err := c.BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", profile, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil {
		t.Fatal(err)
	}
	got, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Properties.Unknown["futureSetting"]) != `{"on":true}` || got.Properties.DisplayName["en-us"] != "Customer" {
		t.Errorf("stored properties %+v", got.Properties)
	}
}

func TestEmulatorErrorsAndFaults(t *testing.T) {
	t.Parallel()
	retries := func(o *customerinsights.ClientOptions) {
		o.Retry = policy.RetryOptions{MaxRetries: 3, RetryDelay: time.Millisecond, MaxRetryDelay: time.Millisecond}
	}
	tests := []struct {
		name      string
		faults    []emulation.Fault
		configure []func(*customerinsights.ClientOptions)
		status    int
		code      string
	}{
		{"unsupported api-version", nil, []func(*customerinsights.ClientOptions){func(o *customerinsights.ClientOptions) { o.APIVersion = "2099-01-01" }},
			http.StatusBadRequest, "InvalidApiVersionParameter"},
		{"server error", []emulation.Fault{{Kind: emulation.FaultStatus, Status: http.StatusServiceUnavailable, Code: "ServiceUnavailable"}}, nil,
			http.StatusServiceUnavailable, "ServiceUnavailable"},
		{"throttled, retried", []emulation.Fault{{Kind: emulation.FaultThrottle, Times: 2, RetryAfter: time.Millisecond}},
			[]func(*customerinsights.ClientOptions){retries}, http.StatusOK, ""},
		{"5xx, retried", []emulation.Fault{{Kind: emulation.FaultStatus, Status: http.StatusInternalServerError}},
			[]func(*customerinsights.ClientOptions){retries}, http.StatusOK, ""},
		{"connection reset", []emulation.Fault{{Kind: emulation.FaultReset}}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
			if _, err := create(t, newClient(t, emu), "contoso", "Customer"); err != nil {
				t.Fatal(err)
			}
			emu.AddFaults(tt.faults...)
			_, err := newClient(t, emu, tt.configure...).Get(context.Background(), "rg", "contoso", "Customer", nil)
			var se *customerinsights.ServiceError
			switch {
			case tt.status == http.StatusOK && err != nil:
				t.Errorf("error %v, want success after retries", err)
			case tt.status == 0 && (err == nil || errors.As(err, &se)):
				t.Errorf("error %v, want a transport error", err)
			case tt.status != http.StatusOK && tt.status != 0 && (!errors.As(err, &se) || se.StatusCode != tt.status || se.Code != tt.code):
				t.Errorf("error %v, want status %d code %s", err, tt.status, tt.code)
			}
			if n := emu.PendingFaults(); n != 0 {
				t.Errorf("%d faults left", n)
			}
		})
	}
}

func TestEmulatorSlowResponse(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	if _, err := create(t, c, "contoso", "Customer"); err != nil {
		t.Fatal(err)
	}
	emu.AddFaults(emulation.Fault{Method: http.MethodGet, Kind: emulation.FaultDelay, Delay: time.Minute})
	done := make(chan error, 1)
	go func() {
		_, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
		done <- err
	}()
	emu.Clock().WaitForWaiters(1)
	emu.Clock().Advance(time.Minute)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestEmulatorResumeToken(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 3})
	poller, err := newClient(t, emu).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := newClient(t, emu).BeginCreateOrUpdate(context.Background(), "", "", "", customerinsights.ProfileResourceFormat{},
		&customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	got, err := resumed.PollUntilDone(context.Background(), fastPoll)
	if err != nil || *got.Properties.ProvisioningState != customerinsights.ProvisioningStatesSucceeded {
		t.Fatalf("%v, %+v", err, got)
	}
	if n := len(trace(emu)); n != 5 {
		t.Errorf("%d requests, want PUT and 4 GETs: %v", n, trace(emu))
	}
}

func TestEmulatorRejectsBadRequests(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(nil)
	tests := []struct {
		name, method, path, body string
		status                   int
		code                     string
	}{
		{"body not JSON", http.MethodPut, customerPath, "{", http.StatusBadRequest, "InvalidRequestContent"},
		{"body not a profile", http.MethodPut, customerPath, `{"properties":[]}`, http.StatusBadRequest, "InvalidRequestContent"},
		{"bad profile name", http.MethodPut, profilesPath + "/bad-name", `{}`, http.StatusBadRequest, "InvalidResourceName"},
		{"no such route", http.MethodPatch, customerPath, `{}`, http.StatusNotFound, "NotFound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(tt.method, "https://management.azure.com"+tt.path+"?api-version=2017-04-26", strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := emu.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body struct {
				Error struct{ Code string } `json:"error"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&body)
			if resp.StatusCode != tt.status || body.Error.Code != tt.code {
				t.Errorf("answered %d %q, want %d %q", resp.StatusCode, body.Error.Code, tt.status, tt.code)
			}
		})
	}
}

// TestEmulatorOverHTTP serves the emulator on a loopback TLS server and
// runs every client method against it.
func TestEmulatorOverHTTP(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1, PageSize: 1})
	srv := httptest.NewTLSServer(emu)
	t.Cleanup(srv.Close)
	c := newClient(t, srv.Client(), func(o *customerinsights.ClientOptions) {
		o.Cloud = cloud.Configuration{
			ActiveDirectoryAuthorityHost: srv.URL + "/",
			Services:                     map[cloud.ServiceName]cloud.ServiceConfiguration{cloud.ResourceManager: {Endpoint: srv.URL, Audience: "https://management.core.windows.net/"}},
		}
	})
	ctx := context.Background()
	for _, name := range []string{"Customer", "Lead"} {
		if _, err := create(t, c, "contoso", name); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Get(ctx, "rg", "contoso", "Customer", &customerinsights.ProfilesClientGetOptions{LocaleCode: to.Ptr("fr-fr")}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for p, err := range c.ListByHubIter(ctx, "rg", "contoso", nil) {
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(*p.ID, "/subscriptions/") {
			t.Errorf("id %q", *p.ID)
		}
		n++
	}
	if n != 2 {
		t.Errorf("listed %d profiles over 1-item pages, want 2", n)
	}
	if _, err := c.GetEnrichingKpis(ctx, "rg", "contoso", "Lead", nil); err != nil {
		t.Fatal(err)
	}
	dp, err := c.BeginDelete(ctx, "rg", "contoso", "Lead", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	reqs := emu.Requests()
	for _, r := range reqs[:len(reqs)-1] {
		if r.Status >= 400 {
			t.Errorf("%s %s answered %d", r.Method, r.Path, r.Status)
		}
	}
	// the delete ends when the profile reads as gone
	if last := reqs[len(reqs)-1]; last.Method != http.MethodGet || last.Path != profilesPath+"/Lead" || last.Status != http.StatusNotFound {
		t.Errorf("last request %+v", last)
	}
}
