package fake_test

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// TestJobLifecycleThroughTheEmulator runs a job through every JobsClient
// method against NewEmulator, with pages of two.
func TestJobLifecycleThroughTheEmulator(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, &fake.EmulatorOptions{PageSize: 2})
	ctx := context.Background()
	seed(t, c, map[string]string{"t1": thermostat, "t2": thermostat, "t3": thermostat, "t4": thermostat, "t5": thermostat, "s1": sensor})
	if _, err := c.DeviceGroups().Create(ctx, "thermostats", iotcentral.DeviceGroup{DisplayName: to.Ptr("T"), Filter: to.Ptr(`SELECT * FROM devices WHERE $template = "` + thermostat + `"`)}, nil); err != nil {
		t.Fatal(err)
	}
	emu.FailJobDevices(1, "t2", "t5")
	jobs := c.Jobs()
	wait := func(id string) iotcentral.JobsClientWaitResponse {
		t.Helper()
		poller, err := jobs.BeginWait(ctx, id, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}

	created, err := jobs.Create(ctx, "j1", iotcentral.Job{
		Group: to.Ptr("thermostats"),
		Data:  []iotcentral.JobData{&iotcentral.PropertyJobData{Target: to.Ptr(thermostat), Path: to.Ptr("targetTemperature"), Value: json.RawMessage("21")}},
	}, nil)
	if err != nil || *created.Status != iotcentral.JobStatusPending {
		t.Fatalf("create = %+v, %v", created.Job, err)
	}
	if _, err := jobs.Stop(ctx, "j1", nil); err != nil {
		t.Fatal(err)
	}
	for range 2 { // a stopped job does not move however often it is read
		got, err := jobs.Get(ctx, "j1", nil)
		if err != nil || *got.Status != iotcentral.JobStatusStopped {
			t.Fatalf("stopped job = %v, %v", got.Status, err)
		}
	}
	if _, err := jobs.Resume(ctx, "j1", nil); err != nil {
		t.Fatal(err)
	}
	done := wait("j1")
	if *done.Status != iotcentral.JobStatusComplete || *done.Progress.Completed != 3 || *done.Progress.Failed != 2 {
		t.Errorf("resumed job = %v %+v", *done.Status, *done.Progress)
	}
	if _, err := jobs.Resume(ctx, "j1", nil); status(err) != http.StatusConflict {
		t.Errorf("resuming a complete job: %v", err)
	}

	var failed, all []string
	for s, err := range jobs.ListDeviceStatusesIter(ctx, "j1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, *s.ID)
		if *s.Status == "failed" {
			failed = append(failed, *s.ID)
		}
	}
	if d := cmp.Diff([]string{"t2", "t5"}, failed); d != "" || len(all) != 5 {
		t.Errorf("failed devices (-want +got):\n%s\nall %v", d, all)
	}
	pages := 0
	for pager := jobs.NewListDeviceStatusesPager("j1", nil); pager.More(); pages++ {
		if _, err := pager.NextPage(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if pages != 3 {
		t.Errorf("5 device statuses came in %d pages of 2", pages)
	}

	rerun, err := jobs.Rerun(ctx, "j1", "j1-rerun", nil)
	if err != nil || *rerun.Progress.Total != 2 {
		t.Fatalf("rerun = %+v, %v", rerun.Job, err)
	}
	if res := wait("j1-rerun"); *res.Progress.Completed != 2 || *res.Progress.Failed != 0 {
		t.Errorf("rerun progress = %+v", *res.Progress)
	}
	var ids []string
	for j, err := range jobs.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *j.ID)
	}
	if d := cmp.Diff([]string{"j1", "j1-rerun"}, ids); d != "" {
		t.Errorf("jobs (-want +got):\n%s", d)
	}
}

// TestAdministrationListsAndUpdatesThroughTheEmulator covers the list,
// get and update methods of the administration clients on NewEmulator.
func TestAdministrationListsAndUpdatesThroughTheEmulator(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, &fake.EmulatorOptions{PageSize: 2})
	ctx := context.Background()
	seed(t, c, map[string]string{"t1": thermostat})
	if _, err := c.DeviceGroups().Create(ctx, "all", iotcentral.DeviceGroup{DisplayName: to.Ptr("All"), Filter: to.Ptr("SELECT * FROM devices")}, nil); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"plant-a", "plant-b", "plant-c"} {
		if _, err := c.Organizations().Create(ctx, id, iotcentral.Organization{DisplayName: to.Ptr(id)}, nil); err != nil {
			t.Fatal(err)
		}
		user := &iotcentral.EmailUser{Email: to.Ptr(id + "@contoso.com"), Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator), Organization: to.Ptr(id)}}}
		if _, err := c.Users().Create(ctx, "user-"+id, user, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := c.APITokens().Create(ctx, "token-"+id, iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}}, nil); err != nil {
			t.Fatal(err)
		}
	}
	counts := map[string]int{
		"organizations": countAll(t, c.Organizations().ListIter(ctx, nil)),
		"users":         countAll(t, c.Users().ListIter(ctx, nil)),
		"tokens":        countAll(t, c.APITokens().ListIter(ctx, nil)),
	}
	for tok, err := range c.APITokens().ListIter(ctx, nil) {
		if err == nil && tok.Token != nil {
			t.Error("a listed token carries its secret")
		}
	}
	if d := cmp.Diff(map[string]int{"organizations": 3, "users": 3, "tokens": 3}, counts); d != "" {
		t.Errorf("listed over pages of two (-want +got):\n%s", d)
	}
	org, err := c.Organizations().Get(ctx, "plant-b", nil)
	if err != nil || *org.DisplayName != "plant-b" {
		t.Errorf("organization = %+v, %v", org, err)
	}
	updated, err := c.Users().Update(ctx, "user-plant-a", &iotcentral.EmailUser{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleAdministrator)}}}, nil)
	if err != nil || *updated.User.(*iotcentral.EmailUser).Email != "plant-a@contoso.com" {
		t.Errorf("user update = %#v, %v", updated.User, err)
	}

	start := emu.Clock().Now().Add(time.Hour)
	if _, err := c.ScheduledJobs().Create(ctx, "nightly", iotcentral.ScheduledJob{
		Group: to.Ptr("all"), Enabled: to.Ptr(true),
		Schedule: &iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily)},
		Data:     []iotcentral.JobData{&iotcentral.CloudPropertyJobData{Target: to.Ptr(thermostat), Path: to.Ptr("site"), Value: json.RawMessage(`"Lyon"`)}},
	}, nil); err != nil {
		t.Fatal(err)
	}
	sj, err := c.ScheduledJobs().Update(ctx, "nightly", iotcentral.ScheduledJob{Enabled: to.Ptr(false)}, nil)
	if err != nil || *sj.Enabled || *sj.Group != "all" {
		t.Fatalf("scheduled job update = %+v, %v", sj.ScheduledJob, err)
	}
	emu.Clock().Advance(48 * time.Hour)
	got, err := c.ScheduledJobs().Get(ctx, "nightly", nil)
	if err != nil || *got.Enabled {
		t.Errorf("scheduled job = %+v, %v", got.ScheduledJob, err)
	}
	runs, scheduled := countAll(t, c.ScheduledJobs().ListJobsIter(ctx, "nightly", nil)), countAll(t, c.ScheduledJobs().ListIter(ctx, nil))
	if runs != 0 || scheduled != 1 {
		t.Errorf("a disabled scheduled job ran %d times; %d scheduled jobs listed", runs, scheduled)
	}
}

// countAll walks an iterator and counts its items; an error fails the test.
func countAll[T any](t *testing.T, seq iter.Seq2[T, error]) int {
	t.Helper()
	n := 0
	for _, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}
