package deviceprovisioning

import (
	"context"
	"encoding/base64"
	"net/http"
	"strconv"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/internal/pipeline"
)

// Path templates of the certificate operations.
const (
	certificatesPath = servicePath + "/certificates"
	certificatePath  = certificatesPath + "/{certificateName}"
	verificationPath = certificatePath + "/generateVerificationCode"
	verifyPath       = certificatePath + "/verify"
)

// CertificatePurpose is the purpose of a certificate, an optional query
// parameter of the certificate operations that take an etag.
type CertificatePurpose string

// Purposes of a certificate.
const (
	CertificatePurposeClientAuthentication CertificatePurpose = "clientAuthentication"
	CertificatePurposeServerAuthentication CertificatePurpose = "serverAuthentication"
)

// PossibleCertificatePurposeValues returns the purposes the spec lists.
func PossibleCertificatePurposeValues() []CertificatePurpose {
	return []CertificatePurpose{CertificatePurposeClientAuthentication, CertificatePurposeServerAuthentication}
}

// CertificatesClient manages the CA certificates of a provisioning service
// (Microsoft.Devices/provisioningServices/certificates): upload, read,
// list and delete them, and prove possession of their private key
// (GenerateVerificationCode, then VerifyCertificate) so that X.509
// enrollment groups can use them. It is immutable and safe for concurrent
// use.
type CertificatesClient struct {
	pl             *pipeline.Client
	subscriptionID string
}

// NewCertificatesClient returns a client for the certificates of the
// provisioning services of subscriptionID, authenticated with cred.
// options may be nil.
func NewCertificatesClient(subscriptionID string, cred azcore.TokenCredential, options *ClientOptions) (*CertificatesClient, error) {
	pl, err := newARMPipeline(cred, options)
	if err != nil {
		return nil, err
	}
	return &CertificatesClient{pl: pl, subscriptionID: subscriptionID}, nil
}

// certificateRequest validates the arguments naming a certificate (and
// the etag, when the operation requires one) and builds a request for
// template.
func (c *CertificatesClient) certificateRequest(ctx context.Context, method, template, resourceGroupName, provisioningServiceName, certificateName string, ifMatch *string) (*policy.Request, error) {
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	v.Required("certificateName", certificateName != "")
	if ifMatch != nil {
		v.Required("ifMatch", *ifMatch != "")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	path, err := pipeline.Path(template, c.subscriptionID, resourceGroupName, provisioningServiceName, certificateName)
	if err != nil {
		return nil, err
	}
	req, err := c.pl.NewRequest(ctx, method, path)
	if err != nil {
		return nil, err
	}
	pipeline.SetIfMatch(req, ifMatch)
	return req, nil
}

// CertificatesClientCreateOrUpdateOptions holds the optional parameters of
// CertificatesClient.CreateOrUpdate.
type CertificatesClientCreateOrUpdateOptions struct {
	// IfMatch is the certificate's etag; the service requires it to
	// update an existing certificate and ignores it for a new one.
	IfMatch *string
}

// CertificatesClientCreateOrUpdateResponse is the result of
// CertificatesClient.CreateOrUpdate.
type CertificatesClientCreateOrUpdateResponse struct {
	CertificateResponse
}

// CreateOrUpdate uploads a CA certificate to a provisioning service, or
// replaces one (DpsCertificate_CreateOrUpdate): set
// Properties.Certificate, and Properties.IsVerified to skip the proof of
// possession. Replacing an existing certificate needs its etag in
// options.IfMatch; a stale etag fails with status 412
// (IsPreconditionFailed).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/create-or-update
func (c *CertificatesClient) CreateOrUpdate(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName string, certificateDescription CertificateResponse, options *CertificatesClientCreateOrUpdateOptions) (resp CertificatesClientCreateOrUpdateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.CreateOrUpdate")
	defer func() { end(err) }()
	req, err := c.certificateRequest(ctx, http.MethodPut, certificatePath, resourceGroupName, provisioningServiceName, certificateName, nil)
	if err != nil {
		return resp, err
	}
	if options != nil {
		pipeline.SetIfMatch(req, options.IfMatch)
	}
	if err := pipeline.SetBody(req, certificateDescription, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.CertificateResponse)
	return resp, err
}

// CertificatesClientGetOptions holds the optional parameters of
// CertificatesClient.Get.
type CertificatesClientGetOptions struct {
	// IfMatch, when set, is the etag the certificate must have.
	IfMatch *string
}

// CertificatesClientGetResponse is the result of CertificatesClient.Get.
type CertificatesClientGetResponse struct {
	CertificateResponse
}

// Get returns a CA certificate of a provisioning service
// (DpsCertificate_Get), with its etag, IsVerified and expiry.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/get
func (c *CertificatesClient) Get(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName string, options *CertificatesClientGetOptions) (resp CertificatesClientGetResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.Get")
	defer func() { end(err) }()
	req, err := c.certificateRequest(ctx, http.MethodGet, certificatePath, resourceGroupName, provisioningServiceName, certificateName, nil)
	if err != nil {
		return resp, err
	}
	if options != nil {
		pipeline.SetIfMatch(req, options.IfMatch)
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.CertificateResponse)
	return resp, err
}

// CertificatesClientListOptions holds the optional parameters of
// CertificatesClient.List; there are none yet.
type CertificatesClientListOptions struct{}

// CertificatesClientListResponse is the result of CertificatesClient.List.
type CertificatesClientListResponse struct {
	CertificateListDescription
}

// List returns every CA certificate of a provisioning service
// (DpsCertificate_List), in one answer: the operation has no pages.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid arguments are a *ValidationError, and
// nothing is sent.
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/list
func (c *CertificatesClient) List(ctx context.Context, resourceGroupName, provisioningServiceName string, options *CertificatesClientListOptions) (resp CertificatesClientListResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.List")
	defer func() { end(err) }()
	var v pipeline.Validator
	checkServiceArgs(&v, c.subscriptionID, resourceGroupName, provisioningServiceName)
	if err := v.Err(); err != nil {
		return resp, err
	}
	path, err := pipeline.Path(certificatesPath, c.subscriptionID, resourceGroupName, provisioningServiceName)
	if err != nil {
		return resp, err
	}
	req, err := c.pl.NewRequest(ctx, http.MethodGet, path)
	if err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.CertificateListDescription)
	return resp, err
}

// certificateQuery holds the optional certificate.* query parameters of
// the operations that take an etag; the service uses them to describe the
// certificate in its logs.
type certificateQuery struct {
	name, nonce               *string
	rawBytes                  []byte
	isVerified, hasPrivateKey *bool
	purpose                   *CertificatePurpose
	created, lastUpdated      *time.Time
}

func (q certificateQuery) set(req *policy.Request) {
	str := func(name string, v *string) {
		if v != nil {
			pipeline.SetQuery(req, name, *v)
		}
	}
	boolean := func(name string, v *bool) {
		if v != nil {
			pipeline.SetQuery(req, name, strconv.FormatBool(*v))
		}
	}
	moment := func(name string, v *time.Time) {
		if v != nil {
			pipeline.SetQuery(req, name, v.UTC().Format(time.RFC3339Nano))
		}
	}
	str("certificate.name", q.name)
	if q.rawBytes != nil {
		pipeline.SetQuery(req, "certificate.rawBytes", base64.StdEncoding.EncodeToString(q.rawBytes))
	}
	boolean("certificate.isVerified", q.isVerified)
	if q.purpose != nil {
		pipeline.SetQuery(req, "certificate.purpose", string(*q.purpose))
	}
	moment("certificate.created", q.created)
	moment("certificate.lastUpdated", q.lastUpdated)
	boolean("certificate.hasPrivateKey", q.hasPrivateKey)
	str("certificate.nonce", q.nonce)
}

// CertificatesClientDeleteOptions holds the optional parameters of
// CertificatesClient.Delete: the certificate.* query parameters of the
// spec, which describe the certificate to the service.
type CertificatesClientDeleteOptions struct {
	CertificateName          *string
	CertificateRawBytes      []byte
	CertificateIsVerified    *bool
	CertificatePurpose       *CertificatePurpose
	CertificateCreated       *time.Time
	CertificateLastUpdated   *time.Time
	CertificateHasPrivateKey *bool
	CertificateNonce         *string
}

// CertificatesClientDeleteResponse is the result of
// CertificatesClient.Delete; it holds nothing.
type CertificatesClientDeleteResponse struct{}

// Delete deletes a CA certificate of a provisioning service
// (DpsCertificate_Delete). ifMatch, the certificate's etag, is required:
// without it nothing is sent (a *ValidationError); a stale one fails with
// status 412 (IsPreconditionFailed).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/delete
func (c *CertificatesClient) Delete(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, options *CertificatesClientDeleteOptions) (resp CertificatesClientDeleteResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.Delete")
	defer func() { end(err) }()
	req, err := c.certificateRequest(ctx, http.MethodDelete, certificatePath, resourceGroupName, provisioningServiceName, certificateName, &ifMatch)
	if err != nil {
		return resp, err
	}
	if o := options; o != nil {
		certificateQuery{o.CertificateName, o.CertificateNonce, o.CertificateRawBytes, o.CertificateIsVerified, o.CertificateHasPrivateKey, o.CertificatePurpose, o.CertificateCreated, o.CertificateLastUpdated}.set(req)
	}
	_, err = c.pl.Send(req, http.StatusOK, http.StatusNoContent)
	return resp, err
}

// CertificatesClientGenerateVerificationCodeOptions holds the optional
// parameters of CertificatesClient.GenerateVerificationCode: the
// certificate.* query parameters of the spec.
type CertificatesClientGenerateVerificationCodeOptions struct {
	CertificateName          *string
	CertificateRawBytes      []byte
	CertificateIsVerified    *bool
	CertificatePurpose       *CertificatePurpose
	CertificateCreated       *time.Time
	CertificateLastUpdated   *time.Time
	CertificateHasPrivateKey *bool
	CertificateNonce         *string
}

// CertificatesClientGenerateVerificationCodeResponse is the result of
// CertificatesClient.GenerateVerificationCode.
type CertificatesClientGenerateVerificationCodeResponse struct {
	VerificationCodeResponse
}

// GenerateVerificationCode issues the verification code of a CA
// certificate (DpsCertificate_GenerateVerificationCode), the first step of
// the proof of possession: sign a leaf certificate whose subject (CN) is
// Properties.VerificationCode with the CA's private key, and pass it to
// VerifyCertificate with the new etag this answer holds. ifMatch, the
// certificate's etag, is required: without it nothing is sent (a
// *ValidationError); a stale one fails with status 412.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/generate-verification-code
func (c *CertificatesClient) GenerateVerificationCode(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, options *CertificatesClientGenerateVerificationCodeOptions) (resp CertificatesClientGenerateVerificationCodeResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.GenerateVerificationCode")
	defer func() { end(err) }()
	req, err := c.certificateRequest(ctx, http.MethodPost, verificationPath, resourceGroupName, provisioningServiceName, certificateName, &ifMatch)
	if err != nil {
		return resp, err
	}
	if o := options; o != nil {
		certificateQuery{o.CertificateName, o.CertificateNonce, o.CertificateRawBytes, o.CertificateIsVerified, o.CertificateHasPrivateKey, o.CertificatePurpose, o.CertificateCreated, o.CertificateLastUpdated}.set(req)
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.VerificationCodeResponse)
	return resp, err
}

// CertificatesClientVerifyCertificateOptions holds the optional parameters
// of CertificatesClient.VerifyCertificate: the certificate.* query
// parameters of the spec.
type CertificatesClientVerifyCertificateOptions struct {
	CertificateName          *string
	CertificateRawBytes      []byte
	CertificateIsVerified    *bool
	CertificatePurpose       *CertificatePurpose
	CertificateCreated       *time.Time
	CertificateLastUpdated   *time.Time
	CertificateHasPrivateKey *bool
	CertificateNonce         *string
}

// CertificatesClientVerifyCertificateResponse is the result of
// CertificatesClient.VerifyCertificate.
type CertificatesClientVerifyCertificateResponse struct {
	CertificateResponse
}

// VerifyCertificate completes the proof of possession of a CA certificate
// (DpsCertificate_VerifyCertificate): request.Certificate is the leaf
// certificate signed with the CA's private key whose subject is the code
// GenerateVerificationCode issued, and ifMatch the etag that answer held.
// The certificate comes back with IsVerified true. Without ifMatch nothing
// is sent (a *ValidationError); a stale etag fails with status 412.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iot-dps/dps-certificate/verify-certificate
func (c *CertificatesClient) VerifyCertificate(ctx context.Context, resourceGroupName, provisioningServiceName, certificateName, ifMatch string, request VerificationCodeRequest, options *CertificatesClientVerifyCertificateOptions) (resp CertificatesClientVerifyCertificateResponse, err error) {
	ctx, end := c.pl.Start(ctx, "CertificatesClient.VerifyCertificate")
	defer func() { end(err) }()
	if request.Certificate == nil || *request.Certificate == "" {
		return resp, &ValidationError{Field: "request.certificate", Rule: "is required"}
	}
	req, err := c.certificateRequest(ctx, http.MethodPost, verifyPath, resourceGroupName, provisioningServiceName, certificateName, &ifMatch)
	if err != nil {
		return resp, err
	}
	if o := options; o != nil {
		certificateQuery{o.CertificateName, o.CertificateNonce, o.CertificateRawBytes, o.CertificateIsVerified, o.CertificateHasPrivateKey, o.CertificatePurpose, o.CertificateCreated, o.CertificateLastUpdated}.set(req)
	}
	if err := pipeline.SetBody(req, request, pipeline.ContentTypeJSON); err != nil {
		return resp, err
	}
	httpResp, err := c.pl.Send(req, http.StatusOK)
	if err != nil {
		return resp, err
	}
	err = pipeline.DecodeBody(httpResp, &resp.CertificateResponse)
	return resp, err
}
