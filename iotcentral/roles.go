package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// RolesClient reads the application's roles: the built-in RoleAdministrator,
// RoleBuilder and RoleOperator, and custom ones. Get one with Client.Roles;
// it is safe for concurrent use.
type RolesClient struct {
	pl *pipeline.Client
}

// Roles returns the client for roles.
func (c *Client) Roles() *RolesClient { return &RolesClient{pl: c.pl} }

// Path templates of the role operations.
const (
	rolesPath = "/roles"
	rolePath  = "/roles/{roleId}"
)

// RolesClientListOptions holds the optional parameters of
// RolesClient.NewListPager; there are none yet.
type RolesClientListOptions struct{}

// RolesClientListResponse is one page of RolesClient.NewListPager.
type RolesClientListResponse struct {
	RoleCollection
}

// NewListPager lists the application's roles (Roles_List), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/roles/list
func (c *RolesClient) NewListPager(options *RolesClientListOptions) *runtime.Pager[RolesClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[RolesClientListResponse]{
		Op: "RolesClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, rolesPath)
		},
		NextLink: func(p *RolesClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every role of every page of NewListPager;
// it stops at the first error, which it yields.
func (c *RolesClient) ListIter(ctx context.Context, options *RolesClientListOptions) iter.Seq2[Role, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p RolesClientListResponse) []Role { return p.Value })
}

// RolesClientGetOptions holds the optional parameters of RolesClient.Get;
// there are none yet.
type RolesClientGetOptions struct{}

// RolesClientGetResponse is the result of RolesClient.Get.
type RolesClientGetResponse struct {
	Role
}

// Get returns a role (Roles_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/roles/get
func (c *RolesClient) Get(ctx context.Context, roleID string, options *RolesClientGetOptions) (resp RolesClientGetResponse, err error) {
	ctx, end := c.pl.Start(ctx, "RolesClient.Get")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkRequiredID(&v, "roleID", roleID)
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(rolePath, roleID)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.Role)
	return resp, err
}
