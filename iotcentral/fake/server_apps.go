package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// AppsServer is a fake for iotcentral.AppsClient (application management
// through ARM): each field answers the client method of the same name
// (iterators use the pager fields). Set the fields a test uses; a call to
// a nil field fails with an error naming it.
type AppsServer struct {
	// Get answers AppsClient.Get.
	Get func(ctx context.Context, resourceGroupName, resourceName string, options *iotcentral.AppsClientGetOptions) (resp azfake.Responder[iotcentral.AppsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginCreateOrUpdate answers AppsClient.BeginCreateOrUpdate.
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, resourceName string, app iotcentral.App, options *iotcentral.AppsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// BeginUpdate answers AppsClient.BeginUpdate.
	BeginUpdate func(ctx context.Context, resourceGroupName, resourceName string, patch iotcentral.AppPatch, options *iotcentral.AppsClientBeginUpdateOptions) (resp azfake.PollerResponder[iotcentral.AppsClientUpdateResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers AppsClient.BeginDelete.
	BeginDelete func(ctx context.Context, resourceGroupName, resourceName string, options *iotcentral.AppsClientBeginDeleteOptions) (resp azfake.PollerResponder[iotcentral.AppsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByResourceGroupPager answers AppsClient.NewListByResourceGroupPager.
	NewListByResourceGroupPager func(resourceGroupName string, options *iotcentral.AppsClientListByResourceGroupOptions) (resp azfake.PagerResponder[iotcentral.AppsClientListByResourceGroupResponse])
	// NewListBySubscriptionPager answers AppsClient.NewListBySubscriptionPager.
	NewListBySubscriptionPager func(options *iotcentral.AppsClientListBySubscriptionOptions) (resp azfake.PagerResponder[iotcentral.AppsClientListBySubscriptionResponse])
	// NewListTemplatesPager answers AppsClient.NewListTemplatesPager.
	NewListTemplatesPager func(options *iotcentral.AppsClientListTemplatesOptions) (resp azfake.PagerResponder[iotcentral.AppsClientListTemplatesResponse])
	// CheckNameAvailability answers AppsClient.CheckNameAvailability.
	CheckNameAvailability func(ctx context.Context, operationInputs iotcentral.OperationInputs, options *iotcentral.AppsClientCheckNameAvailabilityOptions) (resp azfake.Responder[iotcentral.AppsClientCheckNameAvailabilityResponse], errResp azfake.ErrorResponder)
	// CheckSubdomainAvailability answers AppsClient.CheckSubdomainAvailability.
	CheckSubdomainAvailability func(ctx context.Context, operationInputs iotcentral.OperationInputs, options *iotcentral.AppsClientCheckSubdomainAvailabilityOptions) (resp azfake.Responder[iotcentral.AppsClientCheckSubdomainAvailabilityResponse], errResp azfake.ErrorResponder)
}

// AppsServerTransport routes AppsClient's requests to an AppsServer. Use
// it as arm.ClientOptions.Transport.
type AppsServerTransport struct{ t *fakeserver.Transport }

// NewAppsServerTransport returns a transport that answers AppsClient's
// requests with srv.
func NewAppsServerTransport(srv *AppsServer) *AppsServerTransport {
	return &AppsServerTransport{fakeserver.NewTransport(appsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *AppsServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// appPath is AppsClient's path template of one application.
const appPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTCentral/iotApps/{resourceName}"

func appsRoutes(srv *AppsServer) map[string]fakeserver.Handler {
	var (
		createorupdate  fakeserver.Tracker[azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse]]
		update          fakeserver.Tracker[azfake.PollerResponder[iotcentral.AppsClientUpdateResponse]]
		deletes         fakeserver.Tracker[azfake.PollerResponder[iotcentral.AppsClientDeleteResponse]]
		byresourcegroup fakeserver.Tracker[azfake.PagerResponder[iotcentral.AppsClientListByResourceGroupResponse]]
		bysubscription  fakeserver.Tracker[azfake.PagerResponder[iotcentral.AppsClientListBySubscriptionResponse]]
		templates       fakeserver.Tracker[azfake.PagerResponder[iotcentral.AppsClientListTemplatesResponse]]
	)
	const rgPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTCentral/iotApps"
	return map[string]fakeserver.Handler{
		"AppsClient.Get": serve(func() bool { return srv.Get != nil }, "AppsClient.Get", appPath, http.StatusOK,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.AppsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[1], p[2], nil)
				return r, e, nil
			}),
		"AppsClient.BeginCreateOrUpdate": func(req *http.Request) (*http.Response, error) {
			if srv.BeginCreateOrUpdate == nil {
				return nil, fakeserver.NotImplemented("AppsClient.BeginCreateOrUpdate")
			}
			return fakeserver.Poll(&createorupdate, req, func() (azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(appPath, req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				body, err := fakeserver.Body[iotcentral.App](req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.AppsClientCreateOrUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], body, nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusCreated, http.StatusAccepted)
		},
		"AppsClient.BeginUpdate": func(req *http.Request) (*http.Response, error) {
			if srv.BeginUpdate == nil {
				return nil, fakeserver.NotImplemented("AppsClient.BeginUpdate")
			}
			return fakeserver.Poll(&update, req, func() (azfake.PollerResponder[iotcentral.AppsClientUpdateResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(appPath, req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.AppsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				body, err := fakeserver.Body[iotcentral.AppPatch](req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.AppsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginUpdate(req.Context(), p[1], p[2], body, nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted)
		},
		"AppsClient.BeginDelete": func(req *http.Request) (*http.Response, error) {
			if srv.BeginDelete == nil {
				return nil, fakeserver.NotImplemented("AppsClient.BeginDelete")
			}
			return fakeserver.Poll(&deletes, req, func() (azfake.PollerResponder[iotcentral.AppsClientDeleteResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(appPath, req)
				if err != nil {
					return azfake.PollerResponder[iotcentral.AppsClientDeleteResponse]{}, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginDelete(req.Context(), p[1], p[2], nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
		},
		"AppsClient.NewListByResourceGroupPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListByResourceGroupPager == nil {
				return nil, fakeserver.NotImplemented("AppsClient.NewListByResourceGroupPager")
			}
			return fakeserver.Page(&byresourcegroup, req, func() (azfake.PagerResponder[iotcentral.AppsClientListByResourceGroupResponse], error) {
				p, err := fakeserver.PathParams(rgPath, req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.AppsClientListByResourceGroupResponse]{}, err
				}
				return srv.NewListByResourceGroupPager(p[1], nil), nil
			}, func(page *iotcentral.AppsClientListByResourceGroupResponse, link string) { page.NextLink = &link })
		},
		"AppsClient.NewListBySubscriptionPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListBySubscriptionPager == nil {
				return nil, fakeserver.NotImplemented("AppsClient.NewListBySubscriptionPager")
			}
			return fakeserver.Page(&bysubscription, req, func() (azfake.PagerResponder[iotcentral.AppsClientListBySubscriptionResponse], error) {
				return srv.NewListBySubscriptionPager(nil), nil
			}, func(page *iotcentral.AppsClientListBySubscriptionResponse, link string) { page.NextLink = &link })
		},
		"AppsClient.NewListTemplatesPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListTemplatesPager == nil {
				return nil, fakeserver.NotImplemented("AppsClient.NewListTemplatesPager")
			}
			return fakeserver.Page(&templates, req, func() (azfake.PagerResponder[iotcentral.AppsClientListTemplatesResponse], error) {
				return srv.NewListTemplatesPager(nil), nil
			}, func(page *iotcentral.AppsClientListTemplatesResponse, link string) { page.NextLink = &link })
		},
		"AppsClient.CheckNameAvailability": serve(func() bool { return srv.CheckNameAvailability != nil }, "AppsClient.CheckNameAvailability", "/subscriptions/{subscriptionId}/providers/Microsoft.IoTCentral/checkNameAvailability", http.StatusOK,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.AppsClientCheckNameAvailabilityResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.OperationInputs](req)
				if err != nil {
					return azfake.Responder[iotcentral.AppsClientCheckNameAvailabilityResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.CheckNameAvailability(req.Context(), body, nil)
				return r, e, nil
			}),
		"AppsClient.CheckSubdomainAvailability": serve(func() bool { return srv.CheckSubdomainAvailability != nil }, "AppsClient.CheckSubdomainAvailability", "/subscriptions/{subscriptionId}/providers/Microsoft.IoTCentral/checkSubdomainAvailability", http.StatusOK,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.AppsClientCheckSubdomainAvailabilityResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.OperationInputs](req)
				if err != nil {
					return azfake.Responder[iotcentral.AppsClientCheckSubdomainAvailabilityResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.CheckSubdomainAvailability(req.Context(), body, nil)
				return r, e, nil
			}),
	}
}
