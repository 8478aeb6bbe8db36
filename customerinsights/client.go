package customerinsights

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"

	"github.com/azclients/azclients/internal/pipeline"
)

// DefaultAPIVersion is the Microsoft.CustomerInsights api-version sent
// unless ClientOptions.APIVersion selects another.
const DefaultAPIVersion = "2017-04-26"

// ClientOptions configures a ProfilesClient. The zero value is valid: the
// public cloud, azcore's retry policy and DefaultAPIVersion.
type ClientOptions struct {
	arm.ClientOptions
}

// ProfilesClient manages the profile types of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/profiles). It is immutable and safe for
// concurrent use.
type ProfilesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewProfilesClient returns a client for the profiles of the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewProfilesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ProfilesClient, error) {
	if err := checkSubscriptionID(subscriptionID); err != nil {
		return nil, err
	}
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	pl, err := pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAPIVersion)
	if err != nil {
		return nil, err
	}
	return &ProfilesClient{pl: pl, subscriptionID: subscriptionID}, nil
}
