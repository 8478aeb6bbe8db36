package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// ScheduledJobsServer is a fake for iotcentral.ScheduledJobsClient: each
// field answers the client method of the same name. Set the fields a test
// uses; a call to a nil field fails with an error naming it.
type ScheduledJobsServer struct {
	// NewListPager answers ScheduledJobsClient.NewListPager.
	NewListPager func(options *iotcentral.ScheduledJobsClientListOptions) (resp azfake.PagerResponder[iotcentral.ScheduledJobsClientListResponse])
	// Get answers ScheduledJobsClient.Get.
	Get func(ctx context.Context, scheduledJobID string, options *iotcentral.ScheduledJobsClientGetOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers ScheduledJobsClient.Create.
	Create func(ctx context.Context, scheduledJobID string, scheduledJob iotcentral.ScheduledJob, options *iotcentral.ScheduledJobsClientCreateOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers ScheduledJobsClient.Update.
	Update func(ctx context.Context, scheduledJobID string, patch iotcentral.ScheduledJob, options *iotcentral.ScheduledJobsClientUpdateOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers ScheduledJobsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, scheduledJobID string, options *iotcentral.ScheduledJobsClientDeleteOptions) (resp azfake.Responder[iotcentral.ScheduledJobsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListJobsPager answers ScheduledJobsClient.NewListJobsPager.
	NewListJobsPager func(scheduledJobID string, options *iotcentral.ScheduledJobsClientListJobsOptions) (resp azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse])
}

// Path templates of the scheduled job operations, as the client fills them.
const (
	scheduledJobPath     = "/scheduledJobs/{scheduledJobId}"
	scheduledJobJobsPath = "/scheduledJobs/{scheduledJobId}/jobs"
)

// ScheduledJobsServerTransport routes ScheduledJobsClient's requests to a
// ScheduledJobsServer. Use it as ClientOptions.Transport.
type ScheduledJobsServerTransport struct {
	t *fakeserver.Transport
}

// NewScheduledJobsServerTransport returns a transport that answers
// ScheduledJobsClient's requests with srv.
func NewScheduledJobsServerTransport(srv *ScheduledJobsServer) *ScheduledJobsServerTransport {
	return &ScheduledJobsServerTransport{fakeserver.NewTransport(scheduledJobsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *ScheduledJobsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func scheduledJobsRoutes(srv *ScheduledJobsServer) map[string]fakeserver.Handler {
	var (
		list fakeserver.Tracker[azfake.PagerResponder[iotcentral.ScheduledJobsClientListResponse]]
		jobs fakeserver.Tracker[azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse]]
	)
	return map[string]fakeserver.Handler{
		"ScheduledJobsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.ScheduledJobsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.ScheduledJobsClientListResponse, link string) { page.NextLink = &link })
		},
		"ScheduledJobsClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.Get")
			}
			p, err := fakeserver.PathParams(scheduledJobPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"ScheduledJobsClient.Create": func(req *http.Request) (*http.Response, error) {
			if srv.Create == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.Create")
			}
			p, err := fakeserver.PathParams(scheduledJobPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.ScheduledJob](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Create(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"ScheduledJobsClient.Update": func(req *http.Request) (*http.Response, error) {
			if srv.Update == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.Update")
			}
			p, err := fakeserver.PathParams(scheduledJobPath, req)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[iotcentral.ScheduledJob](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Update(req.Context(), p[0], body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"ScheduledJobsClient.Delete": func(req *http.Request) (*http.Response, error) {
			if srv.Delete == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.Delete")
			}
			p, err := fakeserver.PathParams(scheduledJobPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), p[0], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		},
		"ScheduledJobsClient.NewListJobsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListJobsPager == nil {
				return nil, fakeserver.NotImplemented("ScheduledJobsClient.NewListJobsPager")
			}
			return fakeserver.Page(&jobs, req, func() (azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse], error) {
				p, err := fakeserver.PathParams(scheduledJobJobsPath, req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.ScheduledJobsClientListJobsResponse]{}, err
				}
				return srv.NewListJobsPager(p[0], nil), nil
			}, func(page *iotcentral.ScheduledJobsClientListJobsResponse, link string) { page.NextLink = &link })
		},
	}
}
