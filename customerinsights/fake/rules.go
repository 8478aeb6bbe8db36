package fake

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The service's name rules (spec: customer-insights.json, 2017-04-26).
var (
	typeNameRE   = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]+$`)
	policyNameRE = regexp.MustCompile(`^[A-Za-z0-9]$|^[A-Za-z0-9][\w-\.]*[A-Za-z0-9]$`)
)

// Closed enums of the spec (modelAsString false), which the service
// rejects other values of.
var (
	entityTypes        = []string{"None", "Profile", "Interaction", "Relationship"}
	calculationWindows = []string{"Lifetime", "Hour", "Day", "Week", "Month"}
	kpiFunctions       = []string{"Sum", "Avg", "Min", "Max", "Last", "Count", "None", "CountDistinct"}
	cardinalities      = []string{"OneToOne", "OneToMany", "ManyToMany"}
	linkTypes          = []string{"UpdateAlways", "CopyIfNull"}
	operationTypes     = []string{"Upsert", "Delete"}
	roleTypes          = []string{"Admin", "Reader", "ManageAdmin", "ManageReader", "DataAdmin", "DataReader"}
	permissionTypes    = []string{"Read", "Write", "Manage"}
	errorManagements   = []string{"RejectAndContinue", "StopImport", "RejectUntilLimit"}
	formatTypes        = []string{"TextFormat"}
	frequencyTypes     = []string{"Minute", "Hour", "Day", "Week", "Month"}
	completionTypes    = []string{"DoNothing", "DeleteFile", "MoveFile"}
)

// resourceTypes are the hub-level resource types of the provider.
var resourceTypes = []*resourceType{
	{collection: "profiles", nameRE: typeNameRE, nameMax: 128, put: putAsync, del: deleteAsync,
		stateField: "provisioningState", prepare: prepareProfile},
	{collection: "interactions", nameRE: typeNameRE, nameMax: 128, put: putAsync,
		stateField: "provisioningState", prepare: prepareInteraction},
	{collection: "relationships", nameRE: typeNameRE, nameMax: 512, put: putAsync, del: deleteAsync,
		nameField: "relationshipName", stateField: "provisioningState", prepare: prepareRelationship},
	{collection: "relationshipLinks", nameRE: typeNameRE, nameMax: 512, put: putAsync, del: deleteAsync,
		nameField: "linkName", stateField: "provisioningState", prepare: prepareRelationshipLink},
	{collection: "links", nameRE: typeNameRE, nameMax: 512, put: putAsync, del: deleteSync, deleteMissing: 200,
		nameField: "linkName", stateField: "provisioningState", prepare: prepareLink},
	{collection: "kpi", nameRE: typeNameRE, nameMax: 512, put: putAsync, del: deleteAsync,
		nameField: "kpiName", stateField: "provisioningState", prepare: prepareKpi},
	{collection: "views", nameMax: 512, put: putSync200, del: deleteSync, deleteMissing: 200, userScoped: true,
		nameField: "viewName", prepare: prepareView},
	{collection: "roles"},
	{collection: "roleAssignments", nameRE: typeNameRE, nameMax: 128, put: putAsync, del: deleteSync,
		nameField: "assignmentName", stateField: "provisioningState", prepare: prepareRoleAssignment},
	{collection: "authorizationPolicies", nameRE: policyNameRE, nameMax: 50, put: putSync,
		nameField: "policyName", prepare: prepareAuthorizationPolicy},
	{collection: "connectors", nameRE: typeNameRE, nameMax: 128, put: putSync200, del: deleteAsync,
		stateField: "state", ready: "Created", prepare: prepareConnector},
	{collection: "mappings", parent: "connectors", nameRE: typeNameRE, nameMax: 128, put: putSync, del: deleteSync,
		nameField: "connectorMappingName", stateField: "state", ready: "Created", prepare: prepareMapping},
	{collection: "widgetTypes"},
	{collection: "predictions", nameMax: 512, put: putAsync, del: deleteAsync, since: "2017-04-26",
		nameField: "predictionName", stateField: "provisioningState", prepare: preparePrediction},
}

func init() {
	for _, t := range resourceTypes {
		t.armType = armPrefix + "/" + t.collection
		if t.parent != "" {
			t.armType = armPrefix + "/" + t.parent + "/" + t.collection
		}
		if t.ready == "" && t.stateField == "provisioningState" {
			t.ready = "Succeeded"
		}
	}
}

// invalidError is a body that breaks a rule of the service.
type invalidError string

func (e invalidError) Error() string { return string(e) }

func errInvalid(format string, args ...any) error { return invalidError(fmt.Sprintf(format, args...)) }

func str(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

func object(m map[string]any, key string) map[string]any {
	o, _ := m[key].(map[string]any)
	return o
}

// objects returns the array of objects at key (non-objects are skipped).
func objects(m map[string]any, key string) []map[string]any {
	arr, _ := m[key].([]any)
	var out []map[string]any
	for _, v := range arr {
		if o, ok := v.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func strs(m map[string]any, key string) []string {
	arr, _ := m[key].([]any)
	var out []string
	for _, v := range arr {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// require checks that each key holds a non-empty string.
func require(m map[string]any, at string, keys ...string) error {
	for _, k := range keys {
		if str(m, k) == "" {
			return errInvalid("%s%s is required", at, k)
		}
	}
	return nil
}

// oneOf checks a closed enum; required says whether it must be present.
func oneOf(m map[string]any, at, key string, required bool, allowed []string) error {
	v, present := m[key]
	if !present {
		if required {
			return errInvalid("%s%s is required", at, key)
		}
		return nil
	}
	s, _ := v.(string)
	if !slices.Contains(allowed, s) {
		return errInvalid("%s%s %v must be one of %s", at, key, v, strings.Join(allowed, ", "))
	}
	return nil
}

// nonEmpty checks that key holds a non-empty array.
func nonEmpty(m map[string]any, at, key string) error {
	if arr, _ := m[key].([]any); len(arr) == 0 {
		return errInvalid("%s%s must hold at least one item", at, key)
	}
	return nil
}

// exists reports whether the hub holds a resource of collection by name.
func (e *Emulator) exists(in request, collection, name string) bool {
	_, ok := e.emu.Store().Get(in.hubKey + "/" + collection + "/" + name)
	return name != "" && ok
}

// entityCollection is the collection of an entity type's instances.
func entityCollection(entityType string) string {
	switch entityType {
	case "Interaction":
		return "interactions"
	case "Relationship":
		return "relationships"
	}
	return "profiles"
}

// checkFields checks an entity type's fields and returns their names,
// folded (the service compares them without case).
func checkFields(p map[string]any) (map[string]bool, error) {
	declared := map[string]bool{}
	for i, f := range objects(p, "fields") {
		if err := require(f, "properties.fields["+strconv.Itoa(i)+"].", "fieldName", "fieldType"); err != nil {
			return nil, err
		}
		declared[strings.ToLower(str(f, "fieldName"))] = true
	}
	return declared, nil
}

// entityDefaults fills what the service fills on a profile or an
// interaction.
func (e *Emulator) entityDefaults(in request, p map[string]any, entityType string) {
	p["typeName"] = in.name
	p["lastChangedUtc"] = e.emu.Clock().Now().UTC()
	if _, ok := p["entityType"]; !ok {
		p["entityType"] = entityType
	}
	if _, ok := p["instancesCount"]; !ok {
		p["instancesCount"] = 0
	}
}

func prepareProfile(e *Emulator, in request, p map[string]any) error {
	if err := oneOf(p, "properties.", "entityType", false, entityTypes); err != nil {
		return err
	}
	declared, err := checkFields(p)
	if err != nil {
		return err
	}
	for i, id := range objects(p, "strongIds") {
		at := "properties.strongIds[" + strconv.Itoa(i) + "]."
		if err := require(id, at, "strongIdName"); err != nil {
			return err
		}
		if err := nonEmpty(id, at, "keyPropertyNames"); err != nil {
			return err
		}
		for _, k := range strs(id, "keyPropertyNames") {
			if !declared[strings.ToLower(k)] {
				return errInvalid("%skeyPropertyNames names %q, which is not a declared field", at, k)
			}
		}
	}
	e.entityDefaults(in, p, "Profile")
	return nil
}

func prepareInteraction(e *Emulator, in request, p map[string]any) error {
	if err := oneOf(p, "properties.", "entityType", false, entityTypes); err != nil {
		return err
	}
	declared, err := checkFields(p)
	if err != nil {
		return err
	}
	for _, k := range strs(p, "idPropertyNames") {
		if !declared[strings.ToLower(k)] {
			return errInvalid("properties.idPropertyNames names %q, which is not a declared field", k)
		}
	}
	for i, pp := range objects(p, "participantProfiles") {
		at := "properties.participantProfiles[" + strconv.Itoa(i) + "]."
		if err := require(pp, at, "participantName", "profileTypeName"); err != nil {
			return err
		}
		if err := nonEmpty(pp, at, "participantPropertyReferences"); err != nil {
			return err
		}
		if !e.exists(in, "profiles", str(pp, "profileTypeName")) {
			return errInvalid("%sprofileTypeName: the profile %q does not exist in the hub", at, str(pp, "profileTypeName"))
		}
	}
	if in.previous != nil {
		var was struct {
			Properties struct {
				IsActivity bool `json:"isActivity"`
			} `json:"properties"`
		}
		_ = json.Unmarshal(in.previous, &was)
		if now, _ := p["isActivity"].(bool); now != was.Properties.IsActivity {
			return errInvalid("properties.isActivity can only be set when the interaction is created")
		}
	}
	e.entityDefaults(in, p, "Interaction")
	return nil
}

// guid returns the resource's previous GUID member, or a new one.
func (e *Emulator) guid(in request, field string) string {
	var was struct {
		Properties map[string]any `json:"properties"`
	}
	_ = json.Unmarshal(in.previous, &was)
	if g := str(was.Properties, field); g != "" {
		return g
	}
	e.mu.Lock()
	e.keys++
	n := e.keys
	e.mu.Unlock()
	return fmt.Sprintf("%08x-0000-4000-8000-%012x", n, n)
}

func prepareRelationship(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "profileType", "relatedProfileType"); err != nil {
		return err
	}
	if err := oneOf(p, "properties.", "cardinality", false, cardinalities); err != nil {
		return err
	}
	if _, err := checkFields(p); err != nil {
		return err
	}
	for _, k := range []string{"profileType", "relatedProfileType"} {
		if !e.exists(in, "profiles", str(p, k)) {
			return errInvalid("properties.%s: the profile %q does not exist in the hub", k, str(p, k))
		}
	}
	p["relationshipGuidId"] = e.guid(in, "relationshipGuidId")
	return nil
}

func prepareRelationshipLink(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "interactionType", "relationshipName"); err != nil {
		return err
	}
	for _, k := range []string{"profilePropertyReferences", "relatedProfilePropertyReferences"} {
		if err := nonEmpty(p, "properties.", k); err != nil {
			return err
		}
	}
	for i, m := range objects(p, "mappings") {
		if err := oneOf(m, "properties.mappings["+strconv.Itoa(i)+"].", "linkType", false, linkTypes); err != nil {
			return err
		}
	}
	if !e.exists(in, "interactions", str(p, "interactionType")) {
		return errInvalid("properties.interactionType: the interaction %q does not exist in the hub", str(p, "interactionType"))
	}
	if !e.exists(in, "relationships", str(p, "relationshipName")) {
		return errInvalid("properties.relationshipName: the relationship %q does not exist in the hub", str(p, "relationshipName"))
	}
	p["relationshipGuidId"] = e.guid(in, "relationshipGuidId")
	return nil
}

func prepareLink(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "sourceEntityTypeName", "targetEntityTypeName"); err != nil {
		return err
	}
	for _, k := range []string{"sourceEntityType", "targetEntityType"} {
		if err := oneOf(p, "properties.", k, true, entityTypes); err != nil {
			return err
		}
	}
	if err := oneOf(p, "properties.", "operationType", false, operationTypes); err != nil {
		return err
	}
	if err := nonEmpty(p, "properties.", "participantPropertyReferences"); err != nil {
		return err
	}
	for _, side := range []string{"source", "target"} {
		name := str(p, side+"EntityTypeName")
		if !e.exists(in, entityCollection(str(p, side+"EntityType")), name) {
			return errInvalid("properties.%sEntityTypeName: the type %q does not exist in the hub", side, name)
		}
	}
	return nil
}

func prepareKpi(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "entityTypeName", "expression"); err != nil {
		return err
	}
	for _, c := range []struct {
		key     string
		allowed []string
	}{{"entityType", entityTypes}, {"calculationWindow", calculationWindows}, {"function", kpiFunctions}} {
		if err := oneOf(p, "properties.", c.key, true, c.allowed); err != nil {
			return err
		}
	}
	if !e.exists(in, entityCollection(str(p, "entityType")), str(p, "entityTypeName")) {
		return errInvalid("properties.entityTypeName: the type %q does not exist in the hub", str(p, "entityTypeName"))
	}
	return nil
}

// timestamps sets created (kept from the previous resource) and a
// modification member to now.
func (e *Emulator) timestamps(in request, p map[string]any, modified string) {
	now := e.emu.Clock().Now().UTC()
	p["created"], p[modified] = now, now
	var was struct {
		Properties struct {
			Created json.RawMessage `json:"created"`
		} `json:"properties"`
	}
	if json.Unmarshal(in.previous, &was) == nil && was.Properties.Created != nil {
		p["created"] = was.Properties.Created
	}
}

func prepareView(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "definition"); err != nil {
		return err
	}
	e.timestamps(in, p, "changed")
	return nil
}

func prepareRoleAssignment(_ *Emulator, _ request, p map[string]any) error {
	if err := oneOf(p, "properties.", "role", true, roleTypes); err != nil {
		return err
	}
	if err := nonEmpty(p, "properties.", "principals"); err != nil {
		return err
	}
	for i, pr := range objects(p, "principals") {
		if err := require(pr, "properties.principals["+strconv.Itoa(i)+"].", "principalId", "principalType"); err != nil {
			return err
		}
	}
	return nil
}

func prepareAuthorizationPolicy(e *Emulator, in request, p map[string]any) error {
	if err := nonEmpty(p, "properties.", "permissions"); err != nil {
		return err
	}
	for _, perm := range p["permissions"].([]any) {
		if s, _ := perm.(string); !slices.Contains(permissionTypes, s) {
			return errInvalid("properties.permissions: %v must be one of %s", perm, strings.Join(permissionTypes, ", "))
		}
	}
	var was struct {
		Properties map[string]any `json:"properties"`
	}
	_ = json.Unmarshal(in.previous, &was)
	for _, k := range []string{"primaryKey", "secondaryKey"} {
		if str(p, k) == "" {
			p[k] = str(was.Properties, k)
		}
		if str(p, k) == "" {
			p[k] = e.newKey()
		}
	}
	return nil
}

func prepareConnector(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "connectorType"); err != nil {
		return err
	}
	if object(p, "connectorProperties") == nil {
		return errInvalid("properties.connectorProperties is required")
	}
	var was struct {
		Properties map[string]any `json:"properties"`
	}
	_ = json.Unmarshal(in.previous, &was)
	if id, ok := was.Properties["connectorId"]; ok {
		p["connectorId"] = id
	} else {
		e.mu.Lock()
		e.keys++
		p["connectorId"] = e.keys
		e.mu.Unlock()
	}
	if str(p, "connectorName") == "" {
		p["connectorName"] = in.name
	}
	e.timestamps(in, p, "lastModified")
	return nil
}

func prepareMapping(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "entityTypeName"); err != nil {
		return err
	}
	if err := oneOf(p, "properties.", "entityType", true, entityTypes); err != nil {
		return err
	}
	mp := object(p, "mappingProperties")
	if mp == nil {
		return errInvalid("properties.mappingProperties is required")
	}
	const at = "properties.mappingProperties."
	for _, k := range []string{"availability", "completeOperation", "errorManagement", "format"} {
		if object(mp, k) == nil {
			return errInvalid("%s%s is required", at, k)
		}
	}
	if _, ok := object(mp, "availability")["interval"]; !ok {
		return errInvalid("%savailability.interval is required", at)
	}
	for _, c := range []struct {
		obj, key string
		allowed  []string
		required bool
	}{
		{"availability", "frequency", frequencyTypes, false},
		{"completeOperation", "completionOperationType", completionTypes, false},
		{"errorManagement", "errorManagementType", errorManagements, true},
		{"format", "formatType", formatTypes, true},
	} {
		if err := oneOf(object(mp, c.obj), at+c.obj+".", c.key, c.required, c.allowed); err != nil {
			return err
		}
	}
	if err := nonEmpty(mp, at, "structure"); err != nil {
		return err
	}
	for i, s := range objects(mp, "structure") {
		if err := require(s, at+"structure["+strconv.Itoa(i)+"].", "propertyName", "columnName"); err != nil {
			return err
		}
	}
	if !e.exists(in, entityCollection(str(p, "entityType")), str(p, "entityTypeName")) {
		return errInvalid("properties.entityTypeName: the type %q does not exist in the hub", str(p, "entityTypeName"))
	}
	var connector struct {
		Properties map[string]any `json:"properties"`
	}
	if rec, ok := e.emu.Store().Get(in.parentKey); ok {
		_ = json.Unmarshal(rec.Body, &connector)
	}
	p["connectorName"] = in.parent
	p["connectorType"] = str(connector.Properties, "connectorType")
	p["dataFormatId"] = "df-" + strings.ToLower(in.name)
	e.timestamps(in, p, "lastModified")
	return nil
}

func preparePrediction(e *Emulator, in request, p map[string]any) error {
	if err := require(p, "properties.", "negativeOutcomeExpression", "positiveOutcomeExpression", "primaryProfileType", "scopeExpression", "scoreLabel"); err != nil {
		return err
	}
	if _, ok := p["autoAnalyze"].(bool); !ok {
		return errInvalid("properties.autoAnalyze is required")
	}
	m := object(p, "mappings")
	if m == nil {
		return errInvalid("properties.mappings is required")
	}
	if err := require(m, "properties.mappings.", "score", "grade", "reason"); err != nil {
		return err
	}
	if !e.exists(in, "profiles", str(p, "primaryProfileType")) {
		return errInvalid("properties.primaryProfileType: the profile %q does not exist in the hub", str(p, "primaryProfileType"))
	}
	p["systemGeneratedEntities"] = map[string]any{
		"generatedInteractionTypes": []string{in.name + "Scores"},
		"generatedLinks":            []string{in.name + "ScoresLink"},
		"generatedKpis":             map[string]string{in.name + "Kpi": in.name + "ScoresKpi"},
	}
	e.setModelStatus(in.key, "PendingModelConfirmation")
	return nil
}
