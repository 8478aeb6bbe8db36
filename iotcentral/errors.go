package iotcentral

import (
	"github.com/azclients/azclients/internal/pipeline"
)

// ServiceError is the error every method returns when IoT Central answers
// with an unexpected status. It carries the {"error":{code,message,
// requestId,time}} body (Code falls back to the x-ms-error-code header);
// errors.As also finds the underlying *azcore.ResponseError.
type ServiceError = pipeline.ServiceError

// ValidationError reports input rejected before any request was sent: the
// field, the offending value and the rule it breaks.
type ValidationError = pipeline.ValidationError

// ErrInvalidInput matches every ValidationError with errors.Is.
var ErrInvalidInput = pipeline.ErrInvalidInput

// Error codes IoT Central documents as common to its REST API
// (https://learn.microsoft.com/rest/api/iotcentral/common-error-codes): the
// code is the HTTP status as a string. Pass them to HasCode.
const (
	// ErrorCodeBadRequest: the request could not be understood.
	ErrorCodeBadRequest = "400"
	// ErrorCodeUnauthorized: the authorization token cannot be validated,
	// for example it expired or does not apply to the URI or method.
	ErrorCodeUnauthorized = "401"
	// ErrorCodeForbidden: the credentials lack the privileges.
	ErrorCodeForbidden = "403"
	// ErrorCodeNotFound: the application or the resource does not exist.
	ErrorCodeNotFound = "404"
	// ErrorCodePreconditionFailed: the etag in the request does not match
	// the resource's (RFC 7232).
	ErrorCodePreconditionFailed = "412"
	// ErrorCodeUnprocessableEntity: the request body failed validation
	// (an ID or a field the service's rules reject).
	ErrorCodeUnprocessableEntity = "422"
	// ErrorCodeTooManyRequests: over the application's request rate.
	ErrorCodeTooManyRequests = "429"
	// ErrorCodeInternalServerError: an internal error occurred.
	ErrorCodeInternalServerError = "500"
)

// IsNotFound reports whether err is a 404 from the service.
func IsNotFound(err error) bool { return pipeline.IsNotFound(err) }

// IsPreconditionFailed reports whether err is IoT Central's answer to an
// etag that no longer matches (HTTP 412): someone else changed the
// resource; read it again and retry.
func IsPreconditionFailed(err error) bool { return pipeline.IsPreconditionFailed(err) }

// HasCode reports whether err is a service failure whose error code is one
// of codes (for example ErrorCodeUnprocessableEntity); with no codes,
// whether err is a service failure at all.
func HasCode(err error, codes ...string) bool { return pipeline.HasCode(err, codes...) }
