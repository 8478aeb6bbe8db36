package fake_test

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

func TestEmulatorAcceptsEveryPublishedAPIVersion(t *testing.T) {
	t.Parallel()
	for _, v := range fake.APIVersions {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			c := newClient(t, fake.NewEmulator(&fake.EmulatorOptions{Polls: -1}), func(o *customerinsights.ClientOptions) { o.APIVersion = v })
			if _, err := create(t, c, "contoso", "Customer"); err != nil {
				t.Fatal(err)
			}
			got, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
			if err != nil || got.Name == nil || *got.Name != "contoso/Customer" {
				t.Fatalf("Get = %v, %v", got.Name, err)
			}
		})
	}
}

// TestEmulatorAnswersInTheRequestsVersion stores an interaction's
// participant references through 2017-01-01 and reads them through both
// versions, each in its own member names.
func TestEmulatorAnswersInTheRequestsVersion(t *testing.T) {
	t.Parallel()
	emu := newHubEmulator(t)
	url := hubURL + "/interactions/Visit"
	put := `{"properties":{"fields":[{"fieldName":"CustomerId","fieldType":"Edm.String"}],"participantProfiles":[{"participantName":"Visitor","profileTypeName":"Customer",` +
		`"participantPropertyReferences":[{"interactionPropertyName":"CustomerId","profilePropertyName":"Id"}]}]}}`
	if status, code := raw(t, emu, http.MethodPut, url+"?api-version=2017-01-01", put); status != http.StatusAccepted {
		t.Fatalf("PUT: %d %s", status, code)
	}
	tests := []struct {
		version string
		want    map[string]string
	}{
		{"2017-01-01", map[string]string{"interactionPropertyName": "CustomerId", "profilePropertyName": "Id"}},
		{"2017-04-26", map[string]string{"sourcePropertyName": "CustomerId", "targetPropertyName": "Id"}},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(http.MethodGet, url+"?api-version="+tt.version, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := emu.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Properties struct {
				ParticipantProfiles []struct {
					ParticipantPropertyReferences []map[string]string `json:"participantPropertyReferences"`
				} `json:"participantProfiles"`
			} `json:"properties"`
		}
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil || len(got.Properties.ParticipantProfiles) != 1 {
			t.Fatalf("%s: %v %+v", tt.version, err, got)
		}
		if diff := cmp.Diff([]map[string]string{tt.want}, got.Properties.ParticipantProfiles[0].ParticipantPropertyReferences); diff != "" {
			t.Errorf("%s references (-want +got):\n%s", tt.version, diff)
		}
	}
}
