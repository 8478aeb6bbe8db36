package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DevicesClientListComponentsOptions holds the optional parameters of
// DevicesClient.NewListComponentsPager and ListComponentsIter; there are
// none yet.
type DevicesClientListComponentsOptions struct{}

// DevicesClientListComponentsResponse is one page of
// DevicesClient.NewListComponentsPager: the device's components, as named
// objects.
type DevicesClientListComponentsResponse struct {
	Collection
}

// NewListComponentsPager lists the components of a device
// (Devices_ListComponents), page by page, following nextLink. Nothing is
// sent until NextPage; an empty device ID is a *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/list-components
func (c *DevicesClient) NewListComponentsPager(deviceID string, options *DevicesClientListComponentsOptions) *runtime.Pager[DevicesClientListComponentsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientListComponentsResponse]{
		Op:       "DevicesClient.NewListComponentsPager",
		First:    c.firstPage(componentsPath, deviceID),
		NextLink: func(p *DevicesClientListComponentsResponse) *string { return p.NextLink },
	})
}

// ListComponentsIter returns an iterator over every component of
// NewListComponentsPager; it stops at the first error, which it yields.
func (c *DevicesClient) ListComponentsIter(ctx context.Context, deviceID string, options *DevicesClientListComponentsOptions) iter.Seq2[NamedObject, error] {
	return pipeline.All(ctx, c.NewListComponentsPager(deviceID, options), func(p DevicesClientListComponentsResponse) []NamedObject { return p.Value })
}

// DevicesClientListModulesOptions holds the optional parameters of
// DevicesClient.NewListModulesPager and ListModulesIter; there are none
// yet.
type DevicesClientListModulesOptions struct{}

// DevicesClientListModulesResponse is one page of
// DevicesClient.NewListModulesPager: the device's modules, as named
// objects.
type DevicesClientListModulesResponse struct {
	Collection
}

// NewListModulesPager lists the modules of a device (Devices_ListModules),
// page by page, following nextLink. Nothing is sent until NextPage; an
// empty device ID is a *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/list-modules
func (c *DevicesClient) NewListModulesPager(deviceID string, options *DevicesClientListModulesOptions) *runtime.Pager[DevicesClientListModulesResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientListModulesResponse]{
		Op:       "DevicesClient.NewListModulesPager",
		First:    c.firstPage(modulesPath, deviceID),
		NextLink: func(p *DevicesClientListModulesResponse) *string { return p.NextLink },
	})
}

// ListModulesIter returns an iterator over every module of
// NewListModulesPager; it stops at the first error, which it yields.
func (c *DevicesClient) ListModulesIter(ctx context.Context, deviceID string, options *DevicesClientListModulesOptions) iter.Seq2[NamedObject, error] {
	return pipeline.All(ctx, c.NewListModulesPager(deviceID, options), func(p DevicesClientListModulesResponse) []NamedObject { return p.Value })
}

// DevicesClientListModuleComponentsOptions holds the optional parameters
// of DevicesClient.NewListModuleComponentsPager and
// ListModuleComponentsIter; there are none yet.
type DevicesClientListModuleComponentsOptions struct{}

// DevicesClientListModuleComponentsResponse is one page of
// DevicesClient.NewListModuleComponentsPager: the module's components, as
// named objects.
type DevicesClientListModuleComponentsResponse struct {
	Collection
}

// NewListModuleComponentsPager lists the components of a device's module
// (Devices_ListModuleComponents), page by page, following nextLink.
// Nothing is sent until NextPage; an empty device ID or module name is a
// *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/list-module-components
func (c *DevicesClient) NewListModuleComponentsPager(deviceID, moduleName string, options *DevicesClientListModuleComponentsOptions) *runtime.Pager[DevicesClientListModuleComponentsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientListModuleComponentsResponse]{
		Op:       "DevicesClient.NewListModuleComponentsPager",
		First:    c.firstPage(moduleComponentsPath, deviceID, moduleName),
		NextLink: func(p *DevicesClientListModuleComponentsResponse) *string { return p.NextLink },
	})
}

// ListModuleComponentsIter returns an iterator over every component of
// NewListModuleComponentsPager; it stops at the first error, which it
// yields.
func (c *DevicesClient) ListModuleComponentsIter(ctx context.Context, deviceID, moduleName string, options *DevicesClientListModuleComponentsOptions) iter.Seq2[NamedObject, error] {
	return pipeline.All(ctx, c.NewListModuleComponentsPager(deviceID, moduleName, options), func(p DevicesClientListModuleComponentsResponse) []NamedObject { return p.Value })
}

// firstPage returns the first-page request of a list under one device:
// the device ID (and the module name, when the template has one) are
// required path segments.
func (c *DevicesClient) firstPage(template, deviceID string, more ...string) func(ctx context.Context) (*policy.Request, error) {
	return func(ctx context.Context) (*policy.Request, error) {
		var v pipeline.Validator
		checkDeviceID(&v, "deviceID", deviceID)
		for _, m := range more {
			checkNonEmpty(&v, "moduleName", &m)
		}
		if err := v.Err(); err != nil {
			return nil, err
		}
		path, err := pipeline.Path(template, append([]string{deviceID}, more...)...)
		if err != nil {
			return nil, err
		}
		return c.pl.NewRequest(ctx, http.MethodGet, path)
	}
}
