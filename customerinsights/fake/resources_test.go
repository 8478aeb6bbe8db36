package fake_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/azclients/azclients/customerinsights/fake"
)

const hubURL = "https://management.azure.com/subscriptions/" + subscriptionID + "/resourceGroups/rg/providers/Microsoft.CustomerInsights/hubs/contoso"

// raw sends one request to the emulator and returns the status and the
// ARM error code of the answer ("" when none).
func raw(t *testing.T, emu *fake.Emulator, method, url, body string) (int, string) {
	t.Helper()
	if !strings.Contains(url, "api-version=") {
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		url += sep + "api-version=2017-04-26"
	}
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := emu.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e struct {
		Error struct{ Code string } `json:"error"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&e)
	return resp.StatusCode, e.Error.Code
}

// newHubEmulator returns an emulator holding hub contoso with the profile
// Customer and the interaction Purchase, both provisioned.
func newHubEmulator(t *testing.T) *fake.Emulator {
	t.Helper()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	steps := []struct{ method, url, body string }{
		{http.MethodPut, hubURL, `{"location":"westus"}`},
		{http.MethodPut, hubURL + "/profiles/Customer", `{"properties":{"fields":[{"fieldName":"Id","fieldType":"Edm.String"}]}}`},
		{http.MethodGet, hubURL + "/profiles/Customer", ``},
		{http.MethodPut, hubURL + "/interactions/Purchase", `{"properties":{"fields":[{"fieldName":"Id","fieldType":"Edm.String"}]}}`},
		{http.MethodGet, hubURL + "/interactions/Purchase", ``},
		{http.MethodPut, hubURL + "/connectors/Blob", `{"properties":{"connectorType":"AzureBlob","connectorProperties":{}}}`},
	}
	for _, s := range steps {
		if status, code := raw(t, emu, s.method, s.url, s.body); status >= 300 {
			t.Fatalf("%s %s: %d %s", s.method, s.url, status, code)
		}
	}
	return emu
}

// TestEmulatorEnforcesTheServiceRules sends what the service refuses (and
// a few things it accepts) for each resource type.
func TestEmulatorEnforcesTheServiceRules(t *testing.T) {
	t.Parallel()
	mapping := func(props string) string {
		return `{"properties":{"entityType":"Interaction","entityTypeName":"Purchase","mappingProperties":` + props + `}}`
	}
	const goodMapping = `{"availability":{"interval":1},"completeOperation":{},"errorManagement":{"errorManagementType":"StopImport"},"format":{"formatType":"TextFormat"},"structure":[{"propertyName":"Id","columnName":"id"}]}`
	tests := []struct {
		name, method, path, body string
		status                   int
		code                     string
	}{
		{"KPI name starting with a digit", "PUT", "/kpi/1Spend", `{}`, 400, "InvalidResourceName"},
		{"KPI with an unknown function", "PUT", "/kpi/Spend", `{"properties":{"entityType":"Profile","entityTypeName":"Customer","expression":"x","calculationWindow":"Day","function":"Median"}}`, 400, "InvalidRequestContent"},
		{"KPI on a missing profile", "PUT", "/kpi/Spend", `{"properties":{"entityType":"Profile","entityTypeName":"Lead","expression":"x","calculationWindow":"Day","function":"Sum"}}`, 400, "InvalidRequestContent"},
		{"KPI accepted", "PUT", "/kpi/Spend", `{"properties":{"entityType":"Profile","entityTypeName":"Customer","expression":"x","calculationWindow":"Day","function":"Sum"}}`, 202, ""},
		{"policy name with a space", "PUT", "/authorizationPolicies/my%20policy", `{"properties":{"permissions":["Read"]}}`, 400, "InvalidResourceName"},
		{"policy without permissions", "PUT", "/authorizationPolicies/p1", `{"properties":{}}`, 400, "InvalidRequestContent"},
		{"policy with an unknown permission", "PUT", "/authorizationPolicies/p1", `{"properties":{"permissions":["Admin"]}}`, 400, "InvalidRequestContent"},
		{"policy created", "PUT", "/authorizationPolicies/p.1-x", `{"properties":{"permissions":["Read"]}}`, 201, ""},
		{"role assignment without principals", "PUT", "/roleAssignments/r1", `{"properties":{"role":"Admin"}}`, 400, "InvalidRequestContent"},
		{"role assignment with an unknown role", "PUT", "/roleAssignments/r1", `{"properties":{"role":"Owner","principals":[{"principalId":"p","principalType":"User"}]}}`, 400, "InvalidRequestContent"},
		{"view without a definition", "PUT", "/views/v", `{"properties":{"userId":"alice"}}`, 400, "InvalidRequestContent"},
		{"view read without userId", "GET", "/views/v", ``, 400, "MissingRequiredQueryParameter"},
		{"views listed without userId", "GET", "/views", ``, 400, "MissingRequiredQueryParameter"},
		{"link to a missing profile", "PUT", "/links/PurchaseLink", `{"properties":{"sourceEntityType":"Interaction","sourceEntityTypeName":"Purchase","targetEntityType":"Profile","targetEntityTypeName":"Lead","participantPropertyReferences":[{}]}}`, 400, "InvalidRequestContent"},
		{"relationship link to a missing relationship", "PUT", "/relationshipLinks/rl", `{"properties":{"interactionType":"Purchase","relationshipName":"Nope","profilePropertyReferences":[{}],"relatedProfilePropertyReferences":[{}]}}`, 400, "InvalidRequestContent"},
		{"mapping without a structure", "PUT", "/connectors/Blob/mappings/Purchases", mapping(strings.Replace(goodMapping, `[{"propertyName":"Id","columnName":"id"}]`, `[]`, 1)), 400, "InvalidRequestContent"},
		{"mapping with an unknown format", "PUT", "/connectors/Blob/mappings/Purchases", mapping(strings.Replace(goodMapping, "TextFormat", "Parquet", 1)), 400, "InvalidRequestContent"},
		{"mapping created", "PUT", "/connectors/Blob/mappings/Purchases", mapping(goodMapping), 201, ""},
		{"mapping of a missing connector", "PUT", "/connectors/Nope/mappings/Purchases", mapping(goodMapping), 404, "ParentResourceNotFound"},
		{"prediction without mappings", "PUT", "/predictions/p-1", `{"properties":{"primaryProfileType":"Customer","autoAnalyze":true,"scoreLabel":"s","negativeOutcomeExpression":"a","positiveOutcomeExpression":"b","scopeExpression":"*"}}`, 400, "InvalidRequestContent"},
		{"prediction under 2017-01-01", "GET", "/predictions?api-version=2017-01-01", ``, 400, "NoRegisteredProviderFound"},
		{"interaction delete is not in the spec (no route)", "DELETE", "/interactions/Purchase", ``, 404, "NotFound"},
		{"roles are read-only (no route)", "PUT", "/roles/Admin", `{}`, 404, "NotFound"},
		{"KPI of a missing hub", "GET", "/../nohub/kpi", ``, 404, "ParentResourceNotFound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := newHubEmulator(t)
			url := hubURL + tt.path
			if strings.HasPrefix(tt.path, "/../") {
				url = strings.TrimSuffix(hubURL, "/contoso") + tt.path[3:]
			}
			status, code := raw(t, emu, tt.method, url, tt.body)
			if status != tt.status || code != tt.code {
				t.Errorf("answered %d %q, want %d %q", status, code, tt.status, tt.code)
			}
		})
	}
}
