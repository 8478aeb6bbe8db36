package deviceprovisioning

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"

	"github.com/azclients/azclients/internal/pipeline"
)

// Api-versions of Microsoft.Devices/provisioningServices this package
// speaks.
const (
	// DefaultAPIVersion is the stable api-version sent unless
	// ClientOptions.APIVersion selects another.
	DefaultAPIVersion = "2022-12-12"
	// PreviewAPIVersion adds managed identities (Identity), the Device
	// Registry namespace (DeviceRegistryNamespace) and identity-based
	// authentication to linked IoT hubs. Select it with
	// ClientOptions.APIVersion.
	PreviewAPIVersion = "2025-02-01-preview"
)

// ClientOptions configures a ProvisioningServicesClient. The zero value is
// valid: the public cloud, azcore's retry policy and DefaultAPIVersion.
// Set APIVersion to PreviewAPIVersion to use the preview fields.
type ClientOptions struct {
	arm.ClientOptions
}

// ProvisioningServicesClient manages IoT Hub Device Provisioning Service
// instances (Microsoft.Devices/provisioningServices): the services
// themselves, their shared access keys, SKUs, private endpoint connections
// and private link resources. It is immutable and safe for concurrent use.
type ProvisioningServicesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewProvisioningServicesClient returns a client for the provisioning
// services of subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewProvisioningServicesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ProvisioningServicesClient, error) {
	pl, err := newARMPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &ProvisioningServicesClient{pl: pl, subscriptionID: subscriptionID}, nil
}

func newARMPipeline(cred azcore.TokenCredential, options *ClientOptions) (*pipeline.Client, error) {
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	return pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAPIVersion)
}

// ClientFactory hands out the ARM clients of this package with one
// credential, one set of options and one pipeline. It is immutable and
// safe for concurrent use.
type ClientFactory struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewClientFactory returns a factory of clients for the provisioning
// services of subscriptionID, authenticated with cred. options may be nil.
func NewClientFactory(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ClientFactory, error) {
	pl, err := newARMPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &ClientFactory{pl: pl, subscriptionID: subscriptionID}, nil
}

// NewProvisioningServicesClient returns a client for the provisioning
// services themselves.
func (f *ClientFactory) NewProvisioningServicesClient() *ProvisioningServicesClient {
	return &ProvisioningServicesClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewCertificatesClient returns a client for the services' CA
// certificates.
func (f *ClientFactory) NewCertificatesClient() *CertificatesClient {
	return &CertificatesClient{pl: f.pl, subscriptionID: f.subscriptionID}
}

// NewOperationsClient returns a client for the provider's operation list.
func (f *ClientFactory) NewOperationsClient() *OperationsClient {
	return &OperationsClient{pl: f.pl}
}

// APIVersion returns the api-version the client sends.
func (c *ProvisioningServicesClient) APIVersion() string { return c.pl.APIVersion() }
