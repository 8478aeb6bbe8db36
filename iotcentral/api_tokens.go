package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/azclients/azclients/internal/pipeline"
)

// APITokensClient manages the application's API tokens, the credentials
// NewClientWithAPIToken uses. Get one with Client.APITokens; it is safe for
// concurrent use.
type APITokensClient struct {
	pl *pipeline.Client
}

// APITokens returns the client for API tokens.
func (c *Client) APITokens() *APITokensClient { return &APITokensClient{pl: c.pl} }

// Path templates of the API token operations.
const (
	apiTokensPath = "/apiTokens"
	apiTokenPath  = "/apiTokens/{tokenId}"
)

// APITokensClientListOptions holds the optional parameters of
// APITokensClient.NewListPager; there are none yet.
type APITokensClientListOptions struct{}

// APITokensClientListResponse is one page of APITokensClient.NewListPager.
type APITokensClientListResponse struct {
	APITokenCollection
}

// NewListPager lists the application's API tokens, without their secrets
// (ApiTokens_List), page by page.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/api-tokens/list
func (c *APITokensClient) NewListPager(options *APITokensClientListOptions) *runtime.Pager[APITokensClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[APITokensClientListResponse]{
		Op: "APITokensClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.pl.NewRequest(ctx, http.MethodGet, apiTokensPath)
		},
		NextLink: func(p *APITokensClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every API token of every page of
// NewListPager; it stops at the first error, which it yields.
func (c *APITokensClient) ListIter(ctx context.Context, options *APITokensClientListOptions) iter.Seq2[APIToken, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p APITokensClientListResponse) []APIToken { return p.Value })
}

// APITokensClientGetOptions holds the optional parameters of
// APITokensClient.Get; there are none yet.
type APITokensClientGetOptions struct{}

// APITokensClientGetResponse is the result of APITokensClient.Get.
type APITokensClientGetResponse struct {
	APIToken
}

// Get returns an API token, without its secret (ApiTokens_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/api-tokens/get
func (c *APITokensClient) Get(ctx context.Context, tokenID string, options *APITokensClientGetOptions) (resp APITokensClientGetResponse, err error) {
	if err := c.check(tokenID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "APITokensClient.Get", Method: http.MethodGet, Template: apiTokenPath, Params: []string{tokenID}, Out: &resp.APIToken}.Do(ctx, c.pl)
	return resp, err
}

// APITokensClientCreateOptions holds the optional parameters of
// APITokensClient.Create; there are none yet.
type APITokensClientCreateOptions struct{}

// APITokensClientCreateResponse is the result of APITokensClient.Create.
// Its Token is the secret, returned this once: keep it safe.
type APITokensClientCreateResponse struct {
	APIToken
}

// Create creates an API token with at least one role assignment
// (ApiTokens_Create). The response holds the token's secret, which IoT
// Central never returns again; this SDK never logs it, even with body
// logging on, and never puts it in an error.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/api-tokens/create
func (c *APITokensClient) Create(ctx context.Context, tokenID string, token APIToken, options *APITokensClientCreateOptions) (resp APITokensClientCreateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "APITokensClient.Create")
	defer func() { end(err) }()
	req, err := c.newRequest(ctx, http.MethodPut, tokenID, func(v *pipeline.Validator) {
		checkRoles(v, "token.roles", token.Roles)
	})
	if err != nil {
		return resp, err
	}
	if err := pipeline.SetBody(req, token, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	// The answer carries the secret: azcore's logging policy does not log
	// bodies it did not download.
	runtime.SkipBodyDownload(req)
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.APIToken)
	return resp, err
}

// APITokensClientDeleteOptions holds the optional parameters of
// APITokensClient.Delete; there are none yet.
type APITokensClientDeleteOptions struct{}

// APITokensClientDeleteResponse is the result of APITokensClient.Delete.
type APITokensClientDeleteResponse struct{}

// Delete deletes an API token, which stops working at once
// (ApiTokens_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/api-tokens/remove
func (c *APITokensClient) Delete(ctx context.Context, tokenID string, options *APITokensClientDeleteOptions) (resp APITokensClientDeleteResponse, err error) {
	if err := c.check(tokenID, nil); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "APITokensClient.Delete", Method: http.MethodDelete, Template: apiTokenPath, Params: []string{tokenID}}.Do(ctx, c.pl)
	return resp, err
}

// check validates the ID (and the body, when given) before anything is
// sent.
func (c *APITokensClient) check(tokenID string, check func(*pipeline.Validator)) error {
	var v pipeline.Validator
	checkRequiredID(&v, "tokenID", tokenID)
	if check != nil {
		check(&v)
	}
	return v.Err()
}

// newRequest validates like check and builds a request on one resource.
func (c *APITokensClient) newRequest(ctx context.Context, method, tokenID string, check func(*pipeline.Validator)) (*policy.Request, error) {
	if err := c.check(tokenID, check); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(apiTokenPath, tokenID)
	if err != nil {
		return nil, err
	}
	return c.pl.NewRequest(ctx, method, path)
}
