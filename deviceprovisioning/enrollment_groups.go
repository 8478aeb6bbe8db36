package deviceprovisioning

import (
	"context"
	"fmt"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the enrollment group operations.
const (
	groupsPath           = "/enrollmentGroups"
	groupPath            = groupsPath + "/{enrollmentGroupId}"
	groupAttestationPath = groupPath + "/attestationmechanism"
	groupsQueryPath      = groupsPath + "/query"
)

// EnrollmentGroupsClient manages the enrollment groups of a provisioning
// service (DPS service API): devices that attest with a group's symmetric
// key (each with its own key, derived with DeriveDeviceKey) or with
// certificates signed by the group's signing or CA certificates. Get one
// from ServiceClient.EnrollmentGroups. It is immutable and safe for
// concurrent use.
type EnrollmentGroupsClient struct {
	c *ServiceClient
}

// EnrollmentGroups returns the client of the service's enrollment groups.
func (c *ServiceClient) EnrollmentGroups() *EnrollmentGroupsClient {
	return &EnrollmentGroupsClient{c: c}
}

// EnrollmentGroupsClientCreateOrUpdateOptions holds the optional parameters of
// EnrollmentGroupsClient.CreateOrUpdate.
type EnrollmentGroupsClientCreateOrUpdateOptions struct {
	// IfMatch, when set, is the etag the group must still have; a
	// stale one fails with status 412 (IsPreconditionFailed).
	IfMatch *string
}

// EnrollmentGroupsClientCreateOrUpdateResponse is the result of
// EnrollmentGroupsClient.CreateOrUpdate: the group as stored, with its new
// etag (and the keys the service generated for a symmetric key left nil).
type EnrollmentGroupsClientCreateOrUpdateResponse struct {
	EnrollmentGroup
}

// CreateOrUpdate creates or replaces the enrollment group
// enrollmentGroupID (EnrollmentGroup_CreateOrUpdate). enrollmentGroup's
// EnrollmentGroupID may be nil: it is the path's. The ID's rule is the
// service's to judge.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing ID or attestation is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/create-or-update
func (e *EnrollmentGroupsClient) CreateOrUpdate(ctx context.Context, enrollmentGroupID string, enrollmentGroup EnrollmentGroup, options *EnrollmentGroupsClientCreateOrUpdateOptions) (resp EnrollmentGroupsClientCreateOrUpdateResponse, err error) {
	var v pipeline.Validator
	v.Required("enrollmentGroupID", enrollmentGroupID != "")
	checkAttestation(&v, "enrollmentGroup.attestation", enrollmentGroup.Attestation)
	if err := v.Err(); err != nil {
		return resp, err
	}
	if enrollmentGroup.EnrollmentGroupID == nil {
		enrollmentGroup.EnrollmentGroupID = &enrollmentGroupID
	}
	var ifMatch *string
	if options != nil {
		ifMatch = options.IfMatch
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentGroupsClient.CreateOrUpdate", method: http.MethodPut, template: groupPath,
		params: []string{enrollmentGroupID}, ifMatch: ifMatch, body: enrollmentGroup, ok: []int{http.StatusOK}, out: &resp.EnrollmentGroup})
	return resp, err
}

// EnrollmentGroupsClientGetOptions holds the optional parameters of
// EnrollmentGroupsClient.Get; there are none yet.
type EnrollmentGroupsClientGetOptions struct{}

// EnrollmentGroupsClientGetResponse is the result of EnrollmentGroupsClient.Get.
type EnrollmentGroupsClientGetResponse struct {
	EnrollmentGroup
}

// Get returns the enrollment group enrollmentGroupID
// (EnrollmentGroup_Get); its attestation comes without keys (use
// GetAttestationMechanism).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); IsNotFound tells a missing group.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/get
func (e *EnrollmentGroupsClient) Get(ctx context.Context, enrollmentGroupID string, options *EnrollmentGroupsClientGetOptions) (resp EnrollmentGroupsClientGetResponse, err error) {
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentGroupsClient.Get", method: http.MethodGet, template: groupPath,
		params: []string{enrollmentGroupID}, ok: []int{http.StatusOK}, out: &resp.EnrollmentGroup})
	return resp, err
}

// EnrollmentGroupsClientDeleteOptions holds the optional parameters of
// EnrollmentGroupsClient.Delete.
type EnrollmentGroupsClientDeleteOptions struct {
	// IfMatch, when set, is the etag the group must still have; a
	// stale one fails with status 412 (IsPreconditionFailed).
	IfMatch *string
}

// EnrollmentGroupsClientDeleteResponse is the result of
// EnrollmentGroupsClient.Delete; it holds nothing.
type EnrollmentGroupsClientDeleteResponse struct{}

// Delete deletes the enrollment group enrollmentGroupID
// (EnrollmentGroup_Delete).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/delete
func (e *EnrollmentGroupsClient) Delete(ctx context.Context, enrollmentGroupID string, options *EnrollmentGroupsClientDeleteOptions) (resp EnrollmentGroupsClientDeleteResponse, err error) {
	var ifMatch *string
	if options != nil {
		ifMatch = options.IfMatch
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentGroupsClient.Delete", method: http.MethodDelete, template: groupPath,
		params: []string{enrollmentGroupID}, ifMatch: ifMatch, ok: []int{http.StatusNoContent}})
	return resp, err
}

// EnrollmentGroupsClientGetAttestationMechanismOptions holds the optional
// parameters of EnrollmentGroupsClient.GetAttestationMechanism; there are none
// yet.
type EnrollmentGroupsClientGetAttestationMechanismOptions struct{}

// EnrollmentGroupsClientGetAttestationMechanismResponse is the result of
// EnrollmentGroupsClient.GetAttestationMechanism.
type EnrollmentGroupsClientGetAttestationMechanismResponse struct {
	// Attestation is the group's attestation, keys included.
	Attestation AttestationMechanism
}

// GetAttestationMechanism returns the attestation of the enrollment
// group enrollmentGroupID with its keys
// (EnrollmentGroup_GetAttestationMechanism, a POST). The keys are
// secrets: their String methods do not print them.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/get-attestation-mechanism
func (e *EnrollmentGroupsClient) GetAttestationMechanism(ctx context.Context, enrollmentGroupID string, options *EnrollmentGroupsClientGetAttestationMechanismOptions) (resp EnrollmentGroupsClientGetAttestationMechanismResponse, err error) {
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentGroupsClient.GetAttestationMechanism", method: http.MethodPost, template: groupAttestationPath,
		params: []string{enrollmentGroupID}, ok: []int{http.StatusOK}, out: &resp.Attestation})
	return resp, err
}

// EnrollmentGroupsClientRunBulkOperationOptions holds the optional parameters
// of EnrollmentGroupsClient.RunBulkOperation; there are none yet.
type EnrollmentGroupsClientRunBulkOperationOptions struct{}

// EnrollmentGroupsClientRunBulkOperationResponse is the result of
// EnrollmentGroupsClient.RunBulkOperation.
type EnrollmentGroupsClientRunBulkOperationResponse struct {
	BulkEnrollmentGroupOperationResult
}

// RunBulkOperation creates, updates or deletes several enrollment
// groups in one request (EnrollmentGroup_RunBulkOperation). The
// request succeeds as a whole even when items fail: IsSuccessful is false
// then, and Errors holds one typed entry per failed item. How many items a
// request may hold is the service's limit (10 today): beyond it the
// service answers 400.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing mode or no groups is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/run-bulk-operation
func (e *EnrollmentGroupsClient) RunBulkOperation(ctx context.Context, bulkOperation BulkEnrollmentGroupOperation, options *EnrollmentGroupsClientRunBulkOperationOptions) (resp EnrollmentGroupsClientRunBulkOperationResponse, err error) {
	var v pipeline.Validator
	v.Required("bulkOperation.mode", bulkOperation.Mode != nil && *bulkOperation.Mode != "")
	v.Required("bulkOperation.enrollmentGroups", len(bulkOperation.EnrollmentGroups) > 0)
	for i, en := range bulkOperation.EnrollmentGroups {
		v.Required(fmt.Sprintf("bulkOperation.enrollmentGroups[%d].enrollmentGroupId", i), en.EnrollmentGroupID != nil && *en.EnrollmentGroupID != "")
	}
	if err := v.Err(); err != nil {
		return resp, err
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentGroupsClient.RunBulkOperation", method: http.MethodPost, template: groupsPath,
		body: bulkOperation, ok: []int{http.StatusOK}, out: &resp.BulkEnrollmentGroupOperationResult})
	return resp, err
}

// EnrollmentGroupsClientQueryOptions holds the optional parameters of
// EnrollmentGroupsClient.NewQueryPager.
type EnrollmentGroupsClientQueryOptions struct {
	// MaxItemCount is the page size to ask for (x-ms-max-item-count); nil
	// lets the service choose.
	MaxItemCount *int32
	// ContinuationToken starts at the page a previous query's
	// ContinuationToken named.
	ContinuationToken *string
}

// EnrollmentGroupsClientQueryResponse is one page of
// EnrollmentGroupsClient.NewQueryPager.
type EnrollmentGroupsClientQueryResponse struct {
	// Value holds the groups of the page.
	Value []EnrollmentGroup
	// ContinuationToken names the next page (x-ms-continuation); nil on
	// the last page.
	ContinuationToken *string
	// ItemType is the type of the items (x-ms-item-type).
	ItemType *string
}

// NewQueryPager runs a query of the enrollment groups
// (EnrollmentGroup_Query), such as "SELECT * FROM enrollmentGroups", page
// by page, following the continuation token the service returns in a
// header. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing query is a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/enrollment-group/query
func (e *EnrollmentGroupsClient) NewQueryPager(query QuerySpecification, options *EnrollmentGroupsClientQueryOptions) *runtime.Pager[EnrollmentGroupsClientQueryResponse] {
	var o EnrollmentGroupsClientQueryOptions
	if options != nil {
		o = *options
	}
	return newQueryPager(e.c, querySpec[EnrollmentGroup, EnrollmentGroupsClientQueryResponse]{
		op: "EnrollmentGroupsClient.NewQueryPager", template: groupsQueryPath, body: query,
		maxItemCount: o.MaxItemCount, start: o.ContinuationToken,
		check: func() error { return checkQuery(query) },
		page: func(items []EnrollmentGroup, continuation, itemType *string) EnrollmentGroupsClientQueryResponse {
			return EnrollmentGroupsClientQueryResponse{Value: items, ContinuationToken: continuation, ItemType: itemType}
		},
		token: func(p *EnrollmentGroupsClientQueryResponse) *string { return p.ContinuationToken },
	})
}

// QueryIter returns an iterator over every group of every page of
// NewQueryPager, holding one page at a time; it stops at the first error,
// which it yields.
func (e *EnrollmentGroupsClient) QueryIter(ctx context.Context, query QuerySpecification, options *EnrollmentGroupsClientQueryOptions) iter.Seq2[EnrollmentGroup, error] {
	return pipeline.All(ctx, e.NewQueryPager(query, options), func(p EnrollmentGroupsClientQueryResponse) []EnrollmentGroup { return p.Value })
}
