package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the AuthorizationPoliciesClient operations.
const (
	authorizationPoliciesPath                       = hubPath + "/authorizationPolicies"
	authorizationPoliciesItemPath                   = authorizationPoliciesPath + "/{authorizationPolicyName}"
	authorizationPoliciesRegeneratePrimaryKeyPath   = authorizationPoliciesItemPath + "/regeneratePrimaryKey"
	authorizationPoliciesRegenerateSecondaryKeyPath = authorizationPoliciesItemPath + "/regenerateSecondaryKey"
)

// AuthorizationPoliciesClient manages the shared access authorization
// policies of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/authorizationPolicies), whose keys are
// secrets: no request or answer of this client has its body logged. It is
// immutable and safe for concurrent use.
type AuthorizationPoliciesClient struct{ client }

// NewAuthorizationPoliciesClient returns a AuthorizationPoliciesClient for
// the hubs in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewAuthorizationPoliciesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*AuthorizationPoliciesClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &AuthorizationPoliciesClient{c}, nil
}

// AuthorizationPoliciesClientCreateOrUpdateOptions holds the optional
// parameters of AuthorizationPoliciesClient.CreateOrUpdate; there are none
// yet.
type AuthorizationPoliciesClientCreateOrUpdateOptions struct{}

// AuthorizationPoliciesClientCreateOrUpdateResponse is the result of AuthorizationPoliciesClient.CreateOrUpdate.
type AuthorizationPoliciesClientCreateOrUpdateResponse struct {
	AuthorizationPolicyResourceFormat
}

// CreateOrUpdate creates an authorization policy in a hub (201), or
// replaces one (200) (AuthorizationPolicies_CreateOrUpdate). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/authorization-policies/create-or-update
func (c *AuthorizationPoliciesClient) CreateOrUpdate(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, parameters AuthorizationPolicyResourceFormat, options *AuthorizationPoliciesClientCreateOrUpdateOptions) (resp AuthorizationPoliciesClientCreateOrUpdateResponse, err error) {
	_, err = pipeline.Call{Op: "AuthorizationPoliciesClient.CreateOrUpdate", Method: http.MethodPut, Template: authorizationPoliciesItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, authorizationPolicyName}, Body: parameters, Out: &resp.AuthorizationPolicyResourceFormat, OK: []int{http.StatusOK, http.StatusCreated}, Secret: true}.Do(ctx, c.pl)
	return resp, err
}

// AuthorizationPoliciesClientGetOptions holds the optional parameters of
// AuthorizationPoliciesClient.Get; there are none yet.
type AuthorizationPoliciesClientGetOptions struct{}

// AuthorizationPoliciesClientGetResponse is the result of AuthorizationPoliciesClient.Get.
type AuthorizationPoliciesClientGetResponse struct {
	AuthorizationPolicyResourceFormat
}

// Get returns an authorization policy, keys included
// (AuthorizationPolicies_Get). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/authorization-policies/get
func (c *AuthorizationPoliciesClient) Get(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *AuthorizationPoliciesClientGetOptions) (resp AuthorizationPoliciesClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "AuthorizationPoliciesClient.Get", Method: http.MethodGet, Template: authorizationPoliciesItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, authorizationPolicyName}, Out: &resp.AuthorizationPolicyResourceFormat, Secret: true}.Do(ctx, c.pl)
	return resp, err
}

// AuthorizationPoliciesClientListByHubOptions holds the optional parameters
// of AuthorizationPoliciesClient.NewListByHubPager; there are none yet.
type AuthorizationPoliciesClientListByHubOptions struct{}

// AuthorizationPoliciesClientListByHubResponse is one page of AuthorizationPoliciesClient.NewListByHubPager.
type AuthorizationPoliciesClientListByHubResponse struct {
	AuthorizationPolicyListResult
}

// NewListByHubPager lists the authorization policies of a hub
// (AuthorizationPolicies_ListByHub), following nextLink; nothing is sent
// until NextPage. A service failure is a *ServiceError (errors.As also
// finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/authorization-policies/list-by-hub
func (c *AuthorizationPoliciesClient) NewListByHubPager(resourceGroupName, hubName string, options *AuthorizationPoliciesClientListByHubOptions) *runtime.Pager[AuthorizationPoliciesClientListByHubResponse] {
	return newPager(c.client, "AuthorizationPoliciesClient.NewListByHubPager", authorizationPoliciesPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, true,
		func(p *AuthorizationPoliciesClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *AuthorizationPoliciesClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *AuthorizationPoliciesClientListByHubOptions) iter.Seq2[AuthorizationPolicyResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p AuthorizationPoliciesClientListByHubResponse) []AuthorizationPolicyResourceFormat {
		return p.Value
	})
}

// AuthorizationPoliciesClientRegeneratePrimaryKeyOptions holds the optional
// parameters of AuthorizationPoliciesClient.RegeneratePrimaryKey; there are
// none yet.
type AuthorizationPoliciesClientRegeneratePrimaryKeyOptions struct{}

// AuthorizationPoliciesClientRegeneratePrimaryKeyResponse is the result of AuthorizationPoliciesClient.RegeneratePrimaryKey.
type AuthorizationPoliciesClientRegeneratePrimaryKeyResponse struct {
	AuthorizationPolicy
}

// RegeneratePrimaryKey replaces the primary key of a policy and returns the
// policy (AuthorizationPolicies_RegeneratePrimaryKey). A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/authorization-policies/regenerate-primary-key
func (c *AuthorizationPoliciesClient) RegeneratePrimaryKey(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *AuthorizationPoliciesClientRegeneratePrimaryKeyOptions) (resp AuthorizationPoliciesClientRegeneratePrimaryKeyResponse, err error) {
	_, err = pipeline.Call{Op: "AuthorizationPoliciesClient.RegeneratePrimaryKey", Method: http.MethodPost, Template: authorizationPoliciesRegeneratePrimaryKeyPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, authorizationPolicyName}, Out: &resp.AuthorizationPolicy, Secret: true}.Do(ctx, c.pl)
	return resp, err
}

// AuthorizationPoliciesClientRegenerateSecondaryKeyOptions holds the
// optional parameters of
// AuthorizationPoliciesClient.RegenerateSecondaryKey; there are none yet.
type AuthorizationPoliciesClientRegenerateSecondaryKeyOptions struct{}

// AuthorizationPoliciesClientRegenerateSecondaryKeyResponse is the result of AuthorizationPoliciesClient.RegenerateSecondaryKey.
type AuthorizationPoliciesClientRegenerateSecondaryKeyResponse struct {
	AuthorizationPolicy
}

// RegenerateSecondaryKey replaces the secondary key of a policy and returns
// the policy (AuthorizationPolicies_RegenerateSecondaryKey). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/authorization-policies/regenerate-secondary-key
func (c *AuthorizationPoliciesClient) RegenerateSecondaryKey(ctx context.Context, resourceGroupName, hubName, authorizationPolicyName string, options *AuthorizationPoliciesClientRegenerateSecondaryKeyOptions) (resp AuthorizationPoliciesClientRegenerateSecondaryKeyResponse, err error) {
	_, err = pipeline.Call{Op: "AuthorizationPoliciesClient.RegenerateSecondaryKey", Method: http.MethodPost, Template: authorizationPoliciesRegenerateSecondaryKeyPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, authorizationPolicyName}, Out: &resp.AuthorizationPolicy, Secret: true}.Do(ctx, c.pl)
	return resp, err
}
