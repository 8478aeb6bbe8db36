package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// OrganizationsClient manages the application's organization hierarchy.
// Get one with Client.Organizations; it is safe for concurrent use.
type OrganizationsClient struct {
	pl *pipeline.Client
}

// Organizations returns the client for organizations.
func (c *Client) Organizations() *OrganizationsClient { return &OrganizationsClient{pl: c.pl} }

// Path templates of the organization operations.
const (
	organizationsPath = "/organizations"
	organizationPath  = "/organizations/{organizationId}"
)

// OrganizationsClientListOptions holds the optional parameters of
// OrganizationsClient.NewListPager; there are none yet.
type OrganizationsClientListOptions struct{}

// OrganizationsClientListResponse is one page of
// OrganizationsClient.NewListPager.
type OrganizationsClientListResponse struct {
	OrganizationCollection
}

// NewListPager lists the organizations the caller can see
// (Organizations_List), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/organizations/list
func (c *OrganizationsClient) NewListPager(options *OrganizationsClientListOptions) *runtime.Pager[OrganizationsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[OrganizationsClientListResponse]{
		Op: "OrganizationsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, organizationsPath)
		},
		NextLink: func(p *OrganizationsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every organization of every page of
// NewListPager; it stops at the first error, which it yields.
func (c *OrganizationsClient) ListIter(ctx context.Context, options *OrganizationsClientListOptions) iter.Seq2[Organization, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p OrganizationsClientListResponse) []Organization { return p.Value })
}

// OrganizationsClientGetOptions holds the optional parameters of
// OrganizationsClient.Get; there are none yet.
type OrganizationsClientGetOptions struct{}

// OrganizationsClientGetResponse is the result of OrganizationsClient.Get.
type OrganizationsClientGetResponse struct {
	Organization
}

// Get returns an organization (Organizations_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/organizations/get
func (c *OrganizationsClient) Get(ctx context.Context, organizationID string, options *OrganizationsClientGetOptions) (resp OrganizationsClientGetResponse, err error) {
	if err := c.check(organizationID); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "OrganizationsClient.Get", Method: http.MethodGet, Template: organizationPath, Params: []string{organizationID}, Out: &resp.Organization}.Do(ctx, c.pl)
	return resp, err
}

// OrganizationsClientCreateOptions holds the optional parameters of
// OrganizationsClient.Create; there are none yet.
type OrganizationsClientCreateOptions struct{}

// OrganizationsClientCreateResponse is the result of
// OrganizationsClient.Create.
type OrganizationsClientCreateResponse struct {
	Organization
}

// Create creates or replaces an organization (Organizations_Create).
// organizationID is 2 to 48 lower-case letters, digits and '-', neither
// first nor last; Parent, when set, names an existing organization.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/organizations/create
func (c *OrganizationsClient) Create(ctx context.Context, organizationID string, organization Organization, options *OrganizationsClientCreateOptions) (resp OrganizationsClientCreateResponse, err error) {
	if err := c.check(organizationID); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "OrganizationsClient.Create", Method: http.MethodPut, Template: organizationPath, Params: []string{organizationID}, Body: organization, Out: &resp.Organization}.Do(ctx, c.pl)
	return resp, err
}

// OrganizationsClientUpdateOptions holds the optional parameters of
// OrganizationsClient.Update; there are none yet.
type OrganizationsClientUpdateOptions struct{}

// OrganizationsClientUpdateResponse is the result of
// OrganizationsClient.Update.
type OrganizationsClientUpdateResponse struct {
	Organization
}

// Update changes an organization with a JSON merge patch
// (Organizations_Update): only the members set in patch are changed.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/organizations/update
func (c *OrganizationsClient) Update(ctx context.Context, organizationID string, patch Organization, options *OrganizationsClientUpdateOptions) (resp OrganizationsClientUpdateResponse, err error) {
	if err := c.check(organizationID); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "OrganizationsClient.Update", Method: http.MethodPatch, Template: organizationPath, Params: []string{organizationID}, Body: patch, ContentType: pipeline.ContentTypeMergePatch, Out: &resp.Organization}.Do(ctx, c.pl)
	return resp, err
}

// OrganizationsClientDeleteOptions holds the optional parameters of
// OrganizationsClient.Delete; there are none yet.
type OrganizationsClientDeleteOptions struct{}

// OrganizationsClientDeleteResponse is the result of
// OrganizationsClient.Delete.
type OrganizationsClientDeleteResponse struct{}

// Delete deletes an organization (Organizations_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/organizations/remove
func (c *OrganizationsClient) Delete(ctx context.Context, organizationID string, options *OrganizationsClientDeleteOptions) (resp OrganizationsClientDeleteResponse, err error) {
	if err := c.check(organizationID); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "OrganizationsClient.Delete", Method: http.MethodDelete, Template: organizationPath, Params: []string{organizationID}}.Do(ctx, c.pl)
	return resp, err
}

// check validates the ID before anything is sent.
func (c *OrganizationsClient) check(organizationID string) error {
	var v pipeline.Validator
	checkOrganizationID(&v, "organizationID", organizationID)
	return v.Err()
}
