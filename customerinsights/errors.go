package customerinsights

import (
	"fmt"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

// ServiceError is the error every method returns when the service answers
// with a status the operation does not accept. The spec declares no error
// schema: an ARM-shaped body {"error":{code,message,target,details,
// additionalInfo}} fills the typed fields, and any other body (HTML from a
// proxy, plain text, nothing) still gives the status, a Code taken from
// x-ms-error-code or the status text, and the start of the body as
// Message. errors.As also finds the underlying *azcore.ResponseError.
type ServiceError = pipeline.ServiceError

// ValidationError reports input rejected before any request was sent: the
// field, the offending value and the rule it breaks.
type ValidationError = pipeline.ValidationError

// ErrInvalidInput matches every ValidationError with errors.Is.
var ErrInvalidInput = pipeline.ErrInvalidInput

// ProvisioningError reports a create, update or delete of a profile that
// ended without succeeding: its provisioningState became Failed or
// HumanIntervention (the service needs an operator to act). errors.As also
// finds an *azcore.ResponseError whose ErrorCode is "ProvisioningState" +
// the state (for example "ProvisioningStateFailed") and whose RawResponse
// is the response that reported the state.
type ProvisioningError struct {
	// State is the provisioningState the profile ended in.
	State ProvisioningStates
	// Profile is the profile as last read.
	Profile ProfileResourceFormat

	resp *azcore.ResponseError
}

func newProvisioningError(state ProvisioningStates, profile ProfileResourceFormat, resp *http.Response) *ProvisioningError {
	return &ProvisioningError{
		State:   state,
		Profile: profile,
		resp:    &azcore.ResponseError{ErrorCode: "ProvisioningState" + string(state), StatusCode: resp.StatusCode, RawResponse: resp},
	}
}

// Error names the profile and the state it ended in.
func (e *ProvisioningError) Error() string {
	name := ""
	if e.Profile.Name != nil {
		name = *e.Profile.Name
	}
	return fmt.Sprintf("customerinsights: profile %q ended in provisioning state %s", name, e.State)
}

// Unwrap returns the *azcore.ResponseError for the response that reported
// the state.
func (e *ProvisioningError) Unwrap() error { return e.resp }
