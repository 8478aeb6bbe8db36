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

func TestUsersClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	users := map[string]iotcentral.User{}
	srv := fake.UsersServer{
		NewListPager: func(*iotcentral.UsersClientListOptions) azfake.PagerResponder[iotcentral.UsersClientListResponse] {
			var p azfake.PagerResponder[iotcentral.UsersClientListResponse]
			for _, u := range []iotcentral.User{
				&iotcentral.EmailUser{ID: to.Ptr("u1"), Email: to.Ptr("a@contoso.com")},
				&iotcentral.ServicePrincipalUser{ID: to.Ptr("u2"), TenantID: to.Ptr("t"), ObjectID: to.Ptr("o")},
				&iotcentral.ADGroupUser{ID: to.Ptr("u3"), TenantID: to.Ptr("t"), ObjectID: to.Ptr("g")},
			} {
				p.AddPage(http.StatusOK, iotcentral.UsersClientListResponse{UserCollection: iotcentral.UserCollection{Value: []iotcentral.User{u}}}, nil)
			}
			return p
		},
		Get: func(_ context.Context, id string, _ *iotcentral.UsersClientGetOptions) (resp azfake.Responder[iotcentral.UsersClientGetResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, iotcentral.UsersClientGetResponse{User: users[id]}, nil)
			return
		},
		Create: func(_ context.Context, id string, u iotcentral.User, _ *iotcentral.UsersClientCreateOptions) (resp azfake.Responder[iotcentral.UsersClientCreateResponse], errResp azfake.ErrorResponder) {
			if sp, ok := u.(*iotcentral.ServicePrincipalUser); ok {
				sp.ID = to.Ptr(id)
			}
			users[id] = u
			resp.SetResponse(http.StatusOK, iotcentral.UsersClientCreateResponse{User: u}, nil)
			return
		},
		Update: func(_ context.Context, id string, patch iotcentral.User, _ *iotcentral.UsersClientUpdateOptions) (resp azfake.Responder[iotcentral.UsersClientUpdateResponse], errResp azfake.ErrorResponder) {
			sp := users[id].(*iotcentral.ServicePrincipalUser)
			sp.Roles = patch.Info().Roles
			resp.SetResponse(http.StatusOK, iotcentral.UsersClientUpdateResponse{User: sp}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.UsersClientDeleteOptions) (resp azfake.Responder[iotcentral.UsersClientDeleteResponse], errResp azfake.ErrorResponder) {
			delete(users, id)
			resp.SetResponse(http.StatusNoContent, iotcentral.UsersClientDeleteResponse{}, nil)
			return
		},
	}
	uc := newTestClient(t, fake.NewUsersServerTransport(&srv)).Users()
	ctx := context.Background()

	var kinds []iotcentral.UserType
	for u, err := range uc.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, u.Kind())
	}
	if diff := cmp.Diff([]iotcentral.UserType{iotcentral.UserTypeEmail, iotcentral.UserTypeServicePrincipal, iotcentral.UserTypeADGroup}, kinds); diff != "" {
		t.Errorf("List kinds (-want +got):\n%s", diff)
	}

	sp := &iotcentral.ServicePrincipalUser{
		TenantID: to.Ptr("027fdad7-cf0f-470a-a26a-272197813322"),
		ObjectID: to.Ptr("65e13aac-1443-4c49-9d49-57b87197cfff"),
		Roles:    []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleBuilder), Organization: to.Ptr("seattle")}},
	}
	cr, err := uc.Create(ctx, "svc-1", sp, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := cr.User.(*iotcentral.ServicePrincipalUser); !ok || *got.ID != "svc-1" || *got.ObjectID != *sp.ObjectID {
		t.Fatalf("Create = %#v", cr.User)
	}
	up, err := uc.Update(ctx, "svc-1", &iotcentral.ServicePrincipalUser{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}}, nil)
	if err != nil || *up.Info().Roles[0].Role != iotcentral.RoleOperator {
		t.Fatalf("Update = %#v, %v", up.User, err)
	}
	got, err := uc.Get(ctx, "svc-1", nil)
	if err != nil || got.Kind() != iotcentral.UserTypeServicePrincipal || *got.Info().ID != "svc-1" {
		t.Fatalf("Get = %#v, %v", got.User, err)
	}
	if _, err := uc.Delete(ctx, "svc-1", nil); err != nil {
		t.Fatal(err)
	}
}
