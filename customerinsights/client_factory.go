package customerinsights

import "github.com/Azure/azure-sdk-for-go/sdk/azcore"

// ClientFactory hands out every client of the package with one
// subscription, one credential and one set of options. It is immutable
// and safe for concurrent use; the clients it returns share its pipeline.
type ClientFactory struct {
	c client
}

// NewClientFactory returns a factory for the clients of subscriptionID,
// authenticated with cred. options may be nil. A subscriptionID that is
// not a UUID is a *ValidationError.
func NewClientFactory(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ClientFactory, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ClientFactory{c}, nil
}

// NewAuthorizationPoliciesClient returns an AuthorizationPoliciesClient.
func (f *ClientFactory) NewAuthorizationPoliciesClient() *AuthorizationPoliciesClient {
	return &AuthorizationPoliciesClient{f.c}
}

// NewConnectorMappingsClient returns a ConnectorMappingsClient.
func (f *ClientFactory) NewConnectorMappingsClient() *ConnectorMappingsClient {
	return &ConnectorMappingsClient{f.c}
}

// NewConnectorsClient returns a ConnectorsClient.
func (f *ClientFactory) NewConnectorsClient() *ConnectorsClient { return &ConnectorsClient{f.c} }

// NewHubsClient returns a HubsClient.
func (f *ClientFactory) NewHubsClient() *HubsClient { return &HubsClient{f.c} }

// NewImagesClient returns an ImagesClient.
func (f *ClientFactory) NewImagesClient() *ImagesClient { return &ImagesClient{f.c} }

// NewInteractionsClient returns an InteractionsClient.
func (f *ClientFactory) NewInteractionsClient() *InteractionsClient { return &InteractionsClient{f.c} }

// NewKpiClient returns a KpiClient.
func (f *ClientFactory) NewKpiClient() *KpiClient { return &KpiClient{f.c} }

// NewLinksClient returns a LinksClient.
func (f *ClientFactory) NewLinksClient() *LinksClient { return &LinksClient{f.c} }

// NewOperationsClient returns an OperationsClient.
func (f *ClientFactory) NewOperationsClient() *OperationsClient { return &OperationsClient{f.c} }

// NewPredictionsClient returns a PredictionsClient.
func (f *ClientFactory) NewPredictionsClient() *PredictionsClient { return &PredictionsClient{f.c} }

// NewProfilesClient returns a ProfilesClient.
func (f *ClientFactory) NewProfilesClient() *ProfilesClient { return &ProfilesClient{f.c} }

// NewRelationshipLinksClient returns a RelationshipLinksClient.
func (f *ClientFactory) NewRelationshipLinksClient() *RelationshipLinksClient {
	return &RelationshipLinksClient{f.c}
}

// NewRelationshipsClient returns a RelationshipsClient.
func (f *ClientFactory) NewRelationshipsClient() *RelationshipsClient {
	return &RelationshipsClient{f.c}
}

// NewRoleAssignmentsClient returns a RoleAssignmentsClient.
func (f *ClientFactory) NewRoleAssignmentsClient() *RoleAssignmentsClient {
	return &RoleAssignmentsClient{f.c}
}

// NewRolesClient returns a RolesClient.
func (f *ClientFactory) NewRolesClient() *RolesClient { return &RolesClient{f.c} }

// NewViewsClient returns a ViewsClient.
func (f *ClientFactory) NewViewsClient() *ViewsClient { return &ViewsClient{f.c} }

// NewWidgetTypesClient returns a WidgetTypesClient.
func (f *ClientFactory) NewWidgetTypesClient() *WidgetTypesClient { return &WidgetTypesClient{f.c} }
