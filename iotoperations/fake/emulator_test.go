package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

const (
	sub      = "5d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"
	rg       = "factory-rg"
	inst     = "aio-line1"
	loc      = "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.ExtendedLocation/customLocations/line1"
	basePath = "/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.IoTOperations/instances/" + inst + "/dataflowProfiles"
)

var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func setup(t testing.TB, opts *fake.EmulatorOptions) (*fake.Emulator, *iotoperations.DataflowProfilesClient) {
	t.Helper()
	emu := fake.NewEmulator(opts)
	emu.AddInstance(sub, rg, inst)
	return emu, clientFor(t, emu)
}

func clientFor(t testing.TB, transport policy.Transporter) *iotoperations.DataflowProfilesClient {
	t.Helper()
	c, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Transport: transport,
			Retry:     policy.RetryOptions{MaxRetries: 3, RetryDelay: time.Millisecond, MaxRetryDelay: 2 * time.Millisecond},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func resource(count int32) iotoperations.DataflowProfileResource {
	return iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr(loc), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)},
		Properties:       &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr(count)},
	}
}

func create(t testing.TB, c *iotoperations.DataflowProfilesClient, name string, count int32) iotoperations.DataflowProfilesClientCreateOrUpdateResponse {
	t.Helper()
	p, err := c.BeginCreateOrUpdate(context.Background(), rg, inst, name, resource(count), nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.PollUntilDone(context.Background(), fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// statuses returns the statuses the emulator answered for requests whose
// path contains part.
func statuses(emu *fake.Emulator, method, part string) []int {
	var out []int
	for _, r := range emu.Requests() {
		if r.Method == method && strings.Contains(r.Path, part) {
			out = append(out, r.Status)
		}
	}
	return out
}

// listPages returns the list requests the emulator answered.
func listPages(emu *fake.Emulator) []emulation.RequestRecord {
	var out []emulation.RequestRecord
	for _, r := range emu.Requests() {
		if r.Method == "GET" && strings.HasSuffix(r.Path, "/dataflowProfiles") {
			out = append(out, r)
		}
	}
	return out
}

func TestCreateUpdateGetDelete(t *testing.T) {
	t.Parallel()
	emu, c := setup(t, &fake.EmulatorOptions{Polls: 2})
	ctx := context.Background()

	created := create(t, c, "flows", 3)
	props := created.Properties
	if *props.ProvisioningState != iotoperations.ProvisioningStateSucceeded || *props.InstanceCount != 3 || *props.HealthState != iotoperations.ResourceHealthStateAvailable {
		t.Errorf("created = %+v", props)
	}
	if *created.ID != basePath+"/flows" || *created.Type != "Microsoft.IoTOperations/instances/dataflowProfiles" || *created.SystemData.CreatedBy == "" {
		t.Errorf("created resource = %+v", created)
	}
	// 201, then three status polls (two running, one Succeeded), then the final GET.
	if d := cmp.Diff([]int{201}, statuses(emu, "PUT", "/flows")); d != "" {
		t.Errorf("PUT answers (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]int{200, 200, 200}, statuses(emu, "GET", "/_emulator/operations/")); d != "" {
		t.Errorf("status polls (-want +got):\n%s", d)
	}

	// Scale: the update keeps the extended location and answers 200.
	p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "flows", iotoperations.DataflowProfileResource{Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](9)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	updated, err := p.PollUntilDone(ctx, fastPoll)
	if err != nil || *updated.Properties.InstanceCount != 9 || *updated.ExtendedLocation.Name != loc {
		t.Fatalf("update = %+v, %v", updated, err)
	}
	got, err := c.Get(ctx, rg, inst, "flows", nil)
	if err != nil || *got.Properties.InstanceCount != 9 || !got.SystemData.LastModifiedAt.Equal(emulation.DefaultStart) {
		t.Fatalf("get = %+v, %v", got, err)
	}

	dp, err := c.BeginDelete(ctx, rg, inst, "flows", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]int{202, 202, 204}, statuses(emu, "GET", "/_emulator/operationResults/")); d != "" {
		t.Errorf("Location polls (-want +got):\n%s", d)
	}
	_, err = c.Get(ctx, rg, inst, "flows", nil)
	var se *iotoperations.ServiceError
	if !errors.As(err, &se) || se.StatusCode != 404 || se.Code != "ResourceNotFound" {
		t.Errorf("get after delete: %v", err)
	}
	// Deleting what is not there is 204 and a finished poller.
	dp, err = c.BeginDelete(ctx, rg, inst, "flows", nil)
	if err != nil || !dp.Done() {
		t.Errorf("second delete: done %v, %v", dp != nil && dp.Done(), err)
	}
	if d := cmp.Diff([]int{202, 204}, statuses(emu, "DELETE", "/flows")); d != "" {
		t.Errorf("DELETE answers (-want +got):\n%s", d)
	}
}

func TestFailedProvisioning(t *testing.T) {
	t.Parallel()
	emu, c := setup(t, nil)
	emu.AddFaults(emulation.Fault{Kind: emulation.FaultFailOperation, Method: "PUT", Code: "InsufficientCapacity", Message: "the cluster has no room for 20 instances"})
	p, err := c.BeginCreateOrUpdate(context.Background(), rg, inst, "big", resource(20), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.PollUntilDone(context.Background(), fastPoll)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "InsufficientCapacity") {
		t.Fatalf("error = %v", err)
	}
	got, err := c.Get(context.Background(), rg, inst, "big", nil)
	if err != nil || *got.Properties.ProvisioningState != iotoperations.ProvisioningStateFailed {
		t.Errorf("profile after the failure: %+v, %v", got.Properties, err)
	}
}

func TestListPages(t *testing.T) {
	t.Parallel()
	emu, c := setup(t, &fake.EmulatorOptions{PageSize: 2, Polls: -1})
	for _, n := range []string{"p-e", "p-a", "p-c", "p-b", "p-d"} {
		create(t, c, n, 1)
	}
	emu.AddInstance(sub, rg, "other")
	var names []string
	for p, err := range c.ListIter(context.Background(), rg, inst, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"p-a", "p-b", "p-c", "p-d", "p-e"}, names); d != "" {
		t.Errorf("profiles (-want +got):\n%s", d)
	}
	if n := len(listPages(emu)); n != 3 {
		t.Errorf("%d list pages, want 3", n)
	}
	pager := c.NewListPager(rg, "other", nil)
	page, err := pager.NextPage(context.Background())
	if err != nil || len(page.Value) != 0 || pager.More() {
		t.Errorf("empty instance: %+v, %v", page, err)
	}
	_, err = c.NewListPager(rg, "missing", nil).NextPage(context.Background())
	if !errors.As(err, new(*iotoperations.ServiceError)) {
		t.Errorf("list of a missing instance: %v", err)
	}
}

// TestUnknownMembersSurviveReadModifyWrite stores a profile carrying
// members this version does not know, then scales it with GET → modify →
// PUT and checks nothing was lost.
func TestUnknownMembersSurviveReadModifyWrite(t *testing.T) {
	t.Parallel()
	emu, c := setup(t, &fake.EmulatorOptions{Polls: -1})
	srv := httptest.NewTLSServer(emu)
	defer srv.Close()
	body := `{"extendedLocation":{"name":"` + loc + `","type":"CustomLocation"},
		"properties":{"instanceCount":2,"autoscale":{"min":1,"max":6},"diagnostics":{"logs":{"level":"debug","sink":"otel"}}},
		"tags":{"line":"1"}}`
	req, _ := http.NewRequest(http.MethodPut, srv.URL+basePath+"/future?api-version="+iotoperations.DefaultAPIVersion, strings.NewReader(body))
	resp, err := srv.Client().Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("raw PUT: %v %v", resp, err)
	}
	resp.Body.Close()

	ctx := context.Background()
	got, err := c.Get(ctx, rg, inst, "future", nil)
	if err != nil {
		t.Fatal(err)
	}
	got.Properties.InstanceCount = to.Ptr[int32](5)
	p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "future", got.DataflowProfileResource, nil)
	if err != nil {
		t.Fatal(err)
	}
	after, err := p.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(after)
	var tree map[string]any
	_ = json.Unmarshal(raw, &tree)
	props := tree["properties"].(map[string]any)
	want := map[string]any{"min": float64(1), "max": float64(6)}
	if d := cmp.Diff(want, props["autoscale"]); d != "" {
		t.Errorf("autoscale (-want +got):\n%s", d)
	}
	if props["diagnostics"].(map[string]any)["logs"].(map[string]any)["sink"] != "otel" || tree["tags"].(map[string]any)["line"] != "1" || props["instanceCount"] != float64(5) {
		t.Errorf("after read-modify-write: %s", raw)
	}
}

func TestRejectsInvalidInputAsARMDoes(t *testing.T) {
	t.Parallel()
	emu, _ := setup(t, nil)
	tests := []struct {
		name, method, path, query, body string
		status                          int
		code                            string
	}{
		{"instanceCount 0", "PUT", basePath + "/p1x", "", `{"properties":{"instanceCount":0}}`, 400, "InvalidRequestContent"},
		{"port 70000", "PUT", basePath + "/p1x", "", `{"properties":{"diagnostics":{"metrics":{"prometheusPort":70000}}}}`, 400, "InvalidRequestContent"},
		{"not JSON", "PUT", basePath + "/p1x", "", `{"properties":`, 400, "InvalidRequestContent"},
		{"wrong member type", "PUT", basePath + "/p1x", "", `{"properties":{"instanceCount":"two"}}`, 400, "InvalidRequestContent"},
		{"bad name", "PUT", basePath + "/UPPER", "", `{}`, 400, "InvalidResourceName"},
		{"unknown api-version", "GET", basePath + "/p1x", "api-version=2023-01-01", ``, 400, "NoRegisteredProviderFound"},
		{"missing instance", "GET", strings.Replace(basePath, inst, "nope", 1), "", ``, 404, "ParentResourceNotFound"},
		{"missing profile", "GET", basePath + "/p1x", "", ``, 404, "ResourceNotFound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			q := tt.query
			if q == "" {
				q = "api-version=" + iotoperations.DefaultAPIVersion
			}
			req := httptest.NewRequest(tt.method, "https://management.azure.com"+tt.path+"?"+q, strings.NewReader(tt.body))
			rec := httptest.NewRecorder()
			emu.ServeHTTP(rec, req)
			var doc struct{ Error *iotoperations.ErrorDetail }
			b, _ := io.ReadAll(rec.Body)
			if rec.Code != tt.status || json.Unmarshal(b, &doc) != nil || doc.Error == nil || doc.Error.Code != tt.code || doc.Error.Message == "" {
				t.Errorf("%s %s = %d %s, want %d %s", tt.method, tt.path, rec.Code, b, tt.status, tt.code)
			}
		})
	}
}

func TestExtendedLocationCannotChange(t *testing.T) {
	t.Parallel()
	_, c := setup(t, &fake.EmulatorOptions{Polls: -1})
	create(t, c, "flows", 1)
	moved := resource(1)
	moved.ExtendedLocation.Name = to.Ptr(loc + "-2")
	_, err := c.BeginCreateOrUpdate(context.Background(), rg, inst, "flows", moved, nil)
	var re *azcore.ResponseError
	if !iotoperations.HasCode(err, iotoperations.ErrorCodePropertyChangeNotAllowed) || !errors.As(err, &re) || re.StatusCode != http.StatusBadRequest {
		t.Errorf("error = %v", err)
	}
}

func TestResumeTokens(t *testing.T) {
	t.Parallel()
	_, c := setup(t, &fake.EmulatorOptions{Polls: 3})
	ctx := context.Background()
	p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "resumed", resource(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	token, err := p.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	p2, err := c.BeginCreateOrUpdate(ctx, "", "", "", iotoperations.DataflowProfileResource{}, &iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	r, err := p2.PollUntilDone(ctx, fastPoll)
	if err != nil || *r.Name != "resumed" || *r.Properties.ProvisioningState != iotoperations.ProvisioningStateSucceeded {
		t.Fatalf("resumed create = %+v, %v", r, err)
	}

	dp, err := c.BeginDelete(ctx, rg, inst, "resumed", nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err = dp.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	dp2, err := c.BeginDelete(ctx, "", "", "", &iotoperations.DataflowProfilesClientBeginDeleteOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp2.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if _, err := c.BeginCreateOrUpdate(ctx, rg, inst, "x1x", resource(1), &iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: "not a token"}); err == nil {
		t.Error("a malformed resume token was accepted")
	}
}

func TestFaultsAreRetried(t *testing.T) {
	t.Parallel()
	emu, c := setup(t, &fake.EmulatorOptions{Polls: -1})
	create(t, c, "flows", 1)
	before := len(statuses(emu, "GET", "/flows"))
	emu.AddFaults(
		emulation.Fault{Kind: emulation.FaultThrottle, Method: "GET", Times: 2, RetryAfter: time.Millisecond},
		emulation.Fault{Kind: emulation.FaultReset, Method: "GET"},
	)
	if _, err := c.Get(context.Background(), rg, inst, "flows", nil); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]int{429, 429, 0, 200}, statuses(emu, "GET", "/flows")[before:]); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
}
