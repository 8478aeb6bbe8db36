package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the RoleAssignmentsClient operations.
const (
	roleAssignmentsPath     = hubPath + "/roleAssignments"
	roleAssignmentsItemPath = roleAssignmentsPath + "/{assignmentName}"
)

// RoleAssignmentsClient manages the role assignments of Customer Insights
// hubs (Microsoft.CustomerInsights/hubs/roleAssignments). It is immutable
// and safe for concurrent use.
type RoleAssignmentsClient struct{ client }

// NewRoleAssignmentsClient returns a RoleAssignmentsClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewRoleAssignmentsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*RoleAssignmentsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &RoleAssignmentsClient{c}, nil
}

func roleAssignmentsState(m *RoleAssignmentResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	roleAssignmentsCreate = lro[RoleAssignmentResourceFormat, RoleAssignmentsClientCreateOrUpdateResponse]{
		op: "RoleAssignmentsClient.BeginCreateOrUpdate", state: roleAssignmentsState,
		wrap: func(m RoleAssignmentResourceFormat) RoleAssignmentsClientCreateOrUpdateResponse {
			return RoleAssignmentsClientCreateOrUpdateResponse{m}
		},
	}
)

// RoleAssignmentsClientBeginCreateOrUpdateOptions holds the optional
// parameters of RoleAssignmentsClient.BeginCreateOrUpdate.
type RoleAssignmentsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// RoleAssignmentsClientCreateOrUpdateResponse is the result of RoleAssignmentsClient.BeginCreateOrUpdate.
type RoleAssignmentsClientCreateOrUpdateResponse struct {
	RoleAssignmentResourceFormat
}

// BeginCreateOrUpdate creates a role assignment in a hub, or replaces one
// (RoleAssignments_CreateOrUpdate) and returns a poller for its
// provisioning. The service answers 200 or 202: a 202 with a polling header
// is followed with azcore's standard protocols; without one, which is what
// the spec declares, the poller reads the resource until its
// provisioningState is terminal, and Failed or HumanIntervention end it
// with a *ProvisioningError. Poller.ResumeToken saves the operation, to
// continue it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/role-assignments/create-or-update
func (c *RoleAssignmentsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, assignmentName string, parameters RoleAssignmentResourceFormat, options *RoleAssignmentsClientBeginCreateOrUpdateOptions) (*runtime.Poller[RoleAssignmentsClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return roleAssignmentsCreate.resume(c.pl, options.ResumeToken)
	}
	return roleAssignmentsCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: roleAssignmentsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, assignmentName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// RoleAssignmentsClientGetOptions holds the optional parameters of
// RoleAssignmentsClient.Get; there are none yet.
type RoleAssignmentsClientGetOptions struct{}

// RoleAssignmentsClientGetResponse is the result of RoleAssignmentsClient.Get.
type RoleAssignmentsClientGetResponse struct {
	RoleAssignmentResourceFormat
}

// Get returns a role assignment (RoleAssignments_Get). A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/role-assignments/get
func (c *RoleAssignmentsClient) Get(ctx context.Context, resourceGroupName, hubName, assignmentName string, options *RoleAssignmentsClientGetOptions) (resp RoleAssignmentsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "RoleAssignmentsClient.Get", Method: http.MethodGet, Template: roleAssignmentsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, assignmentName}, Out: &resp.RoleAssignmentResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// RoleAssignmentsClientDeleteOptions holds the optional parameters of
// RoleAssignmentsClient.Delete; there are none yet.
type RoleAssignmentsClientDeleteOptions struct{}

// RoleAssignmentsClientDeleteResponse is the result of RoleAssignmentsClient.Delete; it holds nothing.
type RoleAssignmentsClientDeleteResponse struct{}

// Delete deletes a role assignment; the spec declares it a plain request
// answered 200, 202 or 204, which Delete returns without waiting
// (RoleAssignments_Delete). A service failure is a *ServiceError (errors.As
// also finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/role-assignments/delete
func (c *RoleAssignmentsClient) Delete(ctx context.Context, resourceGroupName, hubName, assignmentName string, options *RoleAssignmentsClientDeleteOptions) (resp RoleAssignmentsClientDeleteResponse, err error) {
	_, err = pipeline.Call{Op: "RoleAssignmentsClient.Delete", Method: http.MethodDelete, Template: roleAssignmentsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, assignmentName}, OK: []int{http.StatusOK, http.StatusAccepted, http.StatusNoContent}}.Do(ctx, c.pl)
	return resp, err
}

// RoleAssignmentsClientListByHubOptions holds the optional parameters of
// RoleAssignmentsClient.NewListByHubPager; there are none yet.
type RoleAssignmentsClientListByHubOptions struct{}

// RoleAssignmentsClientListByHubResponse is one page of RoleAssignmentsClient.NewListByHubPager.
type RoleAssignmentsClientListByHubResponse struct {
	RoleAssignmentListResult
}

// NewListByHubPager lists the role assignments of a hub
// (RoleAssignments_ListByHub), following nextLink; nothing is sent until
// NextPage. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError returned by the first NextPage, before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/role-assignments/list-by-hub
func (c *RoleAssignmentsClient) NewListByHubPager(resourceGroupName, hubName string, options *RoleAssignmentsClientListByHubOptions) *runtime.Pager[RoleAssignmentsClientListByHubResponse] {
	return newPager(c.client, "RoleAssignmentsClient.NewListByHubPager", roleAssignmentsPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *RoleAssignmentsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *RoleAssignmentsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *RoleAssignmentsClientListByHubOptions) iter.Seq2[RoleAssignmentResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p RoleAssignmentsClientListByHubResponse) []RoleAssignmentResourceFormat { return p.Value })
}
