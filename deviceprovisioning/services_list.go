package deviceprovisioning

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProvisioningServicesClientListByResourceGroupOptions holds the optional parameters of
// ProvisioningServicesClient.NewListByResourceGroupPager; there are none
// yet.
type ProvisioningServicesClientListByResourceGroupOptions struct{}

// ProvisioningServicesClientListByResourceGroupResponse is one page of
// ProvisioningServicesClient.NewListByResourceGroupPager.
type ProvisioningServicesClientListByResourceGroupResponse struct {
	ProvisioningServiceDescriptionListResult
}

// NewListByResourceGroupPager lists the provisioning services of a resource
// group (IotDpsResource_ListByResourceGroup), page by page, following
// nextLink; the services come without their keys. Nothing is sent until
// NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-by-resource-group
func (c *ProvisioningServicesClient) NewListByResourceGroupPager(resourceGroupName string, options *ProvisioningServicesClientListByResourceGroupOptions) *runtime.Pager[ProvisioningServicesClientListByResourceGroupResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ProvisioningServicesClientListByResourceGroupResponse]{
		Op: "ProvisioningServicesClient.NewListByResourceGroupPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			v.SubscriptionID(c.subscriptionID)
			v.Required("resourceGroupName", resourceGroupName != "")
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(resourceGroupPath, c.subscriptionID, resourceGroupName)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *ProvisioningServicesClientListByResourceGroupResponse) *string { return p.NextLink },
	})
}

// ListByResourceGroupIter returns an iterator over every service of every page
// of NewListByResourceGroupPager; it stops at the first error, which it
// yields.
func (c *ProvisioningServicesClient) ListByResourceGroupIter(ctx context.Context, resourceGroupName string, options *ProvisioningServicesClientListByResourceGroupOptions) iter.Seq2[ProvisioningServiceDescription, error] {
	return pipeline.All(ctx, c.NewListByResourceGroupPager(resourceGroupName, options), func(p ProvisioningServicesClientListByResourceGroupResponse) []ProvisioningServiceDescription {
		return p.Value
	})
}

// ProvisioningServicesClientListBySubscriptionOptions holds the optional parameters of
// ProvisioningServicesClient.NewListBySubscriptionPager; there are none
// yet.
type ProvisioningServicesClientListBySubscriptionOptions struct{}

// ProvisioningServicesClientListBySubscriptionResponse is one page of
// ProvisioningServicesClient.NewListBySubscriptionPager.
type ProvisioningServicesClientListBySubscriptionResponse struct {
	ProvisioningServiceDescriptionListResult
}

// NewListBySubscriptionPager lists the provisioning services of the
// client's subscription (IotDpsResource_ListBySubscription), page by page,
// following nextLink; the services come without their keys. Nothing is
// sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid subscription ID is a *ValidationError
// returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-by-subscription
func (c *ProvisioningServicesClient) NewListBySubscriptionPager(options *ProvisioningServicesClientListBySubscriptionOptions) *runtime.Pager[ProvisioningServicesClientListBySubscriptionResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ProvisioningServicesClientListBySubscriptionResponse]{
		Op: "ProvisioningServicesClient.NewListBySubscriptionPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			v.SubscriptionID(c.subscriptionID)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(subscriptionPath, c.subscriptionID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *ProvisioningServicesClientListBySubscriptionResponse) *string { return p.NextLink },
	})
}

// ListBySubscriptionIter returns an iterator over every service of every page
// of NewListBySubscriptionPager; it stops at the first error, which it
// yields.
func (c *ProvisioningServicesClient) ListBySubscriptionIter(ctx context.Context, options *ProvisioningServicesClientListBySubscriptionOptions) iter.Seq2[ProvisioningServiceDescription, error] {
	return pipeline.All(ctx, c.NewListBySubscriptionPager(options), func(p ProvisioningServicesClientListBySubscriptionResponse) []ProvisioningServiceDescription {
		return p.Value
	})
}

// ProvisioningServicesClientListValidSKUsOptions holds the optional parameters of
// ProvisioningServicesClient.NewListValidSKUsPager; there are none yet.
type ProvisioningServicesClientListValidSKUsOptions struct{}

// ProvisioningServicesClientListValidSKUsResponse is one page of
// ProvisioningServicesClient.NewListValidSKUsPager.
type ProvisioningServicesClientListValidSKUsResponse struct {
	IotDpsSkuDefinitionListResult
}

// NewListValidSKUsPager lists the SKUs a provisioning service can use
// (IotDpsResource_listValidSkus), page by page, following nextLink.
// Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError returned
// by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/list-valid-skus
func (c *ProvisioningServicesClient) NewListValidSKUsPager(resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListValidSKUsOptions) *runtime.Pager[ProvisioningServicesClientListValidSKUsResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[ProvisioningServicesClientListValidSKUsResponse]{
		Op: "ProvisioningServicesClient.NewListValidSKUsPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return c.serviceRequest(ctx, http.MethodGet, skusPath, resourceGroupName, provisioningServiceName)
		},
		NextLink: func(p *ProvisioningServicesClientListValidSKUsResponse) *string { return p.NextLink },
	})
}

// ListValidSKUsIter returns an iterator over every SKU of every page of
// NewListValidSKUsPager; it stops at the first error, which it yields.
func (c *ProvisioningServicesClient) ListValidSKUsIter(ctx context.Context, resourceGroupName, provisioningServiceName string, options *ProvisioningServicesClientListValidSKUsOptions) iter.Seq2[IotDpsSkuDefinition, error] {
	return pipeline.All(ctx, c.NewListValidSKUsPager(resourceGroupName, provisioningServiceName, options), func(p ProvisioningServicesClientListValidSKUsResponse) []IotDpsSkuDefinition { return p.Value })
}

// serviceRequest validates the arguments naming a service, and whatever
// checks add, and builds a request for template (the service's path or one
// under it with no other placeholder).
func (c *ProvisioningServicesClient) serviceRequest(ctx context.Context, method, template, resourceGroupName, provisioningServiceName string, checks ...func(*pipeline.Validator)) (*policy.Request, error) {
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	for _, check := range checks {
		check(&v)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(template, c.subscriptionID, resourceGroupName, provisioningServiceName)
	if err != nil {
		return nil, err
	}
	return c.pl.NewRequest(ctx, method, path)
}

// ProvisioningServicesClientCheckNameAvailabilityOptions holds the optional parameters of
// ProvisioningServicesClient.CheckNameAvailability; there are none yet.
type ProvisioningServicesClientCheckNameAvailabilityOptions struct{}

// ProvisioningServicesClientCheckNameAvailabilityResponse is the result of
// ProvisioningServicesClient.CheckNameAvailability.
type ProvisioningServicesClientCheckNameAvailabilityResponse struct {
	NameAvailabilityInfo
}

// CheckNameAvailability checks whether a provisioning service name can be
// used (IotDpsResource_CheckProvisioningServiceNameAvailability): the name
// must be valid and, since it becomes a host name, not used by any service
// anywhere. The name itself is the service's to judge: only its presence
// is checked here.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a missing name or an invalid subscription ID is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/check-provisioning-service-name-availability
func (c *ProvisioningServicesClient) CheckNameAvailability(ctx context.Context, arguments OperationInputs, options *ProvisioningServicesClientCheckNameAvailabilityOptions) (resp ProvisioningServicesClientCheckNameAvailabilityResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.CheckNameAvailability")
	defer func() { end(err) }()
	var v pipeline.Validator
	v.SubscriptionID(c.subscriptionID)
	v.Required("arguments.name", arguments.Name != nil && *arguments.Name != "")
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(checkNamePath, c.subscriptionID)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodPost, path)
	if err != nil {
		return resp, err
	}
	if err := pipeline.SetBody(req, arguments, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.NameAvailabilityInfo)
	return resp, err
}

// ProvisioningServicesClientGetOperationResultOptions holds the optional parameters of
// ProvisioningServicesClient.GetOperationResult.
type ProvisioningServicesClientGetOperationResultOptions struct {
	// AsyncInfo is the spec's required asyncinfo query parameter, obtained
	// with the operation; nil sends its default, "true".
	AsyncInfo *string
}

// ProvisioningServicesClientGetOperationResultResponse is the result of
// ProvisioningServicesClient.GetOperationResult.
type ProvisioningServicesClientGetOperationResultResponse struct {
	AsyncOperationResult
}

// GetOperationResult returns the status of a long-running operation on a
// provisioning service (IotDpsResource_GetOperationResult), such as a
// create, update or delete; operationID is the last segment of the
// operation's status URL. The pollers of the Begin methods do this for
// you.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/iot-dps-resource/get-operation-result
func (c *ProvisioningServicesClient) GetOperationResult(ctx context.Context, resourceGroupName, provisioningServiceName, operationID string, options *ProvisioningServicesClientGetOperationResultOptions) (resp ProvisioningServicesClientGetOperationResultResponse, err error) {
	ctx, end := c.pl.Start(ctx, "ProvisioningServicesClient.GetOperationResult")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	v.Required("operationID", operationID != "")
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(operationResultPath, c.subscriptionID, resourceGroupName, provisioningServiceName, operationID)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return resp, err
	}
	asyncInfo := "true"
	if options != nil && options.AsyncInfo != nil {
		asyncInfo = *options.AsyncInfo
	}
	pipeline.SetQuery(req, "asyncinfo", asyncInfo)
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.AsyncOperationResult)
	return resp, err
}
