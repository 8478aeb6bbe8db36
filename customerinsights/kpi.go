package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the KPI operations.
const (
	kpisPath      = hubPath + "/kpi"
	kpiPath       = kpisPath + "/{kpiName}"
	kpiReprocPath = kpiPath + "/reprocess"
)

// KpiClient manages the KPIs of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/kpi). It is immutable and safe for
// concurrent use.
type KpiClient struct{ client }

// NewKpiClient returns a client for the KPIs of the hubs in
// subscriptionID, authenticated with cred. options may be nil. A
// subscriptionID that is not a UUID is a *ValidationError.
func NewKpiClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*KpiClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &KpiClient{c}, nil
}

func kpiState(k *KpiResourceFormat) *ProvisioningStates {
	if k.Properties == nil {
		return nil
	}
	return k.Properties.ProvisioningState
}

var (
	kpiCreate = lro[KpiResourceFormat, KpiClientCreateOrUpdateResponse]{
		op: "KpiClient.BeginCreateOrUpdate", state: kpiState,
		wrap: func(k KpiResourceFormat) KpiClientCreateOrUpdateResponse { return KpiClientCreateOrUpdateResponse{k} },
	}
	kpiDelete = lro[KpiResourceFormat, KpiClientDeleteResponse]{op: "KpiClient.BeginDelete", delete: true, state: kpiState}
)

// KpiClientBeginCreateOrUpdateOptions holds the optional parameters of
// KpiClient.BeginCreateOrUpdate.
type KpiClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// KpiClientCreateOrUpdateResponse is the result of
// KpiClient.BeginCreateOrUpdate: the KPI once provisioned.
type KpiClientCreateOrUpdateResponse struct {
	KpiResourceFormat
}

// BeginCreateOrUpdate creates a KPI in a hub, or replaces one
// (Kpi_CreateOrUpdate), and returns a poller for its provisioning. The
// service answers 200 or 202; a 202 without a polling header is followed
// by reading the KPI until its provisioningState is terminal, and Failed
// or HumanIntervention end it with a *ProvisioningError. A service failure
// is a *ServiceError (errors.As also finds *azcore.ResponseError); an
// empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/kpi/create-or-update
func (c *KpiClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, kpiName string, parameters KpiResourceFormat, options *KpiClientBeginCreateOrUpdateOptions) (*runtime.Poller[KpiClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return kpiCreate.resume(c.pl, options.ResumeToken)
	}
	return kpiCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: kpiPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, kpiName}, Body: parameters,
		OK: []int{http.StatusOK, http.StatusAccepted}})
}

// KpiClientGetOptions holds the optional parameters of KpiClient.Get;
// there are none yet.
type KpiClientGetOptions struct{}

// KpiClientGetResponse is the result of KpiClient.Get.
type KpiClientGetResponse struct {
	KpiResourceFormat
}

// Get returns a KPI (Kpi_Get). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/kpi/get
func (c *KpiClient) Get(ctx context.Context, resourceGroupName, hubName, kpiName string, options *KpiClientGetOptions) (resp KpiClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "KpiClient.Get", Method: http.MethodGet, Template: kpiPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, kpiName}, Out: &resp.KpiResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// KpiClientBeginDeleteOptions holds the optional parameters of
// KpiClient.BeginDelete.
type KpiClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken;
	// the other arguments are then not used.
	ResumeToken string
}

// KpiClientDeleteResponse is the result of KpiClient.BeginDelete; it holds
// nothing.
type KpiClientDeleteResponse struct{}

// BeginDelete deletes a KPI (Kpi_Delete) and returns a poller for the
// deletion: 200 is done at once; a 202 is followed through its polling
// header or, without one, by reading the KPI until it is gone. A service
// failure is a *ServiceError (errors.As also finds *azcore.ResponseError);
// an empty or dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/kpi/delete
func (c *KpiClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, kpiName string, options *KpiClientBeginDeleteOptions) (*runtime.Poller[KpiClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return kpiDelete.resume(c.pl, options.ResumeToken)
	}
	return kpiDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: kpiPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, kpiName},
		OK:     []int{http.StatusOK, http.StatusAccepted}})
}

// KpiClientReprocessOptions holds the optional parameters of
// KpiClient.Reprocess; there are none yet.
type KpiClientReprocessOptions struct{}

// KpiClientReprocessResponse is the result of KpiClient.Reprocess; it
// holds nothing.
type KpiClientReprocessResponse struct{}

// Reprocess asks the service to recalculate the values of a KPI
// (Kpi_Reprocess); the service accepts the request (202) and works in the
// background. A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/kpi/reprocess
func (c *KpiClient) Reprocess(ctx context.Context, resourceGroupName, hubName, kpiName string, options *KpiClientReprocessOptions) (resp KpiClientReprocessResponse, err error) {
	_, err = pipeline.Call{Op: "KpiClient.Reprocess", Method: http.MethodPost, Template: kpiReprocPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, kpiName}, OK: []int{http.StatusAccepted}}.Do(ctx, c.pl)
	return resp, err
}

// KpiClientListByHubOptions holds the optional parameters of
// KpiClient.NewListByHubPager; there are none yet.
type KpiClientListByHubOptions struct{}

// KpiClientListByHubResponse is one page of KpiClient.NewListByHubPager.
type KpiClientListByHubResponse struct {
	KpiListResult
}

// NewListByHubPager lists the KPIs of a hub (Kpi_ListByHub), following
// nextLink; nothing is sent until NextPage.
//
// https://learn.microsoft.com/rest/api/customer-insights/kpi/list-by-hub
func (c *KpiClient) NewListByHubPager(resourceGroupName, hubName string, options *KpiClientListByHubOptions) *runtime.Pager[KpiClientListByHubResponse] {
	return newPager(c.client, "KpiClient.NewListByHubPager", kpisPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *KpiClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over the KPIs of every page of NewListByHubPager,
// one page at a time; it stops at the first error, which it yields.
func (c *KpiClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *KpiClientListByHubOptions) iter.Seq2[KpiResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p KpiClientListByHubResponse) []KpiResourceFormat { return p.Value })
}
