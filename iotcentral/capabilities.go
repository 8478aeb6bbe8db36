package iotcentral

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Target names what a capability (property, telemetry, command) belongs
// to: a device, one of its components, one of its modules, or a component
// of a module. The API has four copies of each capability operation, one
// per kind of target; this client has one method that takes a Target.
type Target struct {
	// DeviceID is the device. Required.
	DeviceID string
	// Module, when set, is a module of the device (IoT Edge).
	Module string
	// Component, when set, is a component of the device, or of Module.
	Component string

	// needModule and needComponent record that a constructor named a
	// module or a component, so that an empty name is an error rather
	// than a call retargeted at the device.
	needModule, needComponent bool
}

// DeviceTarget targets a device itself.
func DeviceTarget(deviceID string) Target { return Target{DeviceID: deviceID} }

// ComponentTarget targets a component of a device. An empty component is
// a *ValidationError from the method it is passed to.
func ComponentTarget(deviceID, component string) Target {
	return Target{DeviceID: deviceID, Component: component, needComponent: true}
}

// ModuleTarget targets a module of a device. An empty module is a
// *ValidationError from the method it is passed to.
func ModuleTarget(deviceID, module string) Target {
	return Target{DeviceID: deviceID, Module: module, needModule: true}
}

// ModuleComponentTarget targets a component of a module of a device. An
// empty module or component is a *ValidationError from the method it is
// passed to.
func ModuleComponentTarget(deviceID, module, component string) Target {
	return Target{DeviceID: deviceID, Module: module, Component: component, needModule: true, needComponent: true}
}

// path returns the path template of the target, followed by suffix, and
// the values that fill it.
func (t Target) path(suffix string, values ...string) (string, []string) {
	template, params := devicePath, []string{t.DeviceID}
	if t.Module != "" {
		template, params = template+"/modules/{moduleName}", append(params, t.Module)
	}
	if t.Component != "" {
		template, params = template+"/components/{componentName}", append(params, t.Component)
	}
	return template + suffix, append(params, values...)
}

// DevicesClientGetPropertiesOptions holds the optional parameters of
// DevicesClient.GetProperties; there are none yet.
type DevicesClientGetPropertiesOptions struct{}

// DevicesClientGetPropertiesResponse is the result of
// DevicesClient.GetProperties.
type DevicesClientGetPropertiesResponse struct {
	// Properties are the property values the device last reported (and
	// the cloud property values), with "$metadata" on what was asked of
	// the device: see DeviceProperties.Metadata and Pending.
	Properties DeviceProperties
}

// GetProperties returns the property values of a device, component, module
// or module component (Devices_GetProperties and its component, module and
// module-component variants).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid target is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-properties
func (c *DevicesClient) GetProperties(ctx context.Context, target Target, options *DevicesClientGetPropertiesOptions) (resp DevicesClientGetPropertiesResponse, err error) {
	resp.Properties, _, err = c.properties(ctx, "DevicesClient.GetProperties", http.MethodGet, target, nil, "")
	return resp, err
}

// DevicesClientReplacePropertiesOptions holds the optional parameters of
// DevicesClient.ReplaceProperties; there are none yet.
type DevicesClientReplacePropertiesOptions struct{}

// DevicesClientReplacePropertiesResponse is the result of
// DevicesClient.ReplaceProperties.
type DevicesClientReplacePropertiesResponse struct {
	// Properties is the service's answer: the values in effect and, in
	// "$metadata", the values asked for (see DeviceProperties.Pending).
	Properties DeviceProperties
	// Accepted is true when the service answered 202: it accepted the new
	// values, but the device has not necessarily applied them. Read the
	// properties again and check Pending (or Metadata) to see them
	// applied.
	Accepted bool
}

// ReplaceProperties replaces the writable property values of a target
// (Devices_ReplaceProperties and variants). The service answers 202: the
// new values are accepted, not yet applied; the device applies them when
// it next synchronizes (Properties.Pending names those it has not
// acknowledged).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid target is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/replace-properties
func (c *DevicesClient) ReplaceProperties(ctx context.Context, target Target, properties DeviceProperties, options *DevicesClientReplacePropertiesOptions) (resp DevicesClientReplacePropertiesResponse, err error) {
	resp.Properties, resp.Accepted, err = c.properties(ctx, "DevicesClient.ReplaceProperties", http.MethodPut, target, properties, pipeline.ContentTypeJSON)
	return resp, err
}

// DevicesClientUpdatePropertiesOptions holds the optional parameters of
// DevicesClient.UpdateProperties; there are none yet.
type DevicesClientUpdatePropertiesOptions struct{}

// DevicesClientUpdatePropertiesResponse is the result of
// DevicesClient.UpdateProperties; see
// DevicesClientReplacePropertiesResponse.
type DevicesClientUpdatePropertiesResponse struct {
	// Properties is the service's answer (see
	// DevicesClientReplacePropertiesResponse.Properties).
	Properties DeviceProperties
	// Accepted is true when the service answered 202: accepted, not
	// necessarily applied.
	Accepted bool
}

// UpdateProperties changes some writable property values of a target with
// a JSON merge patch (Devices_UpdateProperties and variants); like
// ReplaceProperties, the service answers 202: accepted, not yet applied.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid target is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/update-properties
func (c *DevicesClient) UpdateProperties(ctx context.Context, target Target, patch DeviceProperties, options *DevicesClientUpdatePropertiesOptions) (resp DevicesClientUpdatePropertiesResponse, err error) {
	resp.Properties, resp.Accepted, err = c.properties(ctx, "DevicesClient.UpdateProperties", http.MethodPatch, target, patch, pipeline.ContentTypeMergePatch)
	return resp, err
}

// properties reads or writes a target's properties; accepted reports a
// 202 answer.
func (c *DevicesClient) properties(ctx context.Context, op, method string, target Target, body DeviceProperties, contentType string) (props DeviceProperties, accepted bool, err error) {
	var v pipeline.Validator
	checkTarget(&v, target)
	if method != http.MethodGet && body == nil {
		v.Fail("properties", nil, "is required")
	}
	if err := v.Err(); err != nil {
		return nil, false, err
	}
	template, params := target.path("/properties")
	ok := http.StatusOK
	var sendBody any
	if method != http.MethodGet {
		ok, sendBody = http.StatusAccepted, map[string]any(body)
	}
	httpResp, err := pipeline.Call{
		Op: op, Method: method, Template: template, Params: params,
		Body: sendBody, ContentType: contentType, OK: []int{ok}, Out: &props,
	}.Do(ctx, c.pl)
	return props, err == nil && httpResp.StatusCode == http.StatusAccepted, err
}

// DevicesClientGetTelemetryValueOptions holds the optional parameters of
// DevicesClient.GetTelemetryValue; there are none yet.
type DevicesClientGetTelemetryValueOptions struct{}

// DevicesClientGetTelemetryValueResponse is the result of
// DevicesClient.GetTelemetryValue.
type DevicesClientGetTelemetryValueResponse struct {
	DeviceTelemetry
}

// GetTelemetryValue returns the last value of a telemetry of a target
// (Devices_GetTelemetryValue and variants).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an invalid target or name is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-telemetry-value
func (c *DevicesClient) GetTelemetryValue(ctx context.Context, target Target, telemetryName string, options *DevicesClientGetTelemetryValueOptions) (resp DevicesClientGetTelemetryValueResponse, err error) {
	var v pipeline.Validator
	checkTarget(&v, target)
	checkNonEmpty(&v, "telemetryName", &telemetryName)
	if err := v.Err(); err != nil {
		return resp, err
	}
	template, params := target.path("/telemetry/{telemetryName}", telemetryName)
	_, err = pipeline.Call{
		Op: "DevicesClient.GetTelemetryValue", Method: http.MethodGet, Template: template, Params: params,
		OK: []int{http.StatusOK}, Out: &resp.DeviceTelemetry,
	}.Do(ctx, c.pl)
	return resp, err
}

// DevicesClientRunCommandOptions holds the optional parameters of
// DevicesClient.RunCommand; there are none yet.
type DevicesClientRunCommandOptions struct{}

// DevicesClientRunCommandResponse is the result of DevicesClient.RunCommand:
// the execution, with the device's Response and ResponseCode.
type DevicesClientRunCommandResponse struct {
	DeviceCommand
}

// RunCommand runs a command on a target and returns the device's answer
// (Devices_RunCommand and variants; the service answers 201). Set
// command.Request to the payload (JSON) and, optionally, the timeouts:
// ConnectionTimeout 0 to 30 seconds, ResponseTimeout 5 to 30.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError, and nothing
// is sent.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/run-command
func (c *DevicesClient) RunCommand(ctx context.Context, target Target, commandName string, command DeviceCommand, options *DevicesClientRunCommandOptions) (resp DevicesClientRunCommandResponse, err error) {
	var v pipeline.Validator
	checkTarget(&v, target)
	checkNonEmpty(&v, "commandName", &commandName)
	if err := v.Err(); err != nil {
		return resp, err
	}
	template, params := target.path("/commands/{commandName}", commandName)
	_, err = pipeline.Call{
		Op: "DevicesClient.RunCommand", Method: http.MethodPost, Template: template, Params: params,
		Body: command, OK: []int{http.StatusCreated}, Out: &resp.DeviceCommand,
	}.Do(ctx, c.pl)
	return resp, err
}

// DevicesClientCommandHistoryOptions holds the optional parameters of
// NewCommandHistoryPager and CommandHistoryIter; there are none yet.
type DevicesClientCommandHistoryOptions struct{}

// DevicesClientCommandHistoryResponse is one page of
// DevicesClient.NewCommandHistoryPager.
type DevicesClientCommandHistoryResponse struct {
	DeviceCommandCollection
}

// NewCommandHistoryPager lists the executions of a command on a target
// (Devices_GetCommandHistory and variants), page by page. Nothing is sent
// until NextPage; an invalid target is a *ValidationError from it.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/devices/get-command-history
func (c *DevicesClient) NewCommandHistoryPager(target Target, commandName string, options *DevicesClientCommandHistoryOptions) *runtime.Pager[DevicesClientCommandHistoryResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DevicesClientCommandHistoryResponse]{
		Op: "DevicesClient.NewCommandHistoryPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			var v pipeline.Validator
			checkTarget(&v, target)
			checkNonEmpty(&v, "commandName", &commandName)
			if err := v.Err(); err != nil {
				return nil, err
			}
			template, params := target.path("/commands/{commandName}", commandName)
			path, err := pipeline.Path(template, params...)
			if err != nil {
				return nil, err
			}
			return c.pl.NewRequest(ctx, http.MethodGet, path)
		},
		NextLink: func(p *DevicesClientCommandHistoryResponse) *string { return p.NextLink },
	})
}

// CommandHistoryIter returns an iterator over every execution of
// NewCommandHistoryPager; it stops at the first error, which it yields.
func (c *DevicesClient) CommandHistoryIter(ctx context.Context, target Target, commandName string, options *DevicesClientCommandHistoryOptions) iter.Seq2[DeviceCommand, error] {
	return pipeline.All(ctx, c.NewCommandHistoryPager(target, commandName, options), func(p DevicesClientCommandHistoryResponse) []DeviceCommand { return p.Value })
}

// DevicesClientGetLatestCommandResponseOptions holds the optional
// parameters of DevicesClient.GetLatestCommandResponse; there are none yet.
type DevicesClientGetLatestCommandResponseOptions struct{}

// DevicesClientGetLatestCommandResponse is the result of
// DevicesClient.GetLatestCommandResponse.
type DevicesClientGetLatestCommandResponse struct {
	DeviceCommand
	// Found is false when the command has never run on the target.
	Found bool
	// Executions is how many executions the history held. IoT Central keeps
	// the most recent one; when it lists more, the API documents neither an
	// order nor a timestamp to tell the latest (see GetLatestCommandResponse).
	Executions int
}

// GetLatestCommandResponse returns the most recent execution of a command
// on a target, with the device's response (the connector's "Get ...
// command response" actions). It reads the whole command history
// (Devices_GetCommandHistory and variants). The 2022-07-31 API gives a
// DeviceCommand no timestamp and documents no order for the history, so no
// entry can be proven the latest: when the history holds one execution
// (what IoT Central keeps) it is returned; when it holds several, the last
// one listed is returned and Executions says how many there were, so the
// caller can tell the answer is a guess.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DevicesClient) GetLatestCommandResponse(ctx context.Context, target Target, commandName string, options *DevicesClientGetLatestCommandResponseOptions) (resp DevicesClientGetLatestCommandResponse, err error) {
	for cmd, err := range c.CommandHistoryIter(ctx, target, commandName, nil) {
		if err != nil {
			return DevicesClientGetLatestCommandResponse{}, err
		}
		resp = DevicesClientGetLatestCommandResponse{DeviceCommand: cmd, Found: true, Executions: resp.Executions + 1}
	}
	return resp, nil
}

// MarshalJSON writes the properties, as the service sends them (fakes use
// it to answer).
func (r DevicesClientGetPropertiesResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any(r.Properties))
}

// MarshalJSON writes the properties, as the service sends them.
func (r DevicesClientReplacePropertiesResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any(r.Properties))
}

// MarshalJSON writes the properties, as the service sends them.
func (r DevicesClientUpdatePropertiesResponse) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any(r.Properties))
}
