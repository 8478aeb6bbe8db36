package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
)

// DevicesClient manages the application's devices: the devices
// themselves, their attestations and credentials, their components and
// modules, their capabilities (properties, telemetry, commands; see
// Target) and their relationships. Get one with Client.Devices; it is safe
// for concurrent use.
type DevicesClient struct {
	pl *pipeline.Client
}

// Devices returns the client for devices.
func (c *Client) Devices() *DevicesClient { return &DevicesClient{pl: c.pl} }

// Path templates of the device operations.
const (
	devicesPath          = "/devices"
	devicePath           = "/devices/{deviceId}"
	attestationPath      = devicePath + "/attestation"
	credentialsPath      = devicePath + "/credentials"
	componentsPath       = devicePath + "/components"
	modulesPath          = devicePath + "/modules"
	moduleComponentsPath = modulesPath + "/{moduleName}/components"
)

// DevicesClientListOptions holds the optional parameters of
// DevicesClient.NewListPager and ListIter. Filter, MaxPageSize and OrderBy
// exist only in preview api-versions (ClientOptions.APIVersion, for
// example "2022-10-31-preview"); with the stable one they are a
// *ValidationError.
type DevicesClientListOptions struct {
	// Filter is an OData filter, for example "template eq 'dtmi:...'".
	Filter *string
	// MaxPageSize caps the devices per page, 1 to 100.
	MaxPageSize *int32
	// OrderBy sorts the devices, for example "displayName desc".
	OrderBy *string
}

// DevicesClientListResponse is one page of DevicesClient.NewListPager.
type DevicesClientListResponse struct {
	DeviceCollection
}

// NewListPager lists the application's devices (Devices_List), page by
// page, following nextLink. Nothing is sent until NextPage; invalid options
// are a *ValidationError from the first NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/list
func (c *DevicesClient) NewListPager(options *DevicesClientListOptions) *runtime.Pager[DevicesClientListResponse] {
	var o DevicesClientListOptions
	if options != nil {
		o = *options
	}
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientListResponse]{
		Op: "DevicesClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewListRequest(ctx, c.pl, devicesPath, o.Filter, o.OrderBy, o.MaxPageSize)
		},
		NextLink: func(p *DevicesClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every device of every page of
// NewListPager; it stops at the first error, which it yields. Memory does
// not grow with the number of devices: one page is held at a time.
func (c *DevicesClient) ListIter(ctx context.Context, options *DevicesClientListOptions) iter.Seq2[Device, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DevicesClientListResponse) []Device { return p.Value })
}

// DevicesClientGetOptions holds the optional parameters of
// DevicesClient.Get; there are none yet.
type DevicesClientGetOptions struct{}

// DevicesClientGetResponse is the result of DevicesClient.Get.
type DevicesClientGetResponse struct {
	Device
}

// Get returns a device (Devices_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get
func (c *DevicesClient) Get(ctx context.Context, deviceID string, options *DevicesClientGetOptions) (resp DevicesClientGetResponse, err error) {
	err = c.device(ctx, "DevicesClient.Get", http.MethodGet, devicePath, deviceID, nil, "", &resp.Device)
	return resp, err
}

// DevicesClientCreateOptions holds the optional parameters of
// DevicesClient.Create; there are none yet.
type DevicesClientCreateOptions struct{}

// DevicesClientCreateResponse is the result of DevicesClient.Create.
type DevicesClientCreateResponse struct {
	Device
}

// Create creates a device, or replaces one (Devices_Create). With
// device.ETag set, a device changed since that etag was read is not
// replaced: the error is a 412 (IsPreconditionFailed).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/create
func (c *DevicesClient) Create(ctx context.Context, deviceID string, device Device, options *DevicesClientCreateOptions) (resp DevicesClientCreateResponse, err error) {
	err = c.device(ctx, "DevicesClient.Create", http.MethodPut, devicePath, deviceID, device, pipeline.ContentTypeJSON, &resp.Device)
	return resp, err
}

// DevicesClientUpdateOptions holds the optional parameters of
// DevicesClient.Update; there are none yet.
type DevicesClientUpdateOptions struct{}

// DevicesClientUpdateResponse is the result of DevicesClient.Update.
type DevicesClientUpdateResponse struct {
	Device
}

// Update changes a device with a JSON merge patch (Devices_Update): only
// the members set in patch change. With patch.ETag set, a device changed
// since is not updated (412, IsPreconditionFailed).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/update
func (c *DevicesClient) Update(ctx context.Context, deviceID string, patch Device, options *DevicesClientUpdateOptions) (resp DevicesClientUpdateResponse, err error) {
	err = c.device(ctx, "DevicesClient.Update", http.MethodPatch, devicePath, deviceID, patch, pipeline.ContentTypeMergePatch, &resp.Device)
	return resp, err
}

// DevicesClientDeleteOptions holds the optional parameters of
// DevicesClient.Delete; there are none yet.
type DevicesClientDeleteOptions struct{}

// DevicesClientDeleteResponse is the result of DevicesClient.Delete.
type DevicesClientDeleteResponse struct{}

// Delete deletes a device (Devices_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid ID is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/remove
func (c *DevicesClient) Delete(ctx context.Context, deviceID string, options *DevicesClientDeleteOptions) (resp DevicesClientDeleteResponse, err error) {
	err = c.device(ctx, "DevicesClient.Delete", http.MethodDelete, devicePath, deviceID, nil, "", nil)
	return resp, err
}

// DevicesClientGetAttestationOptions holds the optional parameters of
// DevicesClient.GetAttestation; there are none yet.
type DevicesClientGetAttestationOptions struct{}

// DevicesClientGetAttestationResponse is the result of
// DevicesClient.GetAttestation.
type DevicesClientGetAttestationResponse struct {
	// Attestation is the device's attestation: *SymmetricKeyAttestation,
	// *TPMAttestation, *X509Attestation or *UnknownAttestation.
	Attestation Attestation
}

// GetAttestation returns a device's attestation (Devices_GetAttestation).
// It holds secrets: never log it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-attestation
func (c *DevicesClient) GetAttestation(ctx context.Context, deviceID string, options *DevicesClientGetAttestationOptions) (resp DevicesClientGetAttestationResponse, err error) {
	err = c.device(ctx, "DevicesClient.GetAttestation", http.MethodGet, attestationPath, deviceID, nil, "", &resp.Attestation)
	return resp, err
}

// DevicesClientCreateAttestationOptions holds the optional parameters of
// DevicesClient.CreateAttestation; there are none yet.
type DevicesClientCreateAttestationOptions struct{}

// DevicesClientCreateAttestationResponse is the result of
// DevicesClient.CreateAttestation.
type DevicesClientCreateAttestationResponse struct {
	// Attestation is the attestation the service stored.
	Attestation Attestation
}

// CreateAttestation sets a device's attestation, replacing any
// (Devices_CreateAttestation).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a nil attestation is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/create-attestation
func (c *DevicesClient) CreateAttestation(ctx context.Context, deviceID string, attestation Attestation, options *DevicesClientCreateAttestationOptions) (resp DevicesClientCreateAttestationResponse, err error) {
	resp.Attestation, err = c.writeAttestation(ctx, "DevicesClient.CreateAttestation", http.MethodPut, deviceID, attestation, pipeline.ContentTypeJSON)
	return resp, err
}

// DevicesClientUpdateAttestationOptions holds the optional parameters of
// DevicesClient.UpdateAttestation; there are none yet.
type DevicesClientUpdateAttestationOptions struct{}

// DevicesClientUpdateAttestationResponse is the result of
// DevicesClient.UpdateAttestation.
type DevicesClientUpdateAttestationResponse struct {
	// Attestation is the attestation after the patch.
	Attestation Attestation
}

// UpdateAttestation changes a device's attestation with a JSON merge patch
// (Devices_UpdateAttestation).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); a nil attestation is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/update-attestation
func (c *DevicesClient) UpdateAttestation(ctx context.Context, deviceID string, patch Attestation, options *DevicesClientUpdateAttestationOptions) (resp DevicesClientUpdateAttestationResponse, err error) {
	resp.Attestation, err = c.writeAttestation(ctx, "DevicesClient.UpdateAttestation", http.MethodPatch, deviceID, patch, pipeline.ContentTypeMergePatch)
	return resp, err
}

// writeAttestation sends an attestation, a union: a nil one, or a typed
// nil pointer in it, is a missing body, never JSON null (which would
// replace the whole attestation).
func (c *DevicesClient) writeAttestation(ctx context.Context, op, method, deviceID string, a Attestation, contentType string) (Attestation, error) {
	if isNilUnion(a) {
		return nil, &ValidationError{Field: "attestation", Rule: "is required"}
	}
	var out Attestation
	err := c.device(ctx, op, method, attestationPath, deviceID, &a, contentType, &out)
	return out, err
}

// DevicesClientDeleteAttestationOptions holds the optional parameters of
// DevicesClient.DeleteAttestation; there are none yet.
type DevicesClientDeleteAttestationOptions struct{}

// DevicesClientDeleteAttestationResponse is the result of
// DevicesClient.DeleteAttestation.
type DevicesClientDeleteAttestationResponse struct{}

// DeleteAttestation removes a device's attestation
// (Devices_RemoveAttestation).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/remove-attestation
func (c *DevicesClient) DeleteAttestation(ctx context.Context, deviceID string, options *DevicesClientDeleteAttestationOptions) (resp DevicesClientDeleteAttestationResponse, err error) {
	err = c.device(ctx, "DevicesClient.DeleteAttestation", http.MethodDelete, attestationPath, deviceID, nil, "", nil)
	return resp, err
}

// DevicesClientGetCredentialsOptions holds the optional parameters of
// DevicesClient.GetCredentials; there are none yet.
type DevicesClientGetCredentialsOptions struct{}

// DevicesClientGetCredentialsResponse is the result of
// DevicesClient.GetCredentials.
type DevicesClientGetCredentialsResponse struct {
	DeviceCredentials
}

// GetCredentials returns what a device needs to connect
// (Devices_GetCredentials). The credentials are secrets; their String
// method shows only the ID scope.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-credentials
func (c *DevicesClient) GetCredentials(ctx context.Context, deviceID string, options *DevicesClientGetCredentialsOptions) (resp DevicesClientGetCredentialsResponse, err error) {
	err = c.device(ctx, "DevicesClient.GetCredentials", http.MethodGet, credentialsPath, deviceID, nil, "", &resp.DeviceCredentials)
	return resp, err
}

// device runs an operation on one device's path: it checks the ID, sends
// body (when not nil) and decodes the answer into out (when not nil).
func (c *DevicesClient) device(ctx context.Context, op, method, template, deviceID string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkDeviceID(&v, "deviceID", deviceID)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: template, Params: []string{deviceID},
		Body: body, ContentType: contentType, Out: out,
		// Attestations and credentials carry the device's keys.
		Secret: template == attestationPath || template == credentialsPath,
	}.Do(ctx, c.pl)
	return err
}

// MarshalJSON writes the attestation, as the service sends it (fakes use
// it to answer).
func (r DevicesClientGetAttestationResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Attestation)
}

// MarshalJSON writes the attestation, as the service sends it.
func (r DevicesClientCreateAttestationResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Attestation)
}

// MarshalJSON writes the attestation, as the service sends it.
func (r DevicesClientUpdateAttestationResponse) MarshalJSON() ([]byte, error) {
	return wire.Marshal(&r.Attestation)
}
