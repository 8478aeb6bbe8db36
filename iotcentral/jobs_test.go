package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
	"github.com/google/go-cmp/cmp"
)

var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func sampleJob() iotcentral.Job {
	return iotcentral.Job{
		DisplayName: to.Ptr("Set target temperature"),
		Group:       to.Ptr("thermostats"),
		Batch:       &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypePercentage), Value: to.Ptr(25.0)},
		CancellationThreshold: &iotcentral.JobCancellationThreshold{
			Type: to.Ptr(iotcentral.JobCancellationThresholdTypeNumber), Value: to.Ptr(3.0), Batch: to.Ptr(false),
		},
		Data: []iotcentral.JobData{&iotcentral.PropertyJobData{
			Target: to.Ptr("dtmi:contoso:thermostat;1"),
			Path:   to.Ptr("targetTemperature"),
			Value:  json.RawMessage(`21.5`),
		}},
	}
}

func jobPages(n int, prefix string) azfake.PagerResponder[iotcentral.JobsClientListResponse] {
	var p azfake.PagerResponder[iotcentral.JobsClientListResponse]
	for i := range n {
		p.AddPage(http.StatusOK, iotcentral.JobsClientListResponse{JobCollection: iotcentral.JobCollection{
			Value: []iotcentral.Job{{ID: to.Ptr(fmt.Sprintf("%s-%d", prefix, i))}},
		}}, nil)
	}
	return p
}

func TestJobsClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	var created iotcentral.Job
	var stopped, resumed string
	srv := fake.JobsServer{
		NewListPager: func(*iotcentral.JobsClientListOptions) azfake.PagerResponder[iotcentral.JobsClientListResponse] {
			return jobPages(3, "job")
		},
		Get: func(_ context.Context, jobID string, _ *iotcentral.JobsClientGetOptions) (resp azfake.Responder[iotcentral.JobsClientGetResponse], errResp azfake.ErrorResponder) {
			if jobID != "job_1" {
				errResp.SetResponseError(http.StatusNotFound, "NotFound")
				return
			}
			resp.SetResponse(http.StatusOK, iotcentral.JobsClientGetResponse{Job: iotcentral.Job{ID: to.Ptr(jobID), Status: to.Ptr(iotcentral.JobStatusRunning)}}, nil)
			return
		},
		Create: func(_ context.Context, jobID string, job iotcentral.Job, _ *iotcentral.JobsClientCreateOptions) (resp azfake.Responder[iotcentral.JobsClientCreateResponse], errResp azfake.ErrorResponder) {
			created = job
			job.ID, job.Status = to.Ptr(jobID), to.Ptr(iotcentral.JobStatusPending)
			resp.SetResponse(http.StatusOK, iotcentral.JobsClientCreateResponse{Job: job}, nil)
			return
		},
		NewListDeviceStatusesPager: func(jobID string, _ *iotcentral.JobsClientListDeviceStatusesOptions) azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse] {
			var p azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse]
			for i, status := range []string{"completed", "failed", "completed"} {
				p.AddPage(http.StatusOK, iotcentral.JobsClientListDeviceStatusesResponse{JobDeviceStatusCollection: iotcentral.JobDeviceStatusCollection{
					Value: []iotcentral.JobDeviceStatus{{ID: to.Ptr(fmt.Sprintf("%s-dev-%d", jobID, i)), Status: to.Ptr(status)}},
				}}, nil)
			}
			return p
		},
		Stop: func(_ context.Context, jobID string, _ *iotcentral.JobsClientStopOptions) (resp azfake.Responder[iotcentral.JobsClientStopResponse], errResp azfake.ErrorResponder) {
			stopped = jobID
			resp.SetResponse(http.StatusNoContent, iotcentral.JobsClientStopResponse{}, nil)
			return
		},
		Resume: func(_ context.Context, jobID string, _ *iotcentral.JobsClientResumeOptions) (resp azfake.Responder[iotcentral.JobsClientResumeResponse], errResp azfake.ErrorResponder) {
			resumed = jobID
			resp.SetResponse(http.StatusNoContent, iotcentral.JobsClientResumeResponse{}, nil)
			return
		},
		Rerun: func(_ context.Context, jobID, rerunID string, _ *iotcentral.JobsClientRerunOptions) (resp azfake.Responder[iotcentral.JobsClientRerunResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, iotcentral.JobsClientRerunResponse{Job: iotcentral.Job{ID: to.Ptr(rerunID), Description: to.Ptr("rerun of " + jobID)}}, nil)
			return
		},
	}
	jobs := newTestClient(t, fake.NewJobsServerTransport(&srv)).Jobs()
	ctx := context.Background()

	var ids []string
	for job, err := range jobs.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *job.ID)
	}
	if diff := cmp.Diff([]string{"job-0", "job-1", "job-2"}, ids); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}

	got, err := jobs.Get(ctx, "job_1", nil)
	if err != nil || *got.ID != "job_1" {
		t.Fatalf("Get: %+v, %v", got, err)
	}
	_, err = jobs.Get(ctx, "missing", nil)
	var respErr *azcore.ResponseError
	if !errors.As(err, &respErr) || respErr.StatusCode != http.StatusNotFound {
		t.Errorf("Get(missing) = %v, want a 404 *azcore.ResponseError", err)
	}

	cr, err := jobs.Create(ctx, "job-7", sampleJob(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if *cr.Status != iotcentral.JobStatusPending || *cr.ID != "job-7" {
		t.Errorf("Create = %+v", cr.Job)
	}
	want, _ := json.Marshal(sampleJob())
	gotBody, _ := json.Marshal(created)
	if string(want) != string(gotBody) {
		t.Errorf("the server got %s, want %s", gotBody, want)
	}

	var statuses []string
	for s, err := range jobs.ListDeviceStatusesIter(ctx, "job-7", nil) {
		if err != nil {
			t.Fatal(err)
		}
		statuses = append(statuses, *s.ID+"="+*s.Status)
	}
	if diff := cmp.Diff([]string{"job-7-dev-0=completed", "job-7-dev-1=failed", "job-7-dev-2=completed"}, statuses); diff != "" {
		t.Errorf("ListDeviceStatuses (-want +got):\n%s", diff)
	}

	if _, err := jobs.Stop(ctx, "job-7", nil); err != nil || stopped != "job-7" {
		t.Errorf("Stop: %v (server saw %q)", err, stopped)
	}
	if _, err := jobs.Resume(ctx, "job-7", nil); err != nil || resumed != "job-7" {
		t.Errorf("Resume: %v (server saw %q)", err, resumed)
	}
	rr, err := jobs.Rerun(ctx, "job-7", "job-7-rerun-1", nil)
	if err != nil || *rr.ID != "job-7-rerun-1" || *rr.Description != "rerun of job-7" {
		t.Errorf("Rerun = %+v, %v", rr.Job, err)
	}
}

func TestJobsBeginWaitThroughFakeServer(t *testing.T) {
	t.Parallel()
	srv := fake.JobsServer{
		BeginWait: func(_ context.Context, jobID string, _ *iotcentral.JobsClientBeginWaitOptions) (resp azfake.PollerResponder[iotcentral.JobsClientWaitResponse], errResp azfake.ErrorResponder) {
			resp.AddNonTerminalResponse(http.StatusOK, nil)
			resp.AddNonTerminalResponse(http.StatusOK, nil)
			resp.SetTerminalResponse(http.StatusOK, iotcentral.JobsClientWaitResponse{Job: iotcentral.Job{
				ID: to.Ptr(jobID), Status: to.Ptr(iotcentral.JobStatusComplete),
				Progress: &iotcentral.JobProgress{Total: to.Ptr[int32](4), Completed: to.Ptr[int32](4), Failed: to.Ptr[int32](0), Pending: to.Ptr[int32](0)},
			}}, nil)
			return
		},
	}
	jobs := newTestClient(t, fake.NewJobsServerTransport(&srv)).Jobs()
	ctx := context.Background()

	poller, err := jobs.BeginWait(ctx, "job-1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := jobs.BeginWait(ctx, "job-1", &iotcentral.JobsClientBeginWaitOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	res, err := resumed.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if *res.Status != iotcentral.JobStatusComplete || *res.Progress.Completed != 4 {
		t.Errorf("result = %+v", res.Job)
	}
}
