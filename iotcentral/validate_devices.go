package iotcentral

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/pipeline"
)

// checkDeviceID checks that a device ID is present. Its length and
// characters are the service's to check; the client escapes the ID so that
// '/', '?', '#' or spaces stay inside its path segment, and pipeline.Path
// rejects the IDs "." and "..", which no escaping can keep in place.
func checkDeviceID(v *pipeline.Validator, field, id string) {
	if id == "" {
		v.Fail(field, id, "is required")
	}
}

// checkGroupID checks that a device group ID is present.
func checkGroupID(v *pipeline.Validator, id string) {
	checkRequiredID(v, "deviceGroupID", id)
}

// checkTarget checks the device, module and component a capability
// belongs to.
// A module or component named by a constructor must not be empty: the
// segment would be dropped and the call would reach the device itself.
func checkTarget(v *pipeline.Validator, t Target) {
	checkDeviceID(v, "target.DeviceID", t.DeviceID)
	if t.needModule && t.Module == "" {
		v.Fail("target.Module", "", "is required: ModuleTarget and ModuleComponentTarget name a module")
	}
	if t.needComponent && t.Component == "" {
		v.Fail("target.Component", "", "is required: ComponentTarget and ModuleComponentTarget name a component")
	}
}

// checkListQuery checks the preview-only list options: they need a
// preview api-version (with the stable one the service would ignore them).
// Their values (maxpagesize 1 to 100, the filter's grammar) are the
// service's to check.
func checkListQuery(v *pipeline.Validator, apiVersion string, filter, orderBy *string, maxPageSize *int32) {
	preview := strings.Contains(apiVersion, "preview")
	for _, o := range []struct {
		name string
		set  bool
	}{{"options.Filter", filter != nil}, {"options.OrderBy", orderBy != nil}, {"options.MaxPageSize", maxPageSize != nil}} {
		if o.set && !preview {
			v.Fail(o.name, apiVersion, "needs a preview api-version such as 2022-10-31-preview (ClientOptions.APIVersion)")
		}
	}
}

// previewListRequest builds the first request of a list that takes the
// preview-only filter, orderby and maxpagesize options, after checking them.
func previewListRequest(ctx context.Context, pl *pipeline.Client, path string, filter, orderBy *string, maxPageSize *int32) (*policy.Request, error) {
	var v pipeline.Validator
	checkListQuery(&v, pl.APIVersion(), filter, orderBy, maxPageSize)
	if err := v.Err(); err != nil {
		return nil, err
	}
	req, err := pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return nil, err
	}
	if filter != nil {
		pipeline.SetQuery(req, "filter", *filter)
	}
	if maxPageSize != nil {
		pipeline.SetQuery(req, "maxpagesize", fmt.Sprint(*maxPageSize))
	}
	if orderBy != nil {
		pipeline.SetQuery(req, "orderby", *orderBy)
	}
	return req, nil
}
