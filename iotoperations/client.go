package iotoperations

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"

	"github.com/azclients/azclients/internal/pipeline"
)

// DefaultAPIVersion is the Microsoft.IoTOperations api-version sent unless
// ClientOptions.APIVersion selects another.
const DefaultAPIVersion = "2025-10-01"

// ClientOptions configures every client of the package. The zero value is
// valid: the public cloud, azcore's retry policy and DefaultAPIVersion.
type ClientOptions struct {
	arm.ClientOptions
}

// DataflowProfilesClient manages the dataflow profiles of Azure IoT
// Operations instances (Microsoft.IoTOperations/instances/dataflowProfiles).
// It is immutable and safe for concurrent use.
type DataflowProfilesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewDataflowProfilesClient returns a client for the dataflow profiles in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil.
func NewDataflowProfilesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*DataflowProfilesClient, error) {
	pl, err := newPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &DataflowProfilesClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// newPipeline builds the ARM pipeline every client of the package uses;
// options may be nil.
func newPipeline(cred azcore.TokenCredential, options *ClientOptions) (*pipeline.Client, error) {
	var opts ClientOptions
	if options != nil {
		opts = *options
	}
	return pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAPIVersion)
}
