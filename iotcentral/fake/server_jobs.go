package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// JobsServer is a fake for iotcentral.JobsClient: each field answers the
// client method of the same name. Set the fields a test uses; a call to a
// nil field fails with an error naming it.
type JobsServer struct {
	// NewListPager answers JobsClient.NewListPager.
	NewListPager func(options *iotcentral.JobsClientListOptions) (resp azfake.PagerResponder[iotcentral.JobsClientListResponse])
	// Get answers JobsClient.Get.
	Get func(ctx context.Context, jobID string, options *iotcentral.JobsClientGetOptions) (resp azfake.Responder[iotcentral.JobsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers JobsClient.Create.
	Create func(ctx context.Context, jobID string, job iotcentral.Job, options *iotcentral.JobsClientCreateOptions) (resp azfake.Responder[iotcentral.JobsClientCreateResponse], errResp azfake.ErrorResponder)
	// NewListDeviceStatusesPager answers JobsClient.NewListDeviceStatusesPager.
	NewListDeviceStatusesPager func(jobID string, options *iotcentral.JobsClientListDeviceStatusesOptions) (resp azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse])
	// Stop answers JobsClient.Stop (HTTP status 204).
	Stop func(ctx context.Context, jobID string, options *iotcentral.JobsClientStopOptions) (resp azfake.Responder[iotcentral.JobsClientStopResponse], errResp azfake.ErrorResponder)
	// Resume answers JobsClient.Resume (HTTP status 204).
	Resume func(ctx context.Context, jobID string, options *iotcentral.JobsClientResumeOptions) (resp azfake.Responder[iotcentral.JobsClientResumeResponse], errResp azfake.ErrorResponder)
	// Rerun answers JobsClient.Rerun.
	Rerun func(ctx context.Context, jobID, rerunID string, options *iotcentral.JobsClientRerunOptions) (resp azfake.Responder[iotcentral.JobsClientRerunResponse], errResp azfake.ErrorResponder)
	// BeginWait answers JobsClient.BeginWait: the non-terminal responses
	// are polls of a job still running, the terminal response is the job
	// as it completed.
	BeginWait func(ctx context.Context, jobID string, options *iotcentral.JobsClientBeginWaitOptions) (resp azfake.PollerResponder[iotcentral.JobsClientWaitResponse], errResp azfake.ErrorResponder)
}

// Path templates of the job operations, as the client fills them.
const (
	jobPath        = "/jobs/{jobId}"
	jobDevicesPath = "/jobs/{jobId}/devices"
	jobStopPath    = "/jobs/{jobId}/stop"
	jobResumePath  = "/jobs/{jobId}/resume"
	jobRerunPath   = "/jobs/{jobId}/rerun/{rerunId}"
)

// JobsServerTransport routes JobsClient's requests to a JobsServer. Use it
// as ClientOptions.Transport.
type JobsServerTransport struct {
	t *fakeserver.Transport
}

// NewJobsServerTransport returns a transport that answers JobsClient's
// requests with srv.
func NewJobsServerTransport(srv *JobsServer) *JobsServerTransport {
	return &JobsServerTransport{fakeserver.NewTransport(jobsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *JobsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func jobsRoutes(srv *JobsServer) map[string]fakeserver.Handler {
	var (
		list     fakeserver.Tracker[azfake.PagerResponder[iotcentral.JobsClientListResponse]]
		statuses fakeserver.Tracker[azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse]]
		wait     fakeserver.Tracker[azfake.PollerResponder[iotcentral.JobsClientWaitResponse]]
	)
	return map[string]fakeserver.Handler{
		"JobsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("JobsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.JobsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.JobsClientListResponse, link string) { page.NextLink = &link })
		},
		"JobsClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("JobsClient.Get")
			}
			p, err := fakeserver.PathParams(jobPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"JobsClient.Create": func(req *http.Request) (*http.Response, error) {
			if srv.Create == nil {
				return nil, fakeserver.NotImplemented("JobsClient.Create")
			}
			p, err := fakeserver.PathParams(jobPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.Job](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Create(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"JobsClient.NewListDeviceStatusesPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListDeviceStatusesPager == nil {
				return nil, fakeserver.NotImplemented("JobsClient.NewListDeviceStatusesPager")
			}
			return fakeserver.Page(&statuses, req, func() (azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse], error) {
				p, err := fakeserver.PathParams(jobDevicesPath, req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.JobsClientListDeviceStatusesResponse]{}, err
				}
				return srv.NewListDeviceStatusesPager(p[0], nil), nil
			}, func(page *iotcentral.JobsClientListDeviceStatusesResponse, link string) { page.NextLink = &link })
		},
		"JobsClient.Stop": func(req *http.Request) (*http.Response, error) {
			if srv.Stop == nil {
				return nil, fakeserver.NotImplemented("JobsClient.Stop")
			}
			p, err := fakeserver.PathParams(jobStopPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Stop(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
		"JobsClient.Resume": func(req *http.Request) (*http.Response, error) {
			if srv.Resume == nil {
				return nil, fakeserver.NotImplemented("JobsClient.Resume")
			}
			p, err := fakeserver.PathParams(jobResumePath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Resume(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
		"JobsClient.Rerun": func(req *http.Request) (*http.Response, error) {
			if srv.Rerun == nil {
				return nil, fakeserver.NotImplemented("JobsClient.Rerun")
			}
			p, err := fakeserver.PathParams(jobRerunPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Rerun(req.Context(), p[0], p[1], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"JobsClient.BeginWait": func(req *http.Request) (*http.Response, error) {
			if srv.BeginWait == nil {
				return nil, fakeserver.NotImplemented("JobsClient.BeginWait")
			}
			return fakeserver.Poll(&wait, req, func() (azfake.PollerResponder[iotcentral.JobsClientWaitResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(jobPath, req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.JobsClientWaitResponse]{}, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginWait(req.Context(), p[0], nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusCreated, http.StatusAccepted)
		},
	}
}
