package fake

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/emulator"
)

const (
	certificateType  = "Microsoft.Devices/ProvisioningServices/Certificates"
	codeCertNotFound = "404206"
	// verificationCodeLifetime is how long a verification code is valid.
	verificationCodeLifetime = time.Hour
)

func (e *Emulator) certificateRoutes() map[string]http.HandlerFunc {
	cert := emulatedService + "/certificates/{cert}"
	return map[string]http.HandlerFunc{
		"PUT " + cert:    e.putCertificate,
		"GET " + cert:    e.getCertificate,
		"DELETE " + cert: e.deleteCertificate,
		"GET " + emulatedService + "/certificates":   e.listCertificates,
		"POST " + cert + "/generateVerificationCode": e.generateVerificationCode,
		"POST " + cert + "/verify":                   e.verifyCertificate,
	}
}

// verification is a code issued for a certificate, until it expires.
type verification struct {
	code    string
	expires time.Time
}

func certificateKey(r *http.Request) string {
	return requestKey(r) + "/certificates/" + r.PathValue("cert")
}

// parseCertificate reads a certificate sent as PEM text or as base64 DER.
func parseCertificate(s string) (*x509.Certificate, error) {
	der := []byte(nil)
	if block, _ := pem.Decode([]byte(s)); block != nil {
		der = block.Bytes
	} else if b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s)); err == nil {
		if block, _ := pem.Decode(b); block != nil {
			der = block.Bytes
		} else {
			der = b
		}
	}
	if der == nil {
		return nil, errors.New("the certificate is neither PEM nor base64")
	}
	return x509.ParseCertificate(der)
}

// certificateResponse renders a stored certificate as the service answers.
func certificateResponse(rec emulator.Record) (dps.CertificateResponse, error) {
	var c dps.CertificateResponse
	if err := c.UnmarshalJSON(rec.Body); err != nil {
		return c, err
	}
	c.Etag = ptr(strings.Trim(rec.ETag, `"`))
	return c, nil
}

func (e *Emulator) writeCertificate(w http.ResponseWriter, r *http.Request, rec emulator.Record) {
	c, err := certificateResponse(rec)
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	w.Header().Set("ETag", rec.ETag)
	e.writeModel(w, http.StatusOK, c)
}

func (e *Emulator) certificateNotFound(w http.ResponseWriter, r *http.Request) {
	e.fail(w, r, http.StatusNotFound, codeCertNotFound, "The certificate '"+r.PathValue("cert")+"' does not exist.")
}

// putCertificate uploads a certificate, or replaces one given its etag.
func (e *Emulator) putCertificate(w http.ResponseWriter, r *http.Request) {
	e.certMu.Lock()
	defer e.certMu.Unlock()
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	body, err := emulator.ReadJSON(r)
	var in dps.CertificateResponse
	if err == nil {
		err = in.UnmarshalJSON(body)
	}
	if err == nil && (in.Properties == nil || in.Properties.Certificate == nil || *in.Properties.Certificate == "") {
		err = errors.New("properties.certificate is required")
	}
	var x *x509.Certificate
	if err == nil {
		if x, err = parseCertificate(*in.Properties.Certificate); err != nil {
			err = fmt.Errorf("the certificate cannot be read: %w", err)
		}
	}
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	key := certificateKey(r)
	old, exists := e.emu.Store().Get(key)
	ifMatch := r.Header.Get("If-Match")
	if exists && ifMatch == "" {
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The certificate '"+r.PathValue("cert")+"' exists: send its etag in If-Match to replace it.")
		return
	}
	if !exists {
		ifMatch = ""
	}
	now := e.emu.Clock().Now().UTC()
	created := now
	if exists {
		if prev, err := certificateResponse(old); err == nil && prev.Properties != nil && prev.Properties.Created != nil {
			created = *prev.Properties.Created
		}
	}
	sum := sha1.Sum(x.Raw)
	out := dps.CertificateResponse{
		ID: ptr(key), Name: ptr(r.PathValue("cert")), Type: ptr(certificateType),
		Properties: &dps.CertificateProperties{
			Subject:     ptr(x.Subject.CommonName),
			Expiry:      ptr(x.NotAfter.UTC()),
			Thumbprint:  ptr(strings.ToUpper(hex.EncodeToString(sum[:]))),
			IsVerified:  ptr(in.Properties.IsVerified != nil && *in.Properties.IsVerified),
			Certificate: in.Properties.Certificate,
			Created:     ptr(created),
			Updated:     ptr(now),
			Unknown:     in.Properties.Unknown,
		},
		Unknown: in.Unknown,
	}
	stored, err := out.MarshalJSON()
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	rec, _, err := e.emu.Store().Put(key, stored, ifMatch)
	if err != nil {
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The etag does not match the certificate's: read it again.")
		return
	}
	delete(e.codes, strings.ToLower(key))
	e.writeCertificate(w, r, rec)
}

func (e *Emulator) getCertificate(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.emu.Store().Get(certificateKey(r))
	if !ok {
		e.certificateNotFound(w, r)
		return
	}
	if m := r.Header.Get("If-Match"); m != "" && strings.Trim(m, `"`) != strings.Trim(rec.ETag, `"`) {
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The etag does not match the certificate's.")
		return
	}
	e.writeCertificate(w, r, rec)
}

func (e *Emulator) listCertificates(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := e.stored(w, r); !ok {
		return
	}
	out := dps.CertificateListDescription{Value: []dps.CertificateResponse{}}
	for _, rec := range e.emu.Store().List(requestKey(r) + "/certificates") {
		c, err := certificateResponse(rec)
		if err != nil {
			e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
			return
		}
		out.Value = append(out.Value, c)
	}
	e.writeModel(w, http.StatusOK, out)
}

// current returns the certificate the request names after checking the
// If-Match the operation requires: 400 without one, 412 when stale.
func (e *Emulator) current(w http.ResponseWriter, r *http.Request) (emulator.Record, bool) {
	ifMatch := r.Header.Get("If-Match")
	if ifMatch == "" {
		e.fail(w, r, http.StatusBadRequest, dps.ErrorCodeArgumentNull, "The If-Match header (the certificate's etag) is required.")
		return emulator.Record{}, false
	}
	rec, ok := e.emu.Store().Get(certificateKey(r))
	if !ok {
		e.certificateNotFound(w, r)
		return rec, false
	}
	if ifMatch != "*" && strings.Trim(strings.TrimPrefix(ifMatch, "W/"), `"`) != strings.Trim(rec.ETag, `"`) {
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The etag does not match the certificate's: read it again.")
		return rec, false
	}
	return rec, true
}

func (e *Emulator) deleteCertificate(w http.ResponseWriter, r *http.Request) {
	e.certMu.Lock()
	defer e.certMu.Unlock()
	rec, ok := e.current(w, r)
	if !ok {
		return
	}
	if _, err := e.emu.Store().Delete(rec.Key, rec.ETag); err != nil {
		e.fail(w, r, http.StatusPreconditionFailed, codeEtagMismatch, "The certificate changed: read it again.")
		return
	}
	delete(e.codes, strings.ToLower(rec.Key))
	w.WriteHeader(http.StatusOK)
}

// generateVerificationCode issues a code for the certificate and gives it
// a new etag.
func (e *Emulator) generateVerificationCode(w http.ResponseWriter, r *http.Request) {
	e.certMu.Lock()
	defer e.certMu.Unlock()
	rec, ok := e.current(w, r)
	if !ok {
		return
	}
	sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d", rec.Key, e.next()))
	code := strings.ToUpper(hex.EncodeToString(sum[:24]))
	rec, err := e.emu.Store().Update(rec.Key, func(body json.RawMessage) (json.RawMessage, error) {
		var c dps.CertificateResponse
		if err := c.UnmarshalJSON(body); err != nil {
			return nil, err
		}
		c.Properties.Updated = ptr(e.emu.Clock().Now().UTC())
		return c.MarshalJSON()
	})
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	expires := e.emu.Clock().Now().Add(verificationCodeLifetime)
	e.codes[strings.ToLower(rec.Key)] = verification{code: code, expires: expires}
	c, err := certificateResponse(rec)
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	p := c.Properties
	out := dps.VerificationCodeResponse{
		Name: c.Name, Etag: c.Etag, ID: c.ID, Type: c.Type,
		Properties: &dps.VerificationCodeResponseProperties{
			VerificationCode: ptr(code), Subject: p.Subject, Expiry: ptr(expires.UTC().Format(time.RFC1123)),
			Thumbprint: p.Thumbprint, IsVerified: p.IsVerified, Certificate: p.Certificate,
			Created: ptr(p.Created.Format(time.RFC1123)), Updated: ptr(p.Updated.Format(time.RFC1123)),
		},
	}
	w.Header().Set("ETag", rec.ETag)
	e.writeModel(w, http.StatusOK, out)
}

// verifyCertificate accepts a leaf certificate whose subject is the issued
// code and which the CA certificate signed, and marks the CA verified.
func (e *Emulator) verifyCertificate(w http.ResponseWriter, r *http.Request) {
	e.certMu.Lock()
	defer e.certMu.Unlock()
	rec, ok := e.current(w, r)
	if !ok {
		return
	}
	body, err := emulator.ReadJSON(r)
	var in dps.VerificationCodeRequest
	if err == nil {
		err = in.UnmarshalJSON(body)
	}
	if err != nil || in.Certificate == nil || *in.Certificate == "" {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, "certificate (the signed leaf certificate) is required")
		return
	}
	c, err := certificateResponse(rec)
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	issued, ok := e.codes[strings.ToLower(rec.Key)]
	switch {
	case !ok:
		err = errors.New("no verification code was issued for the certificate: call generateVerificationCode first")
	case !e.emu.Clock().Now().Before(issued.expires):
		err = errors.New("the verification code expired: generate a new one")
	}
	var ca, leaf *x509.Certificate
	if err == nil {
		if ca, err = parseCertificate(*c.Properties.Certificate); err == nil {
			leaf, err = parseCertificate(*in.Certificate)
		}
	}
	switch {
	case err != nil:
	case leaf.Subject.CommonName != issued.code:
		err = fmt.Errorf("the leaf certificate's subject %q is not the verification code", leaf.Subject.CommonName)
	case leaf.CheckSignatureFrom(ca) != nil:
		err = errors.New("the leaf certificate is not signed with the private key of the certificate")
	}
	if err != nil {
		e.fail(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	}
	rec, err = e.emu.Store().Update(rec.Key, func(body json.RawMessage) (json.RawMessage, error) {
		var c dps.CertificateResponse
		if err := c.UnmarshalJSON(body); err != nil {
			return nil, err
		}
		c.Properties.IsVerified, c.Properties.Updated = ptr(true), ptr(e.emu.Clock().Now().UTC())
		return c.MarshalJSON()
	})
	if err != nil {
		e.fail(w, r, http.StatusInternalServerError, "500001", err.Error())
		return
	}
	delete(e.codes, strings.ToLower(rec.Key))
	e.writeCertificate(w, r, rec)
}
