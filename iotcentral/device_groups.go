package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DeviceGroupsClient manages the application's device groups. Get one with
// Client.DeviceGroups; it is safe for concurrent use.
type DeviceGroupsClient struct {
	pl *pipeline.Client
}

// DeviceGroups returns the client for device groups.
func (c *Client) DeviceGroups() *DeviceGroupsClient { return &DeviceGroupsClient{pl: c.pl} }

// Path templates of the device group operations.
const (
	groupsPath       = "/deviceGroups"
	groupPath        = "/deviceGroups/{deviceGroupId}"
	groupDevicesPath = groupPath + "/devices"
)

// DeviceGroupsClientListOptions holds the optional parameters of
// DeviceGroupsClient.NewListPager and ListIter; there are none yet.
type DeviceGroupsClientListOptions struct{}

// DeviceGroupsClientListResponse is one page of
// DeviceGroupsClient.NewListPager.
type DeviceGroupsClientListResponse struct {
	DeviceGroupCollection
}

// NewListPager lists the application's device groups (DeviceGroups_List),
// page by page. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/list
func (c *DeviceGroupsClient) NewListPager(options *DeviceGroupsClientListOptions) *runtime.Pager[DeviceGroupsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DeviceGroupsClientListResponse]{
		Op: "DeviceGroupsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, groupsPath)
		},
		NextLink: func(p *DeviceGroupsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every group of NewListPager; it stops at
// the first error, which it yields.
func (c *DeviceGroupsClient) ListIter(ctx context.Context, options *DeviceGroupsClientListOptions) iter.Seq2[DeviceGroup, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DeviceGroupsClientListResponse) []DeviceGroup { return p.Value })
}

// DeviceGroupsClientGetOptions holds the optional parameters of
// DeviceGroupsClient.Get; there are none yet.
type DeviceGroupsClientGetOptions struct{}

// DeviceGroupsClientGetResponse is the result of DeviceGroupsClient.Get.
type DeviceGroupsClientGetResponse struct {
	DeviceGroup
}

// Get returns a device group (DeviceGroups_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/get
func (c *DeviceGroupsClient) Get(ctx context.Context, deviceGroupID string, options *DeviceGroupsClientGetOptions) (resp DeviceGroupsClientGetResponse, err error) {
	err = c.group(ctx, "DeviceGroupsClient.Get", http.MethodGet, deviceGroupID, nil, "", &resp.DeviceGroup)
	return resp, err
}

// DeviceGroupsClientCreateOptions holds the optional parameters of
// DeviceGroupsClient.Create; there are none yet.
type DeviceGroupsClientCreateOptions struct{}

// DeviceGroupsClientCreateResponse is the result of DeviceGroupsClient.Create.
type DeviceGroupsClientCreateResponse struct {
	DeviceGroup
}

// Create creates or replaces a device group (DeviceGroups_Create):
// DisplayName and Filter are required. With group.ETag set, a group
// changed since is not replaced (412, IsPreconditionFailed).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/create
func (c *DeviceGroupsClient) Create(ctx context.Context, deviceGroupID string, group DeviceGroup, options *DeviceGroupsClientCreateOptions) (resp DeviceGroupsClientCreateResponse, err error) {
	var v pipeline.Validator
	checkNonEmpty(&v, "group.displayName", group.DisplayName)
	checkNonEmpty(&v, "group.filter", group.Filter)
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.group(ctx, "DeviceGroupsClient.Create", http.MethodPut, deviceGroupID, group, pipeline.ContentTypeJSON, &resp.DeviceGroup)
	return resp, err
}

// DeviceGroupsClientUpdateOptions holds the optional parameters of
// DeviceGroupsClient.Update; there are none yet.
type DeviceGroupsClientUpdateOptions struct{}

// DeviceGroupsClientUpdateResponse is the result of DeviceGroupsClient.Update.
type DeviceGroupsClientUpdateResponse struct {
	DeviceGroup
}

// Update changes a device group with a JSON merge patch
// (DeviceGroups_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/update
func (c *DeviceGroupsClient) Update(ctx context.Context, deviceGroupID string, patch DeviceGroup, options *DeviceGroupsClientUpdateOptions) (resp DeviceGroupsClientUpdateResponse, err error) {
	err = c.group(ctx, "DeviceGroupsClient.Update", http.MethodPatch, deviceGroupID, patch, pipeline.ContentTypeMergePatch, &resp.DeviceGroup)
	return resp, err
}

// DeviceGroupsClientDeleteOptions holds the optional parameters of
// DeviceGroupsClient.Delete; there are none yet.
type DeviceGroupsClientDeleteOptions struct{}

// DeviceGroupsClientDeleteResponse is the result of DeviceGroupsClient.Delete.
type DeviceGroupsClientDeleteResponse struct{}

// Delete deletes a device group; its devices stay (DeviceGroups_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/remove
func (c *DeviceGroupsClient) Delete(ctx context.Context, deviceGroupID string, options *DeviceGroupsClientDeleteOptions) (resp DeviceGroupsClientDeleteResponse, err error) {
	err = c.group(ctx, "DeviceGroupsClient.Delete", http.MethodDelete, deviceGroupID, nil, "", nil)
	return resp, err
}

// DeviceGroupsClientListDevicesOptions holds the optional parameters of
// DeviceGroupsClient.NewListDevicesPager and ListDevicesIter; there are none
// yet.
type DeviceGroupsClientListDevicesOptions struct{}

// DeviceGroupsClientListDevicesResponse is one page of
// DeviceGroupsClient.NewListDevicesPager.
type DeviceGroupsClientListDevicesResponse struct {
	DeviceCollection
}

// NewListDevicesPager lists the devices a group's filter selects
// (DeviceGroups_GetDevices), page by page. Nothing is sent until NextPage;
// an invalid ID is a *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-groups/get-devices
func (c *DeviceGroupsClient) NewListDevicesPager(deviceGroupID string, options *DeviceGroupsClientListDevicesOptions) *runtime.Pager[DeviceGroupsClientListDevicesResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DeviceGroupsClientListDevicesResponse]{
		Op: "DeviceGroupsClient.NewListDevicesPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkGroupID(&v, deviceGroupID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(groupDevicesPath, deviceGroupID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *DeviceGroupsClientListDevicesResponse) *string { return p.NextLink },
	})
}

// ListDevicesIter returns an iterator over every device of
// NewListDevicesPager; it stops at the first error, which it yields.
func (c *DeviceGroupsClient) ListDevicesIter(ctx context.Context, deviceGroupID string, options *DeviceGroupsClientListDevicesOptions) iter.Seq2[Device, error] {
	return pipeline.All(ctx, c.NewListDevicesPager(deviceGroupID, options), func(p DeviceGroupsClientListDevicesResponse) []Device { return p.Value })
}

func (c *DeviceGroupsClient) group(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkGroupID(&v, id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: groupPath, Params: []string{id},
		Body: body, ContentType: contentType, Out: out,
	}.Do(ctx, c.pl)
	return err
}
