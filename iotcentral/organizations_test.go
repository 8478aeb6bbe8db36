package iotcentral_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
	"github.com/google/go-cmp/cmp"
)

func TestOrganizationsClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	orgs := map[string]iotcentral.Organization{}
	srv := fake.OrganizationsServer{
		NewListPager: func(*iotcentral.OrganizationsClientListOptions) azfake.PagerResponder[iotcentral.OrganizationsClientListResponse] {
			var p azfake.PagerResponder[iotcentral.OrganizationsClientListResponse]
			for i := range 3 {
				p.AddPage(http.StatusOK, iotcentral.OrganizationsClientListResponse{OrganizationCollection: iotcentral.OrganizationCollection{
					Value: []iotcentral.Organization{{ID: to.Ptr(fmt.Sprint("org-", i))}},
				}}, nil)
			}
			return p
		},
		Get: func(_ context.Context, id string, _ *iotcentral.OrganizationsClientGetOptions) (resp azfake.Responder[iotcentral.OrganizationsClientGetResponse], errResp azfake.ErrorResponder) {
			o, ok := orgs[id]
			if !ok {
				errResp.SetResponseError(http.StatusNotFound, "NotFound")
				return
			}
			resp.SetResponse(http.StatusOK, iotcentral.OrganizationsClientGetResponse{Organization: o}, nil)
			return
		},
		Create: func(_ context.Context, id string, o iotcentral.Organization, _ *iotcentral.OrganizationsClientCreateOptions) (resp azfake.Responder[iotcentral.OrganizationsClientCreateResponse], errResp azfake.ErrorResponder) {
			o.ID = to.Ptr(id)
			orgs[id] = o
			resp.SetResponse(http.StatusOK, iotcentral.OrganizationsClientCreateResponse{Organization: o}, nil)
			return
		},
		Update: func(_ context.Context, id string, patch iotcentral.Organization, _ *iotcentral.OrganizationsClientUpdateOptions) (resp azfake.Responder[iotcentral.OrganizationsClientUpdateResponse], errResp azfake.ErrorResponder) {
			o := orgs[id]
			if patch.DisplayName != nil {
				o.DisplayName = patch.DisplayName
			}
			orgs[id] = o
			resp.SetResponse(http.StatusOK, iotcentral.OrganizationsClientUpdateResponse{Organization: o}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.OrganizationsClientDeleteOptions) (resp azfake.Responder[iotcentral.OrganizationsClientDeleteResponse], errResp azfake.ErrorResponder) {
			delete(orgs, id)
			resp.SetResponse(http.StatusNoContent, iotcentral.OrganizationsClientDeleteResponse{}, nil)
			return
		},
	}
	oc := newTestClient(t, fake.NewOrganizationsServerTransport(&srv)).Organizations()
	ctx := context.Background()

	var ids []string
	for o, err := range oc.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *o.ID)
	}
	if diff := cmp.Diff([]string{"org-0", "org-1", "org-2"}, ids); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	if _, err := oc.Create(ctx, "seattle", iotcentral.Organization{DisplayName: to.Ptr("Seattle"), Parent: to.Ptr("washington")}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := oc.Update(ctx, "seattle", iotcentral.Organization{DisplayName: to.Ptr("Seattle, WA")}, nil); err != nil {
		t.Fatal(err)
	}
	got, err := oc.Get(ctx, "seattle", nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(iotcentral.Organization{ID: to.Ptr("seattle"), DisplayName: to.Ptr("Seattle, WA"), Parent: to.Ptr("washington")}, got.Organization); diff != "" {
		t.Errorf("Get (-want +got):\n%s", diff)
	}
	if _, err := oc.Delete(ctx, "seattle", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := oc.Get(ctx, "seattle", nil); err == nil {
		t.Error("Get after Delete succeeded")
	}
}
