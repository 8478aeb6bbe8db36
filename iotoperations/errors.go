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

// IsNotFound reports whether err is a service failure with status 404 (a
// *ServiceError, or any *azcore.ResponseError such as a poller returns):
// the resource, or a parent it belongs to, does not exist.
func IsNotFound(err error) bool { return pipeline.IsNotFound(err) }

// HasCode reports whether err is a service failure whose ARM error code is
// one of codes (compared without regard to case, as ARM does), for example
// HasCode(err, ErrorCodeParentResourceNotFound). With no codes it reports
// whether err is a service failure at all.
func HasCode(err error, codes ...string) bool { return pipeline.HasCode(err, codes...) }

// Error codes Azure Resource Manager and Microsoft.IoTOperations answer
// with, for HasCode. The service's own codes are not published; these are
// the ARM codes documented for every resource provider at
// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors
// unless another page is named.
const (
	// ErrorCodeResourceNotFound: the resource does not exist (404).
	ErrorCodeResourceNotFound = "ResourceNotFound"
	// ErrorCodeParentResourceNotFound: a child resource was written under
	// a parent that does not exist (404); see
	// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-parent-resource
	ErrorCodeParentResourceNotFound = "ParentResourceNotFound"
	// ErrorCodeResourceGroupNotFound: the resource group does not exist.
	ErrorCodeResourceGroupNotFound = "ResourceGroupNotFound"
	// ErrorCodeSubscriptionNotFound: the subscription does not exist or
	// cannot be used.
	ErrorCodeSubscriptionNotFound = "SubscriptionNotFound"
	// ErrorCodeNoRegisteredProviderFound: the api-version (or location) is
	// not supported for the resource type (400); see
	// https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider
	ErrorCodeNoRegisteredProviderFound = "NoRegisteredProviderFound"
	// ErrorCodeMissingSubscriptionRegistration: the subscription is not
	// registered for Microsoft.IoTOperations; same page as
	// ErrorCodeNoRegisteredProviderFound.
	ErrorCodeMissingSubscriptionRegistration = "MissingSubscriptionRegistration"
	// ErrorCodeInvalidRequestContent: the body holds a value the service
	// does not accept or misses a required one (400), for example an
	// instanceCount outside 1..20.
	ErrorCodeInvalidRequestContent = "InvalidRequestContent"
	// ErrorCodeInvalidResourceName: a resource name breaks the naming rule
	// of its type (for IoT Operations: 3 to 63 lower-case letters, digits
	// and '-', not first or last); rules at
	// https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
	ErrorCodeInvalidResourceName = "InvalidResourceName"
	// ErrorCodePropertyChangeNotAllowed: a property that is fixed once the
	// resource exists was changed, such as extendedLocation (400).
	ErrorCodePropertyChangeNotAllowed = "PropertyChangeNotAllowed"
	// ErrorCodeConflict: the request conflicts with the resource's state,
	// for example a write to a resource being deleted (409).
	ErrorCodeConflict = "Conflict"
	// ErrorCodeAnotherOperationInProgress: an operation on the resource is
	// still running (409).
	ErrorCodeAnotherOperationInProgress = "AnotherOperationInProgress"
	// ErrorCodeAuthorizationFailed: the caller lacks the role for the
	// action (403).
	ErrorCodeAuthorizationFailed = "AuthorizationFailed"
	// ErrorCodeRequestDisallowedByPolicy: an Azure Policy denies the
	// request (403).
	ErrorCodeRequestDisallowedByPolicy = "RequestDisallowedByPolicy"
)

// ErrorDetail is an ARM error: code, message, target, nested details and
// additional info. ServiceError.Details holds the nested ones.
type ErrorDetail = pipeline.ErrorDetail

// ErrorAdditionalInfo is typed extra information about an ARM error.
type ErrorAdditionalInfo = pipeline.ErrorAdditionalInfo
