package customerinsights

import (
	"context"
	"iter"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the RolesClient operations.
const (
	rolesPath = hubPath + "/roles"
)

// RolesClient manages the roles of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/roles). It is immutable and safe for
// concurrent use.
type RolesClient struct{ client }

// NewRolesClient returns a RolesClient for the hubs in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewRolesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*RolesClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &RolesClient{c}, nil
}

// RolesClientListByHubOptions holds the optional parameters of
// RolesClient.NewListByHubPager; there are none yet.
type RolesClientListByHubOptions struct{}

// RolesClientListByHubResponse is one page of RolesClient.NewListByHubPager.
type RolesClientListByHubResponse struct {
	RoleListResult
}

// NewListByHubPager lists the roles of a hub (Roles_ListByHub), following
// nextLink; nothing is sent until NextPage. A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/roles/list-by-hub
func (c *RolesClient) NewListByHubPager(resourceGroupName, hubName string, options *RolesClientListByHubOptions) *runtime.Pager[RolesClientListByHubResponse] {
	return newPager(c.client, "RolesClient.NewListByHubPager", rolesPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *RolesClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *RolesClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *RolesClientListByHubOptions) iter.Seq2[RoleResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p RolesClientListByHubResponse) []RoleResourceFormat { return p.Value })
}
