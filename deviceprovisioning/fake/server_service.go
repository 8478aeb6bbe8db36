package fake

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/fake/server"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/internal/wire"
)

// EnrollmentsServer is a fake for deviceprovisioning.EnrollmentsClient:
// each field answers the client method of the same name; a call to a nil
// field fails with an error naming it.
type EnrollmentsServer struct {
	// CreateOrUpdate answers CreateOrUpdate (HTTP status 200); options
	// carry the request's If-Match.
	CreateOrUpdate func(ctx context.Context, registrationID string, enrollment dps.IndividualEnrollment, options *dps.EnrollmentsClientCreateOrUpdateOptions) (resp azfake.Responder[dps.EnrollmentsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers Get (HTTP status 200).
	Get func(ctx context.Context, registrationID string, options *dps.EnrollmentsClientGetOptions) (resp azfake.Responder[dps.EnrollmentsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers Delete (HTTP status 204); options carry the
	// request's If-Match.
	Delete func(ctx context.Context, registrationID string, options *dps.EnrollmentsClientDeleteOptions) (resp azfake.Responder[dps.EnrollmentsClientDeleteResponse], errResp azfake.ErrorResponder)
	// GetAttestationMechanism answers GetAttestationMechanism (HTTP status
	// 200).
	GetAttestationMechanism func(ctx context.Context, registrationID string, options *dps.EnrollmentsClientGetAttestationMechanismOptions) (resp azfake.Responder[dps.EnrollmentsClientGetAttestationMechanismResponse], errResp azfake.ErrorResponder)
	// RunBulkOperation answers RunBulkOperation (HTTP status 200).
	RunBulkOperation func(ctx context.Context, bulkOperation dps.BulkEnrollmentOperation, options *dps.EnrollmentsClientRunBulkOperationOptions) (resp azfake.Responder[dps.EnrollmentsClientRunBulkOperationResponse], errResp azfake.ErrorResponder)
	// NewQueryPager answers NewQueryPager (and QueryIter); the fake sets
	// the continuation tokens.
	NewQueryPager func(query dps.QuerySpecification, options *dps.EnrollmentsClientQueryOptions) (resp azfake.PagerResponder[dps.EnrollmentsClientQueryResponse])
}

// EnrollmentGroupsServer is a fake for deviceprovisioning.EnrollmentGroupsClient.
type EnrollmentGroupsServer struct {
	// CreateOrUpdate answers CreateOrUpdate (HTTP status 200); options
	// carry the request's If-Match.
	CreateOrUpdate func(ctx context.Context, enrollmentGroupID string, enrollmentGroup dps.EnrollmentGroup, options *dps.EnrollmentGroupsClientCreateOrUpdateOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder)
	// Get answers Get (HTTP status 200).
	Get func(ctx context.Context, enrollmentGroupID string, options *dps.EnrollmentGroupsClientGetOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers Delete (HTTP status 204); options carry the
	// request's If-Match.
	Delete func(ctx context.Context, enrollmentGroupID string, options *dps.EnrollmentGroupsClientDeleteOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientDeleteResponse], errResp azfake.ErrorResponder)
	// GetAttestationMechanism answers GetAttestationMechanism (HTTP status
	// 200).
	GetAttestationMechanism func(ctx context.Context, enrollmentGroupID string, options *dps.EnrollmentGroupsClientGetAttestationMechanismOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientGetAttestationMechanismResponse], errResp azfake.ErrorResponder)
	// RunBulkOperation answers RunBulkOperation (HTTP status 200).
	RunBulkOperation func(ctx context.Context, bulkOperation dps.BulkEnrollmentGroupOperation, options *dps.EnrollmentGroupsClientRunBulkOperationOptions) (resp azfake.Responder[dps.EnrollmentGroupsClientRunBulkOperationResponse], errResp azfake.ErrorResponder)
	// NewQueryPager answers NewQueryPager (and QueryIter); the fake sets
	// the continuation tokens.
	NewQueryPager func(query dps.QuerySpecification, options *dps.EnrollmentGroupsClientQueryOptions) (resp azfake.PagerResponder[dps.EnrollmentGroupsClientQueryResponse])
}

// RegistrationsServer is a fake for deviceprovisioning.RegistrationsClient.
type RegistrationsServer struct {
	// Get answers Get (HTTP status 200).
	Get func(ctx context.Context, registrationID string, options *dps.RegistrationsClientGetOptions) (resp azfake.Responder[dps.RegistrationsClientGetResponse], errResp azfake.ErrorResponder)
	// Delete answers Delete (HTTP status 204); options carry the
	// request's If-Match.
	Delete func(ctx context.Context, registrationID string, options *dps.RegistrationsClientDeleteOptions) (resp azfake.Responder[dps.RegistrationsClientDeleteResponse], errResp azfake.ErrorResponder)
	// NewQueryPager answers NewQueryPager (and QueryIter); the fake sets
	// the continuation tokens.
	NewQueryPager func(enrollmentGroupID string, options *dps.RegistrationsClientQueryOptions) (resp azfake.PagerResponder[dps.RegistrationsClientQueryResponse])
}

// ServiceServer holds the fakes of the clients a
// deviceprovisioning.ServiceClient hands out; NewServiceServerTransport
// routes the requests of all three.
type ServiceServer struct {
	Enrollments      EnrollmentsServer
	EnrollmentGroups EnrollmentGroupsServer
	Registrations    RegistrationsServer
}

// ServiceServerTransport routes a ServiceClient's requests to a
// ServiceServer. Use it as ServiceClientOptions.Transport.
type ServiceServerTransport struct{ t *fakeserver.Transport }

// NewServiceServerTransport returns a transport that answers the requests
// of the clients of a ServiceClient with srv.
func NewServiceServerTransport(srv *ServiceServer) *ServiceServerTransport {
	all := enrollmentServerRoutes(&srv.Enrollments)
	maps.Copy(all, groupServerRoutes(&srv.EnrollmentGroups))
	maps.Copy(all, registrationServerRoutes(&srv.Registrations))
	return &ServiceServerTransport{fakeserver.NewTransport(all)}
}

// Do implements policy.Transporter.
func (t *ServiceServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// param returns the one parameter of template in the request's path.
func param(req *http.Request, template string) (string, error) {
	p, err := fakeserver.PathParams(template, req)
	if err != nil {
		return "", err
	}
	return p[0], nil
}

// replyAttestation answers an attestation mechanism: the union itself,
// with its "type", not the response struct around it.
func replyAttestation[T any](req *http.Request, resp azfake.Responder[T], errResp azfake.ErrorResponder, attestation func(T) dps.AttestationMechanism) (*http.Response, error) {
	if err := server.GetError(errResp, req); err != nil {
		return nil, err
	}
	content := server.GetResponseContent(resp)
	a := attestation(server.GetResponse(resp))
	body, err := wire.Marshal(&a)
	if err != nil {
		return nil, err
	}
	return jsonResponse(req, content.HTTPStatus, body, nil)
}

func jsonResponse(req *http.Request, status int, body []byte, header http.Header) (*http.Response, error) {
	h := http.Header{"Content-Type": []string{"application/json"}}
	for k, v := range header {
		h[k] = v
	}
	return &http.Response{StatusCode: status, Status: http.StatusText(status), Header: h, Body: io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)), Request: req}, nil
}

// queryPage answers one page of a query: the pager's page, sent as the
// service sends it (a bare JSON array, the next page's token in
// x-ms-continuation).
func queryPage[P any](tr *fakeserver.Tracker[azfake.PagerResponder[P]], req *http.Request, start func() azfake.PagerResponder[P], items func(*P) any, token func(*P) **string, itemType func(*P) *string) (*http.Response, error) {
	resp, err := fakeserver.Page(tr, req, func() (azfake.PagerResponder[P], error) { return start(), nil }, func(p *P, link string) { *token(p) = &link })
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p P
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	body, err := json.Marshal(items(&p))
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	if t := *token(&p); t != nil {
		h.Set("x-ms-continuation", *t)
	}
	if it := itemType(&p); it != nil {
		h.Set("x-ms-item-type", *it)
	}
	return jsonResponse(req, resp.StatusCode, body, h)
}

func enrollmentServerRoutes(srv *EnrollmentsServer) map[string]fakeserver.Handler {
	const c = "EnrollmentsClient"
	const one = "/enrollments/{registrationId}"
	var pages fakeserver.Tracker[azfake.PagerResponder[dps.EnrollmentsClientQueryResponse]]
	return map[string]fakeserver.Handler{
		c + ".CreateOrUpdate": routeOf(c, "CreateOrUpdate", func() bool { return srv.CreateOrUpdate != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[dps.IndividualEnrollment](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.CreateOrUpdate(req.Context(), id, body, &dps.EnrollmentsClientCreateOrUpdateOptions{IfMatch: ifMatch(req)})
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".Get": routeOf(c, "Get", func() bool { return srv.Get != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), id, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".Delete": routeOf(c, "Delete", func() bool { return srv.Delete != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), id, &dps.EnrollmentsClientDeleteOptions{IfMatch: ifMatch(req)})
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		}),
		c + ".GetAttestationMechanism": routeOf(c, "GetAttestationMechanism", func() bool { return srv.GetAttestationMechanism != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one+"/attestationmechanism")
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.GetAttestationMechanism(req.Context(), id, nil)
			return replyAttestation(req, resp, errResp, func(r dps.EnrollmentsClientGetAttestationMechanismResponse) dps.AttestationMechanism {
				return r.Attestation
			})
		}),
		c + ".RunBulkOperation": routeOf(c, "RunBulkOperation", func() bool { return srv.RunBulkOperation != nil }, func(req *http.Request) (*http.Response, error) {
			body, err := fakeserver.Body[dps.BulkEnrollmentOperation](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.RunBulkOperation(req.Context(), body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".NewQueryPager": routeOf(c, "NewQueryPager", func() bool { return srv.NewQueryPager != nil }, func(req *http.Request) (*http.Response, error) {
			return queryPage(&pages, req, func() azfake.PagerResponder[dps.EnrollmentsClientQueryResponse] {
				q, _ := fakeserver.Body[dps.QuerySpecification](req)
				return srv.NewQueryPager(q, nil)
			}, func(p *dps.EnrollmentsClientQueryResponse) any { return p.Value },
				func(p *dps.EnrollmentsClientQueryResponse) **string { return &p.ContinuationToken },
				func(p *dps.EnrollmentsClientQueryResponse) *string { return p.ItemType })
		}),
	}
}

func groupServerRoutes(srv *EnrollmentGroupsServer) map[string]fakeserver.Handler {
	const c = "EnrollmentGroupsClient"
	const one = "/enrollmentGroups/{enrollmentGroupId}"
	var pages fakeserver.Tracker[azfake.PagerResponder[dps.EnrollmentGroupsClientQueryResponse]]
	return map[string]fakeserver.Handler{
		c + ".CreateOrUpdate": routeOf(c, "CreateOrUpdate", func() bool { return srv.CreateOrUpdate != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			body, err := fakeserver.Body[dps.EnrollmentGroup](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.CreateOrUpdate(req.Context(), id, body, &dps.EnrollmentGroupsClientCreateOrUpdateOptions{IfMatch: ifMatch(req)})
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".Get": routeOf(c, "Get", func() bool { return srv.Get != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), id, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".Delete": routeOf(c, "Delete", func() bool { return srv.Delete != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), id, &dps.EnrollmentGroupsClientDeleteOptions{IfMatch: ifMatch(req)})
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		}),
		c + ".GetAttestationMechanism": routeOf(c, "GetAttestationMechanism", func() bool { return srv.GetAttestationMechanism != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one+"/attestationmechanism")
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.GetAttestationMechanism(req.Context(), id, nil)
			return replyAttestation(req, resp, errResp, func(r dps.EnrollmentGroupsClientGetAttestationMechanismResponse) dps.AttestationMechanism {
				return r.Attestation
			})
		}),
		c + ".RunBulkOperation": routeOf(c, "RunBulkOperation", func() bool { return srv.RunBulkOperation != nil }, func(req *http.Request) (*http.Response, error) {
			body, err := fakeserver.Body[dps.BulkEnrollmentGroupOperation](req)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.RunBulkOperation(req.Context(), body, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".NewQueryPager": routeOf(c, "NewQueryPager", func() bool { return srv.NewQueryPager != nil }, func(req *http.Request) (*http.Response, error) {
			return queryPage(&pages, req, func() azfake.PagerResponder[dps.EnrollmentGroupsClientQueryResponse] {
				q, _ := fakeserver.Body[dps.QuerySpecification](req)
				return srv.NewQueryPager(q, nil)
			}, func(p *dps.EnrollmentGroupsClientQueryResponse) any { return p.Value },
				func(p *dps.EnrollmentGroupsClientQueryResponse) **string { return &p.ContinuationToken },
				func(p *dps.EnrollmentGroupsClientQueryResponse) *string { return p.ItemType })
		}),
	}
}

func registrationServerRoutes(srv *RegistrationsServer) map[string]fakeserver.Handler {
	const c = "RegistrationsClient"
	const one = "/registrations/{registrationId}"
	var pages fakeserver.Tracker[azfake.PagerResponder[dps.RegistrationsClientQueryResponse]]
	return map[string]fakeserver.Handler{
		c + ".Get": routeOf(c, "Get", func() bool { return srv.Get != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Get(req.Context(), id, nil)
			return fakeserver.Reply(req, resp, errResp, http.StatusOK)
		}),
		c + ".Delete": routeOf(c, "Delete", func() bool { return srv.Delete != nil }, func(req *http.Request) (*http.Response, error) {
			id, err := param(req, one)
			if err != nil {
				return nil, err
			}
			resp, errResp := srv.Delete(req.Context(), id, &dps.RegistrationsClientDeleteOptions{IfMatch: ifMatch(req)})
			return fakeserver.Reply(req, resp, errResp, http.StatusNoContent)
		}),
		c + ".NewQueryPager": routeOf(c, "NewQueryPager", func() bool { return srv.NewQueryPager != nil }, func(req *http.Request) (*http.Response, error) {
			group, err := param(req, one+"/query")
			if err != nil {
				return nil, err
			}
			return queryPage(&pages, req, func() azfake.PagerResponder[dps.RegistrationsClientQueryResponse] {
				return srv.NewQueryPager(group, nil)
			}, func(p *dps.RegistrationsClientQueryResponse) any { return p.Value },
				func(p *dps.RegistrationsClientQueryResponse) **string { return &p.ContinuationToken },
				func(p *dps.RegistrationsClientQueryResponse) *string { return p.ItemType })
		}),
	}
}
