package iotoperations

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

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

// IsNotFound reports whether err is a service failure with status 404 (a
// *ServiceError, or any *azcore.ResponseError such as a poller returns):
// the profile, or the instance it belongs to, does not exist.
func IsNotFound(err error) bool {
	var re *azcore.ResponseError
	return errors.As(err, &re) && re.StatusCode == http.StatusNotFound
}

// ErrorDetail is an ARM error: code, message, target, nested details and
// additional info. ServiceError.Details holds the nested ones.
type ErrorDetail = pipeline.ErrorDetail

// ErrorAdditionalInfo is typed extra information about an ARM error.
type ErrorAdditionalInfo = pipeline.ErrorAdditionalInfo

// ErrorResponse is the ARM error document, {"error": {...}}, for code that
// builds or inspects error bodies (fakes, for example). The client itself
// returns errors as *ServiceError.
type ErrorResponse struct {
	// Error is the error object.
	Error *ErrorDetail

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r ErrorResponse) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	if r.Error != nil {
		w.Any("error", *r.Error)
	}
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r ErrorResponse) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *ErrorResponse) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ErrorResponse", &r.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "error" {
			// ErrorDetail is shared with ServiceError, which decodes it
			// with encoding/json; so does this.
			return true, json.Unmarshal(v, &r.Error)
		}
		return false, nil
	})
}
