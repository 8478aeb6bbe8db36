package iotcentral

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/pipeline"
)

// maxDeviceIDLength is IoT Central's (and IoT Hub's) limit on device IDs.
const maxDeviceIDLength = 128

// checkDeviceID checks a device ID: present and at most 128 characters.
// Any character is allowed; the client escapes the ID so that '/', '?',
// '#' or spaces stay inside its path segment, and pipeline.Path rejects the
// IDs "." and "..", which no escaping can keep in place.
func checkDeviceID(v *pipeline.Validator, field, id string) {
	switch {
	case id == "":
		v.Fail(field, id, "is required")
	case len(id) > maxDeviceIDLength:
		v.Fail(field, id, fmt.Sprintf("must be at most %d characters long", maxDeviceIDLength))
	}
}

// checkGroupID checks a device group ID: ^[a-zA-Z0-9_-]*$, 1 to 255.
func checkGroupID(v *pipeline.Validator, id string) {
	checkID(v, "deviceGroupID", id, 255, jobIDRE, "may hold only letters, digits, '-' and '_'")
}

// checkTarget checks the device, module and component a capability
// belongs to.
func checkTarget(v *pipeline.Validator, t Target) {
	checkDeviceID(v, "target.DeviceID", t.DeviceID)
	if t.Module != "" {
		checkNonEmpty(v, "target.Module", &t.Module)
	}
	if t.Component != "" {
		checkNonEmpty(v, "target.Component", &t.Component)
	}
}

// checkCommand checks the timeouts of a command execution.
func checkCommand(v *pipeline.Validator, c DeviceCommand) {
	pipeline.Range(v, "command.connectionTimeout", c.ConnectionTimeout, 0, 30)
	pipeline.Range(v, "command.responseTimeout", c.ResponseTimeout, 5, 30)
}

// checkListQuery checks the preview-only list options: they need a
// preview api-version, and maxpagesize is 1 to 100.
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
	pipeline.Range(v, "options.MaxPageSize", maxPageSize, 1, 100)
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
