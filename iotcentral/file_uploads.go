package iotcentral

import (
	"context"
	"net/http"
	"strings"

	"github.com/azclients/azclients/internal/pipeline"
)

// FileUploadsClient manages the storage account devices upload files to.
// Get one with Client.FileUploads; it is safe for concurrent use. Its
// requests and answers carry the storage connection string: none is ever
// logged, even with body logging on.
type FileUploadsClient struct {
	pl *pipeline.Client
}

// FileUploads returns the client for the file upload configuration.
func (c *Client) FileUploads() *FileUploadsClient { return &FileUploadsClient{pl: c.pl} }

// fileUploadsPath is the path of the one file upload configuration.
const fileUploadsPath = "/fileUploads"

// FileUploadsClientGetOptions holds the optional parameters of
// FileUploadsClient.Get; there are none yet.
type FileUploadsClientGetOptions struct{}

// FileUploadsClientGetResponse is the result of FileUploadsClient.Get.
type FileUploadsClientGetResponse struct {
	FileUpload
}

// Get returns the file upload configuration (FileUploads_Get); 404 when
// there is none.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/file-uploads/get
func (c *FileUploadsClient) Get(ctx context.Context, options *FileUploadsClientGetOptions) (resp FileUploadsClientGetResponse, err error) {
	err = c.call(ctx, "FileUploadsClient.Get", http.MethodGet, nil, "", &resp.FileUpload)
	return resp, err
}

// FileUploadsClientCreateOptions holds the optional parameters of
// FileUploadsClient.Create; there are none yet.
type FileUploadsClientCreateOptions struct{}

// FileUploadsClientCreateResponse is the result of FileUploadsClient.Create.
type FileUploadsClientCreateResponse struct {
	FileUpload
}

// Create sets the file upload configuration (FileUploads_Create):
// ConnectionString and Container are required. The service applies it in
// the background: State moves from pending to succeeded or failed.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/file-uploads/create
func (c *FileUploadsClient) Create(ctx context.Context, fileUpload FileUpload, options *FileUploadsClientCreateOptions) (resp FileUploadsClientCreateResponse, err error) {
	var v pipeline.Validator
	v.Required("fileUpload.connectionString", fileUpload.ConnectionString != nil)
	v.Required("fileUpload.container", fileUpload.Container != nil)
	checkReadAccess(&v, c.pl.APIVersion(), "fileUpload", fileUpload)
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.call(ctx, "FileUploadsClient.Create", http.MethodPut, fileUpload, pipeline.ContentTypeJSON, &resp.FileUpload)
	return resp, err
}

// FileUploadsClientUpdateOptions holds the optional parameters of
// FileUploadsClient.Update; there are none yet.
type FileUploadsClientUpdateOptions struct{}

// FileUploadsClientUpdateResponse is the result of FileUploadsClient.Update.
type FileUploadsClientUpdateResponse struct {
	FileUpload
}

// Update changes the file upload configuration with a JSON merge patch
// (FileUploads_Update).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/file-uploads/update
func (c *FileUploadsClient) Update(ctx context.Context, patch FileUpload, options *FileUploadsClientUpdateOptions) (resp FileUploadsClientUpdateResponse, err error) {
	var v pipeline.Validator
	checkReadAccess(&v, c.pl.APIVersion(), "patch", patch)
	if err := v.Err(); err != nil {
		return resp, err
	}
	err = c.call(ctx, "FileUploadsClient.Update", http.MethodPatch, patch, pipeline.ContentTypeMergePatch, &resp.FileUpload)
	return resp, err
}

// FileUploadsClientDeleteOptions holds the optional parameters of
// FileUploadsClient.Delete; there are none yet.
type FileUploadsClientDeleteOptions struct{}

// FileUploadsClientDeleteResponse is the result of FileUploadsClient.Delete.
type FileUploadsClientDeleteResponse struct{}

// Delete removes the file upload configuration (FileUploads_Remove).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/file-uploads/remove
func (c *FileUploadsClient) Delete(ctx context.Context, options *FileUploadsClientDeleteOptions) (resp FileUploadsClientDeleteResponse, err error) {
	err = c.call(ctx, "FileUploadsClient.Delete", http.MethodDelete, nil, "", nil)
	return resp, err
}

// call runs one operation; its bodies are never logged.
func (c *FileUploadsClient) call(ctx context.Context, op, method string, body any, contentType string, out any) error {
	_, err := pipeline.Call{
		Op: op, Method: method, Template: fileUploadsPath,
		Body: body, ContentType: contentType, Out: out, Secret: true,
	}.Do(ctx, c.pl)
	return err
}

// checkReadAccess refuses ReadAccess with an api-version that does not
// carry it: the service would drop it without a word.
func checkReadAccess(v *pipeline.Validator, apiVersion, field string, f FileUpload) {
	if f.ReadAccess != nil && !strings.Contains(apiVersion, "preview") {
		v.Fail(field+".readAccess", apiVersion, "needs a preview api-version such as "+QueryPreviewAPIVersion)
	}
}
