package deviceprovisioning

import (
	"context"
	"fmt"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the individual enrollment operations.
const (
	enrollmentsPath           = "/enrollments"
	enrollmentPath            = enrollmentsPath + "/{registrationId}"
	enrollmentAttestationPath = enrollmentPath + "/attestationmechanism"
	enrollmentsQueryPath      = enrollmentsPath + "/query"
)

// EnrollmentsClient manages the individual enrollments of a provisioning
// service (DPS service API). Get one from ServiceClient.Enrollments. It is
// immutable and safe for concurrent use.
type EnrollmentsClient struct {
	c *ServiceClient
}

// Enrollments returns the client of the service's individual enrollments.
func (c *ServiceClient) Enrollments() *EnrollmentsClient { return &EnrollmentsClient{c: c} }

// checkAttestation records a missing attestation.
func checkAttestation(v *pipeline.Validator, field string, a AttestationMechanism) {
	v.Required(field, a != nil)
}

// EnrollmentsClientCreateOrUpdateOptions holds the optional parameters of
// EnrollmentsClient.CreateOrUpdate.
type EnrollmentsClientCreateOrUpdateOptions struct {
	// IfMatch, when set, is the etag the enrollment must still have; a
	// stale one fails with status 412 (IsPreconditionFailed).
	IfMatch *string
}

// EnrollmentsClientCreateOrUpdateResponse is the result of
// EnrollmentsClient.CreateOrUpdate: the enrollment as stored, with its
// new etag (and the keys the service generated for a symmetric key left
// nil).
type EnrollmentsClientCreateOrUpdateResponse struct {
	IndividualEnrollment
}

// CreateOrUpdate creates or replaces the individual enrollment
// registrationID (IndividualEnrollment_CreateOrUpdate). enrollment's
// RegistrationID may be nil: it is the path's. The registration ID's rule
// is the service's to judge.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing ID or attestation is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/create-or-update
func (e *EnrollmentsClient) CreateOrUpdate(ctx context.Context, registrationID string, enrollment IndividualEnrollment, options *EnrollmentsClientCreateOrUpdateOptions) (resp EnrollmentsClientCreateOrUpdateResponse, err error) {
	var v pipeline.Validator
	v.Required("registrationID", registrationID != "")
	checkAttestation(&v, "enrollment.attestation", enrollment.Attestation)
	if err := v.Err(); err != nil {
		return resp, err
	}
	if enrollment.RegistrationID == nil {
		enrollment.RegistrationID = &registrationID
	}
	var ifMatch *string
	if options != nil {
		ifMatch = options.IfMatch
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentsClient.CreateOrUpdate", method: http.MethodPut, template: enrollmentPath,
		params: []string{registrationID}, ifMatch: ifMatch, body: enrollment, ok: []int{http.StatusOK}, out: &resp.IndividualEnrollment})
	return resp, err
}

// EnrollmentsClientGetOptions holds the optional parameters of
// EnrollmentsClient.Get; there are none yet.
type EnrollmentsClientGetOptions struct{}

// EnrollmentsClientGetResponse is the result of EnrollmentsClient.Get.
type EnrollmentsClientGetResponse struct {
	IndividualEnrollment
}

// Get returns the individual enrollment registrationID
// (IndividualEnrollment_Get); its attestation comes without keys (use
// GetAttestationMechanism).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); IsNotFound tells a missing enrollment.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/get
func (e *EnrollmentsClient) Get(ctx context.Context, registrationID string, options *EnrollmentsClientGetOptions) (resp EnrollmentsClientGetResponse, err error) {
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentsClient.Get", method: http.MethodGet, template: enrollmentPath,
		params: []string{registrationID}, ok: []int{http.StatusOK}, out: &resp.IndividualEnrollment})
	return resp, err
}

// EnrollmentsClientDeleteOptions holds the optional parameters of
// EnrollmentsClient.Delete.
type EnrollmentsClientDeleteOptions struct {
	// IfMatch, when set, is the etag the enrollment must still have; a
	// stale one fails with status 412 (IsPreconditionFailed).
	IfMatch *string
}

// EnrollmentsClientDeleteResponse is the result of
// EnrollmentsClient.Delete; it holds nothing.
type EnrollmentsClientDeleteResponse struct{}

// Delete deletes the individual enrollment registrationID
// (IndividualEnrollment_Delete).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/delete
func (e *EnrollmentsClient) Delete(ctx context.Context, registrationID string, options *EnrollmentsClientDeleteOptions) (resp EnrollmentsClientDeleteResponse, err error) {
	var ifMatch *string
	if options != nil {
		ifMatch = options.IfMatch
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentsClient.Delete", method: http.MethodDelete, template: enrollmentPath,
		params: []string{registrationID}, ifMatch: ifMatch, ok: []int{http.StatusNoContent}})
	return resp, err
}

// EnrollmentsClientGetAttestationMechanismOptions holds the optional
// parameters of EnrollmentsClient.GetAttestationMechanism; there are none
// yet.
type EnrollmentsClientGetAttestationMechanismOptions struct{}

// EnrollmentsClientGetAttestationMechanismResponse is the result of
// EnrollmentsClient.GetAttestationMechanism.
type EnrollmentsClientGetAttestationMechanismResponse struct {
	// Attestation is the enrollment's attestation, keys included.
	Attestation AttestationMechanism
}

// GetAttestationMechanism returns the attestation of the individual
// enrollment registrationID with its keys
// (IndividualEnrollment_GetAttestationMechanism, a POST). The keys are
// secrets: their String methods do not print them.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/get-attestation-mechanism
func (e *EnrollmentsClient) GetAttestationMechanism(ctx context.Context, registrationID string, options *EnrollmentsClientGetAttestationMechanismOptions) (resp EnrollmentsClientGetAttestationMechanismResponse, err error) {
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentsClient.GetAttestationMechanism", method: http.MethodPost, template: enrollmentAttestationPath,
		params: []string{registrationID}, ok: []int{http.StatusOK}, out: &resp.Attestation})
	return resp, err
}

// EnrollmentsClientRunBulkOperationOptions holds the optional parameters
// of EnrollmentsClient.RunBulkOperation; there are none yet.
type EnrollmentsClientRunBulkOperationOptions struct{}

// EnrollmentsClientRunBulkOperationResponse is the result of
// EnrollmentsClient.RunBulkOperation.
type EnrollmentsClientRunBulkOperationResponse struct {
	BulkEnrollmentOperationResult
}

// RunBulkOperation creates, updates or deletes several individual
// enrollments in one request (IndividualEnrollment_RunBulkOperation). The
// request succeeds as a whole even when items fail: IsSuccessful is false
// then, and Errors holds one typed entry per failed item. How many items a
// request may hold is the service's limit (10 today): beyond it the
// service answers 400.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing mode or no enrollments is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/run-bulk-operation
func (e *EnrollmentsClient) RunBulkOperation(ctx context.Context, bulkOperation BulkEnrollmentOperation, options *EnrollmentsClientRunBulkOperationOptions) (resp EnrollmentsClientRunBulkOperationResponse, err error) {
	var v pipeline.Validator
	v.Required("bulkOperation.mode", bulkOperation.Mode != nil && *bulkOperation.Mode != "")
	v.Required("bulkOperation.enrollments", len(bulkOperation.Enrollments) > 0)
	for i, en := range bulkOperation.Enrollments {
		v.Required(fmt.Sprintf("bulkOperation.enrollments[%d].registrationId", i), en.RegistrationID != nil && *en.RegistrationID != "")
	}
	if err := v.Err(); err != nil {
		return resp, err
	}
	_, err = e.c.do(ctx, serviceCall{op: "EnrollmentsClient.RunBulkOperation", method: http.MethodPost, template: enrollmentsPath,
		body: bulkOperation, ok: []int{http.StatusOK}, out: &resp.BulkEnrollmentOperationResult})
	return resp, err
}

// EnrollmentsClientQueryOptions holds the optional parameters of
// EnrollmentsClient.NewQueryPager.
type EnrollmentsClientQueryOptions struct {
	// MaxItemCount is the page size to ask for (x-ms-max-item-count); nil
	// lets the service choose.
	MaxItemCount *int32
	// ContinuationToken starts at the page a previous query's
	// ContinuationToken named.
	ContinuationToken *string
}

// EnrollmentsClientQueryResponse is one page of
// EnrollmentsClient.NewQueryPager.
type EnrollmentsClientQueryResponse struct {
	// Value holds the enrollments of the page.
	Value []IndividualEnrollment
	// ContinuationToken names the next page (x-ms-continuation); nil on
	// the last page.
	ContinuationToken *string
	// ItemType is the type of the items (x-ms-item-type).
	ItemType *string
}

// NewQueryPager runs a query of the individual enrollments
// (IndividualEnrollment_Query), such as "SELECT * FROM enrollments", page
// by page, following the continuation token the service returns in a
// header. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing query is a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/service/individual-enrollment/query
func (e *EnrollmentsClient) NewQueryPager(query QuerySpecification, options *EnrollmentsClientQueryOptions) *runtime.Pager[EnrollmentsClientQueryResponse] {
	var o EnrollmentsClientQueryOptions
	if options != nil {
		o = *options
	}
	return newQueryPager(e.c, querySpec[IndividualEnrollment, EnrollmentsClientQueryResponse]{
		op: "EnrollmentsClient.NewQueryPager", template: enrollmentsQueryPath, body: query,
		maxItemCount: o.MaxItemCount, start: o.ContinuationToken,
		check: func() error { return checkQuery(query) },
		page: func(items []IndividualEnrollment, continuation, itemType *string) EnrollmentsClientQueryResponse {
			return EnrollmentsClientQueryResponse{Value: items, ContinuationToken: continuation, ItemType: itemType}
		},
		token: func(p *EnrollmentsClientQueryResponse) *string { return p.ContinuationToken },
	})
}

// QueryIter returns an iterator over every enrollment of every page of
// NewQueryPager, holding one page at a time; it stops at the first error,
// which it yields.
func (e *EnrollmentsClient) QueryIter(ctx context.Context, query QuerySpecification, options *EnrollmentsClientQueryOptions) iter.Seq2[IndividualEnrollment, error] {
	return pipeline.All(ctx, e.NewQueryPager(query, options), func(p EnrollmentsClientQueryResponse) []IndividualEnrollment { return p.Value })
}

func checkQuery(q QuerySpecification) error {
	var v pipeline.Validator
	v.Required("query.query", q.Query != nil && *q.Query != "")
	return v.Err()
}
