package customerinsights

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the PredictionsClient operations.
const (
	predictionsPath                   = hubPath + "/predictions"
	predictionsItemPath               = predictionsPath + "/{predictionName}"
	predictionsGetTrainingResultsPath = predictionsItemPath + "/getTrainingResults"
	predictionsGetModelStatusPath     = predictionsItemPath + "/getModelStatus"
	predictionsModelStatusPath        = predictionsItemPath + "/modelStatus"
)

// PredictionsClient manages the predictions of Customer Insights hubs
// (Microsoft.CustomerInsights/hubs/predictions, api-version 2017-04-26). It
// is immutable and safe for concurrent use.
type PredictionsClient struct{ client }

// NewPredictionsClient returns a PredictionsClient for the hubs in
// subscriptionID, authenticated with cred (for example an
// azidentity.DefaultAzureCredential). options may be nil. A subscriptionID
// that is not a UUID is a *ValidationError.
func NewPredictionsClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*PredictionsClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &PredictionsClient{c}, nil
}

func predictionsState(m *PredictionResourceFormat) *ProvisioningStates {
	if m.Properties == nil {
		return nil
	}
	return m.Properties.ProvisioningState
}

var (
	predictionsCreate = lro[PredictionResourceFormat, PredictionsClientCreateOrUpdateResponse]{
		op: "PredictionsClient.BeginCreateOrUpdate", state: predictionsState,
		wrap: func(m PredictionResourceFormat) PredictionsClientCreateOrUpdateResponse {
			return PredictionsClientCreateOrUpdateResponse{m}
		},
	}
	predictionsDelete = lro[PredictionResourceFormat, PredictionsClientDeleteResponse]{op: "PredictionsClient.BeginDelete", delete: true, state: predictionsState}
)

// PredictionsClientBeginCreateOrUpdateOptions holds the optional parameters
// of PredictionsClient.BeginCreateOrUpdate.
type PredictionsClientBeginCreateOrUpdateOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// PredictionsClientCreateOrUpdateResponse is the result of PredictionsClient.BeginCreateOrUpdate.
type PredictionsClientCreateOrUpdateResponse struct {
	PredictionResourceFormat
}

// BeginCreateOrUpdate creates a prediction in a hub, or replaces one
// (Predictions_CreateOrUpdate) and returns a poller for its provisioning.
// The service answers 200 or 202: a 202 with a polling header is followed
// with azcore's standard protocols; without one, which is what the spec
// declares, the poller reads the resource until its provisioningState is
// terminal, and Failed or HumanIntervention end it with a
// *ProvisioningError. Poller.ResumeToken saves the operation, to continue
// it later with ResumeToken. A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/create-or-update
func (c *PredictionsClient) BeginCreateOrUpdate(ctx context.Context, resourceGroupName, hubName, predictionName string, parameters PredictionResourceFormat, options *PredictionsClientBeginCreateOrUpdateOptions) (*runtime.Poller[PredictionsClientCreateOrUpdateResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return predictionsCreate.resume(c.pl, options.ResumeToken)
	}
	return predictionsCreate.begin(ctx, c.pl, pipeline.Call{Method: http.MethodPut, Template: predictionsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, Body: parameters, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// PredictionsClientGetOptions holds the optional parameters of
// PredictionsClient.Get; there are none yet.
type PredictionsClientGetOptions struct{}

// PredictionsClientGetResponse is the result of PredictionsClient.Get.
type PredictionsClientGetResponse struct {
	PredictionResourceFormat
}

// Get returns a prediction (Predictions_Get). A service failure is a
// *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/get
func (c *PredictionsClient) Get(ctx context.Context, resourceGroupName, hubName, predictionName string, options *PredictionsClientGetOptions) (resp PredictionsClientGetResponse, err error) {
	_, err = pipeline.Call{Op: "PredictionsClient.Get", Method: http.MethodGet, Template: predictionsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, Out: &resp.PredictionResourceFormat}.Do(ctx, c.pl)
	return resp, err
}

// PredictionsClientBeginDeleteOptions holds the optional parameters of
// PredictionsClient.BeginDelete.
type PredictionsClientBeginDeleteOptions struct {
	// ResumeToken continues an operation saved with Poller.ResumeToken; the
	// other arguments are then not used.
	ResumeToken string
}

// PredictionsClientDeleteResponse is the result of PredictionsClient.BeginDelete; it holds nothing.
type PredictionsClientDeleteResponse struct{}

// BeginDelete deletes a prediction (Predictions_Delete) and returns a
// poller for the deletion: 200 and 204 are done at once; a 202 is followed
// through its polling header or, without one, by reading the resource until
// it is gone. Poller.ResumeToken saves the operation, to continue it later
// with ResumeToken. A service failure is a *ServiceError (errors.As also
// finds *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/delete
func (c *PredictionsClient) BeginDelete(ctx context.Context, resourceGroupName, hubName, predictionName string, options *PredictionsClientBeginDeleteOptions) (*runtime.Poller[PredictionsClientDeleteResponse], error) {
	if options != nil && options.ResumeToken != "" {
		return predictionsDelete.resume(c.pl, options.ResumeToken)
	}
	return predictionsDelete.begin(ctx, c.pl, pipeline.Call{Method: http.MethodDelete, Template: predictionsItemPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, OK: []int{http.StatusOK, http.StatusAccepted}})
}

// PredictionsClientGetTrainingResultsOptions holds the optional parameters
// of PredictionsClient.GetTrainingResults; there are none yet.
type PredictionsClientGetTrainingResultsOptions struct{}

// PredictionsClientGetTrainingResultsResponse is the result of PredictionsClient.GetTrainingResults.
type PredictionsClientGetTrainingResultsResponse struct {
	PredictionTrainingResults
}

// GetTrainingResults returns the training results of a prediction
// (Predictions_GetTrainingResults). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/get-training-results
func (c *PredictionsClient) GetTrainingResults(ctx context.Context, resourceGroupName, hubName, predictionName string, options *PredictionsClientGetTrainingResultsOptions) (resp PredictionsClientGetTrainingResultsResponse, err error) {
	_, err = pipeline.Call{Op: "PredictionsClient.GetTrainingResults", Method: http.MethodPost, Template: predictionsGetTrainingResultsPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, Out: &resp.PredictionTrainingResults}.Do(ctx, c.pl)
	return resp, err
}

// PredictionsClientGetModelStatusOptions holds the optional parameters of
// PredictionsClient.GetModelStatus; there are none yet.
type PredictionsClientGetModelStatusOptions struct{}

// PredictionsClientGetModelStatusResponse is the result of PredictionsClient.GetModelStatus.
type PredictionsClientGetModelStatusResponse struct {
	PredictionModelStatus
}

// GetModelStatus returns the status of a prediction's model
// (Predictions_GetModelStatus). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/get-model-status
func (c *PredictionsClient) GetModelStatus(ctx context.Context, resourceGroupName, hubName, predictionName string, options *PredictionsClientGetModelStatusOptions) (resp PredictionsClientGetModelStatusResponse, err error) {
	_, err = pipeline.Call{Op: "PredictionsClient.GetModelStatus", Method: http.MethodPost, Template: predictionsGetModelStatusPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, Out: &resp.PredictionModelStatus}.Do(ctx, c.pl)
	return resp, err
}

// PredictionsClientModelStatusOptions holds the optional parameters of
// PredictionsClient.ModelStatus; there are none yet.
type PredictionsClientModelStatusOptions struct{}

// PredictionsClientModelStatusResponse is the result of PredictionsClient.ModelStatus; it holds nothing.
type PredictionsClientModelStatusResponse struct{}

// ModelStatus sets the status of a prediction's model
// (Predictions_ModelStatus). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/model-status
func (c *PredictionsClient) ModelStatus(ctx context.Context, resourceGroupName, hubName, predictionName string, parameters PredictionModelStatus, options *PredictionsClientModelStatusOptions) (resp PredictionsClientModelStatusResponse, err error) {
	_, err = pipeline.Call{Op: "PredictionsClient.ModelStatus", Method: http.MethodPost, Template: predictionsModelStatusPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName, predictionName}, Body: parameters, OK: []int{http.StatusOK}}.Do(ctx, c.pl)
	return resp, err
}

// PredictionsClientListByHubOptions holds the optional parameters of
// PredictionsClient.NewListByHubPager; there are none yet.
type PredictionsClientListByHubOptions struct{}

// PredictionsClientListByHubResponse is one page of PredictionsClient.NewListByHubPager.
type PredictionsClientListByHubResponse struct {
	PredictionListResult
}

// NewListByHubPager lists the predictions of a hub (Predictions_ListByHub),
// following nextLink; nothing is sent until NextPage. A service failure is
// a *ServiceError (errors.As also finds *azcore.ResponseError); an empty or
// dot path argument is a *ValidationError returned by the first NextPage,
// before anything is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/predictions/list-by-hub
func (c *PredictionsClient) NewListByHubPager(resourceGroupName, hubName string, options *PredictionsClientListByHubOptions) *runtime.Pager[PredictionsClientListByHubResponse] {
	return newPager(c.client, "PredictionsClient.NewListByHubPager", predictionsPath, []string{c.subscriptionID, resourceGroupName, hubName}, nil, false, false,
		func(p *PredictionsClientListByHubResponse) *string { return p.NextLink })
}

// ListByHubIter iterates over every item of every page of
// NewListByHubPager, one page at a time; it stops at the first error, which
// it yields.
func (c *PredictionsClient) ListByHubIter(ctx context.Context, resourceGroupName, hubName string, options *PredictionsClientListByHubOptions) iter.Seq2[PredictionResourceFormat, error] {
	return pipeline.All(ctx, c.NewListByHubPager(resourceGroupName, hubName, options), func(p PredictionsClientListByHubResponse) []PredictionResourceFormat { return p.Value })
}
