package iotcentral

import (
	"context"
	"iter"
	"net/http"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/internal/pipeline"
)

// DeploymentManifestsClient manages the application's IoT Edge deployment manifests
// (preview api-versions only: with the stable one every call is a
// *ValidationError naming it). Get one with Client.DeploymentManifests; it
// is safe for concurrent use.
type DeploymentManifestsClient struct {
	pl *pipeline.Client
}

// DeploymentManifests returns the client for deployment manifests.
func (c *Client) DeploymentManifests() *DeploymentManifestsClient {
	return &DeploymentManifestsClient{pl: c.pl}
}

// deploymentManifestPath is the path template of one manifest.
const deploymentManifestPath = "/deploymentManifests/{deploymentManifestId}"

// DeploymentManifestsClientListOptions holds the optional parameters of
// DeploymentManifestsClient.NewListPager and ListIter; there are none yet.
type DeploymentManifestsClientListOptions struct{}

// DeploymentManifestsClientListResponse is one page of DeploymentManifestsClient.NewListPager.
type DeploymentManifestsClientListResponse struct {
	DeploymentManifestCollection
}

// NewListPager lists the application's deployment manifests
// (DeploymentManifests_List), page by page. Nothing is sent until NextPage.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DeploymentManifestsClient) NewListPager(options *DeploymentManifestsClientListOptions) *runtime.Pager[DeploymentManifestsClientListResponse] {
	return pipeline.NewPager(c.pl, pipeline.PageSpec[DeploymentManifestsClientListResponse]{
		Op: "DeploymentManifestsClient.NewListPager",
		First: func(ctx context.Context) (*policy.Request, error) {
			return previewRequest(ctx, c.pl, "DeploymentManifestsClient.NewListPager", "/deploymentManifests")
		},
		NextLink: func(p *DeploymentManifestsClientListResponse) *string { return p.NextLink },
	})
}

// ListIter returns an iterator over every manifest of NewListPager; it
// stops at the first error, which it yields.
func (c *DeploymentManifestsClient) ListIter(ctx context.Context, options *DeploymentManifestsClientListOptions) iter.Seq2[DeploymentManifest, error] {
	return pipeline.All(ctx, c.NewListPager(options), func(p DeploymentManifestsClientListResponse) []DeploymentManifest { return p.Value })
}

// DeploymentManifestsClientGetOptions holds the optional parameters of DeploymentManifestsClient.Get;
// there are none yet.
type DeploymentManifestsClientGetOptions struct{}

// DeploymentManifestsClientGetResponse is the result of DeploymentManifestsClient.Get.
type DeploymentManifestsClientGetResponse struct {
	DeploymentManifest
}

// Get returns a deployment manifest (DeploymentManifests_Get).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DeploymentManifestsClient) Get(ctx context.Context, deploymentManifestID string, options *DeploymentManifestsClientGetOptions) (resp DeploymentManifestsClientGetResponse, err error) {
	err = c.call(ctx, "DeploymentManifestsClient.Get", http.MethodGet, deploymentManifestID, nil, "", &resp.DeploymentManifest)
	return resp, err
}

// DeploymentManifestsClientCreateOptions holds the optional parameters of DeploymentManifestsClient.Create;
// there are none yet.
type DeploymentManifestsClientCreateOptions struct{}

// DeploymentManifestsClientCreateResponse is the result of DeploymentManifestsClient.Create.
type DeploymentManifestsClientCreateResponse struct {
	DeploymentManifest
}

// Create creates or replaces a deployment manifest
// (DeploymentManifests_Create): Data is required.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
func (c *DeploymentManifestsClient) Create(ctx context.Context, deploymentManifestID string, manifest DeploymentManifest, options *DeploymentManifestsClientCreateOptions) (resp DeploymentManifestsClientCreateResponse, err error) {
	if len(manifest.Data) == 0 {
		return resp, &ValidationError{Field: "manifest.data", Rule: "is required"}
	}
	err = c.call(ctx, "DeploymentManifestsClient.Create", http.MethodPut, deploymentManifestID, manifest, pipeline.ContentTypeJSON, &resp.DeploymentManifest)
	return resp, err
}

// DeploymentManifestsClientUpdateOptions holds the optional parameters of DeploymentManifestsClient.Update;
// there are none yet.
type DeploymentManifestsClientUpdateOptions struct{}

// DeploymentManifestsClientUpdateResponse is the result of DeploymentManifestsClient.Update.
type DeploymentManifestsClientUpdateResponse struct {
	DeploymentManifest
}

// Update changes a deployment manifest with a JSON merge patch
// (DeploymentManifests_Update; the service takes only
// application/merge-patch+json).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DeploymentManifestsClient) Update(ctx context.Context, deploymentManifestID string, patch DeploymentManifest, options *DeploymentManifestsClientUpdateOptions) (resp DeploymentManifestsClientUpdateResponse, err error) {
	err = c.call(ctx, "DeploymentManifestsClient.Update", http.MethodPatch, deploymentManifestID, patch, pipeline.ContentTypeMergePatch, &resp.DeploymentManifest)
	return resp, err
}

// DeploymentManifestsClientDeleteOptions holds the optional parameters of DeploymentManifestsClient.Delete;
// there are none yet.
type DeploymentManifestsClientDeleteOptions struct{}

// DeploymentManifestsClientDeleteResponse is the result of DeploymentManifestsClient.Delete.
type DeploymentManifestsClientDeleteResponse struct{}

// Delete deletes a deployment manifest (DeploymentManifests_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
func (c *DeploymentManifestsClient) Delete(ctx context.Context, deploymentManifestID string, options *DeploymentManifestsClientDeleteOptions) (resp DeploymentManifestsClientDeleteResponse, err error) {
	err = c.call(ctx, "DeploymentManifestsClient.Delete", http.MethodDelete, deploymentManifestID, nil, "", nil)
	return resp, err
}

// call runs one operation on one manifest, after the preview and ID checks.
func (c *DeploymentManifestsClient) call(ctx context.Context, op, method, id string, body any, contentType string, out any) error {
	var v pipeline.Validator
	checkPreview(&v, c.pl.APIVersion(), op)
	checkRequiredID(&v, "deploymentManifestID", id)
	if err := v.Err(); err != nil {
		return err
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: deploymentManifestPath, Params: []string{id},
		Body: body, ContentType: contentType, Out: out,
	}.Do(ctx, c.pl)
	return err
}
