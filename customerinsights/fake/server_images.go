package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	ci "github.com/azclients/azclients/customerinsights"
)

// ImagesServer is a fake for customerinsights.ImagesClient: each field
// answers the client method of the same name; a call to a nil field fails
// with an error naming it.
type ImagesServer struct {
	// GetUploadURLForEntityType answers ImagesClient.GetUploadURLForEntityType.
	GetUploadURLForEntityType func(ctx context.Context, resourceGroupName, hubName string, parameters ci.GetImageUploadURLInput, options *ci.ImagesClientGetUploadURLForEntityTypeOptions) (resp azfake.Responder[ci.ImagesClientGetUploadURLForEntityTypeResponse], errResp azfake.ErrorResponder)
	// GetUploadURLForData answers ImagesClient.GetUploadURLForData.
	GetUploadURLForData func(ctx context.Context, resourceGroupName, hubName string, parameters ci.GetImageUploadURLInput, options *ci.ImagesClientGetUploadURLForDataOptions) (resp azfake.Responder[ci.ImagesClientGetUploadURLForDataResponse], errResp azfake.ErrorResponder)
}

// ImagesServerTransport routes ImagesClient's requests to an ImagesServer.
// Use it as ClientOptions.Transport.
type ImagesServerTransport struct{ transport }

// NewImagesServerTransport returns a transport that answers ImagesClient's
// requests with srv.
func NewImagesServerTransport(srv *ImagesServer) *ImagesServerTransport {
	return &ImagesServerTransport{newTransport(srv.routes())}
}

// Do implements policy.Transporter.
func (t *ImagesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}

func (srv *ImagesServer) routes() routes {
	return routes{
		"ImagesClient.GetUploadURLForEntityType": respondBody("ImagesClient.GetUploadURLForEntityType", imagesEntityTypePath, func() bool { return srv.GetUploadURLForEntityType != nil },
			func(req *http.Request, p []string, body ci.GetImageUploadURLInput) (azfake.Responder[ci.ImagesClientGetUploadURLForEntityTypeResponse], azfake.ErrorResponder) {
				return srv.GetUploadURLForEntityType(req.Context(), p[1], p[2], body, nil)
			}, http.StatusOK),
		"ImagesClient.GetUploadURLForData": respondBody("ImagesClient.GetUploadURLForData", imagesDataPath, func() bool { return srv.GetUploadURLForData != nil },
			func(req *http.Request, p []string, body ci.GetImageUploadURLInput) (azfake.Responder[ci.ImagesClientGetUploadURLForDataResponse], azfake.ErrorResponder) {
				return srv.GetUploadURLForData(req.Context(), p[1], p[2], body, nil)
			}, http.StatusOK),
	}
}
