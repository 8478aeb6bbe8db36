package customerinsights_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
)

// customerProfile is a minimal valid profile to send.
func customerProfile() customerinsights.ProfileResourceFormat {
	return customerinsights.ProfileResourceFormat{Properties: &customerinsights.ProfileTypeDefinition{
		Fields:    []customerinsights.PropertyDefinition{{FieldName: to.Ptr("Id"), FieldType: to.Ptr(customerinsights.FieldTypeString)}},
		StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id"}}},
	}}
}

func TestBeginCreateOrUpdateSucceeds(t *testing.T) {
	t.Parallel()
	put := func(status int, header http.Header, body string) step {
		return step{method: http.MethodPut, path: customerPath, status: status, header: header, body: body}
	}
	get := func(state string) step {
		return step{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody(state)}
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"202 without a polling header: GET until Succeeded", []step{
			put(http.StatusAccepted, nil, ""), get("Provisioning"), get("Provisioning"), get("Succeeded"),
		}},
		{"202 with a body still reads the profile", []step{
			put(http.StatusAccepted, nil, profileBody("Provisioning")), get("Succeeded"),
		}},
		{"200 Succeeded: done without polling", []step{put(http.StatusOK, nil, profileBody("Succeeded"))}},
		{"200 without provisioningState is Succeeded", []step{put(http.StatusOK, nil, profileBody(""))}},
		{"200 Provisioning: GET until Succeeded", []step{put(http.StatusOK, nil, profileBody("Provisioning")), get("Succeeded")}},
		{"states compare without case", []step{put(http.StatusAccepted, nil, ""), get("provisioning"), get("SUCCEEDED")}},
		{"202 with Location: follows it", []step{
			put(http.StatusAccepted, http.Header{"Location": {armBase + "/ops/1"}}, ""),
			{method: http.MethodGet, path: "/ops/1", status: http.StatusAccepted, header: http.Header{"Location": {armBase + "/ops/1"}}},
			{method: http.MethodGet, path: "/ops/1", status: http.StatusOK, body: profileBody("Succeeded")},
		}},
		{"202 with Azure-AsyncOperation: follows it, then reads the profile", []step{
			put(http.StatusAccepted, http.Header{"Azure-Asyncoperation": {armBase + "/ops/2"}}, ""),
			{method: http.MethodGet, path: "/ops/2", status: http.StatusOK, body: `{"status":"InProgress"}`},
			{method: http.MethodGet, path: "/ops/2", status: http.StatusOK, body: `{"status":"Succeeded"}`},
			get("Succeeded"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), fastPoll)
			if err != nil {
				t.Fatal(err)
			}
			if got.Name == nil || *got.Name != "contoso/Customer" || *got.Properties.TypeName != "Customer" {
				t.Errorf("result %+v", got.ProfileResourceFormat)
			}
			for _, r := range s.Requests()[1:] {
				if !strings.Contains(r.Query, "api-version=2017-04-26") && strings.HasPrefix(r.Path, hubPath) {
					t.Errorf("poll %s %s?%s lacks the api-version", r.Method, r.Path, r.Query)
				}
			}
		})
	}
}

func TestBeginCreateOrUpdateFailureStates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		steps []step
		state customerinsights.ProvisioningStates
	}{
		{"Failed after provisioning", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Provisioning")},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Failed")},
		}, customerinsights.ProvisioningStatesFailed},
		{"HumanIntervention", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("HumanIntervention")},
		}, customerinsights.ProvisioningStatesHumanIntervention},
		{"200 already Failed", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusOK, body: profileBody("Failed")},
		}, customerinsights.ProvisioningStatesFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			poller, err := newClient(t, newScript(t, tt.steps...)).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = poller.PollUntilDone(context.Background(), fastPoll)
			var pe *customerinsights.ProvisioningError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T), want a *ProvisioningError", err, err)
			}
			if pe.State != tt.state || pe.Resource.(customerinsights.ProfileResourceFormat).Name == nil || *pe.Resource.(customerinsights.ProfileResourceFormat).Name != "contoso/Customer" {
				t.Errorf("error holds state %q and profile %+v", pe.State, pe.Resource)
			}
			if !strings.Contains(err.Error(), string(tt.state)) || !strings.Contains(err.Error(), "hubs/contoso/profiles/Customer") {
				t.Errorf("message %q does not name the profile and the state", err)
			}
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.ErrorCode != "ProvisioningState"+string(tt.state) {
				t.Errorf("errors.As *azcore.ResponseError: %v", re)
			}
			if !poller.Done() {
				t.Error("the poller is not done after a terminal state")
			}
		})
	}
}

func TestBeginCreateOrUpdatePollErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		steps  []step
		status int
	}{
		{"the profile vanished while provisioning", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted},
			{method: http.MethodGet, path: customerPath, status: http.StatusNotFound, body: `{"error":{"code":"ResourceNotFound","message":"gone"}}`},
		}, http.StatusNotFound},
		{"the operation status reports Failed", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted, header: http.Header{"Azure-Asyncoperation": {armBase + "/ops/3"}}},
			{method: http.MethodGet, path: "/ops/3", status: http.StatusOK, body: `{"status":"Failed","error":{"code":"BadSchema","message":"no"}}`},
		}, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			poller, err := newClient(t, newScript(t, tt.steps...)).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = poller.PollUntilDone(context.Background(), fastPoll)
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.StatusCode != tt.status {
				t.Fatalf("error %v, want an *azcore.ResponseError with status %d", err, tt.status)
			}
		})
	}
}

func TestBeginDeleteFlows(t *testing.T) {
	t.Parallel()
	del := func(status int, header http.Header) step {
		return step{method: http.MethodDelete, path: customerPath, status: status, header: header}
	}
	tests := []struct {
		name    string
		steps   []step
		wantErr customerinsights.ProvisioningStates
	}{
		{"200", []step{del(http.StatusOK, nil)}, ""},
		{"204", []step{del(http.StatusNoContent, nil)}, ""},
		{"202 without a polling header: GET until 404", []step{
			del(http.StatusAccepted, nil),
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Deleting")},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("deleting")},
			{method: http.MethodGet, path: customerPath, status: http.StatusNotFound},
		}, ""},
		{"202 with Location", []step{
			del(http.StatusAccepted, http.Header{"Location": {armBase + "/ops/4"}}),
			{method: http.MethodGet, path: "/ops/4", status: http.StatusAccepted, header: http.Header{"Location": {armBase + "/ops/4"}}},
			{method: http.MethodGet, path: "/ops/4", status: http.StatusNoContent},
		}, ""},
		{"202 then Failed", []step{
			del(http.StatusAccepted, nil),
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Deleting")},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Failed")},
		}, customerinsights.ProvisioningStatesFailed},
		{"202 then HumanIntervention", []step{
			del(http.StatusAccepted, nil),
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("HumanIntervention")},
		}, customerinsights.ProvisioningStatesHumanIntervention},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, s).BeginDelete(context.Background(), "rg", "contoso", "Customer", &customerinsights.ProfilesClientBeginDeleteOptions{LocaleCode: to.Ptr("en-us")})
			if err != nil {
				t.Fatal(err)
			}
			_, err = poller.PollUntilDone(context.Background(), fastPoll)
			var pe *customerinsights.ProvisioningError
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != "" && (!errors.As(err, &pe) || pe.State != tt.wantErr):
				t.Fatalf("error %v, want a *ProvisioningError in state %s", err, tt.wantErr)
			}
			if q := s.Requests()[0].Query; !strings.Contains(q, "locale-code=en-us") {
				t.Errorf("DELETE query %q lacks locale-code", q)
			}
		})
	}
}
