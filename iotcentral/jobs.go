package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// JobsClient creates jobs, which update many devices at once, and follows
// them until they end. Get one with Client.Jobs; it is safe for concurrent
// use.
type JobsClient struct {
	pl *pipeline.Client
}

// Jobs returns the client for jobs.
func (c *Client) Jobs() *JobsClient { return &JobsClient{pl: c.pl} }

// Path templates of the job operations.
const (
	jobsPath       = "/jobs"
	jobPath        = "/jobs/{jobId}"
	jobDevicesPath = "/jobs/{jobId}/devices"
	jobStopPath    = "/jobs/{jobId}/stop"
	jobResumePath  = "/jobs/{jobId}/resume"
	jobRerunPath   = "/jobs/{jobId}/rerun/{rerunId}"
)

// JobsClientListOptions holds the optional parameters of
// JobsClient.NewListPager; there are none yet.
type JobsClientListOptions struct{}

// JobsClientListResponse is one page of JobsClient.NewListPager.
type JobsClientListResponse struct {
	JobCollection
}

// NewListPager lists the application's jobs (Jobs_List), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/list
func (c *JobsClient) NewListPager(options *JobsClientListOptions) *runtime.Pager[JobsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[JobsClientListResponse]{
		Op: "JobsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, jobsPath)
		},
		NextLink: func(p *JobsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every job of every page of NewListPager;
// it stops at the first error, which it yields.
func (c *JobsClient) ListIter(ctx context.Context, options *JobsClientListOptions) iter.Seq2[Job, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p JobsClientListResponse) []Job { return p.Value })
}

// JobsClientGetOptions holds the optional parameters of JobsClient.Get;
// there are none yet.
type JobsClientGetOptions struct{}

// JobsClientGetResponse is the result of JobsClient.Get.
type JobsClientGetResponse struct {
	Job
}

// Get returns a job, with its status and progress (Jobs_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/get
func (c *JobsClient) Get(ctx context.Context, jobID string, options *JobsClientGetOptions) (resp JobsClientGetResponse, err error) {
	ctx, end := c.pl.Start(ctx, "JobsClient.Get")
	defer func() { end(err) }()
	httpResp, err := c.getJob(ctx, jobID)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.Job)
	return resp, err
}

// getJob sends GET /jobs/{jobId}; BeginWait polls with it too.
func (c *JobsClient) getJob(ctx context.Context, jobID string, ok ...int) (*http.Response, error) {
	var v pipeline.Validator
	checkJobID(&v, "jobID", jobID)
	if err := v.Err(); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(jobPath, jobID)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return nil, err
	}
	if len(ok) == 0 {
		ok = []int{http.StatusOK}
	}
	return c.pl.Send(req, ok...)
}

// JobsClientCreateOptions holds the optional parameters of
// JobsClient.Create; there are none yet.
type JobsClientCreateOptions struct{}

// JobsClientCreateResponse is the result of JobsClient.Create: the job as
// accepted, usually pending or running.
type JobsClientCreateResponse struct {
	Job
}

// Create creates a job and starts it (Jobs_Create). The job runs on its own
// afterwards: follow it with BeginWait. job needs Group and at least one
// Data entry, all of one type.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/create
func (c *JobsClient) Create(ctx context.Context, jobID string, job Job, options *JobsClientCreateOptions) (resp JobsClientCreateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "JobsClient.Create")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkJobID(&v, "jobID", jobID)
	checkJobBody(&v, "job", job.Group, job.Data, job.Batch, job.CancellationThreshold, false)
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(jobPath, jobID)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPut, path)
	if err != nil {
		return resp, err
	}
	if err := pipeline.SetBody(req, job, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.Job)
	return resp, err
}

// JobsClientListDeviceStatusesOptions holds the optional parameters of
// JobsClient.NewListDeviceStatusesPager; there are none yet.
type JobsClientListDeviceStatusesOptions struct{}

// JobsClientListDeviceStatusesResponse is one page of
// JobsClient.NewListDeviceStatusesPager.
type JobsClientListDeviceStatusesResponse struct {
	JobDeviceStatusCollection
}

// NewListDeviceStatusesPager lists the state of a job on each of its
// devices (Jobs_GetDevices), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid jobID is a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/get-devices
func (c *JobsClient) NewListDeviceStatusesPager(jobID string, options *JobsClientListDeviceStatusesOptions) *runtime.Pager[JobsClientListDeviceStatusesResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[JobsClientListDeviceStatusesResponse]{
		Op: "JobsClient.NewListDeviceStatusesPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkJobID(&v, "jobID", jobID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(jobDevicesPath, jobID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *JobsClientListDeviceStatusesResponse) *string { return p.NextLink },
	})
}

// ListDeviceStatusesIter returns an iterator over the state of a job on every
// device, across the pages of NewListDeviceStatusesPager; it stops at the
// first error, which it yields.
func (c *JobsClient) ListDeviceStatusesIter(ctx context.Context, jobID string, options *JobsClientListDeviceStatusesOptions) iter.Seq2[JobDeviceStatus, error] {
	return pipeline.All(ctx, c.NewListDeviceStatusesPager(jobID, options), func(p JobsClientListDeviceStatusesResponse) []JobDeviceStatus { return p.Value })
}

// JobsClientStopOptions holds the optional parameters of JobsClient.Stop;
// there are none yet.
type JobsClientStopOptions struct{}

// JobsClientStopResponse is the result of JobsClient.Stop.
type JobsClientStopResponse struct{}

// Stop stops a running job (Jobs_Stop); Resume continues it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/stop
func (c *JobsClient) Stop(ctx context.Context, jobID string, options *JobsClientStopOptions) (resp JobsClientStopResponse, err error) {
	ctx, end := c.pl.Start(ctx, "JobsClient.Stop")
	defer func() { end(err) }()
	_, err = c.postJobAction(ctx, jobStopPath, jobID)
	return resp, err
}

// JobsClientResumeOptions holds the optional parameters of
// JobsClient.Resume; there are none yet.
type JobsClientResumeOptions struct{}

// JobsClientResumeResponse is the result of JobsClient.Resume.
type JobsClientResumeResponse struct{}

// Resume continues a stopped job (Jobs_Resume).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/resume
func (c *JobsClient) Resume(ctx context.Context, jobID string, options *JobsClientResumeOptions) (resp JobsClientResumeResponse, err error) {
	ctx, end := c.pl.Start(ctx, "JobsClient.Resume")
	defer func() { end(err) }()
	_, err = c.postJobAction(ctx, jobResumePath, jobID)
	return resp, err
}

// postJobAction sends POST /jobs/{jobId}/<action>, answered 204.
func (c *JobsClient) postJobAction(ctx context.Context, template, jobID string) (*http.Response, error) {
	var v pipeline.Validator
	checkJobID(&v, "jobID", jobID)
	if err := v.Err(); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(template, jobID)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPost, path)
	if err != nil {
		return nil, err
	}
	return c.pl.Send(req, http.StatusNoContent)
}

// JobsClientRerunOptions holds the optional parameters of JobsClient.Rerun;
// there are none yet.
type JobsClientRerunOptions struct{}

// JobsClientRerunResponse is the result of JobsClient.Rerun: the new job,
// whose ID is the rerun ID.
type JobsClientRerunResponse struct {
	Job
}

// Rerun runs a job again on the devices it failed on (Jobs_Rerun). The
// rerun is a new job whose ID is rerunID; follow it with BeginWait.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/jobs/rerun
func (c *JobsClient) Rerun(ctx context.Context, jobID, rerunID string, options *JobsClientRerunOptions) (resp JobsClientRerunResponse, err error) {
	ctx, end := c.pl.Start(ctx, "JobsClient.Rerun")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkJobID(&v, "jobID", jobID)
	checkJobID(&v, "rerunID", rerunID)
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(jobRerunPath, jobID, rerunID)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPut, path)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.Job)
	return resp, err
}
