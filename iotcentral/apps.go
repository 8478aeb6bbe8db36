package iotcentral

import (
	"context"
	"errors"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DefaultAppsAPIVersion is the Microsoft.IoTCentral api-version AppsClient
// sends unless AppsClientOptions.APIVersion selects another: the newest
// stable one.
const DefaultAppsAPIVersion = "2021-06-01"

// Path templates of the application management operations (ARM).
const (
	appsProviderPath    = "/subscriptions/{subscriptionId}/providers/Microsoft.IoTCentral"
	appsBySubscription  = appsProviderPath + "/iotApps"
	appsCheckNamePath   = appsProviderPath + "/checkNameAvailability"
	appsCheckSubdomain  = appsProviderPath + "/checkSubdomainAvailability"
	appsTemplatesPath   = appsProviderPath + "/appTemplates"
	appsByResourceGroup = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTCentral/iotApps"
	appPath             = appsByResourceGroup + "/{resourceName}"
)

// AppsClientOptions configures an AppsClient. The zero value is valid.
type AppsClientOptions struct {
	arm.ClientOptions
}

// AppsClient manages IoT Central applications through Azure Resource
// Manager (Microsoft.IoTCentral/iotApps): the script that creates the
// application it then fills with devices, and the application picker of
// the connector. It is immutable and safe for concurrent use.
type AppsClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewAppsClient returns a client for the applications of a subscription,
// authenticating with cred (for example azidentity.NewDefaultAzureCredential).
// A subscription ID that is not a UUID is a *ValidationError.
func NewAppsClient(subscriptionID string, cred azcore.TokenCredential, options *AppsClientOptions) (*AppsClient, error) {
	var v pipeline.Validator
	v.SubscriptionID(subscriptionID)
	if err := v.Err(); err != nil {
		return nil, err
	}
	var opts AppsClientOptions
	if options != nil {
		opts = *options
	}
	pl, err := pipeline.NewARMClient(cred, &opts.ClientOptions, DefaultAppsAPIVersion)
	if err != nil {
		return nil, err
	}
	return &AppsClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// AppsClientGetOptions holds the optional parameters of AppsClient.Get;
// there are none yet.
type AppsClientGetOptions struct{}

// AppsClientGetResponse is the result of AppsClient.Get.
type AppsClientGetResponse struct {
	App
}

// Get returns an application (Apps_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty name is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/apps/get
func (c *AppsClient) Get(ctx context.Context, resourceGroupName, resourceName string, options *AppsClientGetOptions) (resp AppsClientGetResponse, err error) {
	if err := c.checkApp(resourceGroupName, resourceName); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{Op: "AppsClient.Get", Method: http.MethodGet, Template: appPath,
		Params: []string{c.subscriptionID, resourceGroupName, resourceName}, Out: &resp.App}.Do(ctx, c.pl)
	return resp, err
}

// AppsClientBeginCreateOrUpdateOptions holds the optional parameters of
// AppsClient.BeginCreateOrUpdate.
type AppsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// AppsClientCreateOrUpdateResponse is the result of
// AppsClient.BeginCreateOrUpdate: the application once created.
type AppsClientCreateOrUpdateResponse struct {
	App
}

// BeginCreateOrUpdate creates or replaces an application
// (Apps_CreateOrUpdate) and returns a poller for the operation: Location,
// SKU and Properties.Subdomain are required. Once it is done, the
// application's data-plane API is Endpoint(*app.Properties.Subdomain, "").
// Cancelling ctx stops waiting, not the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/apps/create-or-update
func (c *AppsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, resourceName string, app App, options *AppsClientBeginCreateOrUpdateOptions) (poller *runtime.Poller[AppsClientCreateOrUpdateResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[AppsClientCreateOrUpdateResponse](c.pl, options.ResumeToken, nil)
	}
	var v pipeline.Validator
	v.Required("app.location", app.Location != nil)
	v.Required("app.sku", app.SKU != nil)
	v.Required("app.properties.subdomain", app.Properties != nil && app.Properties.Subdomain != nil)
	if err := errors.Join(c.checkApp(resourceGroupName, resourceName), v.Err()); err != nil {
		return nil, err
	}
	resp, err := pipeline.Call{Op: "AppsClient.BeginCreateOrUpdate", Method: http.MethodPut, Template: appPath,
		Params: []string{c.subscriptionID, resourceGroupName, resourceName}, Body: app,
		OK: []int{http.StatusOK, http.StatusCreated, http.StatusAccepted}}.Do(ctx, c.pl)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[AppsClientCreateOrUpdateResponse](c.pl, resp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// AppsClientBeginUpdateOptions holds the optional parameters of
// AppsClient.BeginUpdate.
type AppsClientBeginUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken.
	ResumeToken string
}

// AppsClientUpdateResponse is the result of AppsClient.BeginUpdate.
type AppsClientUpdateResponse struct {
	App
}

// BeginUpdate changes an application's tags, plan, display name or
// subdomain (Apps_Update) and returns a poller for the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty name is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/apps/update
func (c *AppsClient) BeginUpdate(ctx context.Context, resourceGroupName, resourceName string, patch AppPatch, options *AppsClientBeginUpdateOptions) (poller *runtime.Poller[AppsClientUpdateResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[AppsClientUpdateResponse](c.pl, options.ResumeToken, nil)
	}
	if err := c.checkApp(resourceGroupName, resourceName); err != nil {
		return nil, err
	}
	resp, err := pipeline.Call{Op: "AppsClient.BeginUpdate", Method: http.MethodPatch, Template: appPath,
		Params: []string{c.subscriptionID, resourceGroupName, resourceName}, Body: patch,
		OK: []int{http.StatusOK, http.StatusAccepted}}.Do(ctx, c.pl)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[AppsClientUpdateResponse](c.pl, resp, runtime.FinalStateViaAzureAsyncOp, nil)
}

// AppsClientBeginDeleteOptions holds the optional parameters of
// AppsClient.BeginDelete.
type AppsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken.
	ResumeToken string
}

// AppsClientDeleteResponse is the result of AppsClient.BeginDelete.
type AppsClientDeleteResponse struct{}

// BeginDelete deletes an application, its devices and data (Apps_Delete)
// and returns a poller for the operation.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty name is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/apps/delete
func (c *AppsClient) BeginDelete(ctx context.Context, resourceGroupName, resourceName string, options *AppsClientBeginDeleteOptions) (poller *runtime.Poller[AppsClientDeleteResponse], err error) {
	if options != nil && options.ResumeToken != "" {
		return pipeline.ResumePoller[AppsClientDeleteResponse](c.pl, options.ResumeToken, nil)
	}
	if err := c.checkApp(resourceGroupName, resourceName); err != nil {
		return nil, err
	}
	resp, err := pipeline.Call{Op: "AppsClient.BeginDelete", Method: http.MethodDelete, Template: appPath,
		Params: []string{c.subscriptionID, resourceGroupName, resourceName},
		OK:     []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}}.Do(ctx, c.pl)
	if err != nil {
		return nil, err
	}
	return pipeline.NewPoller[AppsClientDeleteResponse](c.pl, resp, runtime.FinalStateViaLocation, nil)
}

// AppsClientListByResourceGroupOptions holds the optional parameters of
// AppsClient.NewListByResourceGroupPager and ListByResourceGroupIter; there
// are none yet.
type AppsClientListByResourceGroupOptions struct{}

// AppsClientListByResourceGroupResponse is one page of
// AppsClient.NewListByResourceGroupPager.
type AppsClientListByResourceGroupResponse struct {
	AppListResult
}

// NewListByResourceGroupPager lists the applications of a resource group
// (Apps_ListByResourceGroup), page by page. Nothing is sent until NextPage.
func (c *AppsClient) NewListByResourceGroupPager(resourceGroupName string, options *AppsClientListByResourceGroupOptions) *runtime.Pager[AppsClientListByResourceGroupResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[AppsClientListByResourceGroupResponse]{
		Op: "AppsClient.NewListByResourceGroupPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkRequiredID(&v, "resourceGroupName", resourceGroupName)
			if err := v.Err(); err != nil {
				return nil, err
			}
			path, err := pipeline.Path(appsByResourceGroup, c.subscriptionID, resourceGroupName)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *AppsClientListByResourceGroupResponse) *string { return p.NextLink },
	})
}

// ListByResourceGroupIter returns an iterator over every application of
// NewListByResourceGroupPager; it stops at the first error, which it yields.
func (c *AppsClient) ListByResourceGroupIter(ctx context.Context, resourceGroupName string, options *AppsClientListByResourceGroupOptions) iter.Seq2[App, error] {
	return pipeline.All(ctx, c.NewListByResourceGroupPager(resourceGroupName, options), func(p AppsClientListByResourceGroupResponse) []App { return p.Value })
}

// AppsClientListBySubscriptionOptions holds the optional parameters of
// AppsClient.NewListBySubscriptionPager and ListBySubscriptionIter; there
// are none yet.
type AppsClientListBySubscriptionOptions struct{}

// AppsClientListBySubscriptionResponse is one page of
// AppsClient.NewListBySubscriptionPager.
type AppsClientListBySubscriptionResponse struct {
	AppListResult
}

// NewListBySubscriptionPager lists the applications of the subscription
// (Apps_ListBySubscription), page by page. Nothing is sent until NextPage.
func (c *AppsClient) NewListBySubscriptionPager(options *AppsClientListBySubscriptionOptions) *runtime.Pager[AppsClientListBySubscriptionResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[AppsClientListBySubscriptionResponse]{
		Op: "AppsClient.NewListBySubscriptionPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			path, err := pipeline.Path(appsBySubscription, c.subscriptionID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *AppsClientListBySubscriptionResponse) *string { return p.NextLink },
	})
}

// ListBySubscriptionIter returns an iterator over every application of
// NewListBySubscriptionPager; it stops at the first error, which it yields.
func (c *AppsClient) ListBySubscriptionIter(ctx context.Context, options *AppsClientListBySubscriptionOptions) iter.Seq2[App, error] {
	return pipeline.All(ctx, c.NewListBySubscriptionPager(options), func(p AppsClientListBySubscriptionResponse) []App { return p.Value })
}

// AppsClientListTemplatesOptions holds the optional parameters of
// AppsClient.NewListTemplatesPager and ListTemplatesIter; there are none
// yet.
type AppsClientListTemplatesOptions struct{}

// AppsClientListTemplatesResponse is one page of
// AppsClient.NewListTemplatesPager.
type AppsClientListTemplatesResponse struct {
	AppTemplatesResult
}

// NewListTemplatesPager lists the application templates
// (Apps_ListTemplates: the first page is a POST, the next ones follow
// nextLink). Nothing is sent until NextPage.
func (c *AppsClient) NewListTemplatesPager(options *AppsClientListTemplatesOptions) *runtime.Pager[AppsClientListTemplatesResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[AppsClientListTemplatesResponse]{
		Op: "AppsClient.NewListTemplatesPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			path, err := pipeline.Path(appsTemplatesPath, c.subscriptionID)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodPost, path)
		},
		NextLink: func(p *AppsClientListTemplatesResponse) *string { return p.NextLink },
	})
}

// ListTemplatesIter returns an iterator over every template of
// NewListTemplatesPager; it stops at the first error, which it yields.
func (c *AppsClient) ListTemplatesIter(ctx context.Context, options *AppsClientListTemplatesOptions) iter.Seq2[AppTemplate, error] {
	return pipeline.All(ctx, c.NewListTemplatesPager(options), func(p AppsClientListTemplatesResponse) []AppTemplate { return p.Value })
}

// AppsClientCheckNameAvailabilityOptions holds the optional parameters of
// AppsClient.CheckNameAvailability; there are none yet.
type AppsClientCheckNameAvailabilityOptions struct{}

// AppsClientCheckNameAvailabilityResponse is the result of
// AppsClient.CheckNameAvailability.
type AppsClientCheckNameAvailabilityResponse struct {
	AppAvailabilityInfo
}

// CheckNameAvailability says whether an application resource name is free
// (Apps_CheckNameAvailability). Name is required.
func (c *AppsClient) CheckNameAvailability(ctx context.Context, operationInputs OperationInputs, options *AppsClientCheckNameAvailabilityOptions) (resp AppsClientCheckNameAvailabilityResponse, err error) {
	err = c.check(ctx, "AppsClient.CheckNameAvailability", appsCheckNamePath, operationInputs, &resp.AppAvailabilityInfo)
	return resp, err
}

// AppsClientCheckSubdomainAvailabilityOptions holds the optional
// parameters of AppsClient.CheckSubdomainAvailability; there are none yet.
type AppsClientCheckSubdomainAvailabilityOptions struct{}

// AppsClientCheckSubdomainAvailabilityResponse is the result of
// AppsClient.CheckSubdomainAvailability.
type AppsClientCheckSubdomainAvailabilityResponse struct {
	AppAvailabilityInfo
}

// CheckSubdomainAvailability says whether an application subdomain is free
// (Apps_CheckSubdomainAvailability). Name is required.
func (c *AppsClient) CheckSubdomainAvailability(ctx context.Context, operationInputs OperationInputs, options *AppsClientCheckSubdomainAvailabilityOptions) (resp AppsClientCheckSubdomainAvailabilityResponse, err error) {
	err = c.check(ctx, "AppsClient.CheckSubdomainAvailability", appsCheckSubdomain, operationInputs, &resp.AppAvailabilityInfo)
	return resp, err
}

func (c *AppsClient) check(ctx context.Context, op, template string, in OperationInputs, out *AppAvailabilityInfo) error {
	if in.Name == nil {
		return &ValidationError{Field: "operationInputs.name", Rule: "is required"}
	}
	_, err := pipeline.Call{Op: op, Method: http.MethodPost, Template: template, Params: []string{c.subscriptionID}, Body: in, Out: out}.Do(ctx, c.pl)
	return err
}

// checkApp checks the resource group and name of an application.
func (c *AppsClient) checkApp(resourceGroupName, resourceName string) error {
	var v pipeline.Validator
	checkRequiredID(&v, "resourceGroupName", resourceGroupName)
	checkRequiredID(&v, "resourceName", resourceName)
	return v.Err()
}
