package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
)

// UsersClient manages who can use the application: email users, service
// principals and Entra groups, each with role assignments. Get one with
// Client.Users; it is safe for concurrent use.
type UsersClient struct {
	pl *pipeline.Client
}

// Users returns the client for users.
func (c *Client) Users() *UsersClient { return &UsersClient{pl: c.pl} }

// Path templates of the user operations.
const (
	usersPath = "/users"
	userPath  = "/users/{userId}"
)

// UsersClientListOptions holds the optional parameters of
// UsersClient.NewListPager; there are none yet.
type UsersClientListOptions struct{}

// UsersClientListResponse is one page of UsersClient.NewListPager.
type UsersClientListResponse struct {
	UserCollection
}

// NewListPager lists the application's users (Users_List), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/users/list
func (c *UsersClient) NewListPager(options *UsersClientListOptions) *runtime.Pager[UsersClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[UsersClientListResponse]{
		Op: "UsersClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, usersPath)
		},
		NextLink: func(p *UsersClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every user of every page of NewListPager;
// it stops at the first error, which it yields.
func (c *UsersClient) ListIter(ctx context.Context, options *UsersClientListOptions) iter.Seq2[User, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p UsersClientListResponse) []User { return p.Value })
}

// UsersClientGetOptions holds the optional parameters of UsersClient.Get;
// there are none yet.
type UsersClientGetOptions struct{}

// UsersClientGetResponse is the result of UsersClient.Get: a *EmailUser,
// *ServicePrincipalUser, *ADGroupUser or *UnknownUser.
type UsersClientGetResponse struct {
	User
}

// MarshalJSON writes the user, "type" included, as the service sends it.
func (r UsersClientGetResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(&r.User) }

// UnmarshalJSON decodes the user, choosing its kind from "type".
func (r *UsersClientGetResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.User)
}

// Get returns a user (Users_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/users/get
func (c *UsersClient) Get(ctx context.Context, userID string, options *UsersClientGetOptions) (resp UsersClientGetResponse, err error) {
	if err := c.check(userID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "UsersClient.Get", Method: http.MethodGet, Template: userPath, Params: []string{userID}, Out: &resp}.Do(ctx, c.pl)
	return resp, err
}

// UsersClientCreateOptions holds the optional parameters of
// UsersClient.Create; there are none yet.
type UsersClientCreateOptions struct{}

// UsersClientCreateResponse is the result of UsersClient.Create.
type UsersClientCreateResponse struct {
	User
}

// MarshalJSON writes the user, "type" included, as the service sends it.
func (r UsersClientCreateResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(&r.User) }

// UnmarshalJSON decodes the user, choosing its kind from "type".
func (r *UsersClientCreateResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.User)
}

// Create adds or replaces a user (Users_Create): a *EmailUser with Email,
// or a *ServicePrincipalUser or *ADGroupUser with TenantID and ObjectID;
// each with at least one role assignment.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/users/create
func (c *UsersClient) Create(ctx context.Context, userID string, user User, options *UsersClientCreateOptions) (resp UsersClientCreateResponse, err error) {
	if err := c.check(userID, func(v *pipeline.Validator) { checkUser(v, user, false) }); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "UsersClient.Create", Method: http.MethodPut, Template: userPath, Params: []string{userID}, Body: &user, Out: &resp}.Do(ctx, c.pl)
	return resp, err
}

// UsersClientUpdateOptions holds the optional parameters of
// UsersClient.Update; there are none yet.
type UsersClientUpdateOptions struct{}

// UsersClientUpdateResponse is the result of UsersClient.Update.
type UsersClientUpdateResponse struct {
	User
}

// MarshalJSON writes the user, "type" included, as the service sends it.
func (r UsersClientUpdateResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(&r.User) }

// UnmarshalJSON decodes the user, choosing its kind from "type".
func (r *UsersClientUpdateResponse) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, &r.User)
}

// Update changes a user with a JSON merge patch (Users_Update): patch is a
// user of the same kind with only the members to change set, for example
// &EmailUser{Roles: …}.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/users/update
func (c *UsersClient) Update(ctx context.Context, userID string, patch User, options *UsersClientUpdateOptions) (resp UsersClientUpdateResponse, err error) {
	if err := c.check(userID, func(v *pipeline.Validator) { checkUser(v, patch, true) }); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "UsersClient.Update", Method: http.MethodPatch, Template: userPath, Params: []string{userID}, Body: &patch, ContentType: pipeline.ContentTypeMergePatch, Out: &resp}.Do(ctx, c.pl)
	return resp, err
}

// UsersClientDeleteOptions holds the optional parameters of
// UsersClient.Delete; there are none yet.
type UsersClientDeleteOptions struct{}

// UsersClientDeleteResponse is the result of UsersClient.Delete.
type UsersClientDeleteResponse struct{}

// Delete removes a user (Users_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/users/remove
func (c *UsersClient) Delete(ctx context.Context, userID string, options *UsersClientDeleteOptions) (resp UsersClientDeleteResponse, err error) {
	if err := c.check(userID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "UsersClient.Delete", Method: http.MethodDelete, Template: userPath, Params: []string{userID}}.Do(ctx, c.pl)
	return resp, err
}

// check validates the ID (and the body, when given) before anything is
// sent.
func (c *UsersClient) check(userID string, check func(*pipeline.Validator)) error {
	var v pipeline.Validator
	checkUserID(&v, userID)
	if check != nil {
		check(&v)
	}
	return v.Err()
}

// checkUser checks a user's body; partial is for merge patches, where
// every member is optional. A user of an unknown kind is sent as it is.
func checkUser(v *pipeline.Validator, u User, partial bool) {
	switch u := u.(type) {
	case *EmailUser:
		if u == nil {
			break
		}
		if !partial {
			checkNonEmpty(v, "user.email", u.Email)
		}
		checkUserRoles(v, u.Roles, partial)
		return
	case *ServicePrincipalUser:
		if u == nil {
			break
		}
		checkPrincipal(v, u.TenantID, u.ObjectID, partial)
		checkUserRoles(v, u.Roles, partial)
		return
	case *ADGroupUser:
		if u == nil {
			break
		}
		checkPrincipal(v, u.TenantID, u.ObjectID, partial)
		checkUserRoles(v, u.Roles, partial)
		return
	case *UnknownUser:
		if u != nil {
			return
		}
	}
	v.Fail("user", nil, "is required")
}

func checkPrincipal(v *pipeline.Validator, tenantID, objectID *string, partial bool) {
	if !partial {
		checkNonEmpty(v, "user.tenantId", tenantID)
		checkNonEmpty(v, "user.objectId", objectID)
	}
}

func checkUserRoles(v *pipeline.Validator, roles []RoleAssignment, partial bool) {
	if !partial || roles != nil {
		checkRoles(v, "user.roles", roles)
	}
}
