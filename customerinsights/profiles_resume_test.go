package customerinsights_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/azclients/azclients/customerinsights"
)

func TestBeginCreateOrUpdateResumeToken(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		first, second []step
	}{
		{"polling GET on the profile", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Provisioning")},
		}, []step{
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Provisioning")},
			{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Succeeded")},
		}},
		{"following Location", []step{
			{method: http.MethodPut, path: customerPath, status: http.StatusAccepted, header: http.Header{"Location": {armBase + "/ops/5"}}},
			{method: http.MethodGet, path: "/ops/5", status: http.StatusAccepted, header: http.Header{"Location": {armBase + "/ops/5"}}},
		}, []step{
			{method: http.MethodGet, path: "/ops/5", status: http.StatusOK, body: profileBody("Succeeded")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			poller, err := newClient(t, newScript(t, tt.first...)).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerProfile(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := poller.Poll(context.Background()); err != nil {
				t.Fatal(err)
			}
			token, err := poller.ResumeToken()
			if err != nil {
				t.Fatal(err)
			}
			// a new process: another client, and no arguments but the token
			resumed, err := newClient(t, newScript(t, tt.second...)).BeginCreateOrUpdate(context.Background(), "", "", "", customerinsights.ProfileResourceFormat{},
				&customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
			if err != nil {
				t.Fatal(err)
			}
			got, err := resumed.PollUntilDone(context.Background(), fastPoll)
			if err != nil {
				t.Fatal(err)
			}
			if *got.Name != "contoso/Customer" {
				t.Errorf("resumed result %+v", got.ProfileResourceFormat)
			}
		})
	}
}

func TestBeginDeleteResumeToken(t *testing.T) {
	t.Parallel()
	poller, err := newClient(t, newScript(t,
		step{method: http.MethodDelete, path: customerPath, status: http.StatusAccepted},
	)).BeginDelete(context.Background(), "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	s := newScript(t,
		step{method: http.MethodGet, path: customerPath, status: http.StatusOK, body: profileBody("Deleting")},
		step{method: http.MethodGet, path: customerPath, status: http.StatusNotFound},
	)
	resumed, err := newClient(t, s).BeginDelete(context.Background(), "", "", "", &customerinsights.ProfilesClientBeginDeleteOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := resumed.PollUntilDone(context.Background(), fastPoll); err != nil {
		t.Fatal(err)
	}
	if got := len(s.Requests()); got != 2 {
		t.Errorf("the resumed poller sent %d requests, want 2", got)
	}
}

func TestResumeTokenMisuse(t *testing.T) {
	t.Parallel()
	poller, err := newClient(t, newScript(t,
		step{method: http.MethodDelete, path: customerPath, status: http.StatusAccepted},
	)).BeginDelete(context.Background(), "rg", "contoso", "Customer", nil)
	if err != nil {
		t.Fatal(err)
	}
	deleteToken, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, newScript(t))
	for name, token := range map[string]string{"a delete token": deleteToken, "not JSON": "{", "unknown poller": `{"type":"ProfilesClientCreateOrUpdateResponse","token":{}}`} {
		if _, err := c.BeginCreateOrUpdate(context.Background(), "", "", "", customerinsights.ProfileResourceFormat{}, &customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token}); err == nil {
			t.Errorf("BeginCreateOrUpdate resumed from %s", name)
		}
	}
	if _, err := c.BeginDelete(context.Background(), "", "", "", &customerinsights.ProfilesClientBeginDeleteOptions{ResumeToken: strings.Replace(deleteToken, "ProfilesClientDeleteResponse", "ProfilesClientGetResponse", 1)}); err == nil {
		t.Error("BeginDelete resumed from a token of another result type")
	}
}
