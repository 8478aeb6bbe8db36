package fake

import (
	"fmt"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/google/go-cmp/cmp"
)

// groupDirectory is a deviceDirectory over a fixed map.
type groupDirectory map[string][]string

func (d groupDirectory) devicesInGroup(id string) ([]string, bool) {
	devices, ok := d[id]
	return devices, ok
}

func devices(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("dev-%d", i)
	}
	return out
}

func jobBody(group string) iotcentral.Job {
	return iotcentral.Job{Group: to.Ptr(group), Data: []iotcentral.JobData{&iotcentral.CommandJobData{Target: to.Ptr("dtmi:t;1"), Path: to.Ptr("reboot")}}}
}

// trace reads a job until it is terminal and returns "status
// pending/completed/failed" after each read.
func trace(t *testing.T, a *adminData, id string) []string {
	t.Helper()
	var out []string
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 50; i++ {
		j, err := a.getJob(id, now)
		if err != nil {
			t.Fatal(err)
		}
		p := j.Progress
		out = append(out, fmt.Sprintf("%s %d/%d/%d", *j.Status, *p.Pending, *p.Completed, *p.Failed))
		if j.Status.Terminal() || *j.Status == iotcentral.JobStatusStopped {
			return out
		}
	}
	t.Fatal("the job never ended")
	return nil
}

func TestJobRunsMoveThroughTheirStatuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		devices  int
		batch    *iotcentral.JobBatch
		thresh   *iotcentral.JobCancellationThreshold
		failures []string
		want     []string
	}{
		{name: "two halves", devices: 4, want: []string{"running 2/2/0", "complete 0/4/0"}},
		{name: "empty group", devices: 0, want: []string{"complete 0/0/0"}},
		{name: "batches of one", devices: 3, batch: &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypeNumber), Value: to.Ptr(1.0)},
			want: []string{"running 2/1/0", "running 1/2/0", "complete 0/3/0"}},
		{name: "batches of 40 percent", devices: 5, batch: &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypePercentage), Value: to.Ptr(40.0)},
			want: []string{"running 3/2/0", "running 1/4/0", "complete 0/5/0"}},
		{name: "some devices fail", devices: 4, failures: []string{"dev-1"}, want: []string{"running 2/1/1", "complete 0/3/1"}},
		{name: "every device fails", devices: 2, failures: []string{"dev-0", "dev-1"}, want: []string{"running 1/0/1", "failed 0/0/2"}},
		{name: "threshold of one device", devices: 4, failures: []string{"dev-0"},
			batch:  &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypeNumber), Value: to.Ptr(1.0)},
			thresh: &iotcentral.JobCancellationThreshold{Type: to.Ptr(iotcentral.JobCancellationThresholdTypeNumber), Value: to.Ptr(1.0)},
			want:   []string{"cancelled 3/0/1"}},
		{name: "threshold per batch", devices: 4, failures: []string{"dev-2", "dev-3"},
			thresh: &iotcentral.JobCancellationThreshold{Type: to.Ptr(iotcentral.JobCancellationThresholdTypePercentage), Value: to.Ptr(100.0), Batch: to.Ptr(true)},
			want:   []string{"running 2/2/0", "cancelled 0/2/2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := newAdminData(groupDirectory{"g": devices(tt.devices)})
			a.failDevices(1, tt.failures)
			body := jobBody("g")
			body.Batch, body.CancellationThreshold = tt.batch, tt.thresh
			created, err := a.createJob("j", body)
			if err != nil {
				t.Fatal(err)
			}
			if *created.Status != iotcentral.JobStatusPending || *created.Progress.Total != int32(tt.devices) {
				t.Fatalf("created %+v", created)
			}
			if diff := cmp.Diff(tt.want, trace(t, a, "j")); diff != "" {
				t.Errorf("statuses (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJobStopResumeAndRerun(t *testing.T) {
	t.Parallel()
	a := newAdminData(groupDirectory{"g": devices(4)})
	a.failDevices(1, []string{"dev-0", "dev-3"})
	if _, err := a.createJob("j", jobBody("g")); err != nil {
		t.Fatal(err)
	}
	if err := a.resumeJob("j"); err == nil {
		t.Error("resumed a pending job")
	}
	if _, err := a.rerunJob("j", "r"); err == nil {
		t.Error("reran a job that has not finished")
	}
	if err := a.stopJob("j"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"stopped 4/0/0"}, trace(t, a, "j")); diff != "" {
		t.Errorf("a stopped job moved (-want +got):\n%s", diff)
	}
	if err := a.resumeJob("j"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"running 2/1/1", "complete 0/2/2"}, trace(t, a, "j")); diff != "" {
		t.Errorf("after resuming (-want +got):\n%s", diff)
	}
	if err := a.stopJob("j"); err == nil {
		t.Error("stopped a complete job")
	}
	rerun, err := a.rerunJob("j", "r")
	if err != nil {
		t.Fatal(err)
	}
	if *rerun.ID != "r" || *rerun.Progress.Total != 2 {
		t.Errorf("rerun = %+v", rerun)
	}
	if diff := cmp.Diff([]string{"running 1/1/0", "complete 0/2/0"}, trace(t, a, "r")); diff != "" {
		t.Errorf("rerun (-want +got):\n%s", diff)
	}
	statuses, _ := a.jobDevices("j")
	if got := fmt.Sprint(*statuses[0].Status, *statuses[1].Status, *statuses[3].Status); got != "failedcompletedfailed" {
		t.Errorf("device statuses of the first run: %s", got)
	}
	if _, err := a.rerunJob("r", "r2"); err == nil {
		t.Error("reran a job without failed devices")
	}
}

func TestScheduleOccurrences(t *testing.T) {
	t.Parallel()
	start := time.Date(2030, 1, 31, 22, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		s    iotcentral.JobSchedule
		want []string
	}{
		{"once", iotcentral.JobSchedule{Start: &start}, []string{"2030-01-31"}},
		{"daily three times", iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily),
			End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](3)}}, []string{"2030-01-31", "2030-02-01", "2030-02-02"}},
		{"weekly until a date", iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceWeekly),
			End: &iotcentral.DateJobScheduleEnd{Date: to.Ptr("2030-02-14")}}, []string{"2030-01-31", "2030-02-07", "2030-02-14"}},
		{"monthly twice", iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceMonthly),
			End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](2)}}, []string{"2030-01-31", "2030-03-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for k := 0; k < 10; k++ {
				at, ok := scheduleOccurrence(&tt.s, k)
				if !ok {
					break
				}
				got = append(got, at.Format(time.DateOnly))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestScheduledJobsRunWhenDue(t *testing.T) {
	t.Parallel()
	a := newAdminData(groupDirectory{"g": devices(2)})
	start := time.Date(2030, 1, 1, 2, 0, 0, 0, time.UTC)
	sj := iotcentral.ScheduledJob{
		DisplayName: to.Ptr("nightly"), Group: to.Ptr("g"), Data: jobBody("g").Data, Enabled: to.Ptr(true),
		Schedule: &iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily), End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](2)}},
	}
	created, err := a.putScheduledJob("s", sj, start.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if jobs, _ := a.scheduledJobJobs("s", start.Add(-time.Minute)); len(jobs) != 0 || *created.Completed {
		t.Fatalf("ran early: %d jobs, completed %v", len(jobs), *created.Completed)
	}
	jobs, _ := a.scheduledJobJobs("s", start.Add(25*time.Hour))
	if len(jobs) != 2 || *jobs[1].ID != "s-2" || *jobs[1].DisplayName != "nightly - 2" || *jobs[0].ScheduledJobID != "s" {
		t.Fatalf("jobs = %+v", jobs)
	}
	got, _ := a.getScheduledJob("s", start.Add(48*time.Hour))
	if !*got.Completed {
		t.Error("a schedule with no occurrence left is not completed")
	}
	stale := sj
	stale.ETag = to.Ptr(`"old"`)
	if _, err := a.putScheduledJob("s", stale, start); err == nil || err.(*adminError).status != 412 {
		t.Errorf("a stale etag: %v, want 412", err)
	}
	if _, err := a.patchScheduledJob("s", []byte(`{"enabled":false,"description":null}`), start.Add(49*time.Hour)); err == nil {
		t.Error("patched a scheduled job while one of its jobs runs")
	}
}
