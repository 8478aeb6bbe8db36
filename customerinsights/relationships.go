package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the RelationshipsClient operations.
const (
	relationshipsPath     = hubPath + "/relationships"
	relationshipsItemPath = relationshipsPath + "/{relationshipName}"
)

// RelationshipsClient manages the relationships of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/relationships). It is immutable and safe
// for concurrent use.
type RelationshipsClient struct{ client }

// NewRelationshipsClient returns a RelationshipsClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewRelationshipsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*RelationshipsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &RelationshipsClient{c}, nil
}

func relationshipsState(m *RelationshipResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	relationshipsCreate = lro[RelationshipResourceFormat, RelationshipsClientCreateOrUpdateResponse]{
		op: "RelationshipsClient.BeginCreateOrUpdate", state: relationshipsState,
		wrap: func(m RelationshipResourceFormat) RelationshipsClientCreateOrUpdateResponse {
			return RelationshipsClientCreateOrUpdateResponse{m}
		},
	}
	relationshipsDelete = lro[RelationshipResourceFormat, RelationshipsClientDeleteResponse]{op: "RelationshipsClient.BeginDelete", delete: true, state: relationshipsState}
)

// RelationshipsClientBeginCreateOrUpdateOptions holds the optional
// parameters of RelationshipsClient.BeginCreateOrUpdate.
type RelationshipsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// RelationshipsClientCreateOrUpdateResponse is the result of RelationshipsClient.BeginCreateOrUpdate.
type RelationshipsClientCreateOrUpdateResponse struct {
	RelationshipResourceFormat
}

// BeginCreateOrUpdate creates a relationship in a hub, or replaces one
// (Relationships_CreateOrUpdate) and returns a poller for its provisioning.
// The service answers 200 or 202: a 202 with a polling header is followed
// with azcore's standard protocols; without one, which is what the spec
// declares, the poller reads the resource until its provisioningState is
// terminal, and Failed or HumanIntervention end it with a
// *ProvisioningError. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationships/create-or-update
func (c *RelationshipsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, relationshipName string, parameters RelationshipResourceFormat, options *RelationshipsClientBeginCreateOrUpdateOptions) (*runtime.Poller[RelationshipsClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return relationshipsCreate.resume(c.pl, options.ResumeToken)
	}
	return relationshipsCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: relationshipsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// RelationshipsClientGetOptions holds the optional parameters of
// RelationshipsClient.Get; there are none yet.
type RelationshipsClientGetOptions struct{}

// RelationshipsClientGetResponse is the result of RelationshipsClient.Get.
type RelationshipsClientGetResponse struct {
	RelationshipResourceFormat
}

// Get returns a relationship (Relationships_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationships/get
func (c *RelationshipsClient) Get(ctx context.Context, resourceGroupName, hubName, relationshipName string, options *RelationshipsClientGetOptions) (resp RelationshipsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "RelationshipsClient.Get", Method: http.MethodGet, Template: relationshipsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipName}, Out: &resp.RelationshipResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// RelationshipsClientBeginDeleteOptions holds the optional parameters of
// RelationshipsClient.BeginDelete.
type RelationshipsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// RelationshipsClientDeleteResponse is the result of RelationshipsClient.BeginDelete; it holds nothing.
type RelationshipsClientDeleteResponse struct{}

// BeginDelete deletes a relationship (Relationships_Delete) and returns a
// poller for the deletion: 200 and 204 are done at once; a 202 is followed
// through its polling header or, without one, by reading the resource until
// it is gone. Poller.ResumeToken saves the operation, to continue it later
// with ResumeToken. A service failure is a *ServiceError (errors.As also
// finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationships/delete
func (c *RelationshipsClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, relationshipName string, options *RelationshipsClientBeginDeleteOptions) (*runtime.Poller[RelationshipsClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return relationshipsDelete.resume(c.pl, options.ResumeToken)
	}
	return relationshipsDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: relationshipsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, relationshipName}, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// RelationshipsClientListByHubOptions holds the optional parameters of
// RelationshipsClient.NewListByHubPager; there are none yet.
type RelationshipsClientListByHubOptions struct{}

// RelationshipsClientListByHubResponse is one page of RelationshipsClient.NewListByHubPager.
type RelationshipsClientListByHubResponse struct {
	RelationshipListResult
}

// NewListByHubPager lists the relationships of a hub
// (Relationships_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/relationships/list-by-hub
func (c *RelationshipsClient) NewListByHubPager(resourceGroupName, hubName string, options *RelationshipsClientListByHubOptions) *runtime.Pager[RelationshipsClientListByHubResponse] {
	return newPager(c.client, "RelationshipsClient.NewListByHubPager", relationshipsPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *RelationshipsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *RelationshipsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *RelationshipsClientListByHubOptions) iter.Seq2[RelationshipResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p RelationshipsClientListByHubResponse) []RelationshipResourceFormat { return p.Value })
}
