package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/azclients/azclients/iotcentral"
	"github.com/google/go-cmp/cmp"
)

// jobScript answers GET /api/jobs/{id} with one scripted job state per
// request; the last state repeats.
type jobScript struct {
	t      *testing.T
	mu     sync.Mutex
	states []string // JSON job bodies, or "404" for a not-found error
	gets   int
}

// jobState is a job body with a status and progress.
func jobState(id string, status iotcentral.JobStatus, total, pending, completed, failed int) string {
	return fmt.Sprintf(`{"id":%q,"group":"g","data":[{"type":"command","target":"dtmi:t;1","path":"reboot"}],"status":%q,"progress":{"total":%d,"pending":%d,"completed":%d,"failed":%d}}`,
		id, status, total, pending, completed, failed)
}

func (s *jobScript) Do(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if req.Method != http.MethodGet || !strings.HasPrefix(req.URL.Path, "/api/jobs/") || req.URL.Query().Get("api-version") != "2022-07-31" {
		s.t.Errorf("unexpected request %s %s", req.Method, req.URL)
	}
	state := s.states[min(s.gets, len(s.states)-1)]
	s.gets++
	if state == "404" {
		return jsonResponse(req, http.StatusNotFound, `{"error":{"code":"NotFound","message":"Job not found","requestId":"r-1"}}`, "x-ms-error-code", "NotFound"), nil
	}
	return jsonResponse(req, http.StatusOK, state), nil
}

func (s *jobScript) requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gets
}

func TestBeginWaitShowsProgressUntilComplete(t *testing.T) {
	t.Parallel()
	script := &jobScript{t: t, states: []string{
		jobState("j1", iotcentral.JobStatusPending, 4, 4, 0, 0),
		jobState("j1", iotcentral.JobStatusRunning, 4, 3, 1, 0),
		jobState("j1", iotcentral.JobStatusRunning, 4, 1, 2, 1),
		jobState("j1", iotcentral.JobStatusComplete, 4, 0, 3, 1),
	}}
	jobs := newTestClient(t, script).Jobs()
	var seen []string
	poller, err := jobs.BeginWait(context.Background(), "j1", &iotcentral.JobsClientBeginWaitOptions{OnProgress: func(j iotcentral.Job) {
		p := j.Progress
		seen = append(seen, fmt.Sprintf("%s %d/%d/%d/%d", *j.Status, *p.Total, *p.Pending, *p.Completed, *p.Failed))
	}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := poller.PollUntilDone(context.Background(), fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"pending 4/4/0/0", "running 4/3/1/0", "running 4/1/2/1", "complete 4/0/3/1"}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
	if *res.Status != iotcentral.JobStatusComplete || *res.Progress.Failed != 1 {
		t.Errorf("result = %+v", res.Job)
	}
	if script.requests() != 4 {
		t.Errorf("%d requests, want 4", script.requests())
	}
}

func TestBeginWaitEndsWithJobErrorWhenTheJobDoesNotComplete(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		states   []string
		options  iotcentral.JobsClientBeginWaitOptions
		wantCode string
		wantGets int
	}{
		{"failed", []string{jobState("j", "running", 2, 2, 0, 0), jobState("j", "failed", 2, 0, 0, 2)}, iotcentral.JobsClientBeginWaitOptions{}, "JobFailed", 2},
		{"cancelled", []string{jobState("j", "cancelled", 10, 5, 1, 4)}, iotcentral.JobsClientBeginWaitOptions{}, "JobCancelled", 1},
		{"stopped ends the wait", []string{jobState("j", "running", 2, 2, 0, 0), jobState("j", "stopped", 2, 1, 1, 0), jobState("j", "complete", 2, 0, 2, 0)}, iotcentral.JobsClientBeginWaitOptions{}, "JobStopped", 2},
		{"stopped then resumed", []string{jobState("j", "stopped", 2, 1, 1, 0), jobState("j", "running", 2, 1, 1, 0), jobState("j", "complete", 2, 0, 2, 0)}, iotcentral.JobsClientBeginWaitOptions{WaitWhileStopped: true}, "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			script := &jobScript{t: t, states: tt.states}
			poller, err := newTestClient(t, script).Jobs().BeginWait(context.Background(), "j", &tt.options)
			if err != nil {
				t.Fatal(err)
			}
			res, err := poller.PollUntilDone(context.Background(), fastPoll)
			if script.requests() != tt.wantGets {
				t.Errorf("%d requests, want %d", script.requests(), tt.wantGets)
			}
			if tt.wantCode == "" {
				if err != nil || *res.Status != iotcentral.JobStatusComplete {
					t.Fatalf("got %+v, %v; want the completed job", res.Job, err)
				}
				return
			}
			var jobErr *iotcentral.JobError
			if !errors.As(err, &jobErr) {
				t.Fatalf("error %v, want a *JobError", err)
			}
			var respErr *azcore.ResponseError
			if !errors.As(err, &respErr) || respErr.ErrorCode != tt.wantCode || respErr.StatusCode != http.StatusOK {
				t.Errorf("ResponseError = %+v, want code %s", respErr, tt.wantCode)
			}
			if jobErr.Job.Progress == nil || !strings.Contains(err.Error(), `job "j" ended`) {
				t.Errorf("JobError %q lacks the job", err)
			}
			// the poller caches the outcome
			if _, again := poller.Result(context.Background()); !errors.As(again, &jobErr) || script.requests() != tt.wantGets {
				t.Errorf("Result again: %v after %d requests", again, script.requests())
			}
		})
	}
}

func TestBeginWaitResumeTokenRoundTrip(t *testing.T) {
	t.Parallel()
	script := &jobScript{t: t, states: []string{
		jobState("j2", "running", 3, 3, 0, 0),
		jobState("j2", "running", 3, 1, 2, 0),
		jobState("j2", "complete", 3, 0, 3, 0),
	}}
	client := newTestClient(t, script)
	ctx := context.Background()
	first, err := client.Jobs().BeginWait(ctx, "j2", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	token, err := first.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	var decoded struct {
		Type  string `json:"type"`
		Token struct {
			JobID  string `json:"jobId"`
			Status string `json:"status"`
		} `json:"token"`
	}
	if err := json.Unmarshal([]byte(token), &decoded); err != nil || decoded.Token.JobID != "j2" || decoded.Token.Status != "running" || decoded.Type != "JobsClientWaitResponse" {
		t.Fatalf("token %s (%v)", token, err)
	}

	var progress []iotcentral.JobStatus
	second, err := newTestClient(t, script).Jobs().BeginWait(ctx, "j2", &iotcentral.JobsClientBeginWaitOptions{
		ResumeToken: token,
		OnProgress:  func(j iotcentral.Job) { progress = append(progress, *j.Status) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if script.requests() != 2 {
		t.Errorf("resuming sent a request: %d requests", script.requests())
	}
	res, err := second.PollUntilDone(ctx, fastPoll)
	if err != nil || *res.Status != iotcentral.JobStatusComplete {
		t.Fatalf("resumed wait: %+v, %v", res.Job, err)
	}
	if diff := cmp.Diff([]iotcentral.JobStatus{"complete"}, progress); diff != "" {
		t.Errorf("progress after resuming (-want +got):\n%s", diff)
	}

	if _, err := client.Jobs().BeginWait(ctx, "other", &iotcentral.JobsClientBeginWaitOptions{ResumeToken: token}); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("resuming for another job: %v, want ErrInvalidInput", err)
	}
	if _, err := client.Jobs().BeginWait(ctx, "j2", &iotcentral.JobsClientBeginWaitOptions{ResumeToken: `{"type":"JobsClientGetResponse","token":{}}`}); err == nil {
		t.Error("a token of another operation was accepted")
	}
}

func TestBeginWaitOnAFinishedJobSendsOneRequest(t *testing.T) {
	t.Parallel()
	script := &jobScript{t: t, states: []string{jobState("j3", "complete", 1, 0, 1, 0)}}
	poller, err := newTestClient(t, script).Jobs().BeginWait(context.Background(), "j3", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !poller.Done() {
		t.Fatal("the poller of a complete job is not done")
	}
	if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil || script.requests() != 1 {
		t.Errorf("PollUntilDone: %v after %d requests", err, script.requests())
	}
	if _, err := poller.ResumeToken(); err == nil {
		t.Error("a done poller gave a resume token")
	}
}

func TestBeginWaitServiceErrors(t *testing.T) {
	t.Parallel()
	script := &jobScript{t: t, states: []string{"404"}}
	_, err := newTestClient(t, script).Jobs().BeginWait(context.Background(), "gone", nil)
	var se *iotcentral.ServiceError
	if !errors.As(err, &se) || se.StatusCode != 404 || se.Code != "NotFound" || se.RequestID != "r-1" {
		t.Fatalf("BeginWait(gone) = %v, want a 404 *ServiceError", err)
	}

	script = &jobScript{t: t, states: []string{jobState("j4", "running", 1, 1, 0, 0), "404"}}
	poller, err := newTestClient(t, script).Jobs().BeginWait(context.Background(), "j4", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), fastPoll); !errors.As(err, &se) || se.StatusCode != 404 {
		t.Errorf("a job deleted while waiting: %v, want a 404 *ServiceError", err)
	}
}

func TestBeginWaitStopsWaitingWhenTheContextEnds(t *testing.T) {
	t.Parallel()
	script := &jobScript{t: t, states: []string{jobState("j5", "running", 1, 1, 0, 0)}}
	poller, err := newTestClient(t, script).Jobs().BeginWait(context.Background(), "j5", nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := poller.PollUntilDone(ctx, fastPoll); !errors.Is(err, context.Canceled) {
		t.Errorf("PollUntilDone with a cancelled context: %v", err)
	}
}
