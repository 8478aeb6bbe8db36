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
