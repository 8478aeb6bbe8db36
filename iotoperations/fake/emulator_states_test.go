package fake_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// state reads the profile's provisioningState ("gone" once it is deleted).
func state(t *testing.T, c *iotoperations.DataflowProfilesClient, name string) string {
	t.Helper()
	got, err := c.Get(context.Background(), rg, inst, name, nil)
	if iotoperations.IsNotFound(err) {
		return "gone"
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(*got.Properties.ProvisioningState)
}

// TestProvisioningStatesAlongTheOperations polls step by step and reads
// the profile between polls: a create passes through Accepted and
// Provisioning to Succeeded, a delete through Deleting to gone.
func TestProvisioningStatesAlongTheOperations(t *testing.T) {
	t.Parallel()
	_, c := setup(t, &fake.EmulatorOptions{Polls: 2})
	ctx := context.Background()
	p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "flows", resource(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	states := []string{state(t, c, "flows")}
	for !p.Done() {
		if _, err := p.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		states = append(states, state(t, c, "flows"))
	}
	if d := cmp.Diff([]string{"Accepted", "Provisioning", "Provisioning", "Succeeded"}, states); d != "" {
		t.Errorf("create states (-want +got):\n%s", d)
	}
	if r, err := p.Result(ctx); err != nil || *r.Properties.ProvisioningState != iotoperations.ProvisioningStateSucceeded {
		t.Errorf("create result %+v, %v", r.Properties, err)
	}

	dp, err := c.BeginDelete(ctx, rg, inst, "flows", nil)
	if err != nil {
		t.Fatal(err)
	}
	states = []string{state(t, c, "flows")}
	for !dp.Done() {
		if _, err := dp.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		states = append(states, state(t, c, "flows"))
	}
	if d := cmp.Diff([]string{"Deleting", "Deleting", "Deleting", "gone"}, states); d != "" {
		t.Errorf("delete states (-want +got):\n%s", d)
	}
}

// TestWritesToADeletingProfileConflict checks that a profile being deleted
// cannot be written until the deletion ends.
func TestWritesToADeletingProfileConflict(t *testing.T) {
	t.Parallel()
	_, c := setup(t, &fake.EmulatorOptions{Polls: 1})
	ctx := context.Background()
	create(t, c, "flows", 1)
	dp, err := c.BeginDelete(ctx, rg, inst, "flows", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.BeginCreateOrUpdate(ctx, rg, inst, "flows", resource(2), nil)
	var se *iotoperations.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusConflict || se.Code != "Conflict" {
		t.Fatalf("create while deleting: %v", err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if got := create(t, c, "flows", 2); *got.Properties.InstanceCount != 2 {
		t.Errorf("re-created %+v", got.Properties)
	}
}

// TestRetryAfterAndPollingHeaders checks the headers of the answers that
// start an operation and of the polls while it runs.
func TestRetryAfterAndPollingHeaders(t *testing.T) {
	t.Parallel()
	emu, _ := setup(t, &fake.EmulatorOptions{RetryAfter: 1500 * time.Millisecond, Polls: 1})
	serve := func(method, url, body string) *httptest.ResponseRecorder {
		t.Helper()
		req := httptest.NewRequest(method, url, nil)
		if body != "" {
			req = httptest.NewRequest(method, url, strings.NewReader(body))
		}
		rec := httptest.NewRecorder()
		emu.ServeHTTP(rec, req)
		return rec
	}
	url := "https://management.azure.com" + basePath + "/flows?api-version=" + iotoperations.DefaultAPIVersion
	put := serve(http.MethodPut, url, `{"properties":{"instanceCount":1}}`)
	async := put.Header().Get("Azure-AsyncOperation")
	if put.Code != http.StatusCreated || async == "" || put.Header().Get("Location") != "" {
		t.Fatalf("PUT: %d %v", put.Code, put.Header())
	}
	running := serve(http.MethodGet, async, "")
	finished := serve(http.MethodGet, async, "")
	del := serve(http.MethodDelete, url, "")
	if del.Code != http.StatusAccepted || del.Header().Get("Location") == "" || del.Header().Get("Azure-AsyncOperation") != "" {
		t.Fatalf("DELETE: %d %v", del.Code, del.Header())
	}
	for _, tt := range []struct {
		name      string
		rec       *httptest.ResponseRecorder
		retryMs   string
		retrySecs string
	}{
		{"201", put, "1500", "2"},
		{"running poll", running, "1500", "2"},
		{"finished poll", finished, "", ""},
		{"202", del, "1500", "2"},
	} {
		if got := tt.rec.Header().Get("retry-after-ms"); got != tt.retryMs {
			t.Errorf("%s: retry-after-ms %q, want %q", tt.name, got, tt.retryMs)
		}
		if got := tt.rec.Header().Get("Retry-After"); got != tt.retrySecs {
			t.Errorf("%s: Retry-After %q, want %q", tt.name, got, tt.retrySecs)
		}
	}
}

// TestOverLoopbackHTTPS runs every client method against the emulator
// behind an httptest TLS server, with the client's cloud configuration
// pointing Resource Manager at it: the polling links and nextLinks the
// emulator writes are absolute URLs of that server.
func TestOverLoopbackHTTPS(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{PageSize: 1})
	emu.AddInstance(sub, rg, inst)
	srv := httptest.NewTLSServer(emu)
	t.Cleanup(srv.Close)
	c, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Cloud: cloud.Configuration{
				ActiveDirectoryAuthorityHost: "https://login.example.test/",
				Services:                     map[cloud.ServiceName]cloud.ServiceConfiguration{cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: srv.URL}},
			},
			Transport: srv.Client(),
			Retry:     policy.RetryOptions{MaxRetries: -1},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range []string{"one", "two"} {
		create(t, c, n, 1)
	}
	if got, err := c.Get(ctx, rg, inst, "two", nil); err != nil || *got.Name != "two" {
		t.Fatalf("get: %+v, %v", got, err)
	}
	var names []string
	for p, err := range c.ListIter(ctx, rg, inst, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"one", "two"}, names); d != "" {
		t.Errorf("list (-want +got):\n%s", d)
	}
	dp, err := c.BeginDelete(ctx, rg, inst, "one", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(ctx, rg, inst, "one", nil); !iotoperations.IsNotFound(err) {
		t.Errorf("get after delete: %v", err)
	}
}

// TestClockDrivesDelaysAndTimes checks that a delayed request waits for
// the emulator's clock, not for wall time, and that systemData records
// the clock's times.
func TestClockDrivesDelaysAndTimes(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	emu, c := setup(t, &fake.EmulatorOptions{Polls: -1, Clock: emulation.NewClock(start)})
	create(t, c, "flows", 1)
	emu.Clock().Advance(time.Hour)
	create(t, c, "flows", 2)
	emu.AddFaults(emulation.Fault{Kind: emulation.FaultDelay, Method: http.MethodGet, Path: "/flows", Delay: time.Minute})
	if emu.PendingFaults() != 1 {
		t.Fatalf("%d pending faults, want 1", emu.PendingFaults())
	}
	type result struct {
		r   iotoperations.DataflowProfilesClientGetResponse
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := c.Get(context.Background(), rg, inst, "flows", nil)
		done <- result{r, err}
	}()
	emu.Clock().WaitForWaiters(1)
	select {
	case <-done:
		t.Fatal("the delayed Get returned before the clock moved")
	default:
	}
	emu.Clock().Advance(time.Minute)
	got := <-done
	if got.err != nil {
		t.Fatal(got.err)
	}
	sd := got.r.SystemData
	if !sd.CreatedAt.Equal(start) || !sd.LastModifiedAt.Equal(start.Add(time.Hour)) || *sd.CreatedBy == "" || *sd.LastModifiedByType != iotoperations.CreatedByTypeUser {
		t.Errorf("systemData %+v", sd)
	}
	if emu.PendingFaults() != 0 {
		t.Errorf("%d faults left", emu.PendingFaults())
	}
}
