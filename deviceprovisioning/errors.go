package deviceprovisioning

import "github.com/azclients/azclients/internal/pipeline"

// ServiceError is the error every method returns when the service answers
// with a status the operation does not accept. It is decoded from either
// error document the service sends:
//
//   - DPS ErrorDetails, {"code": 404201, "httpStatusCode": "NotFound",
//     "message": "...", "details": "..."}: Code holds the code (sent as a
//     number or a string), Message the message and DetailText the details;
//   - ARM, {"error": {"code", "message", "target", "details",
//     "additionalInfo"}}, which the preview's tag update (PATCH) uses:
//     Code, Message, Target, Details and AdditionalInfo.
//
// Any other body still gives the status, a Code taken from x-ms-error-code
// or the status text, and the start of the body as Message. errors.As also
// finds the underlying *azcore.ResponseError, whose ErrorCode is Code.
type ServiceError = pipeline.ServiceError

// ValidationError reports input rejected before any request was sent: the
// field, the offending value (never a key or connection string) and the
// rule it breaks.
type ValidationError = pipeline.ValidationError

// ErrInvalidInput matches every ValidationError with errors.Is.
var ErrInvalidInput = pipeline.ErrInvalidInput

// Error codes the Device Provisioning Service sends, for HasCode. The DPS
// error shape carries six-digit codes whose first three digits are the
// HTTP status (the status table is in
// https://learn.microsoft.com/azure/iot-dps/how-to-troubleshoot-dps#common-error-codes);
// the codes are those of the provisioning service SDK's ErrorCode list
// (Microsoft.Azure.Devices.Provisioning.Service, azure-iot-sdk-csharp)
// and, for ErrorCodeUnauthorized, the service's answers shown in
// Azure/azure-iot-sdk-c#2362. The ARM-shaped codes, which the preview's
// tag update uses, are the resource manager's
// (https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors)
// and, for api-versions, the Azure REST API guidelines'
// (https://github.com/microsoft/api-guidelines/blob/vNext/azure/Guidelines.md#versioning-api-version-unsupported).
const (
	// ErrorCodeInvalidProtocolVersion: the api-version is not one the
	// service speaks (400).
	ErrorCodeInvalidProtocolVersion = "400001"
	// ErrorCodeInvalidOperation: the operation is not allowed in the
	// resource's current state (400).
	ErrorCodeInvalidOperation = "400003"
	// ErrorCodeArgumentInvalid: a value of the request is invalid, for
	// example a name, an IP filter rule or a capacity (400).
	ErrorCodeArgumentInvalid = "400004"
	// ErrorCodeArgumentNull: a required member is missing (400).
	ErrorCodeArgumentNull = "400005"
	// ErrorCodeDeserializationError: the body could not be parsed (400).
	ErrorCodeDeserializationError = "400012"
	// ErrorCodeBulkRegistryOperationFailure: a bulk enrollment operation
	// failed for some of its items (400).
	ErrorCodeBulkRegistryOperationFailure = "400013"
	// ErrorCodeUnauthorized: the credential or SAS token was refused
	// (401).
	ErrorCodeUnauthorized = "401002"
	// ErrorCodeConflict: the resource exists or its name is taken (409).
	ErrorCodeConflict = "409001"
	// ErrorCodePreconditionFailed: the If-Match etag is stale (412).
	ErrorCodePreconditionFailed = "412001"
	// ErrorCodeThrottled: too many requests (429).
	ErrorCodeThrottled = "429001"
	// ErrorCodeServerError: an internal error of the service (500).
	ErrorCodeServerError = "500001"

	// ErrorCodeResourceNotFound is ARM's code for a missing resource.
	ErrorCodeResourceNotFound = "ResourceNotFound"
	// ErrorCodeUnsupportedAPIVersionValue is the guidelines' code for an
	// api-version the service does not have.
	ErrorCodeUnsupportedAPIVersionValue = "UnsupportedApiVersionValue"
	// ErrorCodeInvalidRequestContent is ARM's code for a body it cannot
	// read.
	ErrorCodeInvalidRequestContent = "InvalidRequestContent"
)

// IsNotFound reports whether err is a service failure with status 404:
// the provisioning service (or the child resource) does not exist.
func IsNotFound(err error) bool { return pipeline.IsNotFound(err) }

// IsPreconditionFailed reports whether err is a service failure with
// status 412: the If-Match etag (sent by BeginModify) is stale.
func IsPreconditionFailed(err error) bool { return pipeline.IsPreconditionFailed(err) }

// HasCode reports whether err is a service failure whose code is one of
// codes (compared ignoring case), such as ErrorCodeArgumentInvalid; with
// no codes, whether err is a service failure at all.
func HasCode(err error, codes ...string) bool { return pipeline.HasCode(err, codes...) }
