package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the LinksClient operations.
const (
	linksPath     = hubPath + "/links"
	linksItemPath = linksPath + "/{linkName}"
)

// LinksClient manages the links of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/links). It is immutable and safe for
// concurrent use.
type LinksClient struct{ client }

// NewLinksClient returns a LinksClient for the hubs in subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewLinksClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*LinksClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &LinksClient{c}, nil
}

func linksState(m *LinkResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	linksCreate = lro[LinkResourceFormat, LinksClientCreateOrUpdateResponse]{
		op: "LinksClient.BeginCreateOrUpdate", state: linksState,
		wrap: func(m LinkResourceFormat) LinksClientCreateOrUpdateResponse {
			return LinksClientCreateOrUpdateResponse{m}
		},
	}
)

// LinksClientBeginCreateOrUpdateOptions holds the optional parameters of
// LinksClient.BeginCreateOrUpdate.
type LinksClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// LinksClientCreateOrUpdateResponse is the result of LinksClient.BeginCreateOrUpdate.
type LinksClientCreateOrUpdateResponse struct {
	LinkResourceFormat
}

// BeginCreateOrUpdate creates a link in a hub, or replaces one
// (Links_CreateOrUpdate) and returns a poller for its provisioning. The
// service answers 200 or 202: a 202 with a polling header is followed with
// azcore's standard protocols; without one, which is what the spec
// declares, the poller reads the resource until its provisioningState is
// terminal, and Failed or HumanIntervention end it with a
// *ProvisioningError. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/links/create-or-update
func (c *LinksClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, linkName string, parameters LinkResourceFormat, options *LinksClientBeginCreateOrUpdateOptions) (*runtime.Poller[LinksClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return linksCreate.resume(c.pl, options.ResumeToken)
	}
	return linksCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: linksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, linkName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// LinksClientGetOptions holds the optional parameters of LinksClient.Get;
// there are none yet.
type LinksClientGetOptions struct{}

// LinksClientGetResponse is the result of LinksClient.Get.
type LinksClientGetResponse struct {
	LinkResourceFormat
}

// Get returns a link (Links_Get). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/links/get
func (c *LinksClient) Get(ctx context.Context, resourceGroupName, hubName, linkName string, options *LinksClientGetOptions) (resp LinksClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "LinksClient.Get", Method: http.MethodGet, Template: linksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, linkName}, Out: &resp.LinkResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// LinksClientDeleteOptions holds the optional parameters of
// LinksClient.Delete; there are none yet.
type LinksClientDeleteOptions struct{}

// LinksClientDeleteResponse is the result of LinksClient.Delete; it holds nothing.
type LinksClientDeleteResponse struct{}

// Delete deletes a link; the spec declares it a plain request answered 200
// or 202, which Delete returns without waiting (Links_Delete). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/links/delete
func (c *LinksClient) Delete(ctx context.Context, resourceGroupName, hubName, linkName string, options *LinksClientDeleteOptions) (resp LinksClientDeleteResponse, err error) {
	_, err = pipeline.Call{Op: "LinksClient.Delete", Method: http.MethodDelete, Template: linksItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, linkName}, OK: []int{http.StatusOK, http.StatusAccepted}}.Do(ctx, c.pl)
	return resp, err
}

// LinksClientListByHubOptions holds the optional parameters of
// LinksClient.NewListByHubPager; there are none yet.
type LinksClientListByHubOptions struct{}

// LinksClientListByHubResponse is one page of LinksClient.NewListByHubPager.
type LinksClientListByHubResponse struct {
	LinkListResult
}

// NewListByHubPager lists the links of a hub (Links_ListByHub), following
// nextLink; nothing is sent until NextPage. A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/links/list-by-hub
func (c *LinksClient) NewListByHubPager(resourceGroupName, hubName string, options *LinksClientListByHubOptions) *runtime.Pager[LinksClientListByHubResponse] {
	return newPager(c.client, "LinksClient.NewListByHubPager", linksPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *LinksClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *LinksClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *LinksClientListByHubOptions) iter.Seq2[LinkResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p LinksClientListByHubResponse) []LinkResourceFormat { return p.Value })
}
