package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the ConnectorsClient operations.
const (
	connectorsPath     = hubPath + "/connectors"
	connectorsItemPath = connectorsPath + "/{connectorName}"
)

// ConnectorsClient manages the connectors of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/connectors); their properties may hold
// connection strings and access tokens, so no request or answer of this
// client has its body logged. It is immutable and safe for concurrent use.
type ConnectorsClient struct{ client }

// NewConnectorsClient returns a ConnectorsClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewConnectorsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ConnectorsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ConnectorsClient{c}, nil
}

// connectorProvisioning reads a connector's state, which it reports instead
// of a provisioningState, as the poller's provisioning states.
var connectorProvisioning = map[ConnectorStates]ProvisioningStates{
	ConnectorStatesCreating: ProvisioningStatesProvisioning, ConnectorStatesCreated: ProvisioningStatesSucceeded,
	ConnectorStatesReady: ProvisioningStatesSucceeded, ConnectorStatesExpiring: ProvisioningStatesExpiring,
	ConnectorStatesDeleting: ProvisioningStatesDeleting, ConnectorStatesFailed: ProvisioningStatesFailed,
}

func connectorsState(m *ConnectorResourceFormat) *ProvisioningStates {
	if m.Properties == nil || m.Properties.State == nil {
		return nil
	}
	s, ok := connectorProvisioning[*m.Properties.State]
	if !ok {
		return nil
	}
	return &s
}

var (
	connectorsCreate = lro[ConnectorResourceFormat, ConnectorsClientCreateOrUpdateResponse]{
		op: "ConnectorsClient.BeginCreateOrUpdate", state: connectorsState, secret: true,
		wrap: func(m ConnectorResourceFormat) ConnectorsClientCreateOrUpdateResponse {
			return ConnectorsClientCreateOrUpdateResponse{m}
		},
	}
	connectorsDelete = lro[ConnectorResourceFormat, ConnectorsClientDeleteResponse]{op: "ConnectorsClient.BeginDelete", delete: true, state: connectorsState, secret: true}
)

// ConnectorsClientBeginCreateOrUpdateOptions holds the optional parameters
// of ConnectorsClient.BeginCreateOrUpdate.
type ConnectorsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// ConnectorsClientCreateOrUpdateResponse is the result of ConnectorsClient.BeginCreateOrUpdate.
type ConnectorsClientCreateOrUpdateResponse struct {
	ConnectorResourceFormat
}

// BeginCreateOrUpdate creates a connector in a hub, or replaces one
// (Connectors_CreateOrUpdate) and returns a poller for its provisioning.
// The service answers 200 or 202: a 202 with a polling header is followed
// with azcore's standard protocols; without one, which is what the spec
// declares, the poller reads the resource until its provisioningState is
// terminal (a connector reports its state instead: Created and Ready are
// success, Failed a *ProvisioningError), and Failed or HumanIntervention
// end it with a *ProvisioningError. Poller.ResumeToken saves the operation,
// to continue it later with ResumeToken. A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connectors/create-or-update
func (c *ConnectorsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, connectorName string, parameters ConnectorResourceFormat, options *ConnectorsClientBeginCreateOrUpdateOptions) (*runtime.Poller[ConnectorsClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return connectorsCreate.resume(c.pl, options.ResumeToken)
	}
	return connectorsCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: connectorsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// ConnectorsClientGetOptions holds the optional parameters of
// ConnectorsClient.Get; there are none yet.
type ConnectorsClientGetOptions struct{}

// ConnectorsClientGetResponse is the result of ConnectorsClient.Get.
type ConnectorsClientGetResponse struct {
	ConnectorResourceFormat
}

// Get returns a connector (Connectors_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connectors/get
func (c *ConnectorsClient) Get(ctx context.Context, resourceGroupName, hubName, connectorName string, options *ConnectorsClientGetOptions) (resp ConnectorsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "ConnectorsClient.Get", Method: http.MethodGet, Template: connectorsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName}, Out: &resp.ConnectorResourceFormat, Secret: true}.Do(ctx, c.pl)
	return resp, err
}

// ConnectorsClientBeginDeleteOptions holds the optional parameters of
// ConnectorsClient.BeginDelete.
type ConnectorsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// ConnectorsClientDeleteResponse is the result of ConnectorsClient.BeginDelete; it holds nothing.
type ConnectorsClientDeleteResponse struct{}

// BeginDelete deletes a connector and its mappings (Connectors_Delete) and
// returns a poller for the deletion: 200 and 204 are done at once; a 202 is
// followed through its polling header or, without one, by reading the
// resource until it is gone. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connectors/delete
func (c *ConnectorsClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, connectorName string, options *ConnectorsClientBeginDeleteOptions) (*runtime.Poller[ConnectorsClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return connectorsDelete.resume(c.pl, options.ResumeToken)
	}
	return connectorsDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: connectorsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName}, OK: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}})
}

// ConnectorsClientListByHubOptions holds the optional parameters of
// ConnectorsClient.NewListByHubPager; there are none yet.
type ConnectorsClientListByHubOptions struct{}

// ConnectorsClientListByHubResponse is one page of ConnectorsClient.NewListByHubPager.
type ConnectorsClientListByHubResponse struct {
	ConnectorListResult
}

// NewListByHubPager lists the connectors of a hub (Connectors_ListByHub),
// following nextLink; nothing is sent until NextPage. A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connectors/list-by-hub
func (c *ConnectorsClient) NewListByHubPager(resourceGroupName, hubName string, options *ConnectorsClientListByHubOptions) *runtime.Pager[ConnectorsClientListByHubResponse] {
	return newPager(c.client, "ConnectorsClient.NewListByHubPager", connectorsPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, true,
		func(p *ConnectorsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *ConnectorsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *ConnectorsClientListByHubOptions) iter.Seq2[ConnectorResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p ConnectorsClientListByHubResponse) []ConnectorResourceFormat { return p.Value })
}
