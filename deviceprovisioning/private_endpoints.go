package deviceprovisioning

import (
	"context"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the private endpoint connection and private link
// resource operations (the spec names the service {resourceName} here).
const (
	connectionsPath   = servicePath + "/privateEndpointConnections"
	connectionPath    = connectionsPath + "/{privateEndpointConnectionName}"
	linkResourcesPath = servicePath + "/privateLinkResources"
	linkResourcePath  = linkResourcesPath + "/{groupId}"
)

// childRequest validates the arguments naming a service and one of its
// children, and whatever checks add, and builds a request for template.
func (c *ProvisioningServicesClient) childRequest(ctx context.Context, method, template, resourceGroupName, provisioningServiceName, childField, child string, checks ...func(*pipeline.Validator)) (*policy.Request, error) {
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	v.Required(childField, child != "")
	for _, check := range checks {
		check(&v)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(template, c.subscriptionID, resourceGroupName, provisioningServiceName, child)
	if err != nil {
		return nil, err
	}
	return c.pl.NewRequest(ctx, method, path)
}

// ProvisioningServicesClientGetPrivateEndpointConnectionOptions holds the optional parameters of
// ProvisioningServicesClient.GetPrivateEndpointConnection; there are none
// yet.
type ProvisioningServicesClientGetPrivateEndpointConnectionOptions struct{}

// ProvisioningServicesClientGetPrivateEndpointConnectionResponse is the result of
// ProvisioningServicesClient.GetPrivateEndpointConnection.
type ProvisioningServicesClientGetPrivateEndpointConnectionResponse struct {
	PrivateEndpointConnection
}

// GetPrivateEndpointConnection returns a private endpoint connection of a
// provisioning service (IotDpsResource_GetPrivateEndpointConnection).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/get-private-endpoint-connection
func (c *ProvisioningServicesClient) GetPrivateEndpointConnection(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, options *ProvisioningServicesClientGetPrivateEndpointConnectionOptions) (resp ProvisioningServicesClientGetPrivateEndpointConnectionResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.GetPrivateEndpointConnection")
	defer func() { end(err) }()
	req, err := c.childRequest(ctx, http.MethodGet, connectionPath, resourceGroupName, provisioningServiceName, "privateEndpointConnectionName", privateEndpointConnectionName)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.PrivateEndpointConnection)
	return resp, err
}

// ProvisioningServicesClientListPrivateEndpointConnectionsOptions holds the optional parameters of
// ProvisioningServicesClient.ListPrivateEndpointConnections; there are none
// yet.
type ProvisioningServicesClientListPrivateEndpointConnectionsOptions struct{}

// ProvisioningServicesClientListPrivateEndpointConnectionsResponse is the result of
// ProvisioningServicesClient.ListPrivateEndpointConnections.
type ProvisioningServicesClientListPrivateEndpointConnectionsResponse struct {
	// PrivateEndpointConnectionArray holds the connections; the service
	// sends them as a bare JSON array.
	PrivateEndpointConnectionArray []PrivateEndpointConnection
}

// ListPrivateEndpointConnections returns the private endpoint connections
// of a provisioning service (IotDpsResource_ListPrivateEndpointConnections).
// The service answers with a bare JSON array, not pages.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-private-endpoint-connections
func (c *ProvisioningServicesClient) ListPrivateEndpointConnections(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListPrivateEndpointConnectionsOptions) (resp ProvisioningServicesClientListPrivateEndpointConnectionsResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.ListPrivateEndpointConnections")
	defer func() { end(err) }()
	req, err := c.serviceRequest(ctx, http.MethodGet, connectionsPath, resourceGroupName, provisioningServiceName)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.PrivateEndpointConnectionArray)
	return resp, err
}

// ProvisioningServicesClientBeginCreateOrUpdatePrivateEndpointConnectionOptions holds the optional
// parameters of
// ProvisioningServicesClient.BeginCreateOrUpdatePrivateEndpointConnection.
type ProvisioningServicesClientBeginCreateOrUpdatePrivateEndpointConnectionOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse is the result of
// ProvisioningServicesClient.BeginCreateOrUpdatePrivateEndpointConnection.
type ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse struct {
	PrivateEndpointConnection
}

// BeginCreateOrUpdatePrivateEndpointConnection sets the state of a private
// endpoint connection of a provisioning service, typically to approve or
// reject it (IotDpsResource_CreateOrUpdatePrivateEndpointConnection), and
// returns a poller for the operation. The service answers 200 when done or
// 201 with an Azure-AsyncOperation header; PollUntilDone then reads the
// connection again and returns it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments or a connection without a
// status and description are a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/create-or-update-private-endpoint-connection
func (c *ProvisioningServicesClient) BeginCreateOrUpdatePrivateEndpointConnection(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, privateEndpointConnection PrivateEndpointConnection, options *ProvisioningServicesClientBeginCreateOrUpdatePrivateEndpointConnectionOptions) (poller *runtime.Poller[ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginCreateOrUpdatePrivateEndpointConnection")
	defer func() { end(err) }()
	req, err := c.childRequest(ctx, http.MethodPut, connectionPath, resourceGroupName, provisioningServiceName, "privateEndpointConnectionName", privateEndpointConnectionName,
		func(v *pipeline.Validator) {
			checkPrivateEndpointConnection(v, "privateEndpointConnection", privateEndpointConnection)
		})
	if err != nil {
		return nil, err
	}
	if err := pipeline.SetBody(req, privateEndpointConnection, pipeline.ContentTypeJSON); err != nil {
		return nil, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusCreated)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse](c.pl, httpResp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// ProvisioningServicesClientBeginDeletePrivateEndpointConnectionOptions holds the optional parameters
// of ProvisioningServicesClient.BeginDeletePrivateEndpointConnection.
type ProvisioningServicesClientBeginDeletePrivateEndpointConnectionOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// ProvisioningServicesClientDeletePrivateEndpointConnectionResponse is the result of
// ProvisioningServicesClient.BeginDeletePrivateEndpointConnection; it holds
// nothing.
type ProvisioningServicesClientDeletePrivateEndpointConnectionResponse struct{}

// BeginDeletePrivateEndpointConnection deletes a private endpoint
// connection of a provisioning service
// (IotDpsResource_DeletePrivateEndpointConnection) and returns a poller
// for the deletion. The service answers 200 or 204 (there is no such
// connection) when done, or 202 with polling headers, which the poller
// follows.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/delete-private-endpoint-connection
func (c *ProvisioningServicesClient) BeginDeletePrivateEndpointConnection(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, options *ProvisioningServicesClientBeginDeletePrivateEndpointConnectionOptions) (poller *runtime.Poller[ProvisioningServicesClientDeletePrivateEndpointConnectionResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[ProvisioningServicesClientDeletePrivateEndpointConnectionResponse](c.pl, options.ResumeToken, nil)
	}
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.BeginDeletePrivateEndpointConnection")
	defer func() { end(err) }()
	req, err := c.childRequest(ctx, http.MethodDelete, connectionPath, resourceGroupName, provisioningServiceName, "privateEndpointConnectionName", privateEndpointConnectionName)
	if err != nil {
		return nil, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[ProvisioningServicesClientDeletePrivateEndpointConnectionResponse](c.pl, httpResp, runtime.FinalStateViaLocation, nil)
}

// ProvisioningServicesClientGetPrivateLinkResourcesOptions holds the optional parameters of
// ProvisioningServicesClient.GetPrivateLinkResources; there are none yet.
type ProvisioningServicesClientGetPrivateLinkResourcesOptions struct{}

// ProvisioningServicesClientGetPrivateLinkResourcesResponse is the result of
// ProvisioningServicesClient.GetPrivateLinkResources.
type ProvisioningServicesClientGetPrivateLinkResourcesResponse struct {
	GroupIDInformation
}

// GetPrivateLinkResources returns one private link resource of a
// provisioning service, by group ID (IotDpsResource_GetPrivateLinkResources).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/get-private-link-resources
func (c *ProvisioningServicesClient) GetPrivateLinkResources(ctx context.Context, resourceGroupName, provisioningServiceName, groupID string, options *ProvisioningServicesClientGetPrivateLinkResourcesOptions) (resp ProvisioningServicesClientGetPrivateLinkResourcesResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.GetPrivateLinkResources")
	defer func() { end(err) }()
	req, err := c.childRequest(ctx, http.MethodGet, linkResourcePath, resourceGroupName, provisioningServiceName, "groupID", groupID)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.GroupIDInformation)
	return resp, err
}

// ProvisioningServicesClientListPrivateLinkResourcesOptions holds the optional parameters of
// ProvisioningServicesClient.ListPrivateLinkResources; there are none yet.
type ProvisioningServicesClientListPrivateLinkResourcesOptions struct{}

// ProvisioningServicesClientListPrivateLinkResourcesResponse is the result of
// ProvisioningServicesClient.ListPrivateLinkResources.
type ProvisioningServicesClientListPrivateLinkResourcesResponse struct {
	PrivateLinkResources
}

// ListPrivateLinkResources returns the private link resources of a
// provisioning service (IotDpsResource_ListPrivateLinkResources), in one
// answer.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-private-link-resources
func (c *ProvisioningServicesClient) ListPrivateLinkResources(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListPrivateLinkResourcesOptions) (resp ProvisioningServicesClientListPrivateLinkResourcesResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.ListPrivateLinkResources")
	defer func() { end(err) }()
	req, err := c.serviceRequest(ctx, http.MethodGet, linkResourcesPath, resourceGroupName, provisioningServiceName)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.PrivateLinkResources)
	return resp, err
}
