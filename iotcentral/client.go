package iotcentral

import (
	"errors"
	"net/url"
	"slices"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

// DefaultAPIVersion is the IoT Central REST API version sent unless
// ClientOptions.APIVersion selects another (for example "2022-10-31-preview").
const DefaultAPIVersion = "2022-07-31"

// Scope is the Entra ID scope of the IoT Central application API.
const Scope = "https://apps.azureiotcentral.com/.default"

// DefaultBaseDomain is the base domain of IoT Central applications in the
// public cloud.
const DefaultBaseDomain = "azureiotcentral.com"

// ClientOptions configures a Client. The zero value is valid.
type ClientOptions struct {
	azcore.ClientOptions

	// Pacer, when set, paces every request of this client together with
	// every other client given the same Pacer: after any 429 all of them
	// wait out its Retry-After, and they keep to the Pacer's steady rate if
	// it has one. Nil means no pacing. See NewPacer.
	Pacer *Pacer
}

// Client is an IoT Central application client. The per-area clients
// (Devices, DeviceTemplates, DeviceGroups, Jobs, ...) share its pipeline; it
// is safe for concurrent use.
type Client struct {
	pl *pipeline.Client
}

// NewClient returns a client for the application at endpoint, a full API
// URL such as "https://myapp.azureiotcentral.com/api" (see Endpoint), that
// authenticates with Entra ID tokens for Scope.
func NewClient(endpoint string, cred azcore.TokenCredential, options *ClientOptions) (*Client, error) {
	if cred == nil {
		return nil, errors.New("iotcentral: a credential is required")
	}
	return newClient(endpoint, pipeline.DataPlaneAuth{Credential: cred, Scope: Scope}, options)
}

// NewClientWithAPIToken returns a client for the application at endpoint
// that sends token's value (an API token as IoT Central shows it when the
// token is created, "SharedAccessSignature sr=...") as the Authorization
// header, through azcore's key credential policy: token.Update rotates it
// for every later request. The token is never logged and never appears in
// an error. It is refused over plain http:// unless
// options.InsecureAllowCredentialWithHTTP is set.
func NewClientWithAPIToken(endpoint string, token *azcore.KeyCredential, options *ClientOptions) (*Client, error) {
	if token == nil {
		return nil, &ValidationError{Field: "token", Rule: "is required"}
	}
	return newClient(endpoint, pipeline.DataPlaneAuth{Key: token}, options)
}

// NewClientWithAPITokenString is NewClientWithAPIToken for a token that
// never changes: it wraps apiToken in an azcore.KeyCredential.
func NewClientWithAPITokenString(endpoint, apiToken string, options *ClientOptions) (*Client, error) {
	if strings.TrimSpace(apiToken) == "" {
		return nil, &ValidationError{Field: "apiToken", Value: "", Rule: "is required"}
	}
	return NewClientWithAPIToken(endpoint, azcore.NewKeyCredential(apiToken), options)
}

func newClient(endpoint string, auth pipeline.DataPlaneAuth, options *ClientOptions) (*Client, error) {
	if err := checkEndpoint(endpoint); err != nil {
		return nil, err
	}
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	if opts.Pacer != nil {
		opts.PerRetryPolicies = append(slices.Clip(opts.PerRetryPolicies), opts.Pacer)
	}
	pl, err := pipeline.NewDataPlaneClient(endpoint, auth, &opts.ClientOptions, DefaultAPIVersion)
	if err != nil {
		return nil, err
	}
	return &Client{pl: pl}, nil
}

// Endpoint returns the API URL of the application with the given
// subdomain: Endpoint("myapp", "") is "https://myapp.azureiotcentral.com/api".
// baseDomain selects another cloud or a custom base domain.
func Endpoint(subdomain, baseDomain string) string {
	if baseDomain == "" {
		baseDomain = DefaultBaseDomain
	}
	return "https://" + subdomain + "." + strings.TrimPrefix(baseDomain, ".") + "/api"
}

// checkEndpoint rejects endpoints that are not absolute http(s) URLs
// without a query, fragment or user information; pipeline refuses a
// credential over http:// unless the options allow it.
func checkEndpoint(endpoint string) error {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return &ValidationError{Field: "endpoint", Value: endpoint, Rule: "must be an absolute https URL such as https://myapp.azureiotcentral.com/api"}
	}
	return nil
}
