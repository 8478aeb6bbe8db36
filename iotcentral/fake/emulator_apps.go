package fake

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// The emulator also plays Azure Resource Manager for
// Microsoft.IoTCentral/iotApps: applications are created, updated and
// deleted through long-running operations (201 or 202 with
// Azure-AsyncOperation or Location), listed by resource group and
// subscription, and their names and subdomains checked. An application's
// subdomain is served by this same emulator: after creating it, use
// iotcentral.Endpoint(subdomain, "") with the emulator as transport.

// appsAPIVersions are the published Microsoft.IoTCentral api-versions.
var appsAPIVersions = []string{"2017-07-01-privatepreview", "2018-09-01", "2020-03-01", "2021-06-01", "2021-11-01-preview"}

// appNameRule is the spec's ^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,99}[a-zA-Z0-9]$
// without the look-aheads, which are checked apart.
var appNameRule = regexp.MustCompile(`^[a-zA-Z0-9-]{2,99}[a-zA-Z0-9]$`)

// appTemplates are the templates the emulator offers.
var appTemplates = []iotcentral.AppTemplate{
	{ManifestID: to.Ptr("iotc-pnp-preview"), ManifestVersion: to.Ptr("1.0.0"), Name: to.Ptr("Custom application"), Title: to.Ptr("Custom application"), Order: to.Ptr(1.0), Industry: to.Ptr("Custom")},
	{ManifestID: to.Ptr("iotc-condition"), ManifestVersion: to.Ptr("1.0.0"), Name: to.Ptr("In-store analytics - condition monitoring"), Title: to.Ptr("In-store analytics"), Order: to.Ptr(2.0), Industry: to.Ptr("Retail")},
}

// appState is the emulator's applications, by "subscription/rg/name" in
// lower case. Guarded by Emulator.mu.
type appState struct {
	byKey map[string]iotcentral.App
}

func appKey(sub, rg, name string) string { return strings.ToLower(sub + "/" + rg + "/" + name) }

// armError answers an ARM-shaped error.
func armError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("x-ms-error-code", code)
	w.WriteHeader(status)
	_, _ = w.Write(emulator.ARMErrorBody(status, code, message))
}

func (e *Emulator) registerAppRoutes() {
	e.apps = appState{byKey: map[string]iotcentral.App{}}
	mux := http.NewServeMux()
	const provider = "/subscriptions/{sub}/providers/Microsoft.IoTCentral"
	const app = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.IoTCentral/iotApps/{name}"
	mux.HandleFunc("GET "+app, e.getApp)
	mux.HandleFunc("PUT "+app, e.putApp)
	mux.HandleFunc("PATCH "+app, e.patchApp)
	mux.HandleFunc("DELETE "+app, e.deleteApp)
	mux.HandleFunc("GET /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.IoTCentral/iotApps", e.listApps)
	mux.HandleFunc("GET "+provider+"/iotApps", e.listApps)
	mux.HandleFunc("POST "+provider+"/checkNameAvailability", e.checkAppName(false))
	mux.HandleFunc("POST "+provider+"/checkSubdomainAvailability", e.checkAppName(true))
	mux.HandleFunc("POST "+provider+"/appTemplates", func(w http.ResponseWriter, r *http.Request) {
		emulator.WriteJSON(w, http.StatusOK, iotcentral.AppTemplatesResult{Value: appTemplates})
	})
	e.core.Handle("/subscriptions/", func(w http.ResponseWriter, r *http.Request) {
		if v := r.URL.Query().Get("api-version"); !slices.Contains(appsAPIVersions, v) {
			armError(w, http.StatusBadRequest, "InvalidApiVersionParameter", fmt.Sprintf("the api-version %q is not one of %s", v, strings.Join(appsAPIVersions, ", ")))
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func (e *Emulator) getApp(w http.ResponseWriter, r *http.Request) {
	e.mu.Lock()
	a, ok := e.apps.byKey[appKey(r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name"))]
	e.mu.Unlock()
	if !ok {
		armError(w, http.StatusNotFound, "ResourceNotFound", fmt.Sprintf("the IoT Central application %q was not found", r.PathValue("name")))
		return
	}
	emulator.WriteJSON(w, http.StatusOK, a)
}

// checkApp applies the service's rules to an application; it answers the
// error and reports false when one is broken. Call with the lock held.
func (e *Emulator) checkApp(w http.ResponseWriter, key, name string, a iotcentral.App) bool {
	switch {
	case !appNameRule.MatchString(name) || strings.HasPrefix(name, "-") || strings.Trim(name, "0123456789") == "":
		armError(w, http.StatusBadRequest, "InvalidResourceName", fmt.Sprintf("the name %q is 3 to 100 letters, digits and '-', not all digits, not starting or ending with '-'", name))
	case a.Location == nil || a.SKU == nil || a.SKU.Name == nil:
		armError(w, http.StatusBadRequest, "InvalidRequestContent", "location and sku.name are required")
	case !slices.Contains(iotcentral.PossibleAppSkuValues(), *a.SKU.Name):
		armError(w, http.StatusBadRequest, "InvalidSku", fmt.Sprintf("the sku %q is not one of %v", *a.SKU.Name, iotcentral.PossibleAppSkuValues()))
	case a.Properties == nil || a.Properties.Subdomain == nil || *a.Properties.Subdomain == "":
		armError(w, http.StatusBadRequest, "InvalidRequestContent", "properties.subdomain is required")
	default:
		for k, other := range e.apps.byKey {
			if k != key && strings.EqualFold(*other.Properties.Subdomain, *a.Properties.Subdomain) {
				armError(w, http.StatusConflict, "SubdomainNotAvailable", fmt.Sprintf("the subdomain %q is taken", *a.Properties.Subdomain))
				return false
			}
		}
		return true
	}
	return false
}

func (e *Emulator) putApp(w http.ResponseWriter, r *http.Request) {
	body, err := emulator.ReadJSON(r)
	var a iotcentral.App
	if err == nil {
		err = wire.Unmarshal(body, &a)
	}
	if err != nil {
		armError(w, http.StatusBadRequest, "InvalidRequestContent", "the body is not an application")
		return
	}
	sub, rg, name := r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name")
	key := appKey(sub, rg, name)
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.checkApp(w, key, name, a) {
		return
	}
	old, exists := e.apps.byKey[key]
	if exists && old.Properties.Template != nil {
		a.Properties.Template = old.Properties.Template // create-only
	}
	sum := sha256.Sum256([]byte(key))
	id := hex.EncodeToString(sum[:16])
	a.ID = to.Ptr("/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.IoTCentral/IoTApps/" + name)
	a.Name, a.Type = to.Ptr(name), to.Ptr("Microsoft.IoTCentral/IoTApps")
	a.Properties.ApplicationID = to.Ptr(id[0:8] + "-" + id[8:12] + "-" + id[12:16] + "-" + id[16:20] + "-" + id[20:32])
	a.Properties.State = to.Ptr(iotcentral.AppStateCreated)
	if a.Properties.DisplayName == nil {
		a.Properties.DisplayName = to.Ptr(name)
	}
	e.apps.byKey[key] = a
	op := e.core.StartOperation(r, emulator.OperationSpec{States: []string{"Provisioning"}})
	status := http.StatusCreated
	if exists {
		status = http.StatusOK
	}
	e.core.Accept(w, r, op, status, a, emulator.AsyncOperationHeader)
}

func (e *Emulator) patchApp(w http.ResponseWriter, r *http.Request) {
	patch, err := emulator.ReadJSON(r)
	if err != nil {
		armError(w, http.StatusBadRequest, "InvalidRequestContent", "the body is not JSON")
		return
	}
	sub, rg, name := r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name")
	key := appKey(sub, rg, name)
	e.mu.Lock()
	defer e.mu.Unlock()
	old, ok := e.apps.byKey[key]
	if !ok {
		armError(w, http.StatusNotFound, "ResourceNotFound", fmt.Sprintf("the IoT Central application %q was not found", name))
		return
	}
	current, _ := wire.Marshal(old)
	merged, err := emulator.MergePatch(current, patch)
	var a iotcentral.App
	if err == nil {
		err = wire.Unmarshal(merged, &a)
	}
	if err != nil {
		armError(w, http.StatusBadRequest, "InvalidRequestContent", "the patch is not an application patch")
		return
	}
	if !e.checkApp(w, key, name, a) {
		return
	}
	a.Properties.Template, a.Location = old.Properties.Template, old.Location
	e.apps.byKey[key] = a
	op := e.core.StartOperation(r, emulator.OperationSpec{States: []string{"Updating"}})
	e.core.Accept(w, r, op, http.StatusAccepted, nil, emulator.AsyncOperationHeader)
}

func (e *Emulator) deleteApp(w http.ResponseWriter, r *http.Request) {
	key := appKey(r.PathValue("sub"), r.PathValue("rg"), r.PathValue("name"))
	e.mu.Lock()
	_, ok := e.apps.byKey[key]
	e.mu.Unlock()
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	op := e.core.StartOperation(r, emulator.OperationSpec{States: []string{"Deleting"}, Complete: func() (json.RawMessage, *emulator.OperationError) {
		e.mu.Lock()
		delete(e.apps.byKey, key)
		e.mu.Unlock()
		return nil, nil
	}})
	e.core.Accept(w, r, op, http.StatusAccepted, nil, emulator.LocationHeader)
}

func (e *Emulator) listApps(w http.ResponseWriter, r *http.Request) {
	prefix := strings.ToLower(r.PathValue("sub") + "/")
	if rg := r.PathValue("rg"); rg != "" {
		prefix += strings.ToLower(rg) + "/"
	}
	e.mu.Lock()
	keys := make([]string, 0, len(e.apps.byKey))
	for k := range e.apps.byKey {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	items := make([]iotcentral.App, len(keys))
	for i, k := range keys {
		items[i] = e.apps.byKey[k]
	}
	e.mu.Unlock()
	emulator.WriteJSON(w, http.StatusOK, page(e, r, items))
}

// checkAppName answers checkNameAvailability (or, with subdomain,
// checkSubdomainAvailability).
func (e *Emulator) checkAppName(subdomain bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := emulator.ReadJSON(r)
		var in iotcentral.OperationInputs
		if err == nil {
			err = wire.Unmarshal(body, &in)
		}
		if err != nil || in.Name == nil {
			armError(w, http.StatusBadRequest, "InvalidRequestContent", "name is required")
			return
		}
		out := iotcentral.AppAvailabilityInfo{NameAvailable: to.Ptr(true)}
		if !appNameRule.MatchString(*in.Name) {
			out = iotcentral.AppAvailabilityInfo{NameAvailable: to.Ptr(false), Reason: to.Ptr("Invalid"), Message: to.Ptr("the name breaks the naming rule")}
		}
		e.mu.Lock()
		for _, a := range e.apps.byKey {
			taken := strings.EqualFold(*a.Name, *in.Name)
			if subdomain {
				taken = strings.EqualFold(*a.Properties.Subdomain, *in.Name)
			}
			if taken {
				out = iotcentral.AppAvailabilityInfo{NameAvailable: to.Ptr(false), Reason: to.Ptr("AlreadyExists"), Message: to.Ptr(fmt.Sprintf("%q is taken", *in.Name))}
			}
		}
		e.mu.Unlock()
		emulator.WriteJSON(w, http.StatusOK, out)
	}
}
