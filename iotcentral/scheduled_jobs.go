package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// ScheduledJobsClient manages scheduled jobs: job definitions that IoT
// Central runs at a start time and then daily, weekly or monthly. Get one
// with Client.ScheduledJobs; it is safe for concurrent use.
type ScheduledJobsClient struct {
	pl *pipeline.Client
}

// ScheduledJobs returns the client for scheduled jobs.
func (c *Client) ScheduledJobs() *ScheduledJobsClient { return &ScheduledJobsClient{pl: c.pl} }

// Path templates of the scheduled job operations.
const (
	scheduledJobsPath    = "/scheduledJobs"
	scheduledJobPath     = "/scheduledJobs/{scheduledJobId}"
	scheduledJobJobsPath = "/scheduledJobs/{scheduledJobId}/jobs"
)

// ScheduledJobsClientListOptions holds the optional parameters of
// ScheduledJobsClient.NewListPager; there are none yet.
type ScheduledJobsClientListOptions struct{}

// ScheduledJobsClientListResponse is one page of
// ScheduledJobsClient.NewListPager.
type ScheduledJobsClientListResponse struct {
	ScheduledJobCollection
}

// NewListPager lists the application's scheduled jobs (ScheduledJobs_List),
// page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/list
func (c *ScheduledJobsClient) NewListPager(options *ScheduledJobsClientListOptions) *runtime.Pager[ScheduledJobsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ScheduledJobsClientListResponse]{
		Op: "ScheduledJobsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, scheduledJobsPath)
		},
		NextLink: func(p *ScheduledJobsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every scheduled job of every page of
// NewListPager; it stops at the first error, which it yields.
func (c *ScheduledJobsClient) ListIter(ctx context.Context, options *ScheduledJobsClientListOptions) iter.Seq2[ScheduledJob, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p ScheduledJobsClientListResponse) []ScheduledJob { return p.Value })
}

// ScheduledJobsClientGetOptions holds the optional parameters of
// ScheduledJobsClient.Get; there are none yet.
type ScheduledJobsClientGetOptions struct{}

// ScheduledJobsClientGetResponse is the result of ScheduledJobsClient.Get.
type ScheduledJobsClientGetResponse struct {
	ScheduledJob
}

// Get returns a scheduled job (ScheduledJobs_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/get
func (c *ScheduledJobsClient) Get(ctx context.Context, scheduledJobID string, options *ScheduledJobsClientGetOptions) (resp ScheduledJobsClientGetResponse, err error) {
	if err := c.check(scheduledJobID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "ScheduledJobsClient.Get", Method: http.MethodGet, Template: scheduledJobPath, Params: []string{scheduledJobID}, Out: &resp.ScheduledJob}.Do(ctx, c.pl)
	return resp, err
}

// ScheduledJobsClientCreateOptions holds the optional parameters of
// ScheduledJobsClient.Create; there are none yet.
type ScheduledJobsClientCreateOptions struct{}

// ScheduledJobsClientCreateResponse is the result of
// ScheduledJobsClient.Create.
type ScheduledJobsClientCreateResponse struct {
	ScheduledJob
}

// Create creates or replaces a scheduled job (ScheduledJobs_Create). It
// needs Group, Data and Schedule.Start. To replace one without losing a
// concurrent change, send the ETag you read: the service answers 412 if it
// changed since.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/create
func (c *ScheduledJobsClient) Create(ctx context.Context, scheduledJobID string, scheduledJob ScheduledJob, options *ScheduledJobsClientCreateOptions) (resp ScheduledJobsClientCreateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ScheduledJobsClient.Create")
	defer func() { end(err) }()
	req, err := c.newRequest(ctx, http.MethodPut, scheduledJobID, func(v *pipeline.Validator) {
		checkScheduledJob(v, scheduledJob, false)
	})
	if err != nil {
		return resp, err
	}
	if err := pipeline.SetBody(req, scheduledJob, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.ScheduledJob)
	return resp, err
}

// ScheduledJobsClientUpdateOptions holds the optional parameters of
// ScheduledJobsClient.Update; there are none yet.
type ScheduledJobsClientUpdateOptions struct{}

// ScheduledJobsClientUpdateResponse is the result of
// ScheduledJobsClient.Update: the whole scheduled job after the change.
type ScheduledJobsClientUpdateResponse struct {
	ScheduledJob
}

// Update changes a scheduled job with a JSON merge patch
// (ScheduledJobs_Update): only the members set in patch are sent and
// changed; to remove a member, put it in patch.Unknown with the value
// json.RawMessage("null"). The service refuses the change while one of the
// scheduled job's jobs runs.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/update
func (c *ScheduledJobsClient) Update(ctx context.Context, scheduledJobID string, patch ScheduledJob, options *ScheduledJobsClientUpdateOptions) (resp ScheduledJobsClientUpdateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ScheduledJobsClient.Update")
	defer func() { end(err) }()
	req, err := c.newRequest(ctx, http.MethodPatch, scheduledJobID, func(v *pipeline.Validator) {
		checkScheduledJob(v, patch, true)
	})
	if err != nil {
		return resp, err
	}
	if err := pipeline.SetBody(req, patch, pipeline.ContentTypeMergePatch); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.ScheduledJob)
	return resp, err
}

// ScheduledJobsClientDeleteOptions holds the optional parameters of
// ScheduledJobsClient.Delete; there are none yet.
type ScheduledJobsClientDeleteOptions struct{}

// ScheduledJobsClientDeleteResponse is the result of
// ScheduledJobsClient.Delete.
type ScheduledJobsClientDeleteResponse struct{}

// Delete deletes a scheduled job (ScheduledJobs_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/remove
func (c *ScheduledJobsClient) Delete(ctx context.Context, scheduledJobID string, options *ScheduledJobsClientDeleteOptions) (resp ScheduledJobsClientDeleteResponse, err error) {
	if err := c.check(scheduledJobID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "ScheduledJobsClient.Delete", Method: http.MethodDelete, Template: scheduledJobPath, Params: []string{scheduledJobID}}.Do(ctx, c.pl)
	return resp, err
}

// check validates the ID (and the body, when given) before anything is
// sent.
func (c *ScheduledJobsClient) check(scheduledJobID string, check func(*pipeline.Validator)) error {
	var v pipeline.Validator
	checkJobID(&v, "scheduledJobID", scheduledJobID)
	if check != nil {
		check(&v)
	}
	return v.Err()
}

// newRequest validates like check and builds a request on one resource.
func (c *ScheduledJobsClient) newRequest(ctx context.Context, method, scheduledJobID string, check func(*pipeline.Validator)) (*policy.Request, error) {
	if err := c.check(scheduledJobID, check); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(scheduledJobPath, scheduledJobID)
	if err != nil {
		return nil, err
	}
	return c.pl.NewRequest(ctx, method, path)
}

// ScheduledJobsClientListJobsOptions holds the optional parameters of
// ScheduledJobsClient.NewListJobsPager; there are none yet.
type ScheduledJobsClientListJobsOptions struct{}

// ScheduledJobsClientListJobsResponse is one page of
// ScheduledJobsClient.NewListJobsPager.
type ScheduledJobsClientListJobsResponse struct {
	JobCollection
}

// NewListJobsPager lists the jobs a scheduled job has run
// (ScheduledJobs_ListJobs), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid scheduledJobID is a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/scheduled-jobs/list-jobs
func (c *ScheduledJobsClient) NewListJobsPager(scheduledJobID string, options *ScheduledJobsClientListJobsOptions) *runtime.Pager[ScheduledJobsClientListJobsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ScheduledJobsClientListJobsResponse]{
		Op: "ScheduledJobsClient.NewListJobsPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkJobID(&v, "scheduledJobID", scheduledJobID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(scheduledJobJobsPath, scheduledJobID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *ScheduledJobsClientListJobsResponse) *string { return p.NextLink },
	})
}

// ListJobsIter returns an iterator over every job a scheduled job has run,
// across the pages of NewListJobsPager; it stops at the first error, which
// it yields.
func (c *ScheduledJobsClient) ListJobsIter(ctx context.Context, scheduledJobID string, options *ScheduledJobsClientListJobsOptions) iter.Seq2[Job, error] {
	return pipeline.All(ctx, c.NewListJobsPager(scheduledJobID, options), func(p ScheduledJobsClientListJobsResponse) []Job { return p.Value })
}

// checkScheduledJob checks a scheduled job's body; partial is for merge
// patches, where every member is optional.
func checkScheduledJob(v *pipeline.Validator, s ScheduledJob, partial bool) {
	checkJobBody(v, "scheduledJob", s.Group, s.Data, s.Batch, s.CancellationThreshold, partial)
	if s.Schedule == nil {
		if !partial {
			v.Fail("scheduledJob.schedule", nil, "is required")
		}
		return
	}
	if !partial {
		v.Required("scheduledJob.schedule.start", s.Schedule.Start != nil)
	}
	if s.Schedule.End != nil && isNilUnion(s.Schedule.End) {
		// A typed nil would be sent as null: a missing body, not an end.
		v.Fail("scheduledJob.schedule.end", nil, "must not be a nil pointer (leave End nil for no end)")
		return
	}
	switch end := s.Schedule.End.(type) {
	case *DateJobScheduleEnd:
		v.Required("scheduledJob.schedule.end.date", end.Date != nil)
	case *OccurrencesJobScheduleEnd:
		v.Required("scheduledJob.schedule.end.occurrences", end.Occurrences != nil)
	}
}
