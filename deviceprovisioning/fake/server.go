// Package fake holds the test doubles of package deviceprovisioning, all
// plugged in as the clients' Transport: azfake-style servers, whose
// function fields answer each client method (ProvisioningServicesServer,
// CertificatesServer and OperationsServer, together in a ServerFactory;
// EnrollmentsServer, EnrollmentGroupsServer and RegistrationsServer,
// together in a ServiceServer), and Emulator (NewEmulator), an in-memory
// Device Provisioning Service that speaks both wire protocols, ARM and
// the service API, and keeps state.
package fake

import (
	"context"
	"fmt"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/fake/server"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/fakeserver"
)

// ProvisioningServicesServer is a fake for
// deviceprovisioning.ProvisioningServicesClient: each field answers the
// client method of the same name. Set the fields a test uses; a call to a
// nil field fails with an error naming it. BeginModify needs no field of
// its own: it is answered by Get, NewListKeysPager and
// BeginCreateOrUpdate.
type ProvisioningServicesServer struct {
	// BeginCreateOrUpdate answers BeginCreateOrUpdate and the write of
	// BeginModify (HTTP status 200 or 201).
	BeginCreateOrUpdate func(ctx context.Context, resourceGroupName, provisioningServiceName string, iotDpsDescription dps.ProvisioningServiceDescription, options *dps.ProvisioningServicesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers Get and the read of BeginModify.
	Get func(ctx context.Context, resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientGetOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetResponse], errResp azfake.ErrorResponder)
	// BeginUpdateTags answers BeginUpdateTags (HTTP status 200 or 202).
	BeginUpdateTags func(ctx context.Context, resourceGroupName, provisioningServiceName string, provisioningServiceTags dps.TagsResource, options *dps.ProvisioningServicesClientBeginUpdateTagsOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientUpdateTagsResponse], errResp azfake.ErrorResponder)
	// BeginDelete answers BeginDelete (HTTP status 200, 202, 204 or 404).
	BeginDelete func(ctx context.Context, resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientBeginDeleteOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewListByResourceGroupPager answers NewListByResourceGroupPager (and
	// ListByResourceGroupIter); the fake adds the nextLinks.
	NewListByResourceGroupPager func(resourceGroupName string, options *dps.ProvisioningServicesClientListByResourceGroupOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListByResourceGroupResponse])
	// NewListBySubscriptionPager answers NewListBySubscriptionPager (and
	// ListBySubscriptionIter); the fake adds the nextLinks.
	NewListBySubscriptionPager func(options *dps.ProvisioningServicesClientListBySubscriptionOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListBySubscriptionResponse])
	// NewListKeysPager answers NewListKeysPager (and ListKeysIter, and the key
	// read of BeginModify); the fake adds the nextLinks.
	NewListKeysPager func(resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientListKeysOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListKeysResponse])
	// ListKeysForKeyName answers ListKeysForKeyName.
	ListKeysForKeyName func(ctx context.Context, resourceGroupName, provisioningServiceName, keyName string, options *dps.ProvisioningServicesClientListKeysForKeyNameOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListKeysForKeyNameResponse], errResp azfake.ErrorResponder)
	// CheckNameAvailability answers CheckNameAvailability.
	CheckNameAvailability func(ctx context.Context, arguments dps.OperationInputs, options *dps.ProvisioningServicesClientCheckNameAvailabilityOptions) (resp azfake.Responder[dps.ProvisioningServicesClientCheckNameAvailabilityResponse], errResp azfake.ErrorResponder)
	// GetOperationResult answers GetOperationResult.
	GetOperationResult func(ctx context.Context, resourceGroupName, provisioningServiceName, operationID string, options *dps.ProvisioningServicesClientGetOperationResultOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetOperationResultResponse], errResp azfake.ErrorResponder)
	// NewListValidSKUsPager answers NewListValidSKUsPager (and
	// ListValidSKUsIter); the fake adds the nextLinks.
	NewListValidSKUsPager func(resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientListValidSKUsOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListValidSKUsResponse])
	// GetPrivateEndpointConnection answers GetPrivateEndpointConnection.
	GetPrivateEndpointConnection func(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, options *dps.ProvisioningServicesClientGetPrivateEndpointConnectionOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetPrivateEndpointConnectionResponse], errResp azfake.ErrorResponder)
	// ListPrivateEndpointConnections answers ListPrivateEndpointConnections.
	ListPrivateEndpointConnections func(ctx context.Context, resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientListPrivateEndpointConnectionsOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListPrivateEndpointConnectionsResponse], errResp azfake.ErrorResponder)
	// BeginCreateOrUpdatePrivateEndpointConnection answers
	// BeginCreateOrUpdatePrivateEndpointConnection (HTTP status 200 or 201).
	BeginCreateOrUpdatePrivateEndpointConnection func(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, privateEndpointConnection dps.PrivateEndpointConnection, options *dps.ProvisioningServicesClientBeginCreateOrUpdatePrivateEndpointConnectionOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse], errResp azfake.ErrorResponder)
	// BeginDeletePrivateEndpointConnection answers
	// BeginDeletePrivateEndpointConnection (HTTP status 200, 202 or 204).
	BeginDeletePrivateEndpointConnection func(ctx context.Context, resourceGroupName, provisioningServiceName, privateEndpointConnectionName string, options *dps.ProvisioningServicesClientBeginDeletePrivateEndpointConnectionOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientDeletePrivateEndpointConnectionResponse], errResp azfake.ErrorResponder)
	// GetPrivateLinkResources answers GetPrivateLinkResources.
	GetPrivateLinkResources func(ctx context.Context, resourceGroupName, provisioningServiceName, groupID string, options *dps.ProvisioningServicesClientGetPrivateLinkResourcesOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetPrivateLinkResourcesResponse], errResp azfake.ErrorResponder)
	// ListPrivateLinkResources answers ListPrivateLinkResources.
	ListPrivateLinkResources func(ctx context.Context, resourceGroupName, provisioningServiceName string, options *dps.ProvisioningServicesClientListPrivateLinkResourcesOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListPrivateLinkResourcesResponse], errResp azfake.ErrorResponder)
}

// Path templates of the client's operations, as it fills them.
const (
	providerPath        = "/subscriptions/{subscriptionId}/providers/Microsoft.Devices"
	subscriptionPath    = providerPath + "/provisioningServices"
	checkNamePath       = providerPath + "/checkProvisioningServiceNameAvailability"
	resourceGroupPath   = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/provisioningServices"
	servicePath         = resourceGroupPath + "/{provisioningServiceName}"
	listKeysPath        = servicePath + "/listkeys"
	keyPath             = servicePath + "/keys/{keyName}/listkeys"
	operationResultPath = servicePath + "/operationresults/{operationId}"
	skusPath            = servicePath + "/skus"
	connectionsPath     = servicePath + "/privateEndpointConnections"
	connectionPath      = connectionsPath + "/{privateEndpointConnectionName}"
	linkResourcesPath   = servicePath + "/privateLinkResources"
	linkResourcePath    = linkResourcesPath + "/{groupId}"
)

// ProvisioningServicesServerTransport routes ProvisioningServicesClient's
// requests to a ProvisioningServicesServer. Use it as
// ClientOptions.Transport.
type ProvisioningServicesServerTransport struct {
	t *fakeserver.Transport
}

// NewProvisioningServicesServerTransport returns a transport that answers
// ProvisioningServicesClient's requests with srv.
func NewProvisioningServicesServerTransport(srv *ProvisioningServicesServer) *ProvisioningServicesServerTransport {
	return &ProvisioningServicesServerTransport{fakeserver.NewTransport(routes(srv))}
}

// Do implements policy.Transporter.
func (t *ProvisioningServicesServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

const apiPrefix = "ProvisioningServicesClient."

// reply answers a one-shot operation: path parameters from template, then
// call, then the status the operation accepts.
func reply[T any](req *http.Request, template string, call func(p []string) (azfake.Responder[T], azfake.ErrorResponder)) (*http.Response, error) {
	p, err := fakeserver.PathParams(template, req)
	if err != nil {
		return nil, err
	}
	resp, errResp := call(p)
	return fakeserver.Reply(req, resp, errResp, http.StatusOK)
}

// poll answers a long-running operation: the first request calls start
// with the path parameters of template; later ones are polls.
func poll[T any](tr *fakeserver.Tracker[azfake.PollerResponder[T]], req *http.Request, template string, start func(p []string) (azfake.PollerResponder[T], azfake.ErrorResponder, error), statuses ...int) (*http.Response, error) {
	return fakeserver.Poll(tr, req, func() (azfake.PollerResponder[T], azfake.ErrorResponder, error) {
		p, err := fakeserver.PathParams(template, req)
		if err != nil {
			return azfake.PollerResponder[T]{}, azfake.ErrorResponder{}, err
		}
		return start(p)
	}, statuses...)
}

// page answers a pager's request: the first calls start with the path
// parameters of template; later ones follow the injected nextLinks.
func page[T any](tr *fakeserver.Tracker[azfake.PagerResponder[T]], req *http.Request, template string, start func(p []string) azfake.PagerResponder[T], nextLink func(*T) **string) (*http.Response, error) {
	return fakeserver.Page(tr, req, func() (azfake.PagerResponder[T], error) {
		p, err := fakeserver.PathParams(template, req)
		if err != nil {
			return azfake.PagerResponder[T]{}, err
		}
		return start(p), nil
	}, func(pg *T, link string) { *nextLink(pg) = &link })
}

// route returns a handler that runs h, or fails with NotImplemented when
// the server's field for the method is nil (set reports it at call time).
func route(name string, set func() bool, h fakeserver.Handler) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(apiPrefix + name)
		}
		return h(req)
	}
}

// withBody decodes the request body as T and starts the operation with it.
func withBody[T, R any](req *http.Request, start func(body T) (azfake.PollerResponder[R], azfake.ErrorResponder)) (azfake.PollerResponder[R], azfake.ErrorResponder, error) {
	body, err := fakeserver.Body[T](req)
	if err != nil {
		return azfake.PollerResponder[R]{}, azfake.ErrorResponder{}, err
	}
	resp, errResp := start(body)
	return resp, errResp, nil
}

func routes(srv *ProvisioningServicesServer) map[string]fakeserver.Handler {
	var (
		creates     fakeserver.Tracker[azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse]]
		tagUpdates  fakeserver.Tracker[azfake.PollerResponder[dps.ProvisioningServicesClientUpdateTagsResponse]]
		deletes     fakeserver.Tracker[azfake.PollerResponder[dps.ProvisioningServicesClientDeleteResponse]]
		connPuts    fakeserver.Tracker[azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse]]
		connDeletes fakeserver.Tracker[azfake.PollerResponder[dps.ProvisioningServicesClientDeletePrivateEndpointConnectionResponse]]
		byGroup     fakeserver.Tracker[azfake.PagerResponder[dps.ProvisioningServicesClientListByResourceGroupResponse]]
		bySub       fakeserver.Tracker[azfake.PagerResponder[dps.ProvisioningServicesClientListBySubscriptionResponse]]
		keyPages    fakeserver.Tracker[azfake.PagerResponder[dps.ProvisioningServicesClientListKeysResponse]]
		skuPages    fakeserver.Tracker[azfake.PagerResponder[dps.ProvisioningServicesClientListValidSKUsResponse]]
	)
	return map[string]fakeserver.Handler{
		apiPrefix + "BeginCreateOrUpdate": route("BeginCreateOrUpdate", func() bool { return srv.BeginCreateOrUpdate != nil }, func(req *http.Request) (*http.Response, error) {
			return poll(&creates, req, servicePath, func(p []string) (azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], azfake.ErrorResponder, error) {
				return withBody(req, func(d dps.ProvisioningServiceDescription) (azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], azfake.ErrorResponder) {
					return srv.BeginCreateOrUpdate(req.Context(), p[1], p[2], d, nil)
				})
			}, http.StatusOK, http.StatusCreated)
		}),
		apiPrefix + "Get": route("Get", func() bool { return srv.Get != nil }, func(req *http.Request) (*http.Response, error) {
			return reply(req, servicePath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientGetResponse], azfake.ErrorResponder) {
				return srv.Get(req.Context(), p[1], p[2], nil)
			})
		}),
		apiPrefix + "BeginUpdateTags": route("BeginUpdateTags", func() bool { return srv.BeginUpdateTags != nil }, func(req *http.Request) (*http.Response, error) {
			return poll(&tagUpdates, req, servicePath, func(p []string) (azfake.PollerResponder[dps.ProvisioningServicesClientUpdateTagsResponse], azfake.ErrorResponder, error) {
				return withBody(req, func(t dps.TagsResource) (azfake.PollerResponder[dps.ProvisioningServicesClientUpdateTagsResponse], azfake.ErrorResponder) {
					return srv.BeginUpdateTags(req.Context(), p[1], p[2], t, nil)
				})
			}, http.StatusOK, http.StatusAccepted)
		}),
		apiPrefix + "BeginDelete": route("BeginDelete", func() bool { return srv.BeginDelete != nil }, func(req *http.Request) (*http.Response, error) {
			return poll(&deletes, req, servicePath, func(p []string) (azfake.PollerResponder[dps.ProvisioningServicesClientDeleteResponse], azfake.ErrorResponder, error) {
				resp, errResp := srv.BeginDelete(req.Context(), p[1], p[2], nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent, http.StatusNotFound)
		}),
		apiPrefix + "NewListByResourceGroupPager": route("NewListByResourceGroupPager", func() bool { return srv.NewListByResourceGroupPager != nil }, func(req *http.Request) (*http.Response, error) {
			return page(&byGroup, req, resourceGroupPath, func(p []string) azfake.PagerResponder[dps.ProvisioningServicesClientListByResourceGroupResponse] {
				return srv.NewListByResourceGroupPager(p[1], nil)
			}, func(r *dps.ProvisioningServicesClientListByResourceGroupResponse) **string { return &r.NextLink })
		}),
		apiPrefix + "NewListBySubscriptionPager": route("NewListBySubscriptionPager", func() bool { return srv.NewListBySubscriptionPager != nil }, func(req *http.Request) (*http.Response, error) {
			return page(&bySub, req, subscriptionPath, func([]string) azfake.PagerResponder[dps.ProvisioningServicesClientListBySubscriptionResponse] {
				return srv.NewListBySubscriptionPager(nil)
			}, func(r *dps.ProvisioningServicesClientListBySubscriptionResponse) **string { return &r.NextLink })
		}),
		apiPrefix + "NewListKeysPager": route("NewListKeysPager", func() bool { return srv.NewListKeysPager != nil }, func(req *http.Request) (*http.Response, error) {
			return page(&keyPages, req, listKeysPath, func(p []string) azfake.PagerResponder[dps.ProvisioningServicesClientListKeysResponse] {
				return srv.NewListKeysPager(p[1], p[2], nil)
			}, func(r *dps.ProvisioningServicesClientListKeysResponse) **string { return &r.NextLink })
		}),
		apiPrefix + "ListKeysForKeyName": route("ListKeysForKeyName", func() bool { return srv.ListKeysForKeyName != nil }, func(req *http.Request) (*http.Response, error) {
			return reply(req, keyPath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientListKeysForKeyNameResponse], azfake.ErrorResponder) {
				return srv.ListKeysForKeyName(req.Context(), p[1], p[2], p[3], nil)
			})
		}),
		apiPrefix + "CheckNameAvailability": route("CheckNameAvailability", func() bool { return srv.CheckNameAvailability != nil }, func(req *http.Request) (*http.Response, error) {
			args, err := fakeserver.Body[dps.OperationInputs](req)
			if err != nil {
				return nil, err
			}
			return reply(req, checkNamePath, func([]string) (azfake.Responder[dps.ProvisioningServicesClientCheckNameAvailabilityResponse], azfake.ErrorResponder) {
				return srv.CheckNameAvailability(req.Context(), args, nil)
			})
		}),
		apiPrefix + "GetOperationResult": route("GetOperationResult", func() bool { return srv.GetOperationResult != nil }, func(req *http.Request) (*http.Response, error) {
			var opts *dps.ProvisioningServicesClientGetOperationResultOptions
			if q := req.URL.Query(); q.Has("asyncinfo") {
				v := q.Get("asyncinfo")
				opts = &dps.ProvisioningServicesClientGetOperationResultOptions{AsyncInfo: &v}
			}
			return reply(req, operationResultPath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientGetOperationResultResponse], azfake.ErrorResponder) {
				return srv.GetOperationResult(req.Context(), p[1], p[2], p[3], opts)
			})
		}),
		apiPrefix + "NewListValidSKUsPager": route("NewListValidSKUsPager", func() bool { return srv.NewListValidSKUsPager != nil }, func(req *http.Request) (*http.Response, error) {
			return page(&skuPages, req, skusPath, func(p []string) azfake.PagerResponder[dps.ProvisioningServicesClientListValidSKUsResponse] {
				return srv.NewListValidSKUsPager(p[1], p[2], nil)
			}, func(r *dps.ProvisioningServicesClientListValidSKUsResponse) **string { return &r.NextLink })
		}),
		apiPrefix + "GetPrivateEndpointConnection": route("GetPrivateEndpointConnection", func() bool { return srv.GetPrivateEndpointConnection != nil }, func(req *http.Request) (*http.Response, error) {
			return reply(req, connectionPath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientGetPrivateEndpointConnectionResponse], azfake.ErrorResponder) {
				return srv.GetPrivateEndpointConnection(req.Context(), p[1], p[2], p[3], nil)
			})
		}),
		apiPrefix + "ListPrivateEndpointConnections": route("ListPrivateEndpointConnections", func() bool { return srv.ListPrivateEndpointConnections != nil }, func(req *http.Request) (*http.Response, error) {
			p, err := fakeserver.PathParams(connectionsPath, req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.ListPrivateEndpointConnections(req.Context(), p[1], p[2], nil)
			if err := server.GetError(errResp, req); err != nil {
				return nil, err
			}
			content := server.GetResponseContent(resp)
			if content.HTTPStatus != http.StatusOK {
				return nil, fakeserver.NonRetriable(fmt.Errorf("fake: status %d is not one the operation returns ([200])", content.HTTPStatus))
			}
			// the service answers with a bare JSON array
			return server.MarshalResponseAsJSON(content, server.GetResponse(resp).PrivateEndpointConnectionArray, req)
		}),
		apiPrefix + "BeginCreateOrUpdatePrivateEndpointConnection": route("BeginCreateOrUpdatePrivateEndpointConnection", func() bool { return srv.BeginCreateOrUpdatePrivateEndpointConnection != nil }, func(req *http.Request) (*http.Response, error) {
			return poll(&connPuts, req, connectionPath, func(p []string) (azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse], azfake.ErrorResponder, error) {
				return withBody(req, func(c dps.PrivateEndpointConnection) (azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse], azfake.ErrorResponder) {
					return srv.BeginCreateOrUpdatePrivateEndpointConnection(req.Context(), p[1], p[2], p[3], c, nil)
				})
			}, http.StatusOK, http.StatusCreated)
		}),
		apiPrefix + "BeginDeletePrivateEndpointConnection": route("BeginDeletePrivateEndpointConnection", func() bool { return srv.BeginDeletePrivateEndpointConnection != nil }, func(req *http.Request) (*http.Response, error) {
			return poll(&connDeletes, req, connectionPath, func(p []string) (azfake.PollerResponder[dps.ProvisioningServicesClientDeletePrivateEndpointConnectionResponse], azfake.ErrorResponder, error) {
				resp, errResp := srv.BeginDeletePrivateEndpointConnection(req.Context(), p[1], p[2], p[3], nil)
				return resp, errResp, nil
			}, http.StatusOK, http.StatusAccepted, http.StatusNoContent)
		}),
		apiPrefix + "GetPrivateLinkResources": route("GetPrivateLinkResources", func() bool { return srv.GetPrivateLinkResources != nil }, func(req *http.Request) (*http.Response, error) {
			return reply(req, linkResourcePath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientGetPrivateLinkResourcesResponse], azfake.ErrorResponder) {
				return srv.GetPrivateLinkResources(req.Context(), p[1], p[2], p[3], nil)
			})
		}),
		apiPrefix + "ListPrivateLinkResources": route("ListPrivateLinkResources", func() bool { return srv.ListPrivateLinkResources != nil }, func(req *http.Request) (*http.Response, error) {
			return reply(req, linkResourcesPath, func(p []string) (azfake.Responder[dps.ProvisioningServicesClientListPrivateLinkResourcesResponse], azfake.ErrorResponder) {
				return srv.ListPrivateLinkResources(req.Context(), p[1], p[2], nil)
			})
		}),
	}
}
