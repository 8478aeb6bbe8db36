package iotcentral

import (
	"errors"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

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

// IsPreconditionFailed reports whether err is IoT Central's answer to an
// If-Match etag that no longer matches (HTTP 412): someone else changed the
// resource; read it again and retry.
func IsPreconditionFailed(err error) bool {
	return hasStatus(err, http.StatusPreconditionFailed)
}

// IsNotFound reports whether err is a 404 from the service.
func IsNotFound(err error) bool {
	return hasStatus(err, http.StatusNotFound)
}

// hasStatus reports whether err carries an HTTP status: a *ServiceError, or
// any *azcore.ResponseError (which a ServiceError wraps, and which fakes
// return directly).
func hasStatus(err error, status int) bool {
	var re *azcore.ResponseError
	return errors.As(err, &re) && re.StatusCode == status
}
