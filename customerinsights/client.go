package customerinsights

import (
	"context"
	"net/http"
	"slices"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DefaultAPIVersion is the Microsoft.CustomerInsights api-version sent
// unless ClientOptions.APIVersion selects another.
const DefaultAPIVersion = "2017-04-26"

// ClientOptions configures every client of the package. The zero value is
// valid: the public cloud, azcore's retry policy and DefaultAPIVersion.
type ClientOptions struct {
	arm.ClientOptions
}

// client is what every client of the package holds: the pipeline and the
// subscription its paths start with.
type client struct {
	pl             *pipeline.Client
	subscriptionID string
}

// newClient checks what the client owns of the subscription (a UUID) and
// builds the ARM pipeline.
func newClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (client, error) {
	if err := checkSubscriptionID(subscriptionID); err != nil {
		return client{}, err
	}
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	pl, err := pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAPIVersion)
	if err != nil {
		return client{}, err
	}
	return client{pl: pl, subscriptionID: subscriptionID}, nil
}

// Path templates shared by the clients: every resource but the hub lives
// under a hub.
const (
	hubsPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CustomerInsights/hubs"
	hubPath  = hubsPath + "/{hubName}"
)

// localeCodeParam is the query parameter that selects the locale of the
// localized members; the service's default is "en-us".
const localeCodeParam = "locale-code"

// query returns name and *value for pipeline.Call.Query, or nothing when
// value is nil.
func query(name string, value *string) []string {
	if value == nil {
		return nil
	}
	return []string{name, *value}
}

// newPager returns a pager over the list at template filled with params,
// following nextLink; nothing is sent until NextPage. q holds query
// parameters (name, value, ...), which must not be empty when required;
// the bodies of secret pages are never logged.
func newPager[P any](c client, op, template string, params, q []string, required, secret bool, next func(*P) *string) *runtime.Pager[P] {
	params, q = slices.Clone(params), slices.Clone(q)
	return pipeline.NewPager(c.pl, pipeline.PageSpec[P]{
		Op: op,
		First: func(ctx context.Context) (*policy.Request, error) {
			if required {
				if err := requireQuery(q); err != nil {
					return nil, err
				}
			}
			path, err := pipeline.Path(template, params...)
			if err != nil {
				return nil, err
			}
			req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
			if err != nil {
				return nil, err
			}
			for i := 0; i+1 < len(q); i += 2 {
				pipeline.SetQuery(req, q[i], q[i+1])
			}
			return req, nil
		},
		NextLink: next,
		Secret:   secret,
	})
}
