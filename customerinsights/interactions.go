package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the InteractionsClient operations.
const (
	interactionsPath                         = hubPath + "/interactions"
	interactionsItemPath                     = interactionsPath + "/{interactionName}"
	interactionsSuggestRelationshipLinksPath = interactionsItemPath + "/suggestRelationshipLinks"
)

// InteractionsClient manages the interaction types of Customer Insights
// hubs (Microsoft.CustomerInsights/hubs/interactions). It is immutable and
// safe for concurrent use.
type InteractionsClient struct{ client }

// NewInteractionsClient returns a InteractionsClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewInteractionsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*InteractionsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &InteractionsClient{c}, nil
}

func interactionsState(m *InteractionResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	interactionsCreate = lro[InteractionResourceFormat, InteractionsClientCreateOrUpdateResponse]{
		op: "InteractionsClient.BeginCreateOrUpdate", state: interactionsState,
		wrap: func(m InteractionResourceFormat) InteractionsClientCreateOrUpdateResponse {
			return InteractionsClientCreateOrUpdateResponse{m}
		},
	}
)

// InteractionsClientBeginCreateOrUpdateOptions holds the optional
// parameters of InteractionsClient.BeginCreateOrUpdate.
type InteractionsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// InteractionsClientCreateOrUpdateResponse is the result of InteractionsClient.BeginCreateOrUpdate.
type InteractionsClientCreateOrUpdateResponse struct {
	InteractionResourceFormat
}

// BeginCreateOrUpdate creates an interaction type in a hub, or replaces one
// (Interactions_CreateOrUpdate) and returns a poller for its provisioning.
// The service answers 200 or 202: a 202 with a polling header is followed
// with azcore's standard protocols; without one, which is what the spec
// declares, the poller reads the resource until its provisioningState is
// terminal, and Failed or HumanIntervention end it with a
// *ProvisioningError. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/interactions/create-or-update
func (c *InteractionsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, interactionName string, parameters InteractionResourceFormat, options *InteractionsClientBeginCreateOrUpdateOptions) (*runtime.Poller[InteractionsClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return interactionsCreate.resume(c.pl, options.ResumeToken)
	}
	return interactionsCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: interactionsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, interactionName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// InteractionsClientGetOptions holds the optional parameters of
// InteractionsClient.Get.
type InteractionsClientGetOptions struct {
	// LocaleCode selects the locale of the localized members; nil leaves the
	// service's default, "en-us".
	LocaleCode *string
}

// InteractionsClientGetResponse is the result of InteractionsClient.Get.
type InteractionsClientGetResponse struct {
	InteractionResourceFormat
}

// Get returns an interaction type (Interactions_Get). A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/interactions/get
func (c *InteractionsClient) Get(ctx context.Context, resourceGroupName, hubName, interactionName string, options *InteractionsClientGetOptions) (resp InteractionsClientGetResponse, err error) {
	var q []string
	if options != nil {
		q = append(q, query("locale-code", options.LocaleCode)...)
	}
	_, err = pipeline.Call{Op: "InteractionsClient.Get", Method: http.MethodGet, Template: interactionsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, interactionName}, Query: q, Out: &resp.InteractionResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// InteractionsClientListByHubOptions holds the optional parameters of
// InteractionsClient.NewListByHubPager.
type InteractionsClientListByHubOptions struct {
	// LocaleCode selects the locale of the localized members; nil leaves the
	// service's default, "en-us".
	LocaleCode *string
}

// InteractionsClientListByHubResponse is one page of InteractionsClient.NewListByHubPager.
type InteractionsClientListByHubResponse struct {
	InteractionListResult
}

// NewListByHubPager lists the interaction types of a hub
// (Interactions_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/interactions/list-by-hub
func (c *InteractionsClient) NewListByHubPager(resourceGroupName, hubName string, options *InteractionsClientListByHubOptions) *runtime.Pager[InteractionsClientListByHubResponse] {
	var q []string
	if options != nil {
		q = append(q, query("locale-code", options.LocaleCode)...)
	}
	return newPager(c.client, "InteractionsClient.NewListByHubPager", interactionsPath, []string{c.subscriptionID, resourceGroupName, hubName}, q, false, false,
		func(p *InteractionsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *InteractionsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *InteractionsClientListByHubOptions) iter.Seq2[InteractionResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p InteractionsClientListByHubResponse) []InteractionResourceFormat { return p.Value })
}

// InteractionsClientSuggestRelationshipLinksOptions holds the optional
// parameters of InteractionsClient.SuggestRelationshipLinks; there are none
// yet.
type InteractionsClientSuggestRelationshipLinksOptions struct{}

// InteractionsClientSuggestRelationshipLinksResponse is the result of InteractionsClient.SuggestRelationshipLinks.
type InteractionsClientSuggestRelationshipLinksResponse struct {
	SuggestRelationshipLinksResponse
}

// SuggestRelationshipLinks suggests the relationships to link the
// interaction with (Interactions_SuggestRelationshipLinks). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/interactions/suggest-relationship-links
func (c *InteractionsClient) SuggestRelationshipLinks(ctx context.Context, resourceGroupName, hubName, interactionName string, options *InteractionsClientSuggestRelationshipLinksOptions) (resp InteractionsClientSuggestRelationshipLinksResponse, err error) {
	_, err = pipeline.Call{Op: "InteractionsClient.SuggestRelationshipLinks", Method: http.MethodPost, Template: interactionsSuggestRelationshipLinksPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, interactionName}, Out: &resp.SuggestRelationshipLinksResponse}.Do(ctx, c.pl)
	return resp, err
}
