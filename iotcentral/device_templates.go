package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DeviceTemplatesClient manages the application's device templates. Get
// one with Client.DeviceTemplates; it is safe for concurrent use.
type DeviceTemplatesClient struct {
	pl *pipeline.Client
}

// DeviceTemplates returns the client for device templates.
func (c *Client) DeviceTemplates() *DeviceTemplatesClient { return &DeviceTemplatesClient{pl: c.pl} }

// Path templates of the device template operations.
const (
	templatesPath = "/deviceTemplates"
	templatePath  = "/deviceTemplates/{deviceTemplateId}"
)

// DeviceTemplatesClientListOptions holds the optional parameters of
// DeviceTemplatesClient.NewListPager and ListIter; like
// DevicesClientListOptions, they need a preview api-version.
type DeviceTemplatesClientListOptions struct {
	// Filter is an OData filter, for example "displayName eq 'Thermostat'".
	Filter *string
	// MaxPageSize caps the templates per page, 1 to 100.
	MaxPageSize *int32
	// OrderBy sorts the templates, for example "displayName asc".
	OrderBy *string
}

// DeviceTemplatesClientListResponse is one page of
// DeviceTemplatesClient.NewListPager.
type DeviceTemplatesClientListResponse struct {
	DeviceTemplateCollection
}

// NewListPager lists the application's device templates
// (DeviceTemplates_List), page by page. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-templates/list
func (c *DeviceTemplatesClient) NewListPager(options *DeviceTemplatesClientListOptions) *runtime.Pager[DeviceTemplatesClientListResponse] {
	var o DeviceTemplatesClientListOptions
	if options != nil {
		o = *options
	}
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DeviceTemplatesClientListResponse]{
		Op: "DeviceTemplatesClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewListRequest(ctx, c.pl, templatesPath, o.Filter, o.OrderBy, o.MaxPageSize)
		},
		NextLink: func(p *DeviceTemplatesClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every template of NewListPager; it stops
// at the first error, which it yields.
func (c *DeviceTemplatesClient) ListIter(ctx context.Context, options *DeviceTemplatesClientListOptions) iter.Seq2[DeviceTemplate, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DeviceTemplatesClientListResponse) []DeviceTemplate { return p.Value })
}

// DeviceTemplatesClientGetOptions holds the optional parameters of
// DeviceTemplatesClient.Get; there are none yet.
type DeviceTemplatesClientGetOptions struct{}

// DeviceTemplatesClientGetResponse is the result of
// DeviceTemplatesClient.Get.
type DeviceTemplatesClientGetResponse struct {
	DeviceTemplate
}

// Get returns a device template (DeviceTemplates_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-templates/get
func (c *DeviceTemplatesClient) Get(ctx context.Context, deviceTemplateID string, options *DeviceTemplatesClientGetOptions) (resp DeviceTemplatesClientGetResponse, err error) {
	err = c.template(ctx, "DeviceTemplatesClient.Get", http.MethodGet, deviceTemplateID, nil, "", &resp.DeviceTemplate)
	return resp, err
}

// DeviceTemplatesClientCreateOptions holds the optional parameters of
// DeviceTemplatesClient.Create; there are none yet.
type DeviceTemplatesClientCreateOptions struct{}

// DeviceTemplatesClientCreateResponse is the result of
// DeviceTemplatesClient.Create.
type DeviceTemplatesClientCreateResponse struct {
	DeviceTemplate
}

// Create publishes a device template (DeviceTemplates_Create): Types and
// CapabilityModel are required.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-templates/create
func (c *DeviceTemplatesClient) Create(ctx context.Context, deviceTemplateID string, template DeviceTemplate, options *DeviceTemplatesClientCreateOptions) (resp DeviceTemplatesClientCreateResponse, err error) {
	var v pipeline.Validator
	if len(template.Types) == 0 {
		v.Fail("template.@type", nil, "is required")
	}
	if len(template.CapabilityModel) == 0 {
		v.Fail("template.capabilityModel", nil, "is required")
	}
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.template(ctx, "DeviceTemplatesClient.Create", http.MethodPut, deviceTemplateID, template, pipeline.ContentTypeJSON, &resp.DeviceTemplate)
	return resp, err
}

// DeviceTemplatesClientUpdateOptions holds the optional parameters of
// DeviceTemplatesClient.Update; there are none yet.
type DeviceTemplatesClientUpdateOptions struct{}

// DeviceTemplatesClientUpdateResponse is the result of
// DeviceTemplatesClient.Update.
type DeviceTemplatesClientUpdateResponse struct {
	DeviceTemplate
}

// Update changes a device template with a JSON merge patch
// (DeviceTemplates_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-templates/update
func (c *DeviceTemplatesClient) Update(ctx context.Context, deviceTemplateID string, patch DeviceTemplate, options *DeviceTemplatesClientUpdateOptions) (resp DeviceTemplatesClientUpdateResponse, err error) {
	err = c.template(ctx, "DeviceTemplatesClient.Update", http.MethodPatch, deviceTemplateID, patch, pipeline.ContentTypeMergePatch, &resp.DeviceTemplate)
	return resp, err
}

// DeviceTemplatesClientDeleteOptions holds the optional parameters of
// DeviceTemplatesClient.Delete; there are none yet.
type DeviceTemplatesClientDeleteOptions struct{}

// DeviceTemplatesClientDeleteResponse is the result of
// DeviceTemplatesClient.Delete.
type DeviceTemplatesClientDeleteResponse struct{}

// Delete deletes a device template no device uses (DeviceTemplates_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/device-templates/remove
func (c *DeviceTemplatesClient) Delete(ctx context.Context, deviceTemplateID string, options *DeviceTemplatesClientDeleteOptions) (resp DeviceTemplatesClientDeleteResponse, err error) {
	err = c.template(ctx, "DeviceTemplatesClient.Delete", http.MethodDelete, deviceTemplateID, nil, "", nil)
	return resp, err
}

func (c *DeviceTemplatesClient) template(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkNonEmpty(&v, "deviceTemplateID", &id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: templatePath, Params: []string{id},
		Body: body, ContentType: contentType, Out: out,
	}.Do(ctx, c.pl)
	return err
}
