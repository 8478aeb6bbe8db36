package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// DeviceTemplatesServer is a fake for iotcentral.DeviceTemplatesClient:
// each field answers the client method of the same name. A call to a nil
// field fails with an error naming it.
type DeviceTemplatesServer struct {
	NewListPager func(options *iotcentral.DeviceTemplatesClientListOptions) (resp azfake.PagerResponder[iotcentral.DeviceTemplatesClientListResponse])
	Get          func(ctx context.Context, deviceTemplateID string, options *iotcentral.DeviceTemplatesClientGetOptions) (resp azfake.Responder[iotcentral.DeviceTemplatesClientGetResponse], errResp azfake.ErrorResponder)
	Create       func(ctx context.Context, deviceTemplateID string, template iotcentral.DeviceTemplate, options *iotcentral.DeviceTemplatesClientCreateOptions) (resp azfake.Responder[iotcentral.DeviceTemplatesClientCreateResponse], errResp azfake.ErrorResponder)
	Update       func(ctx context.Context, deviceTemplateID string, patch iotcentral.DeviceTemplate, options *iotcentral.DeviceTemplatesClientUpdateOptions) (resp azfake.Responder[iotcentral.DeviceTemplatesClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers with HTTP status 204.
	Delete func(ctx context.Context, deviceTemplateID string, options *iotcentral.DeviceTemplatesClientDeleteOptions) (resp azfake.Responder[iotcentral.DeviceTemplatesClientDeleteResponse], errResp azfake.ErrorResponder)
}

// DeviceTemplatesServerTransport routes DeviceTemplatesClient's requests to
// a DeviceTemplatesServer. Use it as ClientOptions.Transport.
type DeviceTemplatesServerTransport struct{ t *fakeserver.Transport }

// NewDeviceTemplatesServerTransport returns a transport that answers
// DeviceTemplatesClient's requests with srv.
func NewDeviceTemplatesServerTransport(srv *DeviceTemplatesServer) *DeviceTemplatesServerTransport {
	return &DeviceTemplatesServerTransport{fakeserver.NewTransport(deviceTemplatesRoutes(srv))}
}

func deviceTemplatesRoutes(srv *DeviceTemplatesServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.DeviceTemplatesClientListResponse]]
	const path = "/deviceTemplates/{deviceTemplateId}"
	return map[string]fakeserver.Handler{
		"DeviceTemplatesClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DeviceTemplatesClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DeviceTemplatesClientListResponse], error) {
				var o *iotcentral.DeviceTemplatesClientListOptions
				if f, m, ob := listQuery(req); f != nil || m != nil || ob != nil {
					o = &iotcentral.DeviceTemplatesClientListOptions{Filter: f, MaxPageSize: m, OrderBy: ob}
				}
				return srv.NewListPager(o), nil
			}, func(page *iotcentral.DeviceTemplatesClientListResponse, link string) { page.NextLink = &link })
		},
		"DeviceTemplatesClient.Get": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Get != nil, "DeviceTemplatesClient.Get", path, req, func(id string) (azfake.Responder[iotcentral.DeviceTemplatesClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), id, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceTemplatesClient.Create": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Create != nil, "DeviceTemplatesClient.Create", path, req, func(id string) (azfake.Responder[iotcentral.DeviceTemplatesClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceTemplate](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeviceTemplatesClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), id, body, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceTemplatesClient.Update": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Update != nil, "DeviceTemplatesClient.Update", path, req, func(id string) (azfake.Responder[iotcentral.DeviceTemplatesClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceTemplate](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeviceTemplatesClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), id, body, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceTemplatesClient.Delete": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Delete != nil, "DeviceTemplatesClient.Delete", path, req, func(id string) (azfake.Responder[iotcentral.DeviceTemplatesClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), id, nil)
				return r, e, nil
			}, http.StatusNoContent)
		},
	}
}

// Do implements policy.Transporter.
func (t *DeviceTemplatesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

// DeviceGroupsServer is a fake for iotcentral.DeviceGroupsClient: each
// field answers the client method of the same name. A call to a nil field
// fails with an error naming it.
type DeviceGroupsServer struct {
	NewListPager func(options *iotcentral.DeviceGroupsClientListOptions) (resp azfake.PagerResponder[iotcentral.DeviceGroupsClientListResponse])
	Get          func(ctx context.Context, deviceGroupID string, options *iotcentral.DeviceGroupsClientGetOptions) (resp azfake.Responder[iotcentral.DeviceGroupsClientGetResponse], errResp azfake.ErrorResponder)
	Create       func(ctx context.Context, deviceGroupID string, group iotcentral.DeviceGroup, options *iotcentral.DeviceGroupsClientCreateOptions) (resp azfake.Responder[iotcentral.DeviceGroupsClientCreateResponse], errResp azfake.ErrorResponder)
	Update       func(ctx context.Context, deviceGroupID string, patch iotcentral.DeviceGroup, options *iotcentral.DeviceGroupsClientUpdateOptions) (resp azfake.Responder[iotcentral.DeviceGroupsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers with HTTP status 204.
	Delete              func(ctx context.Context, deviceGroupID string, options *iotcentral.DeviceGroupsClientDeleteOptions) (resp azfake.Responder[iotcentral.DeviceGroupsClientDeleteResponse], errResp azfake.ErrorResponder)
	NewListDevicesPager func(deviceGroupID string, options *iotcentral.DeviceGroupsClientListDevicesOptions) (resp azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse])
}

// DeviceGroupsServerTransport routes DeviceGroupsClient's requests to a
// DeviceGroupsServer. Use it as ClientOptions.Transport.
type DeviceGroupsServerTransport struct{ t *fakeserver.Transport }

// NewDeviceGroupsServerTransport returns a transport that answers
// DeviceGroupsClient's requests with srv.
func NewDeviceGroupsServerTransport(srv *DeviceGroupsServer) *DeviceGroupsServerTransport {
	return &DeviceGroupsServerTransport{fakeserver.NewTransport(deviceGroupsRoutes(srv))}
}

func deviceGroupsRoutes(srv *DeviceGroupsServer) map[string]fakeserver.Handler {
	var (
		list    fakeserver.Tracker[azfake.PagerResponder[iotcentral.DeviceGroupsClientListResponse]]
		devices fakeserver.Tracker[azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse]]
	)
	const path = "/deviceGroups/{deviceGroupId}"
	return map[string]fakeserver.Handler{
		"DeviceGroupsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DeviceGroupsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DeviceGroupsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.DeviceGroupsClientListResponse, link string) { page.NextLink = &link })
		},
		"DeviceGroupsClient.Get": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Get != nil, "DeviceGroupsClient.Get", path, req, func(id string) (azfake.Responder[iotcentral.DeviceGroupsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), id, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceGroupsClient.Create": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Create != nil, "DeviceGroupsClient.Create", path, req, func(id string) (azfake.Responder[iotcentral.DeviceGroupsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceGroup](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeviceGroupsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), id, body, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceGroupsClient.Update": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Update != nil, "DeviceGroupsClient.Update", path, req, func(id string) (azfake.Responder[iotcentral.DeviceGroupsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceGroup](req)
				if err != nil {
					return azfake.Responder[iotcentral.DeviceGroupsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), id, body, nil)
				return r, e, nil
			}, http.StatusOK)
		},
		"DeviceGroupsClient.Delete": func(req *http.Request) (*http.Response, error) {
			return byID(srv.Delete != nil, "DeviceGroupsClient.Delete", path, req, func(id string) (azfake.Responder[iotcentral.DeviceGroupsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), id, nil)
				return r, e, nil
			}, http.StatusNoContent)
		},
		"DeviceGroupsClient.NewListDevicesPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListDevicesPager == nil {
				return nil, fakeserver.NotImplemented("DeviceGroupsClient.NewListDevicesPager")
			}
			return fakeserver.Page(&devices, req, func() (azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse], error) {
				p, err := fakeserver.PathParams(path+"/devices", req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DeviceGroupsClientListDevicesResponse]{}, err
				}
				return srv.NewListDevicesPager(p[0], nil), nil
			}, func(page *iotcentral.DeviceGroupsClientListDevicesResponse, link string) { page.NextLink = &link })
		},
	}
}

// Do implements policy.Transporter.
func (t *DeviceGroupsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

// byID answers a request on one resource of template with call, when the
// server function is set.
func byID[T any](set bool, op, template string, req *http.Request, call func(id string) (azfake.Responder[T], azfake.ErrorResponder, error), statuses ...int) (*http.Response, error) {
	if !set {
		return nil, fakeserver.NotImplemented(op)
	}
	p, err := fakeserver.PathParams(template, req)
	if err != nil {
		return nil, err
	}
	resp, errResp, err := call(p[0])
	if err != nil {
		return nil, err
	}
	return fakeserver.Reply(req, resp, errResp, statuses...)
}
