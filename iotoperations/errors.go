package iotoperations

import "github.com/azclients/azclients/internal/pipeline"

// ServiceError is the error every method returns when the service answers
// with a status the operation does not accept. It carries the ARM error
// document {"error":{code,message,target,details,additionalInfo}} as typed
// fields; errors.As also finds the underlying *azcore.ResponseError.
type ServiceError = pipeline.ServiceError

// ValidationError reports input rejected before any request was sent: the
// field, the offending value and the rule it breaks.
type ValidationError = pipeline.ValidationError

// ErrInvalidInput matches every ValidationError with errors.Is.
var ErrInvalidInput = pipeline.ErrInvalidInput

// ErrorDetail is an ARM error: code, message, target, nested details and
// additional info. ServiceError.Details holds the nested ones.
type ErrorDetail = pipeline.ErrorDetail

// ErrorAdditionalInfo is typed extra information about an ARM error.
type ErrorAdditionalInfo = pipeline.ErrorAdditionalInfo

// ErrorResponse is the ARM error document, {"error": {...}}, for code that
// builds or inspects error bodies (fakes, for example).
type ErrorResponse struct {
	Error *ErrorDetail `json:"error,omitempty"`
}
