package customerinsights_test

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
)

func TestGetSendsLocaleCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		options *customerinsights.ProfilesClientGetOptions
		query   string
	}{
		{"default", nil, "api-version=2017-04-26"},
		{"empty options", &customerinsights.ProfilesClientGetOptions{}, "api-version=2017-04-26"},
		{"locale", &customerinsights.ProfilesClientGetOptions{LocaleCode: to.Ptr("fr-fr")}, "api-version=2017-04-26&locale-code=fr-fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, step{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Succeeded")})
			got, err := newClient(t, s).Get(context.Background(), "rg", "contoso", "Customer", tt.options)
			if err != nil {
				t.Fatal(err)
			}
			if *got.Properties.ProvisioningState != customerinsights.ProvisioningStatesSucceeded {
				t.Errorf("decoded %+v", got.Properties)
			}
			if q := s.Requests()[0].Query; q != tt.query {
				t.Errorf("query %q, want %q", q, tt.query)
			}
		})
	}
}

func TestGetModifyPutKeepsUnknownMembers(t *testing.T) {
	t.Parallel()
	stored := `{"id":"` + customerPath + `","name":"contoso/Customer","systemData":{"createdBy":"someone"},
		"properties":{"typeName":"Customer","futureSetting":{"on":true},
		"fields":[{"fieldName":"Id","fieldType":"Edm.String","sensitivity":"High"}],
		"strongIds":[{"keyPropertyNames":["Id"],"strongIdName":"Id","weight":3}]}}`
	s := newScript(t,
		step{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: stored},
		step{method: http.MethodPut, path: customerPath, status: http.StatusOK, body: profileBody("Succeeded")},
	)
	c := newClient(t, s)
	got, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	profile := got.ProfileResourceFormat
	profile.Properties.DisplayName = map[string]string{"en-us": "Customer"}
	if _, err := c.BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", profile, nil); err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	_ = json.Unmarshal([]byte(stored), &want)
	want["properties"].(map[string]any)["displayName"] = map[string]any{"en-us": "Customer"}
	wantJSON, _ := json.Marshal(want)
	testkit.SameJSON(t, s.Requests()[1].Body, wantJSON)
}

func TestListByHubFollowsNextLinks(t *testing.T) {
	t.Parallel()
	page := func(names []string, next string) string {
		items := make([]string, len(names))
		for i, n := range names {
			items[i] = `{"name":"contoso/` + n + `"}`
		}
		link := "null"
		if next != "" {
			link = `"` + next + `"`
		}
		return `{"value":[` + strings.Join(items, ",") + `],"nextLink":` + link + `}`
	}
	profilesPath := hubPath + "/profiles"
	steps := func() []step {
		return []step{
			{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page([]string{"A", "B"}, profilesURL+"?api-version=2017-04-26&$skiptoken=2")},
			{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page([]string{"C"}, profilesURL+"?api-version=2017-04-26&$skiptoken=3")},
			{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page([]string{"D"}, "")},
		}
	}
	opts := &customerinsights.ProfilesClientListByHubOptions{LocaleCode: to.Ptr("de-de")}

	t.Run("pager", func(t *testing.T) {
		t.Parallel()
		s := newScript(t, steps()...)
		pager := newClient(t, s).NewListByHubPager("rg", "contoso", opts)
		var names []string
		pages := 0
		for pager.More() {
			p, err := pager.NextPage(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			pages++
			for _, v := range p.Value {
				names = append(names, *v.Name)
			}
		}
		if diff := cmp.Diff([]string{"contoso/A", "contoso/B", "contoso/C", "contoso/D"}, names); diff != "" || pages != 3 {
			t.Errorf("%d pages, names (-want +got):\n%s", pages, diff)
		}
		reqs := s.Requests()
		if reqs[0].Query != "api-version=2017-04-26&locale-code=de-de" || !strings.Contains(reqs[2].Query, "skiptoken=3") {
			t.Errorf("queries %q, %q", reqs[0].Query, reqs[2].Query)
		}
	})
	t.Run("iterator", func(t *testing.T) {
		t.Parallel()
		n := 0
		for p, err := range newClient(t, newScript(t, steps()...)).ListByHubIter(context.Background(), "rg", "contoso", opts) {
			if err != nil {
				t.Fatal(err)
			}
			if p.Name == nil {
				t.Error("an item without a name")
			}
			n++
		}
		if n != 4 || *opts.LocaleCode != "de-de" {
			t.Errorf("%d items, options now %q", n, *opts.LocaleCode)
		}
	})
	t.Run("iterator stops at an error", func(t *testing.T) {
		t.Parallel()
		s := newScript(t, steps()[0], step{method: http.MethodGet, path: profilesPath, status: http.StatusServiceUnavailable, body: "busy"})
		var errs []error
		n := 0
		for _, err := range newClient(t, s).ListByHubIter(context.Background(), "rg", "contoso", nil) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			n++
		}
		var se *customerinsights.ServiceError
		if n != 2 || len(errs) != 1 || !errors.As(errs[0], &se) || se.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("%d items, errors %v", n, errs)
		}
	})
}

func TestGetEnrichingKpis(t *testing.T) {
	t.Parallel()
	body := testkit.ReadVector(t, "enriching_kpis_response.json")
	s := newScript(t, step{method: http.MethodPost, path: customerPath + "/getEnrichingKpis", status: http.StatusOK, body: string(body)})
	got, err := newClient(t, s).GetEnrichingKpis(context.Background(), "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.KpiDefinitionArray) != 1 || *got.KpiDefinitionArray[0].KpiName != "MonthlyDeposits" {
		t.Errorf("decoded %+v", got.KpiDefinitionArray)
	}
	if r := s.Requests()[0]; len(r.Body) != 0 {
		t.Errorf("POST sent a body %q", r.Body)
	}
	encoded, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	testkit.SameJSON(t, encoded, body)
}

func TestServiceErrorsKeepTheStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                   string
		status                 int
		header                 http.Header
		body                   string
		code, message, details string
	}{
		{"ARM error", http.StatusNotFound, nil,
			`{"error":{"code":"ResourceNotFound","message":"profile Customer not found","target":"Customer","details":[{"code":"Inner","message":"m"}]}}`,
			"ResourceNotFound", "profile Customer not found", "Inner"},
		{"HTML from a gateway", http.StatusBadGateway, http.Header{"Content-Type": {"text/html"}},
			"<html><body><h1>502 Bad Gateway</h1></body></html>", "BadGateway", "<html><body><h1>502 Bad Gateway</h1></body></html>", ""},
		{"empty body", http.StatusInternalServerError, nil, "", "InternalServerError", "", ""},
		{"plain text with x-ms-error-code", http.StatusPreconditionFailed, http.Header{"X-Ms-Error-Code": {"HubBusy"}}, "try later", "HubBusy", "try later", ""},
		{"JSON that is not an error document", http.StatusBadRequest, nil, `["bad"]`, "BadRequest", `["bad"]`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, step{method: http.MethodGet, path: customerPath, status: tt.status, header: tt.header, body: tt.body})
			_, err := newClient(t, s).Get(context.Background(), "rg", "contoso", "Customer", nil)
			var se *customerinsights.ServiceError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want a *ServiceError", err, err)
			}
			if se.StatusCode != tt.status || se.Code != tt.code || se.Message != tt.message {
				t.Errorf("got status %d code %q message %q", se.StatusCode, se.Code, se.Message)
			}
			if tt.details != "" && (len(se.Details) != 1 || se.Details[0].Code != tt.details) {
				t.Errorf("details %+v", se.Details)
			}
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.StatusCode != tt.status || re.ErrorCode != tt.code {
				t.Errorf("errors.As *azcore.ResponseError: %v", re)
			}
			if !strings.Contains(err.Error(), customerPath) || strings.Contains(err.Error(), "api-version") {
				t.Errorf("message %q should name the path and leave out the query", err)
			}
		})
	}
}

func TestBeginCreateOrUpdateRejectedPut(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodPut, path: customerPath, status: http.StatusBadRequest,
		body: `{"error":{"code":"InvalidStrongId","message":"strong id Id names no field"}}`})
	_, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
	var se *customerinsights.ServiceError
	if !errors.As(err, &se) || se.Code != "InvalidStrongId" || se.StatusCode != http.StatusBadRequest {
		t.Fatalf("error %v", err)
	}
}
