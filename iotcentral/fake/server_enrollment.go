package fake

import (
	"context"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// EnrollmentGroupsServer is a fake for iotcentral.EnrollmentGroupsClient:
// each field answers the client method of the same name (ListIter uses
// NewListPager). Set the fields a test uses; a call to a nil field fails
// with an error naming it.
type EnrollmentGroupsServer struct {
	// NewListPager answers EnrollmentGroupsClient.NewListPager.
	NewListPager func(options *iotcentral.EnrollmentGroupsClientListOptions) (resp azfake.PagerResponder[iotcentral.EnrollmentGroupsClientListResponse])
	// Get answers EnrollmentGroupsClient.Get.
	Get func(ctx context.Context, enrollmentGroupID string, options *iotcentral.EnrollmentGroupsClientGetOptions) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers EnrollmentGroupsClient.Create.
	Create func(ctx context.Context, enrollmentGroupID string, group iotcentral.EnrollmentGroup, options *iotcentral.EnrollmentGroupsClientCreateOptions) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers EnrollmentGroupsClient.Update.
	Update func(ctx context.Context, enrollmentGroupID string, patch iotcentral.EnrollmentGroup, options *iotcentral.EnrollmentGroupsClientUpdateOptions) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers EnrollmentGroupsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, enrollmentGroupID string, options *iotcentral.EnrollmentGroupsClientDeleteOptions) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteResponse], errResp azfake.ErrorResponder)
	// GetX509 answers EnrollmentGroupsClient.GetX509.
	GetX509 func(ctx context.Context, enrollmentGroupID string, entry iotcentral.CertificateEntry, options *iotcentral.EnrollmentGroupsClientGetX509Options) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientGetX509Response], errResp azfake.ErrorResponder)
	// CreateX509 answers EnrollmentGroupsClient.CreateX509.
	CreateX509 func(ctx context.Context, enrollmentGroupID string, entry iotcentral.CertificateEntry, certificate iotcentral.SigningX509Certificate, options *iotcentral.EnrollmentGroupsClientCreateX509Options) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientCreateX509Response], errResp azfake.ErrorResponder)
	// DeleteX509 answers EnrollmentGroupsClient.DeleteX509 (HTTP status 204).
	DeleteX509 func(ctx context.Context, enrollmentGroupID string, entry iotcentral.CertificateEntry, options *iotcentral.EnrollmentGroupsClientDeleteX509Options) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteX509Response], errResp azfake.ErrorResponder)
	// GenerateVerificationCodeX509 answers
	// EnrollmentGroupsClient.GenerateVerificationCodeX509.
	GenerateVerificationCodeX509 func(ctx context.Context, enrollmentGroupID string, entry iotcentral.CertificateEntry, options *iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Options) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Response], errResp azfake.ErrorResponder)
	// VerifyX509 answers EnrollmentGroupsClient.VerifyX509 (HTTP status
	// 204).
	VerifyX509 func(ctx context.Context, enrollmentGroupID string, entry iotcentral.CertificateEntry, certificate iotcentral.X509VerificationCertificate, options *iotcentral.EnrollmentGroupsClientVerifyX509Options) (resp azfake.Responder[iotcentral.EnrollmentGroupsClientVerifyX509Response], errResp azfake.ErrorResponder)
}

// EnrollmentGroupsServerTransport routes EnrollmentGroupsClient's requests
// to an EnrollmentGroupsServer. Use it as ClientOptions.Transport.
type EnrollmentGroupsServerTransport struct{ t *fakeserver.Transport }

// NewEnrollmentGroupsServerTransport returns a transport that answers
// EnrollmentGroupsClient's requests with srv.
func NewEnrollmentGroupsServerTransport(srv *EnrollmentGroupsServer) *EnrollmentGroupsServerTransport {
	return &EnrollmentGroupsServerTransport{fakeserver.NewTransport(enrollmentGroupsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *EnrollmentGroupsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

// Path templates of the enrollment group operations, as the client fills
// them.
const (
	enrollmentGroupPath     = "/enrollmentGroups/{enrollmentGroupId}"
	enrollmentGroupCertPath = enrollmentGroupPath + "/certificates/{entry}"
)

// serve answers op with call when set reports that the server's field is
// set (read at each request, so fields may be set after the transport is
// made): call gets the request and its path parameters (per template) and
// returns the fake's answer.
func serve[R any](set func() bool, op, template string, status int, call func(req *http.Request, p []string) (azfake.Responder[R], azfake.ErrorResponder, error)) fakeserver.Handler {
	return func(req *http.Request) (*http.Response, error) {
		if !set() {
			return nil, fakeserver.NotImplemented(op)
		}
		p, err := fakeserver.PathParams(template, req)
		if err != nil {
			return nil, err
		}
		resp, errResp, err := call(req, p)
		if err != nil {
			return nil, err
		}
		return fakeserver.Reply(req, resp, errResp, status)
	}
}

func enrollmentGroupsRoutes(srv *EnrollmentGroupsServer) map[string]fakeserver.Handler {
	var list fakeserver.Tracker[azfake.PagerResponder[iotcentral.EnrollmentGroupsClientListResponse]]
	ok, none := http.StatusOK, http.StatusNoContent
	entry := func(p []string) iotcentral.CertificateEntry { return iotcentral.CertificateEntry(p[1]) }
	return map[string]fakeserver.Handler{
		"EnrollmentGroupsClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("EnrollmentGroupsClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.EnrollmentGroupsClientListResponse], error) {
				return srv.NewListPager(nil), nil
			}, func(page *iotcentral.EnrollmentGroupsClientListResponse, link string) { page.NextLink = &link })
		},
		"EnrollmentGroupsClient.Get": serve(func() bool { return srv.Get != nil }, "EnrollmentGroupsClient.Get", enrollmentGroupPath, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.Create": serve(func() bool { return srv.Create != nil }, "EnrollmentGroupsClient.Create", enrollmentGroupPath, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.EnrollmentGroup](req)
				if err != nil {
					return azfake.Responder[iotcentral.EnrollmentGroupsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.Update": serve(func() bool { return srv.Update != nil }, "EnrollmentGroupsClient.Update", enrollmentGroupPath, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.EnrollmentGroup](req)
				if err != nil {
					return azfake.Responder[iotcentral.EnrollmentGroupsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.Delete": serve(func() bool { return srv.Delete != nil }, "EnrollmentGroupsClient.Delete", enrollmentGroupPath, none,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.GetX509": serve(func() bool { return srv.GetX509 != nil }, "EnrollmentGroupsClient.GetX509", enrollmentGroupCertPath, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientGetX509Response], azfake.ErrorResponder, error) {
				r, e := srv.GetX509(req.Context(), p[0], entry(p), nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.CreateX509": serve(func() bool { return srv.CreateX509 != nil }, "EnrollmentGroupsClient.CreateX509", enrollmentGroupCertPath, ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientCreateX509Response], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.SigningX509Certificate](req)
				if err != nil {
					return azfake.Responder[iotcentral.EnrollmentGroupsClientCreateX509Response]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.CreateX509(req.Context(), p[0], entry(p), body, nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.DeleteX509": serve(func() bool { return srv.DeleteX509 != nil }, "EnrollmentGroupsClient.DeleteX509", enrollmentGroupCertPath, none,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientDeleteX509Response], azfake.ErrorResponder, error) {
				r, e := srv.DeleteX509(req.Context(), p[0], entry(p), nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.GenerateVerificationCodeX509": serve(func() bool { return srv.GenerateVerificationCodeX509 != nil }, "EnrollmentGroupsClient.GenerateVerificationCodeX509", enrollmentGroupCertPath+"/generateVerificationCode", ok,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientGenerateVerificationCodeX509Response], azfake.ErrorResponder, error) {
				r, e := srv.GenerateVerificationCodeX509(req.Context(), p[0], entry(p), nil)
				return r, e, nil
			}),
		"EnrollmentGroupsClient.VerifyX509": serve(func() bool { return srv.VerifyX509 != nil }, "EnrollmentGroupsClient.VerifyX509", enrollmentGroupCertPath+"/verify", none,
			func(req *http.Request, p []string) (azfake.Responder[iotcentral.EnrollmentGroupsClientVerifyX509Response], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.X509VerificationCertificate](req)
				if err != nil {
					return azfake.Responder[iotcentral.EnrollmentGroupsClientVerifyX509Response]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.VerifyX509(req.Context(), p[0], entry(p), body, nil)
				return r, e, nil
			}),
	}
}

// FileUploadsServer is a fake for iotcentral.FileUploadsClient: each field
// answers the client method of the same name. Set the fields a test uses;
// a call to a nil field fails with an error naming it.
type FileUploadsServer struct {
	// Get answers FileUploadsClient.Get.
	Get func(ctx context.Context, options *iotcentral.FileUploadsClientGetOptions) (resp azfake.Responder[iotcentral.FileUploadsClientGetResponse], errResp azfake.ErrorResponder)
	// Create answers FileUploadsClient.Create.
	Create func(ctx context.Context, fileUpload iotcentral.FileUpload, options *iotcentral.FileUploadsClientCreateOptions) (resp azfake.Responder[iotcentral.FileUploadsClientCreateResponse], errResp azfake.ErrorResponder)
	// Update answers FileUploadsClient.Update.
	Update func(ctx context.Context, patch iotcentral.FileUpload, options *iotcentral.FileUploadsClientUpdateOptions) (resp azfake.Responder[iotcentral.FileUploadsClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers FileUploadsClient.Delete (HTTP status 204).
	Delete func(ctx context.Context, options *iotcentral.FileUploadsClientDeleteOptions) (resp azfake.Responder[iotcentral.FileUploadsClientDeleteResponse], errResp azfake.ErrorResponder)
}

// FileUploadsServerTransport routes FileUploadsClient's requests to a
// FileUploadsServer. Use it as ClientOptions.Transport.
type FileUploadsServerTransport struct{ t *fakeserver.Transport }

// NewFileUploadsServerTransport returns a transport that answers
// FileUploadsClient's requests with srv.
func NewFileUploadsServerTransport(srv *FileUploadsServer) *FileUploadsServerTransport {
	return &FileUploadsServerTransport{fakeserver.NewTransport(fileUploadsRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *FileUploadsServerTransport) Do(req *http.Request) (*http.Response, error) {
	return t.t.Do(req)
}

func fileUploadsRoutes(srv *FileUploadsServer) map[string]fakeserver.Handler {
	const path = "/fileUploads"
	ok := http.StatusOK
	return map[string]fakeserver.Handler{
		"FileUploadsClient.Get": serve(func() bool { return srv.Get != nil }, "FileUploadsClient.Get", path, ok,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.FileUploadsClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), nil)
				return r, e, nil
			}),
		"FileUploadsClient.Create": serve(func() bool { return srv.Create != nil }, "FileUploadsClient.Create", path, ok,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.FileUploadsClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.FileUpload](req)
				if err != nil {
					return azfake.Responder[iotcentral.FileUploadsClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), body, nil)
				return r, e, nil
			}),
		"FileUploadsClient.Update": serve(func() bool { return srv.Update != nil }, "FileUploadsClient.Update", path, ok,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.FileUploadsClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.FileUpload](req)
				if err != nil {
					return azfake.Responder[iotcentral.FileUploadsClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), body, nil)
				return r, e, nil
			}),
		"FileUploadsClient.Delete": serve(func() bool { return srv.Delete != nil }, "FileUploadsClient.Delete", path, http.StatusNoContent,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.FileUploadsClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), nil)
				return r, e, nil
			}),
	}
}
