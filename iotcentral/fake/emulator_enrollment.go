package fake

import (
	"crypto/sha1"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// enrollmentState is the emulator's enrollment groups, the verification
// codes it handed out, and the file upload configuration. Guarded by
// Emulator.mu.
type enrollmentState struct {
	groups map[string]iotcentral.EnrollmentGroup
	// codes holds the last verification code of each group's entry.
	codes      map[string]string
	fileUpload *iotcentral.FileUpload
}

func (e *Emulator) registerEnrollmentRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	e.enroll = enrollmentState{groups: map[string]iotcentral.EnrollmentGroup{}, codes: map[string]string{}}
	id := func(r *http.Request) string { return r.PathValue("id") }

	handle("GET /api/enrollmentGroups", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		ids := make([]string, 0, len(e.enroll.groups))
		for k := range e.enroll.groups {
			ids = append(ids, k)
		}
		slices.Sort(ids)
		items := make([]iotcentral.EnrollmentGroup, len(ids))
		for i, k := range ids {
			items[i] = e.enroll.groups[k]
		}
		return page(e, r, items), nil
	})
	handle("GET /api/enrollmentGroups/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		g, ok := e.enroll.groups[id(r)]
		if !ok {
			return nil, notFound("enrollment group", id(r))
		}
		return g, nil
	})
	handle("PUT /api/enrollmentGroups/{id}", func(r *http.Request) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		var g iotcentral.EnrollmentGroup
		if err := wire.Unmarshal(body, &g); err != nil {
			return nil, invalidBody("the body is not an enrollment group: %v", err)
		}
		return e.putEnrollmentGroup(id(r), g)
	})
	handle("PATCH /api/enrollmentGroups/{id}", func(r *http.Request) (any, error) {
		patch, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		old, ok := e.enroll.groups[id(r)]
		e.mu.Unlock()
		if !ok {
			return nil, notFound("enrollment group", id(r))
		}
		current, _ := wire.Marshal(old)
		merged, err := emulator.MergePatch(current, patch)
		if err != nil {
			return nil, invalidBody("the enrollment group patch is not valid JSON")
		}
		var g iotcentral.EnrollmentGroup
		if err := wire.Unmarshal(merged, &g); err != nil {
			return nil, invalidBody("the patched enrollment group is not valid: %v", err)
		}
		return e.putEnrollmentGroup(id(r), g)
	})
	handle("DELETE /api/enrollmentGroups/{id}", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.enroll.groups[id(r)]; !ok {
			return nil, notFound("enrollment group", id(r))
		}
		delete(e.enroll.groups, id(r))
		return nil, nil
	})
	e.registerCertificateRoutes(handle)
	e.registerFileUploadRoutes(handle)
}

// putEnrollmentGroup checks and stores a group as the service does: the
// required members, a known type, symmetric keys generated when absent.
func (e *Emulator) putEnrollmentGroup(id string, g iotcentral.EnrollmentGroup) (any, error) {
	switch {
	case g.DisplayName == nil || g.Type == nil || g.Attestation == nil:
		return nil, invalidBody("displayName, type and attestation are required")
	case !slices.Contains(iotcentral.PossibleEnrollmentGroupTypeValues(), *g.Type):
		return nil, invalidBody("type %q is not iot or iotEdge", *g.Type)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	old, exists := e.enroll.groups[id]
	if g.ETag != nil && (!exists || *g.ETag != *old.ETag) {
		return nil, preconditionFailed("enrollment group", id)
	}
	switch a := g.Attestation.(type) {
	case *iotcentral.GroupSymmetricKeyAttestation:
		if a.SymmetricKey == nil {
			a.SymmetricKey = &iotcentral.SymmetricKey{PrimaryKey: generatedKey(id, "group-primary"), SecondaryKey: generatedKey(id, "group-secondary")}
		}
	case *iotcentral.GroupX509Attestation:
	default:
		return nil, invalidBody("attestation type %q is not symmetricKey or x509", a.Kind())
	}
	if g.Enabled == nil {
		g.Enabled = to.Ptr(true)
	}
	g.ID, g.ETag = &id, e.nextETag()
	e.enroll.groups[id] = g
	return g, nil
}

// signing returns the X.509 attestation of a group and its entry, or the
// service's error. Call with the lock held.
func (e *Emulator) signing(id, entry string) (*iotcentral.GroupX509Attestation, **iotcentral.SigningX509Certificate, error) {
	if entry != string(iotcentral.CertificateEntryPrimary) && entry != string(iotcentral.CertificateEntrySecondary) {
		return nil, nil, &adminError{http.StatusBadRequest, "entry " + strconv.Quote(entry) + " is not primary or secondary"}
	}
	g, ok := e.enroll.groups[id]
	if !ok {
		return nil, nil, notFound("enrollment group", id)
	}
	a, ok := g.Attestation.(*iotcentral.GroupX509Attestation)
	if !ok {
		return nil, nil, invalidBody("enrollment group %q does not use X.509 attestation", id)
	}
	if a.X509 == nil {
		a.X509 = &iotcentral.SigningX509{}
	}
	if a.X509.SigningCertificates == nil {
		a.X509.SigningCertificates = &iotcentral.SigningX509Certificates{}
	}
	if entry == string(iotcentral.CertificateEntryPrimary) {
		return a, &a.X509.SigningCertificates.Primary, nil
	}
	return a, &a.X509.SigningCertificates.Secondary, nil
}

func (e *Emulator) registerCertificateRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	const base = "/api/enrollmentGroups/{id}/certificates/{entry}"
	entryOf := func(r *http.Request) (string, string) { return r.PathValue("id"), r.PathValue("entry") }
	existing := func(r *http.Request) (*iotcentral.SigningX509Certificate, error) {
		_, slot, err := e.signing(entryOf(r))
		if err != nil {
			return nil, err
		}
		if *slot == nil {
			id, entry := entryOf(r)
			return nil, notFound("certificate "+entry+" of enrollment group", id)
		}
		return *slot, nil
	}
	handle("GET "+base, func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		c, err := existing(r)
		if err != nil {
			return nil, err
		}
		return *c, nil
	})
	handle("PUT "+base, func(r *http.Request) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		var c iotcentral.SigningX509Certificate
		if err := wire.Unmarshal(body, &c); err != nil || c.Certificate == nil {
			return nil, invalidBody("the body is not a certificate")
		}
		if _, err := parseCertificate(*c.Certificate); err != nil {
			return nil, invalidBody("the certificate does not parse: %v", err)
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		_, slot, err := e.signing(entryOf(r))
		if err != nil {
			return nil, err
		}
		sum := sha1.Sum([]byte(*c.Certificate))
		stored := iotcentral.SigningX509Certificate{
			Certificate: c.Certificate, Verified: to.Ptr(false), ETag: e.nextETag(),
			Info: &iotcentral.X509CertificateInfo{SHA1Thumbprint: to.Ptr(strings.ToUpper(hex.EncodeToString(sum[:])))},
		}
		*slot = &stored
		id, entry := entryOf(r)
		delete(e.enroll.codes, id+"/"+entry)
		return stored, nil
	})
	handle("DELETE "+base, func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, err := existing(r); err != nil {
			return nil, err
		}
		_, slot, _ := e.signing(entryOf(r))
		*slot = nil
		return nil, nil
	})
	handle("POST "+base+"/generateVerificationCode", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, err := existing(r); err != nil {
			return nil, err
		}
		id, entry := entryOf(r)
		e.seq++
		code := strings.ToUpper(hex.EncodeToString(generatedCode(id, entry, e.seq)))
		e.enroll.codes[id+"/"+entry] = code
		return iotcentral.X509VerificationCode{VerificationCode: &code}, nil
	})
	e.mux.HandleFunc("POST "+base+"/verify", func(w http.ResponseWriter, r *http.Request) {
		err := e.verifyCertificate(r)
		if err != nil {
			e.routes.writeError(w, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// verifyCertificate checks a proof of possession as the service does: the
// certificate's subject is the code handed out last for the entry, and the
// entry's CA certificate signed it.
func (e *Emulator) verifyCertificate(r *http.Request) error {
	body, err := readBody(r)
	if err != nil {
		return err
	}
	var v iotcentral.X509VerificationCertificate
	if err := wire.Unmarshal(body, &v); err != nil || v.Certificate == nil {
		return invalidBody("the body is not a verification certificate")
	}
	proof, err := parseCertificate(*v.Certificate)
	if err != nil {
		return invalidBody("the verification certificate does not parse: %v", err)
	}
	id, entry := r.PathValue("id"), r.PathValue("entry")
	e.mu.Lock()
	defer e.mu.Unlock()
	_, slot, err := e.signing(id, entry)
	if err != nil {
		return err
	}
	if *slot == nil {
		return notFound("certificate "+entry+" of enrollment group", id)
	}
	code, ok := e.enroll.codes[id+"/"+entry]
	if !ok {
		return invalidBody("no verification code was generated for the %s certificate", entry)
	}
	if proof.Subject.CommonName != code {
		return invalidBody("the verification certificate's subject %q is not the verification code", proof.Subject.CommonName)
	}
	ca, err := parseCertificate(*(*slot).Certificate)
	if err != nil {
		return invalidBody("the CA certificate does not parse: %v", err)
	}
	if err := proof.CheckSignatureFrom(ca); err != nil {
		return invalidBody("the verification certificate is not signed by the %s certificate", entry)
	}
	verified := **slot
	verified.Verified, verified.ETag = to.Ptr(true), e.nextETag()
	*slot = &verified
	delete(e.enroll.codes, id+"/"+entry)
	return nil
}

// parseCertificate reads a certificate in PEM or as base64 DER, the two
// forms the service takes.
func parseCertificate(s string) (*x509.Certificate, error) {
	if block, _ := pem.Decode([]byte(s)); block != nil {
		return x509.ParseCertificate(block.Bytes)
	}
	der, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

// generatedCode derives a verification code deterministically.
func generatedCode(id, entry string, seq int) []byte {
	sum := sha1.Sum([]byte(id + "/" + entry + "/" + strconv.Itoa(seq)))
	return sum[:12]
}

func (e *Emulator) registerFileUploadRoutes(handle func(pattern string, h func(r *http.Request) (any, error))) {
	handle("GET /api/fileUploads", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		f := e.enroll.fileUpload
		if f == nil {
			return nil, notFound("file upload configuration", "fileUploads")
		}
		// The service applies a configuration in the background: a read
		// sees it pending once, then succeeded.
		out := *f
		if !strings.Contains(r.URL.Query().Get("api-version"), "preview") {
			out.ReadAccess = nil // a stable version does not know the field
		}
		if *f.State == iotcentral.FileUploadStatePending || *f.State == iotcentral.FileUploadStateUpdating {
			f.State = to.Ptr(iotcentral.FileUploadStateSucceeded)
		}
		return out, nil
	})
	put := func(f iotcentral.FileUpload, state iotcentral.FileUploadState) (any, error) {
		if f.ConnectionString == nil || f.Container == nil {
			return nil, invalidBody("connectionString and container are required")
		}
		if !strings.Contains(*f.ConnectionString, "AccountName=") {
			return nil, invalidBody("the connection string names no storage account")
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		if old := e.enroll.fileUpload; f.ETag != nil && (old == nil || *f.ETag != *old.ETag) {
			return nil, preconditionFailed("file upload configuration", "fileUploads")
		}
		if f.Account == nil {
			for _, part := range strings.Split(*f.ConnectionString, ";") {
				if name, ok := strings.CutPrefix(part, "AccountName="); ok {
					f.Account = to.Ptr(name)
				}
			}
		}
		f.State, f.ETag = to.Ptr(state), e.nextETag()
		e.enroll.fileUpload = &f
		return f, nil
	}
	handle("PUT /api/fileUploads", func(r *http.Request) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		var f iotcentral.FileUpload
		if err := wire.Unmarshal(body, &f); err != nil {
			return nil, invalidBody("the body is not a file upload configuration: %v", err)
		}
		return put(f, iotcentral.FileUploadStatePending)
	})
	handle("PATCH /api/fileUploads", func(r *http.Request) (any, error) {
		patch, err := readBody(r)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		old := e.enroll.fileUpload
		e.mu.Unlock()
		if old == nil {
			return nil, notFound("file upload configuration", "fileUploads")
		}
		current, _ := wire.Marshal(*old)
		merged, err := emulator.MergePatch(current, patch)
		if err != nil {
			return nil, invalidBody("the patch is not valid JSON")
		}
		var f iotcentral.FileUpload
		if err := wire.Unmarshal(merged, &f); err != nil {
			return nil, invalidBody("the patched configuration is not valid: %v", err)
		}
		return put(f, iotcentral.FileUploadStateUpdating)
	})
	handle("DELETE /api/fileUploads", func(r *http.Request) (any, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.enroll.fileUpload == nil {
			return nil, notFound("file upload configuration", "fileUploads")
		}
		e.enroll.fileUpload = nil
		return nil, nil
	})
}
