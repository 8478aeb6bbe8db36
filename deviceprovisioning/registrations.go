package deviceprovisioning

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the device registration operations.
const (
	registrationPath      = "/registrations/{registrationId}"
	registrationQueryPath = "/registrations/{enrollmentGroupId}/query"
)

// RegistrationsClient reads and deletes the registration states of the
// devices that provisioned through a provisioning service (DPS service
// API). Get one from ServiceClient.Registrations. It is immutable and safe
// for concurrent use.
type RegistrationsClient struct {
	c *ServiceClient
}

// Registrations returns the client of the service's device registrations.
func (c *ServiceClient) Registrations() *RegistrationsClient { return &RegistrationsClient{c: c} }

// RegistrationsClientGetOptions holds the optional parameters of
// RegistrationsClient.Get; there are none yet.
type RegistrationsClientGetOptions struct{}

// RegistrationsClientGetResponse is the result of RegistrationsClient.Get.
type RegistrationsClientGetResponse struct {
	DeviceRegistrationState
}

// Get returns the registration state of the device registrationID
// (DeviceRegistrationState_Get): its hub and device ID, or why it failed.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); IsNotFound tells a device that never registered.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/device-registration-state/get
func (r *RegistrationsClient) Get(ctx context.Context, registrationID string, options *RegistrationsClientGetOptions) (resp RegistrationsClientGetResponse, err error) {
	_, err = r.c.do(ctx, serviceCall{op: "RegistrationsClient.Get", method: http.MethodGet, template: registrationPath,
		params: []string{registrationID}, ok: []int{http.StatusOK}, out: &resp.DeviceRegistrationState})
	return resp, err
}

// RegistrationsClientDeleteOptions holds the optional parameters of
// RegistrationsClient.Delete.
type RegistrationsClientDeleteOptions struct {
	// IfMatch, when set, is the etag the registration must still have; a
	// stale one fails with status 412 (IsPreconditionFailed).
	IfMatch *string
}

// RegistrationsClientDeleteResponse is the result of
// RegistrationsClient.Delete; it holds nothing.
type RegistrationsClientDeleteResponse struct{}

// Delete deletes the registration state of the device registrationID
// (DeviceRegistrationState_Delete), so that its next registration is a
// first one. The device stays in its IoT hub.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/service/device-registration-state/delete
func (r *RegistrationsClient) Delete(ctx context.Context, registrationID string, options *RegistrationsClientDeleteOptions) (resp RegistrationsClientDeleteResponse, err error) {
	var ifMatch *string
	if options != nil {
		ifMatch = options.IfMatch
	}
	_, err = r.c.do(ctx, serviceCall{op: "RegistrationsClient.Delete", method: http.MethodDelete, template: registrationPath,
		params: []string{registrationID}, ifMatch: ifMatch, ok: []int{http.StatusNoContent}})
	return resp, err
}

// RegistrationsClientQueryOptions holds the optional parameters of
// RegistrationsClient.NewQueryPager.
type RegistrationsClientQueryOptions struct {
	// MaxItemCount is the page size to ask for (x-ms-max-item-count); nil
	// lets the service choose.
	MaxItemCount *int32
	// ContinuationToken starts at the page a previous query's
	// ContinuationToken named.
	ContinuationToken *string
}

// RegistrationsClientQueryResponse is one page of
// RegistrationsClient.NewQueryPager.
type RegistrationsClientQueryResponse struct {
	// Value holds the registrations of the page.
	Value []DeviceRegistrationState
	// ContinuationToken names the next page (x-ms-continuation); nil on
	// the last page.
	ContinuationToken *string
	// ItemType is the type of the items (x-ms-item-type).
	ItemType *string
}

// NewQueryPager lists the registration states of the devices of the
// enrollment group enrollmentGroupID (DeviceRegistrationState_Query), page
// by page, following the continuation token the service returns in a
// header. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing group ID is a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/device-registration-state/query
func (r *RegistrationsClient) NewQueryPager(enrollmentGroupID string, options *RegistrationsClientQueryOptions) *runtime.Pager[RegistrationsClientQueryResponse] {
	var o RegistrationsClientQueryOptions
	if options != nil {
		o = *options
	}
	return newQueryPager(r.c, querySpec[DeviceRegistrationState, RegistrationsClientQueryResponse]{
		op: "RegistrationsClient.NewQueryPager", template: registrationQueryPath, params: []string{enrollmentGroupID},
		maxItemCount: o.MaxItemCount, start: o.ContinuationToken,
		page: func(items []DeviceRegistrationState, continuation, itemType *string) RegistrationsClientQueryResponse {
			return RegistrationsClientQueryResponse{Value: items, ContinuationToken: continuation, ItemType: itemType}
		},
		token: func(p *RegistrationsClientQueryResponse) *string { return p.ContinuationToken },
	})
}

// QueryIter returns an iterator over every registration of every page of
// NewQueryPager, holding one page at a time; it stops at the first error,
// which it yields.
func (r *RegistrationsClient) QueryIter(ctx context.Context, enrollmentGroupID string, options *RegistrationsClientQueryOptions) iter.Seq2[DeviceRegistrationState, error] {
	return pipeline.All(ctx, r.NewQueryPager(enrollmentGroupID, options), func(p RegistrationsClientQueryResponse) []DeviceRegistrationState { return p.Value })
}
