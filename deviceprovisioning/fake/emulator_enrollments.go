package fake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/emulator"
)

// maxBulkItems is how many items a bulk operation may hold.
const maxBulkItems = 10

// enrollmentKind describes individual enrollments or enrollment groups to
// the handlers they share: where they live and how to reach the members
// the emulator sets.
type enrollmentKind[T any] struct {
	collection, itemType, noun string
	id                         func(*T) **string
	attestation                func(*T) *dps.AttestationMechanism
	common                     func(*T) (etag **string, created, updated **time.Time, status **dps.ProvisioningStatus)
	// check judges what only this kind needs (a group's CA references).
	check func(e *Emulator, in instance, v *T) error
	// bulk reads a bulk request's items and mode.
	bulk func(body []byte) ([]T, *dps.BulkOperationMode, error)
	// result builds a bulk answer from the failed items.
	result func(failed []bulkFailure) any
}

// bulkFailure is one failed item of a bulk operation.
type bulkFailure struct {
	id     string
	code   int
	status string
}

var individualEnrollments = enrollmentKind[dps.IndividualEnrollment]{
	collection: "enrollments", itemType: "Enrollment", noun: "enrollment",
	id:          func(v *dps.IndividualEnrollment) **string { return &v.RegistrationID },
	attestation: func(v *dps.IndividualEnrollment) *dps.AttestationMechanism { return &v.Attestation },
	common: func(v *dps.IndividualEnrollment) (**string, **time.Time, **time.Time, **dps.ProvisioningStatus) {
		return &v.Etag, &v.CreatedDateTimeUTC, &v.LastUpdatedDateTimeUTC, &v.ProvisioningStatus
	},
	bulk: func(body []byte) ([]dps.IndividualEnrollment, *dps.BulkOperationMode, error) {
		var b dps.BulkEnrollmentOperation
		err := b.UnmarshalJSON(body)
		return b.Enrollments, b.Mode, err
	},
	result: func(failed []bulkFailure) any {
		out := dps.BulkEnrollmentOperationResult{IsSuccessful: ptr(len(failed) == 0), Errors: []dps.BulkEnrollmentOperationError{}}
		for _, f := range failed {
			out.Errors = append(out.Errors, dps.BulkEnrollmentOperationError{RegistrationID: ptr(f.id), ErrorCode: ptr(int32(f.code)), ErrorStatus: ptr(f.status)})
		}
		return out
	},
}

var enrollmentGroups = enrollmentKind[dps.EnrollmentGroup]{
	collection: "enrollmentGroups", itemType: "EnrollmentGroup", noun: "enrollment group",
	id:          func(v *dps.EnrollmentGroup) **string { return &v.EnrollmentGroupID },
	attestation: func(v *dps.EnrollmentGroup) *dps.AttestationMechanism { return &v.Attestation },
	common: func(v *dps.EnrollmentGroup) (**string, **time.Time, **time.Time, **dps.ProvisioningStatus) {
		return &v.Etag, &v.CreatedDateTimeUTC, &v.LastUpdatedDateTimeUTC, &v.ProvisioningStatus
	},
	check: checkGroupCertificates,
	bulk: func(body []byte) ([]dps.EnrollmentGroup, *dps.BulkOperationMode, error) {
		var b dps.BulkEnrollmentGroupOperation
		err := b.UnmarshalJSON(body)
		return b.EnrollmentGroups, b.Mode, err
	},
	result: func(failed []bulkFailure) any {
		out := dps.BulkEnrollmentGroupOperationResult{IsSuccessful: ptr(len(failed) == 0), Errors: []dps.BulkEnrollmentGroupOperationError{}}
		for _, f := range failed {
			out.Errors = append(out.Errors, dps.BulkEnrollmentGroupOperationError{EnrollmentGroupID: ptr(f.id), ErrorCode: ptr(int32(f.code)), ErrorStatus: ptr(f.status)})
		}
		return out
	},
}

// checkGroupCertificates requires the CA certificates a group references
// to exist in the service and to be verified, as the service does.
func checkGroupCertificates(e *Emulator, in instance, g *dps.EnrollmentGroup) error {
	x, ok := g.Attestation.(*dps.X509AttestationMechanism)
	if !ok || x.X509 == nil || x.X509.CAReferences == nil {
		return nil
	}
	for _, name := range []*string{x.X509.CAReferences.Primary, x.X509.CAReferences.Secondary} {
		if name == nil {
			continue
		}
		rec, found := e.emu.Store().Get(in.key + "/certificates/" + *name)
		c, err := certificateResponse(rec)
		if !found || err != nil || c.Properties == nil || c.Properties.IsVerified == nil || !*c.Properties.IsVerified {
			return fmt.Errorf("the CA certificate %q does not exist or is not verified", *name)
		}
	}
	return nil
}

func enrollmentRoutes[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T]) map[string]http.HandlerFunc {
	base := "/" + k.collection
	return map[string]http.HandlerFunc{
		"PUT " + base + "/{id}":                       func(w http.ResponseWriter, r *http.Request) { putEnrollment[T, PT](e, k, w, r) },
		"GET " + base + "/{id}":                       func(w http.ResponseWriter, r *http.Request) { getEnrollment(e, k, w, r, false) },
		"POST " + base + "/{id}/attestationmechanism": func(w http.ResponseWriter, r *http.Request) { getEnrollment(e, k, w, r, true) },
		"DELETE " + base + "/{id}":                    func(w http.ResponseWriter, r *http.Request) { deleteEnrollment(e, k, w, r) },
		"POST " + base + "/query":                     func(w http.ResponseWriter, r *http.Request) { queryEnrollments[T, PT](e, k, w, r) },
		"POST " + base:                                func(w http.ResponseWriter, r *http.Request) { bulkEnrollments[T, PT](e, k, w, r) },
	}
}

func (k enrollmentKind[T]) key(in instance, id string) string {
	return in.key + "/" + k.collection + "/" + id
}

// prepare checks an item and sets what the service sets: its ID, keys for
// a symmetric key left empty, and its times and status.
func prepare[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T], in instance, id string, v *T, old *emulator.Record) error {
	idp := k.id(v)
	switch {
	case *idp == nil:
		*idp = ptr(id)
	case **idp != id:
		return fmt.Errorf("the %s's ID %q is not the path's %q", k.noun, **idp, id)
	}
	a := k.attestation(v)
	switch m := (*a).(type) {
	case nil:
		return errors.New("attestation is required")
	case *dps.SymmetricKeyAttestationMechanism:
		if m.SymmetricKey == nil {
			m.SymmetricKey = &dps.SymmetricKeyAttestation{}
		}
		seed := fmt.Sprintf("%s/%d/", k.key(in, id), e.next())
		if m.SymmetricKey.PrimaryKey == nil {
			m.SymmetricKey.PrimaryKey = newKey(seed + "primary")
		}
		if m.SymmetricKey.SecondaryKey == nil {
			m.SymmetricKey.SecondaryKey = newKey(seed + "secondary")
		}
	case *dps.TPMAttestationMechanism:
		if m.TPM == nil || m.TPM.EndorsementKey == nil || *m.TPM.EndorsementKey == "" {
			return errors.New("attestation.tpm.endorsementKey is required")
		}
	}
	if k.check != nil {
		if err := k.check(e, in, v); err != nil {
			return err
		}
	}
	etag, created, updated, status := k.common(v)
	now := e.emu.Clock().Now().UTC()
	*etag, *created, *updated = nil, ptr(now), ptr(now)
	if old != nil {
		var prev T
		if PT(&prev).UnmarshalJSON(old.Body) == nil {
			_, c, _, _ := k.common(&prev)
			*created = *c
		}
	}
	if *status == nil {
		*status = ptr(dps.ProvisioningStatusEnabled)
	}
	return nil
}

func putEnrollment[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T], w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, true)
	if !ok {
		return
	}
	var v T
	if !e.readBody(w, r, PT(&v)) {
		return
	}
	id, key := r.PathValue("id"), k.key(in, r.PathValue("id"))
	old, exists := e.emu.Store().Get(key)
	var prev *emulator.Record
	if exists {
		prev = &old
	}
	if err := prepare[T, PT](e, k, in, id, &v, prev); err != nil {
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, err.Error())
		return
	}
	body, err := PT(&v).MarshalJSON()
	if err != nil {
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, err.Error())
		return
	}
	rec, _, err := e.emu.Store().Put(key, body, r.Header.Get("If-Match"))
	if err != nil {
		e.dataFail(w, http.StatusPreconditionFailed, codeDataStale, "The etag does not match the "+k.noun+"'s.")
		return
	}
	emulator.WriteJSON(w, http.StatusOK, withEtag(rec))
}

// getEnrollment answers an item; without its keys unless withKeys, in
// which case only the attestation is answered (the attestationmechanism
// operation).
func getEnrollment[T any](e *Emulator, k enrollmentKind[T], w http.ResponseWriter, r *http.Request, withKeys bool) {
	in, ok := e.authorized(w, r, false)
	if !ok {
		return
	}
	rec, found := e.emu.Store().Get(k.key(in, r.PathValue("id")))
	if !found {
		e.dataFail(w, http.StatusNotFound, codeDataNotFound, "The "+k.noun+" '"+r.PathValue("id")+"' does not exist.")
		return
	}
	if withKeys {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(rec.Body, &m); err != nil {
			e.dataFail(w, http.StatusInternalServerError, 500001, err.Error())
			return
		}
		emulator.WriteJSON(w, http.StatusOK, m["attestation"])
		return
	}
	emulator.WriteJSON(w, http.StatusOK, withoutKeys(withEtag(rec)))
}

// withoutKeys removes the symmetric keys from an item's attestation: reads
// and queries do not return them.
func withoutKeys(doc json.RawMessage) json.RawMessage {
	var m map[string]json.RawMessage
	var a map[string]json.RawMessage
	if json.Unmarshal(doc, &m) != nil || json.Unmarshal(m["attestation"], &a) != nil {
		return doc
	}
	if _, ok := a["symmetricKey"]; ok {
		a["symmetricKey"] = json.RawMessage(`{}`)
		m["attestation"] = mustJSON(a)
	}
	return mustJSON(m)
}

func deleteEnrollment[T any](e *Emulator, k enrollmentKind[T], w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, true)
	if !ok {
		return
	}
	key := k.key(in, r.PathValue("id"))
	if _, err := e.emu.Store().Delete(key, r.Header.Get("If-Match")); err != nil {
		if errors.Is(err, emulator.ErrNotFound) {
			e.dataFail(w, http.StatusNotFound, codeDataNotFound, "The "+k.noun+" '"+r.PathValue("id")+"' does not exist.")
		} else {
			e.dataFail(w, http.StatusPreconditionFailed, codeDataStale, "The etag does not match the "+k.noun+"'s.")
		}
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func queryEnrollments[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T], w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, false)
	if !ok {
		return
	}
	var q dps.QuerySpecification
	if !e.readBody(w, r, &q) {
		return
	}
	if q.Query == nil || !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(*q.Query)), "SELECT") {
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, "The query must be a SELECT statement.")
		return
	}
	var items []json.RawMessage
	for _, rec := range e.emu.Store().List(in.key + "/" + k.collection) {
		items = append(items, withoutKeys(withEtag(rec)))
	}
	e.page(w, r, k.itemType, items)
}

// bulkEnrollments applies a bulk operation item by item and reports the
// items that failed; more than maxBulkItems items is a 400.
func bulkEnrollments[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T], w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, true)
	if !ok {
		return
	}
	body, err := emulator.ReadJSON(r)
	var items []T
	var mode *dps.BulkOperationMode
	if err == nil {
		items, mode, err = k.bulk(body)
	}
	switch {
	case err != nil:
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, "The body cannot be read: "+err.Error())
		return
	case mode == nil:
		e.dataFail(w, http.StatusBadRequest, codeDataNull, "mode is required.")
		return
	case len(items) > maxBulkItems:
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, fmt.Sprintf("A bulk operation takes at most %d items; this one has %d.", maxBulkItems, len(items)))
		return
	}
	var failed []bulkFailure
	for i := range items {
		v := &items[i]
		id := ""
		if p := *k.id(v); p != nil {
			id = *p
		}
		if f := applyBulk[T, PT](e, k, in, *mode, id, v); f != nil {
			failed = append(failed, *f)
		}
	}
	e.writeModel(w, http.StatusOK, k.result(failed))
}

func applyBulk[T any, PT interface {
	*T
	json.Marshaler
	json.Unmarshaler
}](e *Emulator, k enrollmentKind[T], in instance, mode dps.BulkOperationMode, id string, v *T) *bulkFailure {
	if id == "" {
		return &bulkFailure{id, codeDataNull, "The " + k.noun + "'s ID is required."}
	}
	key := k.key(in, id)
	old, exists := e.emu.Store().Get(key)
	switch mode {
	case dps.BulkOperationModeDelete:
		if _, err := e.emu.Store().Delete(key, ""); err != nil {
			return &bulkFailure{id, codeDataNotFound, "The " + k.noun + " does not exist."}
		}
		return nil
	case dps.BulkOperationModeCreate:
		if exists {
			return &bulkFailure{id, codeDataConflict, "The " + k.noun + " exists."}
		}
	case dps.BulkOperationModeUpdateIfMatchETag:
		etag, _, _, _ := k.common(v)
		if !exists || *etag == nil || strings.Trim(**etag, `"`) != strings.Trim(old.ETag, `"`) {
			return &bulkFailure{id, codeDataStale, "The etag does not match the " + k.noun + "'s."}
		}
	case dps.BulkOperationModeUpdate:
	default:
		return &bulkFailure{id, codeDataInvalid, "The mode '" + string(mode) + "' is not known."}
	}
	var prev *emulator.Record
	if exists {
		prev = &old
	}
	if err := prepare[T, PT](e, k, in, id, v, prev); err != nil {
		return &bulkFailure{id, codeDataInvalid, err.Error()}
	}
	body, err := PT(v).MarshalJSON()
	if err == nil {
		_, _, err = e.emu.Store().Put(key, body, "")
	}
	if err != nil {
		return &bulkFailure{id, codeDataInvalid, err.Error()}
	}
	return nil
}
