package iotcentral

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// JobsClientBeginWaitOptions holds the optional parameters of
// JobsClient.BeginWait.
type JobsClientBeginWaitOptions struct {
	// ResumeToken continues waiting with a poller saved by
	// Poller.ResumeToken; jobID must be the same job.
	ResumeToken string
	// OnProgress, when set, is called with the job each time the poller
	// reads it, first with the state BeginWait read: Job.Status and
	// Job.Progress (total, pending, completed, failed) show how far it
	// got. It runs on the goroutine that polls.
	OnProgress func(Job)
	// WaitWhileStopped keeps waiting while the job is stopped, for someone
	// to resume it. By default a stopped job ends the wait with a
	// *JobError, since it makes no progress by itself.
	WaitWhileStopped bool
}

// JobsClientWaitResponse is the result of JobsClient.BeginWait: the
// job as it completed.
type JobsClientWaitResponse struct {
	Job
}

// BeginWait waits for a job to end: it reads the job (Jobs_Get) and returns
// a poller that reads it again on each Poll until its status is terminal.
//
//   - complete: PollUntilDone returns the job. Devices may still have
//     failed: see Job.Progress.Failed, and Rerun to retry them.
//   - failed or cancelled (and stopped, unless WaitWhileStopped):
//     PollUntilDone returns a *JobError holding the job; errors.As also
//     finds an *azcore.ResponseError with ErrorCode "JobFailed",
//     "JobCancelled" or "JobStopped".
//
// OnProgress shows the job's progress while it runs; Poller.ResumeToken
// saves the wait, to continue it later with ResumeToken. Cancelling ctx
// stops waiting, not the job (use Stop for that).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/get
func (c *JobsClient) BeginWait(ctx context.Context, jobID string, options *JobsClientBeginWaitOptions) (poller *runtime.Poller[JobsClientWaitResponse], err error) {
	var opts JobsClientBeginWaitOptions
	if options != nil {
		opts = *options
	}
	handler := &jobWaitHandler{client: c, onProgress: opts.OnProgress, JobID: jobID, WaitWhileStopped: opts.WaitWhileStopped}
	if opts.ResumeToken != "" {
		p, err := pipeline.ResumePoller[JobsClientWaitResponse](c.pl, opts.ResumeToken, handler)
		if err != nil {
			return nil, err
		}
		if handler.JobID != jobID {
			return nil, &pipeline.ValidationError{Field: "options.ResumeToken", Value: "(token for job " + handler.JobID + ")", Rule: "must be a token of a wait for job " + jobID}
		}
		handler.onProgress = opts.OnProgress
		return p, nil
	}
	ctx, end := c.pl.Start(ctx, "JobsClient.BeginWait")
	defer func() { end(err) }()
	// A fake server (azfake PollerResponder) answers any status with its
	// own polling protocol; the real service answers 200.
	resp, err := c.getJob(ctx, jobID, http.StatusOK, http.StatusCreated, http.StatusAccepted)
	if err != nil {
		return nil, err
	}
	if resp.Header.Get(fakePollerStatusHeader) != "" {
		return pipeline.NewPoller[JobsClientWaitResponse](c.pl, resp, runtime.FinalStateViaOriginalURI, nil)
	}
	if resp.StatusCode != http.StatusOK {
		err = pipeline.NewServiceError(resp)
		return nil, err
	}
	if err = handler.update(resp); err != nil {
		return nil, err
	}
	return pipeline.NewPoller(c.pl, resp, "", runtime.PollingHandler[JobsClientWaitResponse](handler))
}

// fakePollerStatusHeader marks responses of azcore's fake servers, which
// drive pollers with their own protocol.
const fakePollerStatusHeader = "Fake-Poller-Status"

// jobWaitHandler is the runtime.PollingHandler behind BeginWait. Its
// exported fields are what a resume token holds (azcore encodes the handler
// with encoding/json): the job, the last status read and the stopped rule.
type jobWaitHandler struct {
	JobID            string    `json:"jobId"`
	Status           JobStatus `json:"status"`
	WaitWhileStopped bool      `json:"waitWhileStopped,omitempty"`

	client     *JobsClient
	onProgress func(Job)
	job        Job
	resp       *http.Response
}

// Done reports whether the job has ended the wait.
func (h *jobWaitHandler) Done() bool {
	return h.Status.Terminal() || (h.Status == JobStatusStopped && !h.WaitWhileStopped)
}

// Poll reads the job again.
func (h *jobWaitHandler) Poll(ctx context.Context) (resp *http.Response, err error) {
	ctx, end := h.client.pl.Start(ctx, "JobsClient.BeginWait")
	defer func() { end(err) }()
	resp, err = h.client.getJob(ctx, h.JobID)
	if err != nil {
		return nil, err
	}
	if err := h.update(resp); err != nil {
		return nil, err
	}
	return resp, nil
}

// update records the job in resp and reports it to OnProgress.
func (h *jobWaitHandler) update(resp *http.Response) error {
	var job Job
	if err := pipeline.DecodeBody(resp, &job); err != nil {
		return err
	}
	h.job, h.resp = job, resp
	h.Status = ""
	if job.Status != nil {
		h.Status = *job.Status
	}
	if h.onProgress != nil {
		h.onProgress(job)
	}
	return nil
}

// Result returns the job, or a *JobError when it did not complete.
func (h *jobWaitHandler) Result(ctx context.Context, out *JobsClientWaitResponse) error {
	if h.resp == nil {
		// resumed from a token and never polled: read the job once
		if _, err := h.Poll(ctx); err != nil {
			return err
		}
	}
	if h.Status == JobStatusComplete {
		*out = JobsClientWaitResponse{Job: h.job}
		return nil
	}
	return newJobError(h.job, h.Status, h.resp)
}

// JobError reports a job that ended without completing: failed,
// cancelled, or stopped (see JobsClientBeginWaitOptions.WaitWhileStopped).
// errors.As also finds an *azcore.ResponseError whose ErrorCode is
// "JobFailed", "JobCancelled" or "JobStopped" and whose RawResponse is the
// last read of the job.
type JobError struct {
	// Job is the job as last read, with its status and progress.
	Job Job

	resp *azcore.ResponseError
}

func newJobError(job Job, status JobStatus, resp *http.Response) *JobError {
	code := "Job" + strings.ToUpper(string(status[:min(1, len(status))])) + string(status[min(1, len(status)):])
	return &JobError{Job: job, resp: &azcore.ResponseError{ErrorCode: code, StatusCode: resp.StatusCode, RawResponse: resp}}
}

// Error says which job ended how, and how many devices failed.
func (e *JobError) Error() string {
	id, status := "", JobStatus("")
	if e.Job.ID != nil {
		id = *e.Job.ID
	}
	if e.Job.Status != nil {
		status = *e.Job.Status
	}
	msg := fmt.Sprintf("iotcentral: job %q ended %s", id, status)
	if p := e.Job.Progress; p != nil && p.Failed != nil && p.Total != nil {
		msg += fmt.Sprintf(" (%d of %d devices failed)", *p.Failed, *p.Total)
	}
	return msg
}

// Unwrap returns the *azcore.ResponseError for the last read of the job.
func (e *JobError) Unwrap() error { return e.resp }
