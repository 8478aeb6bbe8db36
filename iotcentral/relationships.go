package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the relationship operations.
const (
	relationshipsPath = devicePath + "/relationships"
	relationshipPath  = relationshipsPath + "/{relationshipId}"
)

// DevicesClientListRelationshipsOptions holds the optional parameters of
// DevicesClient.NewListRelationshipsPager and ListRelationshipsIter; there are
// none yet.
type DevicesClientListRelationshipsOptions struct{}

// DevicesClientListRelationshipsResponse is one page of
// DevicesClient.NewListRelationshipsPager.
type DevicesClientListRelationshipsResponse struct {
	DeviceRelationshipCollection
}

// NewListRelationshipsPager lists a device's relationships: to its
// upstream device and to its direct downstream devices
// (Devices_ListRelationships), page by page. Nothing is sent until
// NextPage; an invalid ID is a *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/list-relationships
func (c *DevicesClient) NewListRelationshipsPager(deviceID string, options *DevicesClientListRelationshipsOptions) *runtime.Pager[DevicesClientListRelationshipsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientListRelationshipsResponse]{
		Op: "DevicesClient.NewListRelationshipsPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkDeviceID(&v, "deviceID", deviceID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(relationshipsPath, deviceID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *DevicesClientListRelationshipsResponse) *string { return p.NextLink },
	})
}

// ListRelationshipsIter returns an iterator over every relationship of
// NewListRelationshipsPager; it stops at the first error, which it yields.
func (c *DevicesClient) ListRelationshipsIter(ctx context.Context, deviceID string, options *DevicesClientListRelationshipsOptions) iter.Seq2[DeviceRelationship, error] {
	return pipeline.All(ctx, c.NewListRelationshipsPager(deviceID, options), func(p DevicesClientListRelationshipsResponse) []DeviceRelationship { return p.Value })
}

// DevicesClientGetRelationshipOptions holds the optional parameters of
// DevicesClient.GetRelationship; there are none yet.
type DevicesClientGetRelationshipOptions struct{}

// DevicesClientGetRelationshipResponse is the result of DevicesClient.GetRelationship.
type DevicesClientGetRelationshipResponse struct {
	DeviceRelationship
}

// GetRelationship returns one relationship of a device
// (Devices_GetRelationship).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-relationship
func (c *DevicesClient) GetRelationship(ctx context.Context, deviceID, relationshipID string, options *DevicesClientGetRelationshipOptions) (resp DevicesClientGetRelationshipResponse, err error) {
	err = c.relationship(ctx, "DevicesClient.GetRelationship", http.MethodGet, deviceID, relationshipID, nil, "", &resp.DeviceRelationship)
	return resp, err
}

// DevicesClientCreateRelationshipOptions holds the optional parameters of
// DevicesClient.CreateRelationship; there are none yet.
type DevicesClientCreateRelationshipOptions struct{}

// DevicesClientCreateRelationshipResponse is the result of DevicesClient.CreateRelationship.
type DevicesClientCreateRelationshipResponse struct {
	DeviceRelationship
}

// CreateRelationship creates or replaces a relationship of a device
// (Devices_CreateRelationship): set Source to deviceID (the upstream,
// parent device whose path the relationship lives under) and Target to the
// downstream, child device.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/create-relationship
func (c *DevicesClient) CreateRelationship(ctx context.Context, deviceID, relationshipID string, relationship DeviceRelationship, options *DevicesClientCreateRelationshipOptions) (resp DevicesClientCreateRelationshipResponse, err error) {
	err = c.relationship(ctx, "DevicesClient.CreateRelationship", http.MethodPut, deviceID, relationshipID, relationship, pipeline.ContentTypeJSON, &resp.DeviceRelationship)
	return resp, err
}

// DevicesClientUpdateRelationshipOptions holds the optional parameters of
// DevicesClient.UpdateRelationship; there are none yet.
type DevicesClientUpdateRelationshipOptions struct{}

// DevicesClientUpdateRelationshipResponse is the result of DevicesClient.UpdateRelationship.
type DevicesClientUpdateRelationshipResponse struct {
	DeviceRelationship
}

// UpdateRelationship changes a relationship with a JSON merge patch
// (Devices_UpdateRelationship), the only content type the service accepts
// for it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/update-relationship
func (c *DevicesClient) UpdateRelationship(ctx context.Context, deviceID, relationshipID string, patch DeviceRelationship, options *DevicesClientUpdateRelationshipOptions) (resp DevicesClientUpdateRelationshipResponse, err error) {
	err = c.relationship(ctx, "DevicesClient.UpdateRelationship", http.MethodPatch, deviceID, relationshipID, patch, pipeline.ContentTypeMergePatch, &resp.DeviceRelationship)
	return resp, err
}

// DevicesClientDeleteRelationshipOptions holds the optional parameters of
// DevicesClient.DeleteRelationship; there are none yet.
type DevicesClientDeleteRelationshipOptions struct{}

// DevicesClientDeleteRelationshipResponse is the result of DevicesClient.DeleteRelationship.
type DevicesClientDeleteRelationshipResponse struct{}

// DeleteRelationship deletes a relationship of a device
// (Devices_RemoveRelationship).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/remove-relationship
func (c *DevicesClient) DeleteRelationship(ctx context.Context, deviceID, relationshipID string, options *DevicesClientDeleteRelationshipOptions) (resp DevicesClientDeleteRelationshipResponse, err error) {
	err = c.relationship(ctx, "DevicesClient.DeleteRelationship", http.MethodDelete, deviceID, relationshipID, nil, "", nil)
	return resp, err
}

func (c *DevicesClient) relationship(ctx context.Context, op, method, deviceID, relationshipID string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkDeviceID(&v, "deviceID", deviceID)
	checkNonEmpty(&v, "relationshipID", &relationshipID)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: relationshipPath, Params: []string{deviceID, relationshipID},
		Body: body, ContentType: contentType, Out: out,
	}.Do(ctx, c.pl)
	return err
}
