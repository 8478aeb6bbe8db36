package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the ConnectorMappingsClient operations.
const (
	connectorMappingsPath     = connectorsItemPath + "/mappings"
	connectorMappingsItemPath = connectorMappingsPath + "/{mappingName}"
)

// ConnectorMappingsClient manages the mappings of the connectors of
// Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/connectors/mappings). It is immutable
// and safe for concurrent use.
type ConnectorMappingsClient struct{ client }

// NewConnectorMappingsClient returns a ConnectorMappingsClient for the hubs
// in subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewConnectorMappingsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ConnectorMappingsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ConnectorMappingsClient{c}, nil
}

// ConnectorMappingsClientCreateOrUpdateOptions holds the optional
// parameters of ConnectorMappingsClient.CreateOrUpdate; there are none yet.
type ConnectorMappingsClientCreateOrUpdateOptions struct{}

// ConnectorMappingsClientCreateOrUpdateResponse is the result of ConnectorMappingsClient.CreateOrUpdate.
type ConnectorMappingsClientCreateOrUpdateResponse struct {
	ConnectorMappingResourceFormat
}

// CreateOrUpdate creates a mapping in a connector (201), or replaces one
// (200) (ConnectorMappings_CreateOrUpdate). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connector-mappings/create-or-update
func (c *ConnectorMappingsClient) CreateOrUpdate(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, parameters ConnectorMappingResourceFormat, options *ConnectorMappingsClientCreateOrUpdateOptions) (resp ConnectorMappingsClientCreateOrUpdateResponse, err error) {
	_, err = pipeline.Call{Op: "ConnectorMappingsClient.CreateOrUpdate", Method: http.MethodPut, Template: connectorMappingsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName, mappingName}, Body: parameters, Out: &resp.ConnectorMappingResourceFormat, OK: []int{http.StatusOK, http.StatusCreated}}.Do(ctx, c.pl)
	return resp, err
}

// ConnectorMappingsClientGetOptions holds the optional parameters of
// ConnectorMappingsClient.Get; there are none yet.
type ConnectorMappingsClientGetOptions struct{}

// ConnectorMappingsClientGetResponse is the result of ConnectorMappingsClient.Get.
type ConnectorMappingsClientGetResponse struct {
	ConnectorMappingResourceFormat
}

// Get returns a connector mapping (ConnectorMappings_Get). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connector-mappings/get
func (c *ConnectorMappingsClient) Get(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, options *ConnectorMappingsClientGetOptions) (resp ConnectorMappingsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "ConnectorMappingsClient.Get", Method: http.MethodGet, Template: connectorMappingsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName, mappingName}, Out: &resp.ConnectorMappingResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// ConnectorMappingsClientDeleteOptions holds the optional parameters of
// ConnectorMappingsClient.Delete; there are none yet.
type ConnectorMappingsClientDeleteOptions struct{}

// ConnectorMappingsClientDeleteResponse is the result of ConnectorMappingsClient.Delete; it holds nothing.
type ConnectorMappingsClientDeleteResponse struct{}

// Delete deletes a connector mapping (ConnectorMappings_Delete). A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connector-mappings/delete
func (c *ConnectorMappingsClient) Delete(ctx context.Context, resourceGroupName, hubName, connectorName, mappingName string, options *ConnectorMappingsClientDeleteOptions) (resp ConnectorMappingsClientDeleteResponse, err error) {
	_, err = pipeline.Call{Op: "ConnectorMappingsClient.Delete", Method: http.MethodDelete, Template: connectorMappingsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, connectorName, mappingName}, OK: []int{http.StatusOK, http.StatusNoContent}}.Do(ctx, c.pl)
	return resp, err
}

// ConnectorMappingsClientListByConnectorOptions holds the optional
// parameters of ConnectorMappingsClient.NewListByConnectorPager; there are
// none yet.
type ConnectorMappingsClientListByConnectorOptions struct{}

// ConnectorMappingsClientListByConnectorResponse is one page of ConnectorMappingsClient.NewListByConnectorPager.
type ConnectorMappingsClientListByConnectorResponse struct {
	ConnectorMappingListResult
}

// NewListByConnectorPager lists the mappings of a connector
// (ConnectorMappings_ListByConnector), following nextLink; nothing is sent
// until NextPage. A service failure is a *ServiceError (errors.As also
// finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/connector-mappings/list-by-connector
func (c *ConnectorMappingsClient) NewListByConnectorPager(resourceGroupName, hubName, connectorName string, options *ConnectorMappingsClientListByConnectorOptions) *runtime.Pager[ConnectorMappingsClientListByConnectorResponse] {
	return newPager(c.client, "ConnectorMappingsClient.NewListByConnectorPager", connectorMappingsPath, []string{c.subscriptionID, resourceGroupName, hubName, connectorName}, nil, false, false,
		func(p *ConnectorMappingsClientListByConnectorResponse) *string { return p.NextLink })
}

// ListByConnectorIter iterates over every item of every page of
// NewListByConnectorPager, one page at a time; it stops at the first error,
// which it yields.
func (c *ConnectorMappingsClient) ListByConnectorIter(ctx context.Context, resourceGroupName, hubName, connectorName string, options *ConnectorMappingsClientListByConnectorOptions) iter.Seq2[ConnectorMappingResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByConnectorPager(resourceGroupName, hubName, connectorName, options), func(p ConnectorMappingsClientListByConnectorResponse) []ConnectorMappingResourceFormat {
		return p.Value
	})
}
