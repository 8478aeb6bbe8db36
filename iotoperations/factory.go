package iotoperations

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

// ClientFactory hands out every client of the package for one
// subscription, credential and set of options; the clients share one
// pipeline. It is immutable and safe for concurrent use.
type ClientFactory struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewClientFactory returns a factory for the clients of subscriptionID,
// authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewClientFactory(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ClientFactory, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &ClientFactory{pl: pl, subscriptionID: subscriptionID}, nil
}

// NewOperationsClient returns a client for the provider's operations.
func (f *ClientFactory) NewOperationsClient() *OperationsClient {
	return &OperationsClient{pl: f.pl}
}

// NewInstancesClient returns a InstancesClient of the factory's subscription.
func (f *ClientFactory) NewInstancesClient() *InstancesClient {
	return &InstancesClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewDataflowProfilesClient returns a DataflowProfilesClient of the factory's subscription.
func (f *ClientFactory) NewDataflowProfilesClient() *DataflowProfilesClient {
	return &DataflowProfilesClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewBrokersClient returns a BrokersClient of the factory's subscription.
func (f *ClientFactory) NewBrokersClient() *BrokersClient {
	return &BrokersClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewBrokerListenersClient returns a BrokerListenersClient of the factory's subscription.
func (f *ClientFactory) NewBrokerListenersClient() *BrokerListenersClient {
	return &BrokerListenersClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewBrokerAuthenticationsClient returns a BrokerAuthenticationsClient of the factory's subscription.
func (f *ClientFactory) NewBrokerAuthenticationsClient() *BrokerAuthenticationsClient {
	return &BrokerAuthenticationsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewBrokerAuthorizationsClient returns a BrokerAuthorizationsClient of the factory's subscription.
func (f *ClientFactory) NewBrokerAuthorizationsClient() *BrokerAuthorizationsClient {
	return &BrokerAuthorizationsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewDataflowEndpointsClient returns a DataflowEndpointsClient of the factory's subscription.
func (f *ClientFactory) NewDataflowEndpointsClient() *DataflowEndpointsClient {
	return &DataflowEndpointsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewDataflowsClient returns a DataflowsClient of the factory's subscription.
func (f *ClientFactory) NewDataflowsClient() *DataflowsClient {
	return &DataflowsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewDataflowGraphsClient returns a DataflowGraphsClient of the factory's subscription.
func (f *ClientFactory) NewDataflowGraphsClient() *DataflowGraphsClient {
	return &DataflowGraphsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewRegistryEndpointsClient returns a RegistryEndpointsClient of the factory's subscription.
func (f *ClientFactory) NewRegistryEndpointsClient() *RegistryEndpointsClient {
	return &RegistryEndpointsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewAkriConnectorTemplatesClient returns a AkriConnectorTemplatesClient of the factory's subscription.
func (f *ClientFactory) NewAkriConnectorTemplatesClient() *AkriConnectorTemplatesClient {
	return &AkriConnectorTemplatesClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewAkriConnectorsClient returns a AkriConnectorsClient of the factory's subscription.
func (f *ClientFactory) NewAkriConnectorsClient() *AkriConnectorsClient {
	return &AkriConnectorsClient{pl: f.pl, subscriptionID: f.subscriptionID}
}
