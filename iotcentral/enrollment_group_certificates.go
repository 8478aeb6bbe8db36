package iotcentral

import (
	"context"
	"net/http"

	"github.com/azclients/azclients/internal/pipeline"
)

// EnrollmentGroupsClientGetX509Options holds the optional parameters of
// EnrollmentGroupsClient.GetX509; there are none yet.
type EnrollmentGroupsClientGetX509Options struct{}

// EnrollmentGroupsClientGetX509Response is the result of
// EnrollmentGroupsClient.GetX509.
type EnrollmentGroupsClientGetX509Response struct {
	SigningX509Certificate
}

// GetX509 returns the primary or secondary X.509 CA certificate of an
// enrollment group (EnrollmentGroups_GetX509).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty ID or entry is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/get-x509
func (c *EnrollmentGroupsClient) GetX509(ctx context.Context, enrollmentGroupID string, entry CertificateEntry, options *EnrollmentGroupsClientGetX509Options) (resp EnrollmentGroupsClientGetX509Response, err error) {
	err = c.certificate(ctx, "EnrollmentGroupsClient.GetX509", http.MethodGet, "", enrollmentGroupID, entry, nil, nil, &resp.SigningX509Certificate)
	return resp, err
}

// EnrollmentGroupsClientCreateX509Options holds the optional parameters of
// EnrollmentGroupsClient.CreateX509; there are none yet.
type EnrollmentGroupsClientCreateX509Options struct{}

// EnrollmentGroupsClientCreateX509Response is the result of
// EnrollmentGroupsClient.CreateX509.
type EnrollmentGroupsClientCreateX509Response struct {
	SigningX509Certificate
}

// CreateX509 sets the primary or secondary X.509 CA certificate of an
// enrollment group (EnrollmentGroups_CreateX509): Certificate is
// required. The certificate is unverified until VerifyX509 succeeds.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/create-x509
func (c *EnrollmentGroupsClient) CreateX509(ctx context.Context, enrollmentGroupID string, entry CertificateEntry, certificate SigningX509Certificate, options *EnrollmentGroupsClientCreateX509Options) (resp EnrollmentGroupsClientCreateX509Response, err error) {
	err = c.certificate(ctx, "EnrollmentGroupsClient.CreateX509", http.MethodPut, "", enrollmentGroupID, entry, certificate.Certificate, certificate, &resp.SigningX509Certificate)
	return resp, err
}

// EnrollmentGroupsClientDeleteX509Options holds the optional parameters of
// EnrollmentGroupsClient.DeleteX509; there are none yet.
type EnrollmentGroupsClientDeleteX509Options struct{}

// EnrollmentGroupsClientDeleteX509Response is the result of
// EnrollmentGroupsClient.DeleteX509.
type EnrollmentGroupsClientDeleteX509Response struct{}

// DeleteX509 removes the primary or secondary X.509 CA certificate of an
// enrollment group (EnrollmentGroups_RemoveX509).
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/remove-x509
func (c *EnrollmentGroupsClient) DeleteX509(ctx context.Context, enrollmentGroupID string, entry CertificateEntry, options *EnrollmentGroupsClientDeleteX509Options) (resp EnrollmentGroupsClientDeleteX509Response, err error) {
	err = c.certificate(ctx, "EnrollmentGroupsClient.DeleteX509", http.MethodDelete, "", enrollmentGroupID, entry, nil, nil, nil)
	return resp, err
}

// EnrollmentGroupsClientGenerateVerificationCodeX509Options holds the
// optional parameters of
// EnrollmentGroupsClient.GenerateVerificationCodeX509; there are none yet.
type EnrollmentGroupsClientGenerateVerificationCodeX509Options struct{}

// EnrollmentGroupsClientGenerateVerificationCodeX509Response is the result
// of EnrollmentGroupsClient.GenerateVerificationCodeX509.
type EnrollmentGroupsClientGenerateVerificationCodeX509Response struct {
	X509VerificationCode
}

// GenerateVerificationCodeX509 asks for a code to sign with the private
// key of the primary or secondary CA certificate
// (EnrollmentGroups_GenerateVerificationCodeX509): make a certificate
// whose subject is the code, signed by the CA, and pass it to VerifyX509.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError).
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/generate-verification-code-x509
func (c *EnrollmentGroupsClient) GenerateVerificationCodeX509(ctx context.Context, enrollmentGroupID string, entry CertificateEntry, options *EnrollmentGroupsClientGenerateVerificationCodeX509Options) (resp EnrollmentGroupsClientGenerateVerificationCodeX509Response, err error) {
	err = c.certificate(ctx, "EnrollmentGroupsClient.GenerateVerificationCodeX509", http.MethodPost, "/generateVerificationCode", enrollmentGroupID, entry, nil, nil, &resp.X509VerificationCode)
	return resp, err
}

// EnrollmentGroupsClientVerifyX509Options holds the optional parameters of
// EnrollmentGroupsClient.VerifyX509; there are none yet.
type EnrollmentGroupsClientVerifyX509Options struct{}

// EnrollmentGroupsClientVerifyX509Response is the result of
// EnrollmentGroupsClient.VerifyX509.
type EnrollmentGroupsClientVerifyX509Response struct{}

// VerifyX509 proves possession of the primary or secondary CA
// certificate's private key with a certificate signed over the code of
// GenerateVerificationCodeX509 (EnrollmentGroups_VerifyX509); the CA
// certificate is then Verified. Certificate is required.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); invalid input is a *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-07-31dataplane/enrollment-groups/verify-x509
func (c *EnrollmentGroupsClient) VerifyX509(ctx context.Context, enrollmentGroupID string, entry CertificateEntry, certificate X509VerificationCertificate, options *EnrollmentGroupsClientVerifyX509Options) (resp EnrollmentGroupsClientVerifyX509Response, err error) {
	err = c.certificate(ctx, "EnrollmentGroupsClient.VerifyX509", http.MethodPost, "/verify", enrollmentGroupID, entry, certificate.Certificate, certificate, nil)
	return resp, err
}

// certificate runs an operation on one certificate entry of a group. When
// body is not nil, its certificate (cert) is required.
func (c *EnrollmentGroupsClient) certificate(ctx context.Context, op, method, suffix, id string, entry CertificateEntry, cert *string, body, out any) error {
	var v pipeline.Validator
	checkRequiredID(&v, "enrollmentGroupID", id)
	checkRequiredID(&v, "entry", string(entry))
	if body != nil {
		v.Required("certificate.certificate", cert != nil)
	}
	if err := v.Err(); err != nil {
		return err
	}
	ok := []int{http.StatusOK}
	if method == http.MethodDelete || suffix == "/verify" {
		ok = []int{http.StatusNoContent}
	}
	_, err := pipeline.Call{
		Op: op, Method: method, Template: enrollmentGroupCertPath + suffix, Params: []string{id, string(entry)},
		Body: body, OK: ok, Out: out,
	}.Do(ctx, c.pl)
	return err
}
