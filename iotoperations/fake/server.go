// Package fake holds two test doubles for iotoperations.DataflowProfilesClient,
// both plugged in as ClientOptions.Transport: DataflowProfilesServer, an
// azfake-style fake whose function fields answer each client method, and
// Emulator (NewEmulator), an in-memory service that speaks the wire
// protocol and keeps state.
package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotoperations"
)

// DataflowProfilesServer is a fake for iotoperations.DataflowProfilesClient:
// each field answers the client method of the same name. Set the fields a
// test uses; a call to a nil field fails with an error naming it.
type DataflowProfilesServer struct {
	// BeginCreateOrUpdate answers DataflowProfilesClient.BeginCreateOrUpdate
	// (HTTP status 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, resource iotoperations.DataflowProfileResource, options *iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers DataflowProfilesClient.Get.
	Get func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowProfilesClientGetOptions) (resp azfake.Responder[iotoperations.DataflowProfilesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers DataflowProfilesClient.BeginDelete (HTTP status
	// 200, 202 or 204).
	BeginDelete func(ctx context.Context, resourceGroupName, instanceName, dataflowProfileName string, options *iotoperations.DataflowProfilesClientBeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListPager answers DataflowProfilesClient.NewListPager (and ListIter);
	// the fake adds the nextLinks.
	NewListPager func(resourceGroupName, instanceName string, options *iotoperations.DataflowProfilesClientListOptions) (resp azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse])
}

// Path templates of the dataflow profile operations, as the client fills them.
const (
	profilesPath = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.IoTOperations/instances/{instanceName}/dataflowProfiles"
	profilePath  = profilesPath + "/{dataflowProfileName}"
)

// DataflowProfilesServerTransport routes DataflowProfilesClient's requests
// to a DataflowProfilesServer. Use it as ClientOptions.Transport.
type DataflowProfilesServerTransport struct {
	t *fakeserver.Transport
}

// NewDataflowProfilesServerTransport returns a transport that answers
// DataflowProfilesClient's requests with srv.
func NewDataflowProfilesServerTransport(srv *DataflowProfilesServer) *DataflowProfilesServerTransport {
	return &DataflowProfilesServerTransport{fakeserver.NewTransport(routes(srv))}
}

// Do implements policy.Transporter.
func (t *DataflowProfilesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func routes(srv *DataflowProfilesServer) map[string]fakeserver.Handler {
	var (
		creates fakeserver.Tracker[azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse]]
		deletes fakeserver.Tracker[azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse]]
		lists   fakeserver.Tracker[azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse]]
	)
	return map[string]fakeserver.Handler{
		"DataflowProfilesClient.BeginCreateOrUpdate": func(req *http.Request) (*http.Response, error) {
			if srv.BeginCreateOrUpdate == nil {
				return nil, fakeserver.NotImplemented("DataflowProfilesClient.BeginCreateOrUpdate")
			}
			return fakeserver.Poll(&creates, req, func() (azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse], azfake.ErrorResponder, error) {
				var zero azfake.PollerResponder[iotoperations.DataflowProfilesClientCreateOrUpdateResponse]
				p, err := fakeserver.PathParams(profilePath, req)
				if err != nil {
					return zero, azfake.ErrorResponder{}, err
				}
				body, err := fakeserver.Body[iotoperations.DataflowProfileResource](req)
				if err != nil {
					return zero, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], p[3], body, nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusCreated)
		},
		"DataflowProfilesClient.Get": func(req *http.Request) (*http.Response, error) {
			if srv.Get == nil {
				return nil, fakeserver.NotImplemented("DataflowProfilesClient.Get")
			}
			p, err := fakeserver.PathParams(profilePath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), p[1], p[2], p[3], nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		},
		"DataflowProfilesClient.BeginDelete": func(req *http.Request) (*http.Response, error) {
			if srv.BeginDelete == nil {
				return nil, fakeserver.NotImplemented("DataflowProfilesClient.BeginDelete")
			}
			return fakeserver.Poll(&deletes, req, func() (azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse], azfake.ErrorResponder, error) {
				p, err := fakeserver.PathParams(profilePath, req)
				if err != nil {
					return azfake.PollerResponder[iotoperations.DataflowProfilesClientDeleteResponse]{}, azfake.ErrorResponder{}, err
				}
				resp, errResp := srv.BeginDelete(req.Context(), p[1], p[2], p[3], nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
		},
		"DataflowProfilesClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DataflowProfilesClient.NewListPager")
			}
			return fakeserver.Page(&lists, req, func() (azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse], error) {
				p, err := fakeserver.PathParams(profilesPath, req)
				if err != nil {
					return azfake.PagerResponder[iotoperations.DataflowProfilesClientListResponse]{}, err
				}
				return srv.NewListPager(p[1], p[2], nil), nil
			}, func(page *iotoperations.DataflowProfilesClientListResponse, link string) { page.NextLink = &link })
		},
	}
}
