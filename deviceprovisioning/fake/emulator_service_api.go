package fake

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/emulator"
)

// serviceAPIVersions are the api-versions of the DPS service API the
// emulator accepts.
var serviceAPIVersions = []string{"2018-09-01-preview", "2019-03-31", dps.ServiceAPIVersion, "2021-11-01-preview"}

// serviceHostSuffix is the host suffix of every provisioning service's
// service API.
const serviceHostSuffix = ".azure-devices-provisioning.net"

// Error codes of the service API's answers (ProvisioningServiceErrorDetails).
const (
	codeDataNotFound     = 404201
	codeDataUnauthorized = 401002
	codeDataInvalid      = 400004
	codeDataNull         = 400005
	codeDataConflict     = 409001
	codeDataStale        = 412001
)

// instance is the provisioning service a service API request addresses.
type instance struct {
	key  string // ARM id of the service
	host string
	svc  dps.ProvisioningServiceDescription
}

func (e *Emulator) serviceAPIRoutes() map[string]http.HandlerFunc {
	routes := map[string]http.HandlerFunc{
		"GET /registrations/{id}":        e.getRegistration,
		"DELETE /registrations/{id}":     e.deleteRegistration,
		"POST /registrations/{id}/query": e.queryRegistrations,
	}
	for pattern, h := range enrollmentRoutes[dps.IndividualEnrollment, *dps.IndividualEnrollment](e, individualEnrollments) {
		routes[pattern] = h
	}
	for pattern, h := range enrollmentRoutes[dps.EnrollmentGroup, *dps.EnrollmentGroup](e, enrollmentGroups) {
		routes[pattern] = h
	}
	return routes
}

// dataFail writes an error of the service API: its own error document and
// the x-ms-error-code header.
func (e *Emulator) dataFail(w http.ResponseWriter, status, code int, message string) {
	w.Header().Set("x-ms-error-code", strconv.Itoa(code))
	emulator.WriteJSON(w, status, map[string]any{
		"errorCode": code, "trackingId": "emulator", "message": message,
		"timestampUtc": e.emu.Clock().Now().UTC().Format(time.RFC3339),
	})
}

// authorized answers the request with an error unless its api-version is
// one of the service API's and it is authorized for the instance its
// host names (or, on any other host, such as an httptest server's, the
// emulator's only instance): a bearer token (not checked: the emulator has no directory)
// or a shared access signature of one of the instance's policies, with a
// valid signature, unexpired, for that host, and with a right that allows
// the operation (write or not).
func (e *Emulator) authorized(w http.ResponseWriter, r *http.Request, write bool) (instance, bool) {
	if v := r.URL.Query().Get("api-version"); !slices.Contains(serviceAPIVersions, v) {
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, "The api-version '"+v+"' is not supported.")
		return instance{}, false
	}
	host := strings.ToLower(r.Host)
	if host == "" && r.URL != nil {
		host = strings.ToLower(r.URL.Host)
	}
	name, ok := strings.CutSuffix(host, serviceHostSuffix)
	e.mu.Lock()
	key := e.names[name]
	if !ok && len(e.names) == 1 {
		// served by an httptest server (host 127.0.0.1:port): the one
		// instance answers
		for _, k := range e.names {
			key, ok = k, true
		}
	}
	e.mu.Unlock()
	var in instance
	if ok && key != "" {
		if rec, found := e.emu.Store().Get(key); found && in.svc.UnmarshalJSON(rec.Body) == nil && in.svc.Properties != nil {
			in.key, in.host = key, host
		}
	}
	if in.key == "" {
		e.dataFail(w, http.StatusNotFound, codeDataNotFound, "No provisioning service answers at "+host+".")
		return in, false
	}
	auth := r.Header.Get("Authorization")
	if strings.HasPrefix(auth, "Bearer ") {
		return in, true
	}
	if msg := e.checkSAS(auth, in, write); msg != "" {
		e.dataFail(w, http.StatusUnauthorized, codeDataUnauthorized, msg)
		return in, false
	}
	return in, true
}

// checkSAS returns why a shared access signature is refused, or "".
func (e *Emulator) checkSAS(auth string, in instance, write bool) string {
	token, ok := strings.CutPrefix(auth, "SharedAccessSignature ")
	if !ok {
		return "The request is not authorized: send a shared access signature or an Entra ID token."
	}
	q, err := url.ParseQuery(token)
	if err != nil {
		return "The shared access signature is malformed."
	}
	sr, sig, se, skn := q.Get("sr"), q.Get("sig"), q.Get("se"), q.Get("skn")
	expiry, err := strconv.ParseInt(se, 10, 64)
	if err != nil || sr == "" || sig == "" || skn == "" {
		return "The shared access signature is malformed."
	}
	if !e.emu.Clock().Now().Before(time.Unix(expiry, 0)) {
		return "The shared access signature expired."
	}
	if !strings.EqualFold(sr, in.host) && !strings.HasPrefix(strings.ToLower(sr), in.host+"/") {
		return "The shared access signature is for another resource."
	}
	var policy *dps.SharedAccessSignatureAuthorizationRule
	for i, p := range in.svc.Properties.AuthorizationPolicies {
		if p.KeyName != nil && strings.EqualFold(*p.KeyName, skn) {
			policy = &in.svc.Properties.AuthorizationPolicies[i]
		}
	}
	if policy == nil {
		return "The shared access policy '" + skn + "' does not exist."
	}
	signed := url.QueryEscape(strings.ToLower(sr)) + "\n" + se
	valid := false
	for _, k := range []*string{policy.PrimaryKey, policy.SecondaryKey} {
		if k == nil {
			continue
		}
		key, err := base64.StdEncoding.DecodeString(*k)
		if err != nil {
			continue
		}
		mac := hmac.New(sha256.New, key)
		mac.Write([]byte(signed))
		if hmac.Equal([]byte(base64.StdEncoding.EncodeToString(mac.Sum(nil))), []byte(sig)) {
			valid = true
		}
	}
	if !valid {
		return "The shared access signature does not match the policy's keys."
	}
	rights := dps.AccessRightsDescription("")
	if policy.Rights != nil {
		rights = *policy.Rights
	}
	allowed := rights.Has(dps.AccessRightsDescriptionServiceConfig) || rights.Has(dps.AccessRightsDescriptionEnrollmentWrite) ||
		(!write && (rights.Has(dps.AccessRightsDescriptionEnrollmentRead) || rights.Has(dps.AccessRightsDescriptionRegistrationStatusRead))) ||
		rights.Has(dps.AccessRightsDescriptionRegistrationStatusWrite)
	if !allowed {
		return "The shared access policy '" + skn + "' does not have the rights this operation needs."
	}
	return ""
}

// readBody decodes the request's JSON body into v, or answers 400.
func (e *Emulator) readBody(w http.ResponseWriter, r *http.Request, v json.Unmarshaler) bool {
	body, err := emulator.ReadJSON(r)
	if err == nil {
		err = v.UnmarshalJSON(body)
	}
	if err != nil {
		e.dataFail(w, http.StatusBadRequest, codeDataInvalid, "The body cannot be read: "+err.Error())
		return false
	}
	return true
}

// page answers one page of items to a query: x-ms-max-item-count sets the
// page size (default the emulator's), x-ms-continuation the offset, and
// the answer carries the next page's token and the item type.
func (e *Emulator) page(w http.ResponseWriter, r *http.Request, itemType string, items []json.RawMessage) {
	size := e.emu.PageSize()
	if n, err := strconv.Atoi(r.Header.Get("x-ms-max-item-count")); err == nil && n > 0 {
		size = n
	}
	start := 0
	if tok := r.Header.Get("x-ms-continuation"); tok != "" {
		raw, err := base64.RawURLEncoding.DecodeString(tok)
		n, convErr := strconv.Atoi(strings.TrimPrefix(string(raw), "offset:"))
		if err != nil || convErr != nil || !strings.HasPrefix(string(raw), "offset:") || n < 0 || n > len(items) {
			e.dataFail(w, http.StatusBadRequest, codeDataInvalid, "The continuation token is not valid.")
			return
		}
		start = n
	}
	end := min(start+size, len(items))
	if end < len(items) {
		w.Header().Set("x-ms-continuation", base64.RawURLEncoding.EncodeToString([]byte("offset:"+strconv.Itoa(end))))
	}
	w.Header().Set("x-ms-item-type", itemType)
	w.Header().Set("x-ms-max-item-count", strconv.Itoa(size))
	emulator.WriteJSON(w, http.StatusOK, append([]json.RawMessage{}, items[start:end]...))
}

func registrationKey(in instance, id string) string { return in.key + "/registrations/" + id }

func (e *Emulator) getRegistration(w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, false)
	if !ok {
		return
	}
	rec, found := e.emu.Store().Get(registrationKey(in, r.PathValue("id")))
	if !found {
		e.dataFail(w, http.StatusNotFound, codeDataNotFound, "The registration '"+r.PathValue("id")+"' does not exist.")
		return
	}
	emulator.WriteJSON(w, http.StatusOK, withEtag(rec))
}

func (e *Emulator) deleteRegistration(w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, true)
	if !ok {
		return
	}
	key := registrationKey(in, r.PathValue("id"))
	if _, err := e.emu.Store().Delete(key, r.Header.Get("If-Match")); err != nil {
		if _, exists := e.emu.Store().Get(key); exists {
			e.dataFail(w, http.StatusPreconditionFailed, codeDataStale, "The etag does not match the registration's.")
		} else {
			e.dataFail(w, http.StatusNotFound, codeDataNotFound, "The registration '"+r.PathValue("id")+"' does not exist.")
		}
		return
	}
	e.mu.Lock()
	delete(e.regGroups, strings.ToLower(key))
	e.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// queryRegistrations answers the registrations of an enrollment group.
func (e *Emulator) queryRegistrations(w http.ResponseWriter, r *http.Request) {
	in, ok := e.authorized(w, r, false)
	if !ok {
		return
	}
	group := r.PathValue("id")
	var items []json.RawMessage
	for _, rec := range e.emu.Store().List(in.key + "/registrations") {
		e.mu.Lock()
		g := e.regGroups[strings.ToLower(rec.Key)]
		e.mu.Unlock()
		if strings.EqualFold(g, group) {
			items = append(items, withEtag(rec))
		}
	}
	e.page(w, r, "DeviceRegistration", items)
}

// withEtag returns a stored document with its current etag as "etag".
func withEtag(rec emulator.Record) json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(rec.Body, &m) != nil {
		return rec.Body
	}
	m["etag"] = mustJSON(strings.Trim(rec.ETag, `"`))
	return mustJSON(m)
}
