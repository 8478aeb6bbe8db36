package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// DeploymentManifestsServer is a fake for
// iotcentral.DeploymentManifestsClient: each field answers the client
// method of the same name (ListIter uses NewListPager). Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type DeploymentManifestsServer struct {
	// NewListPager answers DeploymentManifestsClient.NewListPager.
	NewListPager func(options *iotcentral.DeploymentManifestsClientListOptions) (resp azfake.PagerResponder[iotcentral.DeploymentManifestsClientListResponse])
	// Get answers DeploymentManifestsClient.Get.
	Get func(ctx context.Context, deploymentManifestID string, options *iotcentral.DeploymentManifestsClientGetOptions) (resp azfake.Responder[iotcentral.DeploymentManifestsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers DeploymentManifestsClient.Create.
	Create func(ctx context.Context, deploymentManifestID string, manifest iotcentral.DeploymentManifest, options *iotcentral.DeploymentManifestsClientCreateOptions) (resp azfake.Responder[iotcentral.DeploymentManifestsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers DeploymentManifestsClient.Update.
	Update func(ctx context.Context, deploymentManifestID string, patch iotcentral.DeploymentManifest, options *iotcentral.DeploymentManifestsClientUpdateOptions) (resp azfake.Responder[iotcentral.DeploymentManifestsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers DeploymentManifestsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, deploymentManifestID string, options *iotcentral.DeploymentManifestsClientDeleteOptions) (resp azfake.Responder[iotcentral.DeploymentManifestsClientDeleteResponse], errResp azfake.ErrorResponder)
}

// DeploymentManifestsServerTransport routes DeploymentManifestsClient's
// requests to a DeploymentManifestsServer. Use it as
// ClientOptions.Transport.
type DeploymentManifestsServerTransport struct{ t *fakeserver.Transport }

// NewDeploymentManifestsServerTransport returns a transport that answers
// DeploymentManifestsClient's requests with srv.
func NewDeploymentManifestsServerTransport(srv *DeploymentManifestsServer) *DeploymentManifestsServerTransport {
	return &DeploymentManifestsServerTransport{fakeserver.NewTransport(deploymentManifestsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *DeploymentManifestsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func deploymentManifestsRoutes(srv *DeploymentManifestsServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.DeploymentManifestsClientListResponse]]
	const path = "/deploymentManifests/{deploymentManifestId}"
	ok := http.StatusOK
	return map[string]fakeserver.Handler{
		"DeploymentManifestsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DeploymentManifestsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DeploymentManifestsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.DeploymentManifestsClientListResponse, link string) { page.NextLink = &link })
		},
		"DeploymentManifestsClient.Get": serve(func() bool { return srv.Get != nil }, "DeploymentManifestsClient.Get", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DeploymentManifestsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"DeploymentManifestsClient.Create": serve(func() bool { return srv.Create != nil }, "DeploymentManifestsClient.Create", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DeploymentManifestsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeploymentManifest](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeploymentManifestsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DeploymentManifestsClient.Update": serve(func() bool { return srv.Update != nil }, "DeploymentManifestsClient.Update", path, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DeploymentManifestsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeploymentManifest](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeploymentManifestsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"DeploymentManifestsClient.Delete": serve(func() bool { return srv.Delete != nil }, "DeploymentManifestsClient.Delete", path, http.StatusNoContent,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.DeploymentManifestsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}),
	}
}
