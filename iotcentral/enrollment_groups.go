package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// EnrollmentGroupsClient manages the application's enrollment groups (the
// device connection groups of the UI) and their X.509 CA certificates. Get
// one with Client.EnrollmentGroups; it is safe for concurrent use.
type EnrollmentGroupsClient struct {
	pl *pipeline.Client
}

// EnrollmentGroups returns the client for enrollment groups.
func (c *Client) EnrollmentGroups() *EnrollmentGroupsClient {
	return &EnrollmentGroupsClient{pl: c.pl}
}

// Path templates of the enrollment group operations.
const (
	enrollmentGroupsPath    = "/enrollmentGroups"
	enrollmentGroupPath     = "/enrollmentGroups/{enrollmentGroupId}"
	enrollmentGroupCertPath = enrollmentGroupPath + "/certificates/{entry}"
)

// EnrollmentGroupsClientListOptions holds the optional parameters of
// EnrollmentGroupsClient.NewListPager and ListIter; there are none yet.
type EnrollmentGroupsClientListOptions struct{}

// EnrollmentGroupsClientListResponse is one page of
// EnrollmentGroupsClient.NewListPager.
type EnrollmentGroupsClientListResponse struct {
	EnrollmentGroupCollection
}

// NewListPager lists the application's enrollment groups
// (EnrollmentGroups_List), page by page. Nothing is sent until NextPage.
// The groups hold secrets (symmetric keys); the pages are never logged.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/list
func (c *EnrollmentGroupsClient) NewListPager(options *EnrollmentGroupsClientListOptions) *runtime.Pager[EnrollmentGroupsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[EnrollmentGroupsClientListResponse]{
		Op: "EnrollmentGroupsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, enrollmentGroupsPath)
		},
		NextLink: func(p *EnrollmentGroupsClientListResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListIter returns an iterator over every group of NewListPager; it stops
// at the first error, which it yields.
func (c *EnrollmentGroupsClient) ListIter(ctx context.Context, options *EnrollmentGroupsClientListOptions) iter.Seq2[EnrollmentGroup, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p EnrollmentGroupsClientListResponse) []EnrollmentGroup { return p.Value })
}

// EnrollmentGroupsClientGetOptions holds the optional parameters of
// EnrollmentGroupsClient.Get; there are none yet.
type EnrollmentGroupsClientGetOptions struct{}

// EnrollmentGroupsClientGetResponse is the result of
// EnrollmentGroupsClient.Get.
type EnrollmentGroupsClientGetResponse struct {
	EnrollmentGroup
}

// Get returns an enrollment group (EnrollmentGroups_Get), with its keys
// when it uses symmetric keys: never log it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty ID is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/get
func (c *EnrollmentGroupsClient) Get(ctx context.Context, enrollmentGroupID string, options *EnrollmentGroupsClientGetOptions) (resp EnrollmentGroupsClientGetResponse, err error) {
	err = c.group(ctx, "EnrollmentGroupsClient.Get", http.MethodGet, enrollmentGroupID, nil, "", &resp.EnrollmentGroup)
	return resp, err
}

// EnrollmentGroupsClientCreateOptions holds the optional parameters of
// EnrollmentGroupsClient.Create; there are none yet.
type EnrollmentGroupsClientCreateOptions struct{}

// EnrollmentGroupsClientCreateResponse is the result of
// EnrollmentGroupsClient.Create.
type EnrollmentGroupsClientCreateResponse struct {
	EnrollmentGroup
}

// Create creates an enrollment group (EnrollmentGroups_Create):
// DisplayName, Type and Attestation are required. A symmetric key group's
// keys come back in the answer.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/create
func (c *EnrollmentGroupsClient) Create(ctx context.Context, enrollmentGroupID string, group EnrollmentGroup, options *EnrollmentGroupsClientCreateOptions) (resp EnrollmentGroupsClientCreateResponse, err error) {
	var v pipeline.Validator
	v.Required("group.displayName", group.DisplayName != nil)
	v.Required("group.type", group.Type != nil)
	v.Required("group.attestation", !isNilUnion(group.Attestation))
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.group(ctx, "EnrollmentGroupsClient.Create", http.MethodPut, enrollmentGroupID, group, pipeline.ContentTypeJSON, &resp.EnrollmentGroup)
	return resp, err
}

// EnrollmentGroupsClientUpdateOptions holds the optional parameters of
// EnrollmentGroupsClient.Update; there are none yet.
type EnrollmentGroupsClientUpdateOptions struct{}

// EnrollmentGroupsClientUpdateResponse is the result of
// EnrollmentGroupsClient.Update.
type EnrollmentGroupsClientUpdateResponse struct {
	EnrollmentGroup
}

// Update changes an enrollment group with a JSON merge patch
// (EnrollmentGroups_Update). A typed nil Attestation in the patch is a
// *ValidationError (it would be sent as null).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/update
func (c *EnrollmentGroupsClient) Update(ctx context.Context, enrollmentGroupID string, patch EnrollmentGroup, options *EnrollmentGroupsClientUpdateOptions) (resp EnrollmentGroupsClientUpdateResponse, err error) {
	if patch.Attestation != nil && isNilUnion(patch.Attestation) {
		return resp, &ValidationError{Field: "patch.attestation", Rule: "must not be a nil pointer (leave Attestation nil to keep it)"}
	}
	err = c.group(ctx, "EnrollmentGroupsClient.Update", http.MethodPatch, enrollmentGroupID, patch, pipeline.ContentTypeMergePatch, &resp.EnrollmentGroup)
	return resp, err
}

// EnrollmentGroupsClientDeleteOptions holds the optional parameters of
// EnrollmentGroupsClient.Delete; there are none yet.
type EnrollmentGroupsClientDeleteOptions struct{}

// EnrollmentGroupsClientDeleteResponse is the result of
// EnrollmentGroupsClient.Delete.
type EnrollmentGroupsClientDeleteResponse struct{}

// Delete deletes an enrollment group (EnrollmentGroups_Remove); devices
// that connected through it stay.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/remove
func (c *EnrollmentGroupsClient) Delete(ctx context.Context, enrollmentGroupID string, options *EnrollmentGroupsClientDeleteOptions) (resp EnrollmentGroupsClientDeleteResponse, err error) {
	err = c.group(ctx, "EnrollmentGroupsClient.Delete", http.MethodDelete, enrollmentGroupID, nil, "", nil)
	return resp, err
}

// group runs an operation on one group: it checks the ID and never logs
// the bodies, which may hold the group's keys.
func (c *EnrollmentGroupsClient) group(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkRequiredID(&v, "enrollmentGroupID", id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: enrollmentGroupPath, Params: []string{id},
		Body: body, ContentType: contentType, Out: out, Secret: true,
	}.Do(ctx, c.pl)
	return err
}
