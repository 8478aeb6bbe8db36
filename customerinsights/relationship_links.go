package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the RelationshipLinksClient operations.
const (
	relationshipLinksPath     = hubPath + "/relationshipLinks"
	relationshipLinksItemPath = relationshipLinksPath + "/{relationshipLinkName}"
)

// RelationshipLinksClient manages the relationship links of Customer
// Insights hubs (Microsoft.CustomerInsights/hubs/relationshipLinks). It is
// immutable and safe for concurrent use.
type RelationshipLinksClient struct{ client }

// NewRelationshipLinksClient returns a RelationshipLinksClient for the hubs
// in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewRelationshipLinksClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*RelationshipLinksClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &RelationshipLinksClient{c}, nil
}

func relationshipLinksState(m *RelationshipLinkResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	relationshipLinksCreate = lro[RelationshipLinkResourceFormat, RelationshipLinksClientCreateOrUpdateResponse]{
		op: "RelationshipLinksClient.BeginCreateOrUpdate", state: relationshipLinksState,
		wrap: func(m RelationshipLinkResourceFormat) RelationshipLinksClientCreateOrUpdateResponse {
			return RelationshipLinksClientCreateOrUpdateResponse{m}
		},
	}
	relationshipLinksDelete = lro[RelationshipLinkResourceFormat, RelationshipLinksClientDeleteResponse]{op: "RelationshipLinksClient.BeginDelete", delete: true, state: relationshipLinksState}
)

// RelationshipLinksClientBeginCreateOrUpdateOptions holds the optional
// parameters of RelationshipLinksClient.BeginCreateOrUpdate.
type RelationshipLinksClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// RelationshipLinksClientCreateOrUpdateResponse is the result of RelationshipLinksClient.BeginCreateOrUpdate.
type RelationshipLinksClientCreateOrUpdateResponse struct {
	RelationshipLinkResourceFormat
}

// BeginCreateOrUpdate creates a relationship link in a hub, or replaces one
// (RelationshipLinks_CreateOrUpdate) and returns a poller for its
// provisioning. The service answers 200 or 202: a 202 with a polling header
// is followed with azcore's standard protocols; without one, which is what
// the spec declares, the poller reads the resource until its
// provisioningState is terminal, and Failed or HumanIntervention end it
// with a *ProvisioningError. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationship-links/create-or-update
func (c *RelationshipLinksClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, parameters RelationshipLinkResourceFormat, options *RelationshipLinksClientBeginCreateOrUpdateOptions) (*runtime.Poller[RelationshipLinksClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return relationshipLinksCreate.resume(c.pl, options.ResumeToken)
	}
	return relationshipLinksCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: relationshipLinksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipLinkName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// RelationshipLinksClientGetOptions holds the optional parameters of
// RelationshipLinksClient.Get; there are none yet.
type RelationshipLinksClientGetOptions struct{}

// RelationshipLinksClientGetResponse is the result of RelationshipLinksClient.Get.
type RelationshipLinksClientGetResponse struct {
	RelationshipLinkResourceFormat
}

// Get returns a relationship link (RelationshipLinks_Get). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationship-links/get
func (c *RelationshipLinksClient) Get(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, options *RelationshipLinksClientGetOptions) (resp RelationshipLinksClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "RelationshipLinksClient.Get", Method: http.MethodGet, Template: relationshipLinksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipLinkName}, Out: &resp.RelationshipLinkResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// RelationshipLinksClientBeginDeleteOptions holds the optional parameters
// of RelationshipLinksClient.BeginDelete.
type RelationshipLinksClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// RelationshipLinksClientDeleteResponse is the result of RelationshipLinksClient.BeginDelete; it holds nothing.
type RelationshipLinksClientDeleteResponse struct{}

// BeginDelete deletes a relationship link (RelationshipLinks_Delete) and
// returns a poller for the deletion: 200 and 204 are done at once; a 202 is
// followed through its polling header or, without one, by reading the
// resource until it is gone. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationship-links/delete
func (c *RelationshipLinksClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, relationshipLinkName string, options *RelationshipLinksClientBeginDeleteOptions) (*runtime.Poller[RelationshipLinksClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return relationshipLinksDelete.resume(c.pl, options.ResumeToken)
	}
	return relationshipLinksDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: relationshipLinksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipLinkName}, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// RelationshipLinksClientListByHubOptions holds the optional parameters of
// RelationshipLinksClient.NewListByHubPager; there are none yet.
type RelationshipLinksClientListByHubOptions struct{}

// RelationshipLinksClientListByHubResponse is one page of RelationshipLinksClient.NewListByHubPager.
type RelationshipLinksClientListByHubResponse struct {
	RelationshipLinkListResult
}

// NewListByHubPager lists the relationship links of a hub
// (RelationshipLinks_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationship-links/list-by-hub
func (c *RelationshipLinksClient) NewListByHubPager(resourceGroupName, hubName string, options *RelationshipLinksClientListByHubOptions) *runtime.Pager[RelationshipLinksClientListByHubResponse] {
	return newPager(c.client, "RelationshipLinksClient.NewListByHubPager", relationshipLinksPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *RelationshipLinksClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *RelationshipLinksClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *RelationshipLinksClientListByHubOptions) iter.Seq2[RelationshipLinkResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p RelationshipLinksClientListByHubResponse) []RelationshipLinkResourceFormat { return p.Value })
}
