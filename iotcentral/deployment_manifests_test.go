package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

const manifestData = `{"modulesContent":{"$edgeAgent":{"properties.desired":{"schemaVersion":"1.1"}}}}`

// Every DeploymentManifestsClient method reaches its fake-server field.
func TestDeploymentManifestsThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var calls []string
	note := func(format string, args ...any) { calls = append(calls, fmt.Sprintf(format, args...)) }
	m := iotcentral.DeploymentManifest{ID: to.Ptr("m1"), Data: json.RawMessage(manifestData)}
	var srv fake.ServerFactory
	dm := &srv.DeploymentManifestsServer
	dm.NewListPager = func(*iotcentral.DeploymentManifestsClientListOptions) (p azfake.PagerResponder[iotcentral.DeploymentManifestsClientListResponse]) {
		note("list")
		var page iotcentral.DeploymentManifestsClientListResponse
		page.Value = []iotcentral.DeploymentManifest{m}
		p.AddPage(http.StatusOK, page, nil)
		return
	}
	dm.Get = func(_ context.Context, id string, _ *iotcentral.DeploymentManifestsClientGetOptions) (r azfake.Responder[iotcentral.DeploymentManifestsClientGetResponse], e azfake.ErrorResponder) {
		note("get %s", id)
		r.SetResponse(http.StatusOK, iotcentral.DeploymentManifestsClientGetResponse{DeploymentManifest: m}, nil)
		return
	}
	dm.Create = func(_ context.Context, id string, body iotcentral.DeploymentManifest, _ *iotcentral.DeploymentManifestsClientCreateOptions) (r azfake.Responder[iotcentral.DeploymentManifestsClientCreateResponse], e azfake.ErrorResponder) {
		note("create %s %s", id, *body.DisplayName)
		r.SetResponse(http.StatusOK, iotcentral.DeploymentManifestsClientCreateResponse{DeploymentManifest: body}, nil)
		return
	}
	dm.Update = func(_ context.Context, id string, body iotcentral.DeploymentManifest, _ *iotcentral.DeploymentManifestsClientUpdateOptions) (r azfake.Responder[iotcentral.DeploymentManifestsClientUpdateResponse], e azfake.ErrorResponder) {
		note("update %s %s", id, *body.DisplayName)
		r.SetResponse(http.StatusOK, iotcentral.DeploymentManifestsClientUpdateResponse{DeploymentManifest: m}, nil)
		return
	}
	dm.Delete = func(_ context.Context, id string, _ *iotcentral.DeploymentManifestsClientDeleteOptions) (r azfake.Responder[iotcentral.DeploymentManifestsClientDeleteResponse], e azfake.ErrorResponder) {
		note("delete %s", id)
		r.SetResponse(http.StatusNoContent, iotcentral.DeploymentManifestsClientDeleteResponse{}, nil)
		return
	}
	c, err := iotcentral.NewClient(testEndpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: fake.NewServerFactoryTransport(&srv), APIVersion: iotcentral.QueryPreviewAPIVersion,
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	manifests := c.DeploymentManifests()
	for got, err := range manifests.ListIter(ctx, nil) {
		if err != nil || string(got.Data) != manifestData {
			t.Fatalf("listed %s, %v", got.Data, err)
		}
	}
	steps := []error{
		second(manifests.Get(ctx, "m1", nil)),
		second(manifests.Create(ctx, "m2", iotcentral.DeploymentManifest{DisplayName: to.Ptr("Edge v2"), Data: json.RawMessage(manifestData)}, nil)),
		second(manifests.Update(ctx, "m2", iotcentral.DeploymentManifest{DisplayName: to.Ptr("Edge v3")}, nil)),
		second(manifests.Delete(ctx, "m2", nil)),
	}
	if err := errors.Join(steps...); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"list", "get m1", "create m2 Edge v2", "update m2 Edge v3", "delete m2"}, calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
}

// The emulator keeps deployment manifests: data required, merge-patch
// updates, etags, and no such path under the stable api-version.
func TestDeploymentManifestsOnTheEmulator(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(nil)
	manifests := newTestClientVersion(t, emu, iotcentral.QueryPreviewAPIVersion).DeploymentManifests()
	if _, err := newTestClient(t, emu).DeploymentManifests().Get(ctx, "m1", nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("stable api-version: %v", err)
	}
	_, err := manifests.Create(ctx, "m1", iotcentral.DeploymentManifest{DisplayName: to.Ptr("no data")}, nil)
	assertValidation(t, err, "manifest.data", "required")
	if _, err := manifests.Create(ctx, "m1", iotcentral.DeploymentManifest{Data: json.RawMessage(`[1]`)}, nil); !iotcentral.HasCode(err, iotcentral.ErrorCodeUnprocessableEntity) {
		t.Errorf("data not an object: %v", err)
	}
	created, err := manifests.Create(ctx, "m1", iotcentral.DeploymentManifest{DisplayName: to.Ptr("Edge"), Data: json.RawMessage(manifestData)}, nil)
	if err != nil || *created.ID != "m1" || created.ETag == nil {
		t.Fatalf("create: %+v, %v", created.DeploymentManifest, err)
	}
	if _, err := manifests.Update(ctx, "m1", iotcentral.DeploymentManifest{ETag: to.Ptr(`"stale"`)}, nil); !iotcentral.IsPreconditionFailed(err) {
		t.Errorf("stale etag: %v", err)
	}
	updated, err := manifests.Update(ctx, "m1", iotcentral.DeploymentManifest{DisplayName: to.Ptr("Edge v2")}, nil)
	if err != nil || *updated.DisplayName != "Edge v2" || string(updated.Data) != manifestData {
		t.Fatalf("update: %+v, %v", updated.DeploymentManifest, err)
	}
	var ids []string
	for m, err := range manifests.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *m.ID)
	}
	if d := cmp.Diff([]string{"m1"}, ids); d != "" {
		t.Errorf("list (-want +got):\n%s", d)
	}
	if _, err := manifests.Delete(ctx, "m1", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := manifests.Get(ctx, "m1", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after delete: %v", err)
	}
}
