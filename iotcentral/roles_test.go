package iotcentral_test

import (
	"context"
	"net/http"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
	"github.com/google/go-cmp/cmp"
)

func TestRolesClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	builtIn := []iotcentral.Role{
		{ID: to.Ptr(iotcentral.RoleAdministrator), DisplayName: to.Ptr("Administrator")},
		{ID: to.Ptr(iotcentral.RoleBuilder), DisplayName: to.Ptr("Builder")},
		{ID: to.Ptr(iotcentral.RoleOperator), DisplayName: to.Ptr("Operator")},
	}
	var askedFor string
	srv := fake.RolesServer{
		NewListPager: func(*iotcentral.RolesClientListOptions) azfake.PagerResponder[iotcentral.RolesClientListResponse] {
			var p azfake.PagerResponder[iotcentral.RolesClientListResponse]
			for _, r := range builtIn {
				p.AddPage(http.StatusOK, iotcentral.RolesClientListResponse{RoleCollection: iotcentral.RoleCollection{Value: []iotcentral.Role{r}}}, nil)
			}
			return p
		},
		Get: func(_ context.Context, id string, _ *iotcentral.RolesClientGetOptions) (resp azfake.Responder[iotcentral.RolesClientGetResponse], errResp azfake.ErrorResponder) {
			askedFor = id
			resp.SetResponse(http.StatusOK, iotcentral.RolesClientGetResponse{Role: iotcentral.Role{ID: to.Ptr(id)}}, nil)
			return
		},
	}
	rc := newTestClient(t, fake.NewRolesServerTransport(&srv)).Roles()
	var got []iotcentral.Role
	for r, err := range rc.ListIter(context.Background(), nil) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(builtIn, got); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	// role IDs have no pattern: whatever they hold stays one path segment
	if _, err := rc.Get(context.Background(), "custom/role?x#y", nil); err != nil || askedFor != "custom/role?x#y" {
		t.Errorf("Get: %v (server saw %q)", err, askedFor)
	}
}
