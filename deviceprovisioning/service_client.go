package deviceprovisioning

import (
	"context"
	"errors"
	"net/url"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/pipeline"
)

// The DPS service API (data plane): enrollments, enrollment groups and
// device registrations of one provisioning service instance, at
// https://{instance}.azure-devices-provisioning.net.
const (
	// ServiceAPIVersion is the service API version sent unless
	// ServiceClientOptions.APIVersion selects another.
	ServiceAPIVersion = "2021-10-01"
	// ServiceScope is the Entra ID scope of the service API.
	ServiceScope = "https://azure-devices-provisioning.net/.default"
	// DefaultSharedAccessPolicy is the shared access policy every
	// provisioning service is created with; it has every right.
	DefaultSharedAccessPolicy = "provisioningserviceowner"
)

// ServiceClientOptions configures a ServiceClient; the zero value is
// valid: azcore's retry policy and ServiceAPIVersion.
type ServiceClientOptions struct {
	azcore.ClientOptions
}

// ServiceClient is a client of the DPS service API of one provisioning
// service. Enrollments, EnrollmentGroups and Registrations return the
// clients of each area; they share the client's pipeline. It is immutable
// and safe for concurrent use.
type ServiceClient struct {
	pl *pipeline.Client
}

// NewServiceClient returns a client for the service API at endpoint (the
// instance's URL, "https://" followed by the service's
// serviceOperationsHostName, such as
// "https://my-dps.azure-devices-provisioning.net"), authenticated with Entra
// ID tokens for ServiceScope from cred. options may be nil.
func NewServiceClient(endpoint string, cred azcore.TokenCredential, options *ServiceClientOptions) (*ServiceClient, error) {
	if cred == nil {
		return nil, errors.New("deviceprovisioning: a credential is required")
	}
	return newServiceClient(endpoint, pipeline.DataPlaneAuth{Credential: cred, Scope: ServiceScope}, nil, options)
}

// NewServiceClientWithSharedAccessKey returns a client for the service API
// at endpoint that signs its requests with tokens minted by cred, renewed
// before they expire. options may be nil.
func NewServiceClientWithSharedAccessKey(endpoint string, cred *SharedAccessKeyCredential, options *ServiceClientOptions) (*ServiceClient, error) {
	if cred == nil {
		return nil, errors.New("deviceprovisioning: a credential is required")
	}
	u, err := checkServiceEndpoint(endpoint)
	if err != nil {
		return nil, err
	}
	sas := newSASPolicy(cred, u.Host)
	return newServiceClient(endpoint, pipeline.DataPlaneAuth{Key: sas.key}, sas, options)
}

// NewServiceClientFromConnectionString returns a client for the service API
// of the provisioning service a connection string names,
// "HostName={instance}.azure-devices-provisioning.net;SharedAccessKeyName={policy};SharedAccessKey={key}",
// signing its requests with that policy's key. options may be nil. The
// key never appears in an error.
func NewServiceClientFromConnectionString(connectionString string, options *ServiceClientOptions) (*ServiceClient, error) {
	host, policyName, key, err := parseConnectionString(connectionString)
	if err != nil {
		return nil, err
	}
	cred, err := NewSharedAccessKeyCredential(policyName, key, nil)
	if err != nil {
		return nil, err
	}
	return NewServiceClientWithSharedAccessKey("https://"+host, cred, options)
}

// NewServiceClientForProvisioningService returns a client for the service
// API of a provisioning service managed with services, for automation that
// creates an instance and enrolls devices in it: it reads the service's
// host name (Get) and the keys of its shared access policy keyName
// (ListKeysForKeyName; "" is DefaultSharedAccessPolicy), and signs with
// the primary key. options may be nil.
func NewServiceClientForProvisioningService(ctx context.Context, services *ProvisioningServicesClient, resourceGroupName, provisioningServiceName, keyName string, options *ServiceClientOptions) (*ServiceClient, error) {
	if keyName == "" {
		keyName = DefaultSharedAccessPolicy
	}
	svc, err := services.Get(ctx, resourceGroupName, provisioningServiceName, nil)
	if err != nil {
		return nil, err
	}
	if svc.Properties == nil || svc.Properties.ServiceOperationsHostName == nil || *svc.Properties.ServiceOperationsHostName == "" {
		return nil, errors.New("deviceprovisioning: the provisioning service " + provisioningServiceName + " has no serviceOperationsHostName yet")
	}
	rule, err := services.ListKeysForKeyName(ctx, resourceGroupName, provisioningServiceName, keyName, nil)
	if err != nil {
		return nil, err
	}
	if rule.PrimaryKey == nil {
		return nil, errors.New("deviceprovisioning: the shared access policy " + keyName + " was returned without its key")
	}
	cred, err := NewSharedAccessKeyCredential(keyName, *rule.PrimaryKey, nil)
	if err != nil {
		return nil, err
	}
	return NewServiceClientWithSharedAccessKey("https://"+*svc.Properties.ServiceOperationsHostName, cred, options)
}

func newServiceClient(endpoint string, auth pipeline.DataPlaneAuth, perCall policy.Policy, options *ServiceClientOptions) (*ServiceClient, error) {
	if _, err := checkServiceEndpoint(endpoint); err != nil {
		return nil, err
	}
	var opts ServiceClientOptions
	if options != nil {
		opts = *options
	}
	if perCall != nil {
		opts.PerCallPolicies = append([]policy.Policy{perCall}, opts.PerCallPolicies...)
	}
	pl, err := pipeline.NewDataPlaneClient(endpoint, auth, &opts.ClientOptions, ServiceAPIVersion)
	if err != nil {
		return nil, err
	}
	return &ServiceClient{pl: pl}, nil
}

// checkServiceEndpoint rejects endpoints that are not absolute http(s) URLs
// of a host, without a query or fragment.
func checkServiceEndpoint(endpoint string) (*url.URL, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.RawQuery != "" || u.Fragment != "" || u.User != nil || strings.Trim(u.Path, "/") != "" {
		return nil, &ValidationError{Field: "endpoint", Value: endpoint, Rule: "must be an absolute https URL such as https://my-dps.azure-devices-provisioning.net"}
	}
	return u, nil
}

// APIVersion returns the service API version the client sends.
func (c *ServiceClient) APIVersion() string { return c.pl.APIVersion() }
