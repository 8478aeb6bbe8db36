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

// ProvisioningError reports a long-running create, update or delete that
// ended without succeeding: the resource's provisioningState became Failed
// or HumanIntervention (the service needs an operator to act). errors.As
// also finds an *azcore.ResponseError whose ErrorCode is
// "ProvisioningState" + the state (for example "ProvisioningStateFailed")
// and whose RawResponse is the response that reported the state.
type ProvisioningError struct {
	// State is the provisioningState the resource ended in.
	State ProvisioningStates
	// Resource is the resource as last read: a ProfileResourceFormat, a
	// KpiResourceFormat, ... (the model of the client that waited).
	Resource any

	resp *azcore.ResponseError
}

func newProvisioningError(state ProvisioningStates, resource any, resp *http.Response) *ProvisioningError {
	return &ProvisioningError{
		State:    state,
		Resource: resource,
		resp:     &azcore.ResponseError{ErrorCode: "ProvisioningState" + string(state), StatusCode: resp.StatusCode, RawResponse: resp},
	}
}

// Error names the resource (by its path) and the state it ended in.
func (e *ProvisioningError) Error() string {
	path := ""
	if r := e.resp.RawResponse; r != nil && r.Request != nil {
		path = r.Request.URL.Path
	}
	return fmt.Sprintf("customerinsights: %s ended in provisioning state %s", path, e.State)
}

// Unwrap returns the *azcore.ResponseError for the response that reported
// the state.
func (e *ProvisioningError) Unwrap() error { return e.resp }

// Error codes that come back in *azcore.ResponseError.ErrorCode; pass them
// to HasCode. The Customer Insights spec declares no error schema and no
// codes of its own: these are the codes Azure Resource Manager answers with
// for every resource provider
// (https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors),
// which the emulator in package fake sends too.
const (
	// ErrorCodeResourceNotFound: the resource does not exist (404).
	ErrorCodeResourceNotFound = "ResourceNotFound"
	// ErrorCodeParentResourceNotFound: the hub (or other parent) of the
	// resource does not exist (404).
	ErrorCodeParentResourceNotFound = "ParentResourceNotFound"
	// ErrorCodeInvalidResourceName: a name in the path breaks the
	// service's naming rule (400).
	ErrorCodeInvalidResourceName = "InvalidResourceName"
	// ErrorCodeInvalidRequestContent: the request body breaks one of the
	// service's rules (400).
	ErrorCodeInvalidRequestContent = "InvalidRequestContent"
	// ErrorCodeInvalidAPIVersionParameter: the api-version is not one the
	// service publishes (400).
	ErrorCodeInvalidAPIVersionParameter = "InvalidApiVersionParameter"
)

// IsNotFound reports whether err is a service failure with status 404,
// such as reading a profile that does not exist.
func IsNotFound(err error) bool { return pipeline.IsNotFound(err) }

// HasCode reports whether err is a service failure whose error code is
// one of codes (compared without case, as ARM does), for example
// HasCode(err, ErrorCodeInvalidResourceName). With no codes it reports
// whether err is a service failure at all.
func HasCode(err error, codes ...string) bool { return pipeline.HasCode(err, codes...) }
