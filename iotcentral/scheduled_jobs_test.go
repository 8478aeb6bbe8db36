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
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

func sampleScheduledJob() iotcentral.ScheduledJob {
	return iotcentral.ScheduledJob{
		DisplayName: to.Ptr("Nightly reboot"),
		Group:       to.Ptr("thermostats"),
		Data:        []iotcentral.JobData{&iotcentral.CommandJobData{Target: to.Ptr("dtmi:contoso:thermostat;1"), Path: to.Ptr("reboot"), Value: json.RawMessage(`{"delay":5}`)}},
		Schedule: &iotcentral.JobSchedule{
			Start:      to.Ptr(time.Date(2030, 1, 1, 2, 0, 0, 0, time.UTC)),
			Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily),
			End:        &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](30)},
		},
		Enabled: to.Ptr(true),
	}
}

func TestScheduledJobsClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	var created, patched iotcentral.ScheduledJob
	var deleted string
	srv := fake.ScheduledJobsServer{
		NewListPager: func(*iotcentral.ScheduledJobsClientListOptions) azfake.PagerResponder[iotcentral.ScheduledJobsClientListResponse] {
			var p azfake.PagerResponder[iotcentral.ScheduledJobsClientListResponse]
			for i := range 3 {
				p.AddPage(http.StatusOK, iotcentral.ScheduledJobsClientListResponse{ScheduledJobCollection: iotcentral.ScheduledJobCollection{
					Value: []iotcentral.ScheduledJob{{ID: to.Ptr(fmt.Sprint("sj-", i))}},
				}}, nil)
			}
			return p
		},
		Get: func(_ context.Context, id string, _ *iotcentral.ScheduledJobsClientGetOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientGetResponse], errResp azfake.ErrorResponder) {
			sj := sampleScheduledJob()
			sj.ID, sj.ETag = to.Ptr(id), to.Ptr(`"1"`)
			resp.SetResponse(http.StatusOK, iotcentral.ScheduledJobsClientGetResponse{ScheduledJob: sj}, nil)
			return
		},
		Create: func(_ context.Context, id string, sj iotcentral.ScheduledJob, _ *iotcentral.ScheduledJobsClientCreateOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientCreateResponse], errResp azfake.ErrorResponder) {
			created = sj
			sj.ID = to.Ptr(id)
			resp.SetResponse(http.StatusOK, iotcentral.ScheduledJobsClientCreateResponse{ScheduledJob: sj}, nil)
			return
		},
		Update: func(_ context.Context, id string, patch iotcentral.ScheduledJob, _ *iotcentral.ScheduledJobsClientUpdateOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientUpdateResponse], errResp azfake.ErrorResponder) {
			patched = patch
			sj := sampleScheduledJob()
			sj.ID, sj.Enabled = to.Ptr(id), patch.Enabled
			resp.SetResponse(http.StatusOK, iotcentral.ScheduledJobsClientUpdateResponse{ScheduledJob: sj}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.ScheduledJobsClientDeleteOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientDeleteResponse], errResp azfake.ErrorResponder) {
			deleted = id
			resp.SetResponse(http.StatusNoContent, iotcentral.ScheduledJobsClientDeleteResponse{}, nil)
			return
		},
		NewListJobsPager: func(id string, _ *iotcentral.ScheduledJobsClientListJobsOptions) azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse] {
			var p azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse]
			for i := range 3 {
				p.AddPage(http.StatusOK, iotcentral.ScheduledJobsClientListJobsResponse{JobCollection: iotcentral.JobCollection{
					Value: []iotcentral.Job{{ID: to.Ptr(fmt.Sprintf("%s-run-%d", id, i)), ScheduledJobID: to.Ptr(id)}},
				}}, nil)
			}
			return p
		},
	}
	sjc := newTestClient(t, fake.NewScheduledJobsServerTransport(&srv)).ScheduledJobs()
	ctx := context.Background()

	var ids []string
	for sj, err := range sjc.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *sj.ID)
	}
	if diff := cmp.Diff([]string{"sj-0", "sj-1", "sj-2"}, ids); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	got, err := sjc.Get(ctx, "nightly", nil)
	if err != nil || *got.ETag != `"1"` || got.Schedule.End.(*iotcentral.OccurrencesJobScheduleEnd).Occurrences == nil {
		t.Fatalf("Get = %+v, %v", got.ScheduledJob, err)
	}
	if _, err := sjc.Create(ctx, "nightly", sampleScheduledJob(), nil); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(sampleScheduledJob())
	gotBody, _ := json.Marshal(created)
	if string(want) != string(gotBody) {
		t.Errorf("the server got %s, want %s", gotBody, want)
	}
	up, err := sjc.Update(ctx, "nightly", iotcentral.ScheduledJob{Enabled: to.Ptr(false)}, nil)
	if err != nil || *up.Enabled || patched.Group != nil {
		t.Errorf("Update = %+v, %v (patch %+v)", up.ScheduledJob, err, patched)
	}
	if _, err := sjc.Delete(ctx, "nightly", nil); err != nil || deleted != "nightly" {
		t.Errorf("Delete: %v (server saw %q)", err, deleted)
	}
	var runs []string
	for j, err := range sjc.ListJobsIter(ctx, "nightly", nil) {
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, *j.ID)
	}
	if diff := cmp.Diff([]string{"nightly-run-0", "nightly-run-1", "nightly-run-2"}, runs); diff != "" {
		t.Errorf("ListJobs (-want +got):\n%s", diff)
	}
}

func TestScheduledJobsUpdateSendsAMergePatch(t *testing.T) {
	t.Parallel()
	var contentType, body string
	c := newTestClient(t, httpFunc(func(req *http.Request) (*http.Response, error) {
		contentType = req.Header.Get("Content-Type")
		b := make([]byte, req.ContentLength)
		_, _ = req.Body.Read(b)
		body = string(b)
		return jsonResponse(req, http.StatusOK, `{"id":"s"}`), nil
	}))
	patch := iotcentral.ScheduledJob{Enabled: to.Ptr(false), Unknown: map[string]json.RawMessage{"timeZone": json.RawMessage(`null`)}}
	if _, err := c.ScheduledJobs().Update(context.Background(), "s", patch, nil); err != nil {
		t.Fatal(err)
	}
	if contentType != "application/merge-patch+json" || body != `{"enabled":false,"timeZone":null}` {
		t.Errorf("sent %s %s", contentType, body)
	}
}

func TestScheduledJobsErrorsAreDecoded(t *testing.T) {
	t.Parallel()
	calls := 0
	c := newTestClient(t, httpFunc(func(req *http.Request) (*http.Response, error) {
		calls++
		if calls == 1 {
			return jsonResponse(req, http.StatusTooManyRequests, `{"error":{"code":"TooManyRequests","message":"slow down"}}`), nil
		}
		return jsonResponse(req, http.StatusPreconditionFailed,
			`{"error":{"code":"PreconditionFailed","message":"ETag mismatch","requestId":"req-9","time":"Mon, 01 Jan 2024 00:00:00 GMT"}}`,
			"x-ms-error-code", "PreconditionFailed"), nil
	}))
	sj := sampleScheduledJob()
	sj.ETag = to.Ptr(`"stale"`)
	_, err := c.ScheduledJobs().Create(context.Background(), "nightly", sj, nil)
	var se *iotcentral.ServiceError
	if !errors.As(err, &se) {
		t.Fatalf("error %v is not a *ServiceError", err)
	}
	if se.StatusCode != 412 || se.Code != "PreconditionFailed" || se.Message != "ETag mismatch" || se.RequestID != "req-9" {
		t.Errorf("ServiceError = %+v", se)
	}
	var respErr *azcore.ResponseError
	if !errors.As(err, &respErr) || respErr.ErrorCode != "PreconditionFailed" {
		t.Errorf("ResponseError = %+v", respErr)
	}
	if calls != 2 {
		t.Errorf("%d calls: the 429 was not retried", calls)
	}
}
