package pipeline

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
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
}

// NewARMClient builds a client for Azure Resource Manager: the endpoint and
// token audience come from options.Cloud (public cloud by default), and
// options.APIVersion overrides defaultAPIVersion.
func NewARMClient(cred azcore.TokenCredential, options *arm.ClientOptions, defaultAPIVersion string) (*Client, error) {
	if cred == nil {
		return nil, errors.New("azclients: a credential is required")
	}
	var opts arm.ClientOptions
	if options != nil {
		opts = *options
	}
	c, err := arm.NewClient(ModuleName, ModuleVersion, cred, &opts)
	if err != nil {
		return nil, err
	}
	return &Client{
		endpoint:   strings.TrimSuffix(c.Endpoint(), "/"),
		apiVersion: pick(opts.APIVersion, defaultAPIVersion),
		pl:         c.Pipeline(),
		tracer:     c.Tracer(),
	}, nil
}

// DataPlaneAuth authenticates a data-plane client: set exactly one field.
type DataPlaneAuth struct {
	// Credential gets Entra ID tokens for Scope.
	Credential azcore.TokenCredential
	Scope      string
	// Authorization is sent verbatim as the Authorization header (for
	// example an IoT Central API token, "SharedAccessSignature sr=…"). It is
	// never logged: azcore redacts the header.
	Authorization string
}

// NewDataPlaneClient builds a client for a data-plane endpoint such as
// https://myapp.azureiotcentral.com/api.
func NewDataPlaneClient(endpoint string, auth DataPlaneAuth, options *policy.ClientOptions, defaultAPIVersion string) (*Client, error) {
	var opts policy.ClientOptions
	if options != nil {
		opts = *options
	}
	var authPolicy policy.Policy
	switch {
	case auth.Credential != nil && auth.Authorization == "":
		if auth.Scope == "" {
			return nil, errors.New("azclients: a token scope is required with a credential")
		}
		authPolicy = runtime.NewBearerTokenPolicy(auth.Credential, []string{auth.Scope}, nil)
	case auth.Authorization != "" && auth.Credential == nil:
		if strings.ContainsAny(auth.Authorization, "\r\n") {
			return nil, &ValidationError{Field: "authorization", Value: "(redacted)", Rule: "must be a single line"}
		}
		authPolicy = fixedAuthorization{value: auth.Authorization}
	default:
		return nil, errors.New("azclients: set exactly one of a credential or an API token")
	}
	c, err := azcore.NewClient(ModuleName, ModuleVersion, runtime.PipelineOptions{
		APIVersion: runtime.APIVersionOptions{Name: "api-version", Location: runtime.APIVersionLocationQueryParam},
		PerRetry:   []policy.Policy{authPolicy},
	}, &opts)
	if err != nil {
		return nil, err
	}
	return &Client{
		endpoint:   strings.TrimSuffix(endpoint, "/"),
		apiVersion: pick(opts.APIVersion, defaultAPIVersion),
		pl:         c.Pipeline(),
		tracer:     c.Tracer(),
	}, nil
}

func pick(override, def string) string {
	if override != "" {
		return override
	}
	return def
}

// fixedAuthorization sets a pre-built Authorization header on every request.
type fixedAuthorization struct{ value string }

func (p fixedAuthorization) Do(req *policy.Request) (*http.Response, error) {
	req.Raw().Header.Set("Authorization", p.value)
	return req.Next()
}

// String keeps the token out of anything that prints the policy.
func (p fixedAuthorization) String() string { return "Authorization(redacted)" }

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
