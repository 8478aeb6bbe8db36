package pipeline

import (
	"context"
	"errors"
	"net/url"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/tracing"
)

// Module identity sent in the User-Agent and used to name tracers.
const (
	ModuleName    = "github.com/azclients/azclients"
	ModuleVersion = "v0.1.0"
)

// Client is the transport every service client is built on: an endpoint, an
// api-version and an azcore pipeline. It is immutable and safe for
// concurrent use.
type Client struct {
	endpoint   string
	apiVersion string
	pl         runtime.Pipeline
	tracer     tracing.Tracer
	links      linkRule
	// quiet is pl without body logging, for requests marked with
	// NoBodyLogging; it is pl itself when bodies are not logged at all.
	quiet runtime.Pipeline
}

// NewARMClient builds a client for Azure Resource Manager: the endpoint and
// token audience come from options.Cloud (public cloud by default), and
// options.APIVersion overrides defaultAPIVersion. Requests, nextLinks and
// polling links go only to the cloud's resource manager host over https,
// and to hosts trusted with WithAllowedHosts.
func NewARMClient(cred azcore.TokenCredential, options *arm.ClientOptions, defaultAPIVersion string, extra ...Option) (*Client, error) {
	if cred == nil {
		return nil, errors.New("azclients: a credential is required")
	}
	var opts arm.ClientOptions
	if options != nil {
		opts = *options
	}
	endpoint, err := armEndpoint(opts)
	if err != nil {
		return nil, err
	}
	links, err := newLinkRule(endpoint, opts.InsecureAllowCredentialWithHTTP, extra)
	if err != nil {
		return nil, err
	}
	// The link rule runs first, before the retry, registration and bearer
	// token policies: a refused link never costs a token.
	opts.PerCallPolicies = append([]policy.Policy{links}, opts.PerCallPolicies...)
	c, err := arm.NewClient(ModuleName, ModuleVersion, cred, &opts)
	if err != nil {
		return nil, err
	}
	quiet := c.Pipeline()
	if opts.Logging.IncludeBody {
		quietOpts := opts
		quietOpts.Logging.IncludeBody = false
		q, err := arm.NewClient(ModuleName, ModuleVersion, cred, &quietOpts)
		if err != nil {
			return nil, err
		}
		quiet = q.Pipeline()
	}
	return &Client{
		endpoint:   strings.TrimSuffix(c.Endpoint(), "/"),
		apiVersion: pick(opts.APIVersion, defaultAPIVersion),
		pl:         c.Pipeline(),
		tracer:     c.Tracer(),
		links:      links,
		quiet:      quiet,
	}, nil
}

// armEndpoint returns the resource manager endpoint of opts.Cloud, as
// arm.NewClient picks it.
func armEndpoint(opts arm.ClientOptions) (string, error) {
	conf := opts.Cloud
	if len(conf.Services) == 0 {
		conf = cloud.AzurePublic
	}
	svc, ok := conf.Services[cloud.ResourceManager]
	if !ok || svc.Endpoint == "" {
		return "", &ValidationError{Field: "Cloud", Value: "(missing)", Rule: "must configure the resource manager endpoint"}
	}
	return svc.Endpoint, nil
}

// DataPlaneAuth authenticates a data-plane client: set exactly one of
// Credential or Key.
type DataPlaneAuth struct {
	// Credential gets Entra ID tokens for Scope.
	Credential azcore.TokenCredential
	Scope      string
	// Key is sent as the Header (default Authorization) on every request,
	// after Prefix: for example an IoT Central API token,
	// "SharedAccessSignature sr=…". It goes through azcore's key credential
	// policy, so it can be rotated with KeyCredential.Update and is never
	// logged.
	Key    *azcore.KeyCredential
	Header string
	Prefix string
}

// NewDataPlaneClient builds a client for a data-plane endpoint such as
// https://myapp.azureiotcentral.com/api. A credential is refused over plain
// http:// unless options.InsecureAllowCredentialWithHTTP is set, as azcore
// does. Requests, nextLinks and polling links go only to the endpoint's
// host, and to hosts trusted with WithAllowedHosts.
func NewDataPlaneClient(endpoint string, auth DataPlaneAuth, options *policy.ClientOptions, defaultAPIVersion string, extra ...Option) (*Client, error) {
	var opts policy.ClientOptions
	if options != nil {
		opts = *options
	}
	var authPolicy policy.Policy
	switch {
	case auth.Credential != nil && auth.Key == nil:
		if auth.Scope == "" {
			return nil, errors.New("azclients: a token scope is required with a credential")
		}
		authPolicy = runtime.NewBearerTokenPolicy(auth.Credential, []string{auth.Scope}, &policy.BearerTokenOptions{
			InsecureAllowCredentialWithHTTP: opts.InsecureAllowCredentialWithHTTP,
		})
	case auth.Key != nil && auth.Credential == nil:
		header := auth.Header
		if header == "" {
			header = "Authorization"
		}
		authPolicy = runtime.NewKeyCredentialPolicy(auth.Key, header, &runtime.KeyCredentialPolicyOptions{
			InsecureAllowCredentialWithHTTP: opts.InsecureAllowCredentialWithHTTP,
			Prefix:                          auth.Prefix,
		})
	default:
		return nil, errors.New("azclients: set exactly one of a token credential or a key credential")
	}
	if err := checkCredentialScheme(endpoint, opts.InsecureAllowCredentialWithHTTP); err != nil {
		return nil, err
	}
	links, err := newLinkRule(endpoint, opts.InsecureAllowCredentialWithHTTP, extra)
	if err != nil {
		return nil, err
	}
	plOpts := runtime.PipelineOptions{
		APIVersion: runtime.APIVersionOptions{Name: "api-version", Location: runtime.APIVersionLocationQueryParam},
		PerCall:    []policy.Policy{links},
		PerRetry:   []policy.Policy{authPolicy},
	}
	c, err := azcore.NewClient(ModuleName, ModuleVersion, plOpts, &opts)
	if err != nil {
		return nil, err
	}
	quiet := c.Pipeline()
	if opts.Logging.IncludeBody {
		quietOpts := opts
		quietOpts.Logging.IncludeBody = false
		q, err := azcore.NewClient(ModuleName, ModuleVersion, plOpts, &quietOpts)
		if err != nil {
			return nil, err
		}
		quiet = q.Pipeline()
	}
	return &Client{
		endpoint:   strings.TrimSuffix(endpoint, "/"),
		apiVersion: pick(opts.APIVersion, defaultAPIVersion),
		pl:         c.Pipeline(),
		tracer:     c.Tracer(),
		links:      links,
		quiet:      quiet,
	}, nil
}

func pick(override, def string) string {
	if override != "" {
		return override
	}
	return def
}

// Endpoint returns the base URL requests are sent to.
func (c *Client) Endpoint() string { return c.endpoint }

// APIVersion returns the api-version sent with every request.
func (c *Client) APIVersion() string { return c.apiVersion }

// Pipeline returns the azcore pipeline, for pollers and pagers.
func (c *Client) Pipeline() runtime.Pipeline { return c.pl }

// Tracer returns the client's tracer.
func (c *Client) Tracer() tracing.Tracer { return c.tracer }

// Start begins an operation: it names the call "<Client>.<Method>" for
// azfake-style fakes (runtime.CtxAPINameKey) and opens a tracing span. The
// returned func ends the span with the operation's error.
func (c *Client) Start(ctx context.Context, op string) (context.Context, func(error)) {
	ctx = context.WithValue(ctx, runtime.CtxAPINameKey{}, op)
	return runtime.StartSpan(ctx, op, c.tracer, nil)
}

// checkCredentialScheme refuses, before any request, to send a credential to
// a plain http:// endpoint unless the caller allowed it: azcore's policies
// would refuse each request anyway, and the error is clearer up front.
func checkCredentialScheme(endpoint string, allowHTTP bool) error {
	u, err := url.Parse(endpoint)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return &ValidationError{Field: "endpoint", Value: endpoint, Rule: "must be an absolute URL"}
	}
	if !strings.EqualFold(u.Scheme, "https") && !allowHTTP {
		return &ValidationError{Field: "endpoint", Value: u.Scheme + "://" + u.Host, Rule: "must use https when a credential is sent (set InsecureAllowCredentialWithHTTP in the client options to allow http)"}
	}
	return nil
}
