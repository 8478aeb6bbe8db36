package customerinsights

import (
	"context"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the image operations.
const (
	imagesEntityTypePath = hubPath + "/images/getEntityTypeImageUploadUrl"
	imagesDataPath       = hubPath + "/images/getDataImageUploadUrl"
)

// ImagesClient hands out the URLs to upload the images of a Customer
// Insights hub to. The URLs carry shared access signatures: no answer of
// this client has its body logged, and ImageDefinition.String redacts
// them. It is immutable and safe for concurrent use.
type ImagesClient struct{ client }

// NewImagesClient returns an ImagesClient for the hubs in subscriptionID,
// authenticated with cred. options may be nil. A subscriptionID that is
// not a UUID is a *ValidationError.
func NewImagesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*ImagesClient, error) {
	c, err := newClient(subscriptionID, cred, options)
	if err != nil {
		return nil, err
	}
	return &ImagesClient{c}, nil
}

// ImagesClientGetUploadURLForEntityTypeOptions holds the optional
// parameters of ImagesClient.GetUploadURLForEntityType; there are none yet.
type ImagesClientGetUploadURLForEntityTypeOptions struct{}

// ImagesClientGetUploadURLForEntityTypeResponse is the result of
// ImagesClient.GetUploadURLForEntityType.
type ImagesClientGetUploadURLForEntityTypeResponse struct {
	ImageDefinition
}

// GetUploadURLForEntityType returns where to upload the image of an entity
// type, a profile or an interaction (Images_GetUploadUrlForEntityType). A
// service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty or dot path argument is a
// *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/images/get-upload-url-for-entity-type
func (c *ImagesClient) GetUploadURLForEntityType(ctx context.Context, resourceGroupName, hubName string, parameters GetImageUploadURLInput, options *ImagesClientGetUploadURLForEntityTypeOptions) (resp ImagesClientGetUploadURLForEntityTypeResponse, err error) {
	_, err = pipeline.Call{Op: "ImagesClient.GetUploadURLForEntityType", Method: http.MethodPost, Template: imagesEntityTypePath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName}, Body: parameters, Out: &resp.ImageDefinition, Secret: true}.Do(ctx, c.pl)
	return resp, err
}

// ImagesClientGetUploadURLForDataOptions holds the optional parameters of
// ImagesClient.GetUploadURLForData; there are none yet.
type ImagesClientGetUploadURLForDataOptions struct{}

// ImagesClientGetUploadURLForDataResponse is the result of
// ImagesClient.GetUploadURLForData.
type ImagesClientGetUploadURLForDataResponse struct {
	ImageDefinition
}

// GetUploadURLForData returns where to upload an image of data
// (Images_GetUploadUrlForData). A service failure is a *ServiceError
// (errors.As also finds *azcore.ResponseError); an empty or dot path
// argument is a *ValidationError, and nothing is sent.
//
// https://learn.microsoft.com/rest/api/customer-insights/images/get-upload-url-for-data
func (c *ImagesClient) GetUploadURLForData(ctx context.Context, resourceGroupName, hubName string, parameters GetImageUploadURLInput, options *ImagesClientGetUploadURLForDataOptions) (resp ImagesClientGetUploadURLForDataResponse, err error) {
	_, err = pipeline.Call{Op: "ImagesClient.GetUploadURLForData", Method: http.MethodPost, Template: imagesDataPath,
		Params: []string{c.subscriptionID, resourceGroupName, hubName}, Body: parameters, Out: &resp.ImageDefinition, Secret: true}.Do(ctx, c.pl)
	return resp, err
}
