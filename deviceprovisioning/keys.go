package deviceprovisioning

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProvisioningServicesClientListKeysOptions holds the optional parameters of
// ProvisioningServicesClient.NewListKeysPager; there are none yet.
type ProvisioningServicesClientListKeysOptions struct{}

// ProvisioningServicesClientListKeysResponse is one page of ProvisioningServicesClient.NewListKeysPager.
type ProvisioningServicesClientListKeysResponse struct {
	SharedAccessSignatureAuthorizationRuleListResult
}

// NewListKeysPager lists the shared access policies of a provisioning
// service with their keys (IotDpsResource_ListKeys): the first page is a
// POST to listkeys, the next ones follow nextLink with GET. Nothing is sent
// until NextPage. The keys are secrets: the policies' String method does
// not print them, and no error of this package holds them.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-keys
func (c *ProvisioningServicesClient) NewListKeysPager(resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListKeysOptions) *runtime.Pager[ProvisioningServicesClientListKeysResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ProvisioningServicesClientListKeysResponse]{
		Op: "ProvisioningServicesClient.NewListKeysPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.serviceRequest(ctx, http.MethodPost, listKeysPath, resourceGroupName, provisioningServiceName)
		},
		NextLink: func(p *ProvisioningServicesClientListKeysResponse) *string { return p.NextLink },
		Secret:   true,
	})
}

// ListKeysIter returns an iterator over every policy of every page of
// NewListKeysPager; it stops at the first error, which it yields.
func (c *ProvisioningServicesClient) ListKeysIter(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListKeysOptions) iter.Seq2[SharedAccessSignatureAuthorizationRule, error] {
	return pipeline.All(ctx, c.NewListKeysPager(resourceGroupName, provisioningServiceName, options), func(p ProvisioningServicesClientListKeysResponse) []SharedAccessSignatureAuthorizationRule {
		return p.Value
	})
}

// ProvisioningServicesClientListKeysForKeyNameOptions holds the optional parameters of
// ProvisioningServicesClient.ListKeysForKeyName; there are none yet.
type ProvisioningServicesClientListKeysForKeyNameOptions struct{}

// ProvisioningServicesClientListKeysForKeyNameResponse is the result of
// ProvisioningServicesClient.ListKeysForKeyName.
type ProvisioningServicesClientListKeysForKeyNameResponse struct {
	SharedAccessSignatureAuthorizationRule
}

// ListKeysForKeyName returns one shared access policy of a provisioning
// service with its keys (IotDpsResource_ListKeysForKeyName, a POST).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-keys-for-key-name
func (c *ProvisioningServicesClient) ListKeysForKeyName(ctx context.Context, resourceGroupName, provisioningServiceName, keyName string, options *ProvisioningServicesClientListKeysForKeyNameOptions) (resp ProvisioningServicesClientListKeysForKeyNameResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.ListKeysForKeyName")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	v.Required("keyName", keyName != "")
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(keyPath, c.subscriptionID, resourceGroupName, provisioningServiceName, keyName)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPost, path)
	if err != nil {
		return resp, err
	}
	pipeline.NoBodyLogging(req) // the answer holds the policy's keys
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.SharedAccessSignatureAuthorizationRule)
	return resp, err
}
