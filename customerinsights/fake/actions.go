package fake

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/emulator"
)

// routeActions registers the operations that are not reads or writes of
// a resource: the POST actions and the provider's operation list.
func (e *Emulator) routeActions() {
	actions := []struct {
		route, since string
		h            http.HandlerFunc
	}{
		{hubRoute + "/profiles/{name}/getEnrichingKpis", "", e.enrichingKpis},
		{hubRoute + "/interactions/{name}/suggestRelationshipLinks", "", e.suggestRelationshipLinks},
		{hubRoute + "/kpi/{name}/reprocess", "", e.reprocessKpi},
		{hubRoute + "/authorizationPolicies/{name}/regeneratePrimaryKey", "", e.regenerateKey("primaryKey")},
		{hubRoute + "/authorizationPolicies/{name}/regenerateSecondaryKey", "", e.regenerateKey("secondaryKey")},
		{hubRoute + "/images/getEntityTypeImageUploadUrl", "", e.imageUploadURL("entityTypes")},
		{hubRoute + "/images/getDataImageUploadUrl", "", e.imageUploadURL("data")},
		{hubRoute + "/predictions/{name}/getTrainingResults", "2017-04-26", e.trainingResults},
		{hubRoute + "/predictions/{name}/getModelStatus", "2017-04-26", e.getModelStatus},
		{hubRoute + "/predictions/{name}/modelStatus", "2017-04-26", e.putModelStatus},
	}
	for _, a := range actions {
		e.emu.Handle("POST "+a.route, e.checked(a.since, a.h))
	}
	e.emu.Handle("GET /providers/Microsoft.CustomerInsights/operations", e.checked("", e.operations))
}

// target returns the stored resource an action is on (the request path
// without its last segment), or answers 404.
func (e *Emulator) target(w http.ResponseWriter, r *http.Request) (emulator.Record, bool) {
	key := r.URL.Path[:strings.LastIndexByte(r.URL.Path, '/')]
	rec, ok := e.emu.Store().Get(key)
	if !ok {
		e.emu.WriteError(w, http.StatusNotFound, customerinsights.ErrorCodeResourceNotFound, "The resource '"+key+"' was not found.")
	}
	return rec, ok
}

// hubKey is the key of the hub a request is in.
func hubKey(r *http.Request) string {
	path := r.URL.Path
	i := strings.Index(strings.ToLower(path), "/hubs/")
	rest := path[i+len("/hubs/"):]
	if j := strings.IndexByte(rest, '/'); j >= 0 {
		rest = rest[:j]
	}
	return path[:i+len("/hubs/")] + rest
}

// enrichingKpis answers the KPIs that enrich a profile: those calculated
// on the profile, and those of the interactions it participates in.
func (e *Emulator) enrichingKpis(w http.ResponseWriter, r *http.Request) {
	if _, ok := e.target(w, r); !ok {
		return
	}
	profile, hub := r.PathValue("name"), hubKey(r)
	participates := map[string]bool{}
	for _, rec := range e.emu.Store().List(hub + "/interactions") {
		var it struct {
			Properties struct {
				ParticipantProfiles []struct {
					ProfileTypeName string `json:"profileTypeName"`
				} `json:"participantProfiles"`
			} `json:"properties"`
		}
		_ = json.Unmarshal(rec.Body, &it)
		for _, p := range it.Properties.ParticipantProfiles {
			if strings.EqualFold(p.ProfileTypeName, profile) {
				participates[strings.ToLower(rec.Key[strings.LastIndexByte(rec.Key, '/')+1:])] = true
			}
		}
	}
	kpis := []json.RawMessage{}
	for _, rec := range e.emu.Store().List(hub + "/kpi") {
		props := emulator.Get(rec.Body, "properties")
		entity := strings.ToLower(emulator.GetString(props, "entityTypeName"))
		switch emulator.GetString(props, "entityType") {
		case "Profile":
			if entity == strings.ToLower(profile) {
				kpis = append(kpis, props)
			}
		case "Interaction":
			if participates[entity] {
				kpis = append(kpis, props)
			}
		}
	}
	emulator.WriteJSON(w, http.StatusOK, kpis)
}

// suggestRelationshipLinks suggests the hub's relationships between
// profiles that participate in the interaction.
func (e *Emulator) suggestRelationshipLinks(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.target(w, r)
	if !ok {
		return
	}
	var it struct {
		Properties struct {
			ParticipantProfiles []struct {
				ProfileTypeName string `json:"profileTypeName"`
			} `json:"participantProfiles"`
		} `json:"properties"`
	}
	_ = json.Unmarshal(rec.Body, &it)
	var participants []string
	for _, p := range it.Properties.ParticipantProfiles {
		participants = append(participants, strings.ToLower(p.ProfileTypeName))
	}
	suggested := []map[string]any{}
	for _, rel := range e.emu.Store().List(hubKey(r) + "/relationships") {
		props := emulator.Get(rel.Body, "properties")
		profile, related := emulator.GetString(props, "profileType"), emulator.GetString(props, "relatedProfileType")
		if slices.Contains(participants, strings.ToLower(profile)) || slices.Contains(participants, strings.ToLower(related)) {
			suggested = append(suggested, map[string]any{
				"profileName": profile, "relatedProfileName": related,
				"existingRelationshipName":         emulator.GetString(props, "relationshipName"),
				"profilePropertyReferences":        []any{},
				"relatedProfilePropertyReferences": []any{},
			})
		}
	}
	emulator.WriteJSON(w, http.StatusOK, map[string]any{"interactionName": r.PathValue("name"), "suggestedRelationships": suggested})
}

// reprocessKpi accepts the reprocessing of an existing KPI (202).
func (e *Emulator) reprocessKpi(w http.ResponseWriter, r *http.Request) {
	if _, ok := e.target(w, r); ok {
		w.WriteHeader(http.StatusAccepted)
	}
}

// newKey returns a fresh authorization policy key.
func (e *Emulator) newKey() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

// regenerateKey replaces one key of a policy and answers the policy (its
// properties, as the spec's AuthorizationPolicy).
func (e *Emulator) regenerateKey(field string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec, ok := e.target(w, r)
		if !ok {
			return
		}
		rec, _ = e.emu.Store().Update(rec.Key, func(body json.RawMessage) (json.RawMessage, error) {
			return emulator.Set(body, e.newKey(), "properties", field), nil
		})
		emulator.WriteJSON(w, http.StatusOK, emulator.Get(rec.Body, "properties"))
	}
}

// imageUploadURL answers where to upload an image of an entity type or of
// data: a blob URL in the hub's storage with a shared access signature
// valid for an hour.
func (e *Emulator) imageUploadURL(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, ok := e.emu.Store().Get(hubKey(r)); !ok {
			e.emu.WriteError(w, http.StatusNotFound, customerinsights.ErrorCodeParentResourceNotFound, "The hub '"+hubKey(r)+"' was not found.")
			return
		}
		in, err := readObject(r)
		if err == nil {
			err = require(in, "", "relativePath")
		}
		if err != nil {
			e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
			return
		}
		hub := strings.ToLower(r.PathValue("hub"))
		rel := str(in, "relativePath")
		emulator.WriteJSON(w, http.StatusOK, map[string]any{
			"imageExists":  false,
			"relativePath": rel,
			"contentUrl": "https://" + hub + "images.blob.core.windows.net/" + kind + "/" + url.PathEscape(rel) +
				"?sv=2015-04-05&sr=b&sp=cw&se=" + url.QueryEscape(e.emu.Clock().Now().Add(time.Hour).UTC().Format(time.RFC3339)) +
				"&sig=" + url.QueryEscape(e.newKey()),
		})
	}
}

// setModelStatus records a prediction's model status.
func (e *Emulator) setModelStatus(key, status string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.models[strings.ToLower(key)] = status
}

func (e *Emulator) modelStatus(key string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.models[strings.ToLower(key)]
}

// getModelStatus answers a prediction's model status.
func (e *Emulator) getModelStatus(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.target(w, r)
	if !ok {
		return
	}
	emulator.WriteJSON(w, http.StatusOK, map[string]any{
		"tenantId": strings.ToLower(r.PathValue("hub")), "predictionName": r.PathValue("name"),
		"predictionGuidId": predictionGUID(rec.Key),
		"status":           e.modelStatus(rec.Key), "modelVersion": "1.0",
	})
}

// predictionGUID derives a stable GUID from a prediction's key.
func predictionGUID(key string) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(strings.ToLower(key)))
	n := h.Sum64()
	return fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", uint32(n>>32), uint16(n>>16), uint16(n)&0xfff, uint16(n>>4)&0xfff, n&0xffffffffffff)
}

// putModelStatus changes a prediction's model status: the service allows
// it only from PendingModelConfirmation, to PendingFeaturing or Active.
func (e *Emulator) putModelStatus(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.target(w, r)
	if !ok {
		return
	}
	in, err := readObject(r)
	if err == nil {
		err = oneOf(in, "", "status", true, []string{"PendingFeaturing", "Active"})
	}
	if err == nil && e.modelStatus(rec.Key) != "PendingModelConfirmation" {
		err = errInvalid("the model status can only change from PendingModelConfirmation, not %s", e.modelStatus(rec.Key))
	}
	if err != nil {
		e.badRequest(w, customerinsights.ErrorCodeInvalidRequestContent, err.Error())
		return
	}
	e.setModelStatus(rec.Key, str(in, "status"))
	w.WriteHeader(http.StatusOK)
}

// trainingResults answers a prediction's training results.
func (e *Emulator) trainingResults(w http.ResponseWriter, r *http.Request) {
	rec, ok := e.target(w, r)
	if !ok {
		return
	}
	emulator.WriteJSON(w, http.StatusOK, map[string]any{
		"tenantId":                    strings.ToLower(r.PathValue("hub")),
		"scoreName":                   emulator.GetString(rec.Body, "properties", "scoreLabel"),
		"primaryProfileInstanceCount": 0,
		"predictionDistribution":      map[string]any{"totalPositives": 0, "totalNegatives": 0, "distributions": []any{}},
		"canonicalProfiles":           []any{},
	})
}

// operations lists the provider's operations: read, write and delete of
// each resource type.
func (e *Emulator) operations(w http.ResponseWriter, r *http.Request) {
	var items []json.RawMessage
	add := func(armType, verb, description string) {
		b, _ := json.Marshal(map[string]any{
			"name":    armType + "/" + verb,
			"display": map[string]string{"provider": "Microsoft Customer Insights", "resource": armType, "operation": description},
		})
		items = append(items, b)
	}
	add(armPrefix, "read", "Read hubs")
	add(armPrefix, "write", "Create or update hubs")
	add(armPrefix, "delete", "Delete hubs")
	for _, t := range resourceTypes {
		add(t.armType, "read", "Read "+t.collection)
		if t.put != putNone {
			add(t.armType, "write", "Create or update "+t.collection)
		}
		if t.del != deleteNone {
			add(t.armType, "delete", "Delete "+t.collection)
		}
	}
	e.emu.WritePage(w, r, items)
}
