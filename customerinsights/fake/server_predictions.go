package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/fakeserver"
)

// PredictionsServer is a fake for customerinsights.PredictionsClient: each
// field answers the client method of the same name; a call to a nil field
// fails with an error naming it.
type PredictionsServer struct {
	// BeginCreateOrUpdate answers PredictionsClient.BeginCreateOrUpdate (HTTP status 200, 202).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, hubName, predictionName string, parameters ci.PredictionResourceFormat, options *ci.PredictionsClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[ci.PredictionsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers PredictionsClient.Get.
	Get func(ctx context.Context, resourceGroupName, hubName, predictionName string, options *ci.PredictionsClientGetOptions) (resp azfake.Responder[ci.PredictionsClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers PredictionsClient.BeginDelete (HTTP status 200, 202).
	BeginDelete func(ctx context.Context, resourceGroupName, hubName, predictionName string, options *ci.PredictionsClientBeginDeleteOptions) (resp azfake.PollerResponder[ci.PredictionsClientDeleteResponse], errResp azfake.ErrorResponder)
	// GetTrainingResults answers PredictionsClient.GetTrainingResults.
	GetTrainingResults func(ctx context.Context, resourceGroupName, hubName, predictionName string, options *ci.PredictionsClientGetTrainingResultsOptions) (resp azfake.Responder[ci.PredictionsClientGetTrainingResultsResponse], errResp azfake.ErrorResponder)
	// GetModelStatus answers PredictionsClient.GetModelStatus.
	GetModelStatus func(ctx context.Context, resourceGroupName, hubName, predictionName string, options *ci.PredictionsClientGetModelStatusOptions) (resp azfake.Responder[ci.PredictionsClientGetModelStatusResponse], errResp azfake.ErrorResponder)
	// ModelStatus answers PredictionsClient.ModelStatus (HTTP status 200).
	ModelStatus func(ctx context.Context, resourceGroupName, hubName, predictionName string, parameters ci.PredictionModelStatus, options *ci.PredictionsClientModelStatusOptions) (resp azfake.Responder[ci.PredictionsClientModelStatusResponse], errResp azfake.ErrorResponder)
	// NewListByHubPager answers PredictionsClient.NewListByHubPager.
	NewListByHubPager func(resourceGroupName, hubName string, options *ci.PredictionsClientListByHubOptions) (resp azfake.PagerResponder[ci.PredictionsClientListByHubResponse])
}

// PredictionsServerTransport routes PredictionsClient's requests to a PredictionsServer. Use it as ClientOptions.Transport.
type PredictionsServerTransport struct{ transport }

// NewPredictionsServerTransport returns a transport that answers PredictionsClient's requests with srv.
func NewPredictionsServerTransport(srv *PredictionsServer) *PredictionsServerTransport {
	return &PredictionsServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *PredictionsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *PredictionsServer) routes() routes {
	var (
		beginCreateOrUpdateT fakeserver.Tracker[azfake.PollerResponder[ci.PredictionsClientCreateOrUpdateResponse]]
		beginDeleteT         fakeserver.Tracker[azfake.PollerResponder[ci.PredictionsClientDeleteResponse]]
		newListByHubPagerT   fakeserver.Tracker[azfake.PagerResponder[ci.PredictionsClientListByHubResponse]]
	)
	return routes{
		"PredictionsClient.BeginCreateOrUpdate": pollBody("PredictionsClient.BeginCreateOrUpdate", predictionsItemPath, func() bool { return srv.BeginCreateOrUpdate != nil }, &beginCreateOrUpdateT,
			func(req *http.Request, p []string, body ci.PredictionResourceFormat) (azfake.PollerResponder[ci.PredictionsClientCreateOrUpdateResponse], azfake.ErrorResponder) {
				return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK, http.StatusAccepted),
		"PredictionsClient.Get": respond("PredictionsClient.Get", predictionsItemPath, func() bool { return srv.Get != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.PredictionsClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"PredictionsClient.BeginDelete": poll("PredictionsClient.BeginDelete", predictionsItemPath, func() bool { return srv.BeginDelete != nil }, &beginDeleteT,
			func(req *http.Request, p []string) (azfake.PollerResponder[ci.PredictionsClientDeleteResponse], azfake.ErrorResponder) {
				return srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK, http.StatusAccepted),
		"PredictionsClient.GetTrainingResults": respond("PredictionsClient.GetTrainingResults", predictionsGetTrainingResultsPath, func() bool { return srv.GetTrainingResults != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.PredictionsClientGetTrainingResultsResponse], azfake.ErrorResponder) {
				return srv.GetTrainingResults(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"PredictionsClient.GetModelStatus": respond("PredictionsClient.GetModelStatus", predictionsGetModelStatusPath, func() bool { return srv.GetModelStatus != nil },
			func(req *http.Request, p []string) (azfake.Responder[ci.PredictionsClientGetModelStatusResponse], azfake.ErrorResponder) {
				return srv.GetModelStatus(req.Context(), p[1], p[2], p[3], nil)
			}, http.StatusOK),
		"PredictionsClient.ModelStatus": respondBody("PredictionsClient.ModelStatus", predictionsModelStatusPath, func() bool { return srv.ModelStatus != nil },
			func(req *http.Request, p []string, body ci.PredictionModelStatus) (azfake.Responder[ci.PredictionsClientModelStatusResponse], azfake.ErrorResponder) {
				return srv.ModelStatus(req.Context(), p[1], p[2], p[3], body, nil)
			}, http.StatusOK),
		"PredictionsClient.NewListByHubPager": page("PredictionsClient.NewListByHubPager", predictionsPath, func() bool { return srv.NewListByHubPager != nil }, &newListByHubPagerT,
			func(req *http.Request, p []string) azfake.PagerResponder[ci.PredictionsClientListByHubResponse] {
				return srv.NewListByHubPager(p[1], p[2], nil)
			}, func(page *ci.PredictionsClientListByHubResponse, link string) { page.NextLink = &link }),
	}
}
