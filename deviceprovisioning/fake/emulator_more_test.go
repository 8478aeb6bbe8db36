package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/emulation"
)

func previewService() dps.ProvisioningServiceDescription {
	d := newService()
	d.Identity = &dps.ManagedServiceIdentity{
		Type:                   to.Ptr(dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned),
		UserAssignedIdentities: map[string]dps.UserAssignedIdentity{"/mi/one": {}},
	}
	d.Properties.DeviceRegistryNamespace = &dps.DeviceRegistryNamespaceDescription{
		ResourceID: to.Ptr("/ns/one"), AuthenticationType: to.Ptr(dps.DeviceRegistryNamespaceAuthenticationTypeUserAssigned), SelectedUserAssignedIdentityResourceID: to.Ptr("/mi/one"),
	}
	return d
}

func TestEmulatorPreviewMembers(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	ctx := context.Background()
	pc, sc := newClient(t, emu, preview), newClient(t, emu)
	got := create(t, pc, "my-dps", previewService())
	id := got.Identity
	if *id.Type != dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned || id.PrincipalID == nil || id.TenantID == nil ||
		id.UserAssignedIdentities["/mi/one"].ClientID == nil || *got.Properties.DeviceRegistryNamespace.ResourceID != "/ns/one" {
		t.Errorf("preview create %+v %+v", id, got.Properties.DeviceRegistryNamespace)
	}
	g, err := sc.Get(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.Identity != nil || g.Properties.DeviceRegistryNamespace != nil {
		t.Errorf("the stable api-version shows preview members: %+v", g)
	}
	// a stable read-modify-write keeps what it cannot see
	if _, err := modify(t, sc, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Tags = map[string]string{"stable": "yes"}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	after, err := pc.Get(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got.Identity, after.Identity); diff != "" || after.Tags["stable"] != "yes" || *after.Properties.DeviceRegistryNamespace.ResourceID != "/ns/one" {
		t.Errorf("preview members after a stable update (-before +after):\n%s%+v", diff, after.Properties.DeviceRegistryNamespace)
	}
}

func TestEmulatorUpdateTagsAndErrorShapes(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	ctx := context.Background()
	create(t, newClient(t, emu), "my-dps", newService())
	for _, tt := range []struct {
		name string
		opts []clientOption
		code string
	}{{"stable: DPS errors", nil, "404201"}, {"preview: ARM errors", []clientOption{preview}, "ResourceNotFound"}} {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, emu, tt.opts...)
			p, err := c.BeginUpdateTags(ctx, "rg", "my-dps", dps.TagsResource{Tags: map[string]string{"v": tt.name}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.PollUntilDone(ctx, fastPoll)
			if err != nil || got.Tags["v"] != tt.name {
				t.Fatalf("update: %v %v", err, got.Tags)
			}
			_, err = c.BeginUpdateTags(ctx, "rg", "missing-dps", dps.TagsResource{}, nil)
			var se *dps.ServiceError
			if !errors.As(err, &se) || se.StatusCode != http.StatusNotFound || se.Code != tt.code {
				t.Errorf("missing: %v", err)
			}
		})
	}
}

func TestEmulatorDelete(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		headers fake.PollingHeaders
		poll    string
	}{{"both headers", 0, "/_emulator/operations/op-2"}, {"Location only", fake.LocationHeader, "/_emulator/operationResults/op-2"}} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1, DeletePollingHeaders: tt.headers})
			c := newClient(t, emu)
			ctx := context.Background()
			create(t, c, "my-dps", newService())
			for range 2 { // the second delete is answered 404: already gone
				p, err := c.BeginDelete(ctx, "rg", "my-dps", nil)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := p.PollUntilDone(ctx, fastPoll); err != nil {
					t.Fatal(err)
				}
			}
			_, err := c.Get(ctx, "rg", "my-dps", nil)
			var se *dps.ServiceError
			if !errors.As(err, &se) || se.StatusCode != http.StatusNotFound {
				t.Errorf("get after delete: %v", err)
			}
			tr := trace(emu)
			want := []string{"DELETE ~/my-dps 202", "GET " + tt.poll + " " + map[bool]string{true: "200", false: "202"}[tt.headers == 0], "GET " + tt.poll + " " + map[bool]string{true: "200", false: "204"}[tt.headers == 0], "DELETE ~/my-dps 404", "GET ~/my-dps 404"}
			if diff := cmp.Diff(want, tr[len(tr)-5:]); diff != "" {
				t.Errorf("requests (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEmulatorPagers(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1, PageSize: 2})
	c := newClient(t, emu)
	ctx := context.Background()
	var want []string
	for i := range 5 {
		name := fmt.Sprintf("dps-%d", i)
		create(t, c, name, newService())
		want = append(want, name)
	}
	other := newClientFor(t, otherSub, emu)
	if _, err := other.BeginCreateOrUpdate(ctx, "rg", "elsewhere", newService(), nil); err != nil {
		t.Fatal(err)
	}
	if err := emu.SetService(subscriptionID, "rg2", "in-rg2", json.RawMessage(`{"location":"eastus"}`)); err != nil {
		t.Fatal(err)
	}
	names := func(seq func(func(dps.ProvisioningServiceDescription, error) bool)) []string {
		var out []string
		for s, err := range seq {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, *s.Name)
		}
		return out
	}
	if diff := cmp.Diff(want, names(c.ListByResourceGroupIter(ctx, "rg", nil))); diff != "" {
		t.Errorf("by resource group (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(append(append([]string{}, want...), "in-rg2"), names(c.ListBySubscriptionIter(ctx, nil))); diff != "" {
		t.Errorf("by subscription (-want +got):\n%s", diff)
	}
	pages := 0
	pager := c.NewListByResourceGroupPager("rg", nil)
	for pager.More() {
		if _, err := pager.NextPage(ctx); err != nil {
			t.Fatal(err)
		}
		pages++
	}
	if pages != 3 {
		t.Errorf("%d pages of 2, want 3", pages)
	}

	// five policies over pages of two: a POST, then two GETs of nextLink
	if _, err := modify(t, c, "dps-0", func(d *dps.ProvisioningServiceDescription) error {
		for _, n := range []string{"a", "b", "c", "d"} {
			d.Properties.AuthorizationPolicies = append(d.Properties.AuthorizationPolicies, dps.SharedAccessSignatureAuthorizationRule{KeyName: to.Ptr(n), Rights: to.Ptr(dps.AccessRightsDescriptionEnrollmentRead)})
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	before := len(emu.Requests())
	if n := len(keys(t, c, "dps-0")); n != 5 {
		t.Errorf("%d keys", n)
	}
	if diff := cmp.Diff([]string{"POST ~/dps-0/listkeys 200", "GET ~/dps-0/listkeys 200", "GET ~/dps-0/listkeys 200"}, trace(emu)[before:]); diff != "" {
		t.Errorf("listkeys requests (-want +got):\n%s", diff)
	}
	var skus []dps.IotDpsSku
	for s, err := range c.ListValidSKUsIter(ctx, "rg", "dps-0", nil) {
		if err != nil {
			t.Fatal(err)
		}
		skus = append(skus, *s.Name)
	}
	if diff := cmp.Diff([]dps.IotDpsSku{dps.IotDpsSkuS1}, skus); diff != "" {
		t.Errorf("skus (-want +got):\n%s", diff)
	}
}

func TestEmulatorPrivateEndpoints(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1})
	c := newClient(t, emu)
	ctx := context.Background()
	create(t, c, "my-dps", newService())
	if err := emu.ConnectPrivateEndpoint(subscriptionID, "rg", "my-dps", "pe1", "/subscriptions/x/resourceGroups/net/providers/Microsoft.Network/privateEndpoints/pe1"); err != nil {
		t.Fatal(err)
	}
	if err := emu.ConnectPrivateEndpoint(subscriptionID, "rg", "nope-dps", "pe1", "/pe"); err == nil {
		t.Error("connected a missing service")
	}
	status := func() string {
		g, err := c.GetPrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
		if err != nil {
			t.Fatal(err)
		}
		return string(*g.Properties.PrivateLinkServiceConnectionState.Status)
	}
	if s := status(); s != "Pending" {
		t.Errorf("new connection %s", s)
	}
	p, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", dps.PrivateEndpointConnection{Properties: &dps.PrivateEndpointConnectionProperties{
		PrivateLinkServiceConnectionState: &dps.PrivateLinkServiceConnectionState{Status: to.Ptr(dps.PrivateLinkServiceConnectionStatusApproved), Description: to.Ptr("approved by test")},
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	approved, err := p.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if *approved.Properties.PrivateEndpoint.ID == "" || *approved.Properties.PrivateLinkServiceConnectionState.Description != "approved by test" || status() != "Approved" {
		t.Errorf("approved %+v", approved.Properties)
	}
	if g, _ := c.Get(ctx, "rg", "my-dps", nil); len(g.Properties.PrivateEndpointConnections) != 1 {
		t.Errorf("the service lists %d connections", len(g.Properties.PrivateEndpointConnections))
	}
	// a PUT of the service keeps its connections
	if _, err := modify(t, c, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.PrivateEndpointConnections = nil
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	list, err := c.ListPrivateEndpointConnections(ctx, "rg", "my-dps", nil)
	if err != nil || len(list.PrivateEndpointConnectionArray) != 1 {
		t.Fatalf("list %v %+v", err, list)
	}
	for range 2 { // the second is answered 204: no such connection
		d, err := c.BeginDeletePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.PollUntilDone(ctx, fastPoll); err != nil {
			t.Fatal(err)
		}
	}
	var se *dps.ServiceError
	if _, err := c.GetPrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil); !errors.As(err, &se) || se.Code != "404203" {
		t.Errorf("get deleted connection: %v", err)
	}
	if _, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", dps.PrivateEndpointConnection{Properties: &dps.PrivateEndpointConnectionProperties{
		PrivateLinkServiceConnectionState: &dps.PrivateLinkServiceConnectionState{Status: to.Ptr(dps.PrivateLinkServiceConnectionStatusApproved), Description: to.Ptr("")},
	}}, nil); !errors.As(err, &se) || se.StatusCode != http.StatusNotFound {
		t.Errorf("approve a missing connection: %v", err)
	}
	if list, err := c.ListPrivateEndpointConnections(ctx, "rg", "my-dps", nil); err != nil || list.PrivateEndpointConnectionArray == nil || len(list.PrivateEndpointConnectionArray) != 0 {
		t.Errorf("empty list %v %+v", err, list)
	}

	groups, err := c.ListPrivateLinkResources(ctx, "rg", "my-dps", nil)
	if err != nil || len(groups.Value) != 1 || *groups.Value[0].Properties.GroupID != "iotDps" {
		t.Fatalf("groups %v %+v", err, groups)
	}
	group, err := c.GetPrivateLinkResources(ctx, "rg", "my-dps", "iotDps", nil)
	if err != nil || !strings.HasSuffix(*group.ID, "/privateLinkResources/iotDps") || group.Properties.RequiredZoneNames[0] != "privatelink.azure-devices-provisioning.net" {
		t.Fatalf("group %v %+v", err, group)
	}
	if _, err := c.GetPrivateLinkResources(ctx, "rg", "my-dps", "other", nil); !errors.As(err, &se) || se.Code != "404204" {
		t.Errorf("missing group: %v", err)
	}
}

func TestEmulatorGetOperationResult(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 2})
	c := newClient(t, emu)
	ctx := context.Background()
	if _, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil); err != nil {
		t.Fatal(err)
	}
	var statuses []string
	for range 4 {
		r, err := c.GetOperationResult(ctx, "rg", "my-dps", "op-1", nil)
		if err != nil {
			t.Fatal(err)
		}
		statuses = append(statuses, *r.Status)
	}
	if diff := cmp.Diff([]string{"InProgress", "InProgress", "Succeeded", "Succeeded"}, statuses); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	var se *dps.ServiceError
	if _, err := c.GetOperationResult(ctx, "rg", "my-dps", "op-99", nil); !errors.As(err, &se) || se.Code != "404205" {
		t.Errorf("unknown operation: %v", err)
	}
}

func TestEmulatorFaultsAndBadRequests(t *testing.T) {
	t.Parallel()
	retries := func(o *dps.ClientOptions) {
		o.Retry = policy.RetryOptions{MaxRetries: 3, RetryDelay: time.Millisecond, MaxRetryDelay: time.Millisecond}
	}
	tests := []struct {
		name      string
		faults    []emulation.Fault
		configure []clientOption
		status    int
		code      string
	}{
		{"unsupported api-version", nil, []clientOption{func(o *dps.ClientOptions) { o.APIVersion = "2099-01-01" }}, http.StatusBadRequest, dps.ErrorCodeInvalidProtocolVersion},
		{"server error", []emulation.Fault{{Kind: emulation.FaultStatus, Status: http.StatusServiceUnavailable, Code: "ServiceUnavailable"}}, nil, http.StatusServiceUnavailable, "ServiceUnavailable"},
		{"throttled, retried", []emulation.Fault{{Kind: emulation.FaultThrottle, Times: 2, RetryAfter: time.Millisecond}}, []clientOption{retries}, http.StatusOK, ""},
		{"connection reset", []emulation.Fault{{Kind: emulation.FaultReset}}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
			create(t, newClient(t, emu), "my-dps", newService())
			emu.AddFaults(tt.faults...)
			_, err := newClient(t, emu, tt.configure...).Get(context.Background(), "rg", "my-dps", nil)
			var se *dps.ServiceError
			switch {
			case tt.status == http.StatusOK && err != nil:
				t.Errorf("error %v, want success after retries", err)
			case tt.status == 0 && (err == nil || errors.As(err, &se)):
				t.Errorf("error %v, want a transport error", err)
			case tt.status != http.StatusOK && tt.status != 0 && (!errors.As(err, &se) || se.StatusCode != tt.status || se.Code != tt.code):
				t.Errorf("error %v, want status %d code %s", err, tt.status, tt.code)
			}
			if n := emu.PendingFaults(); n != 0 {
				t.Errorf("%d faults left", n)
			}
		})
	}

	emu := fake.NewEmulator(nil)
	for _, tt := range []struct {
		name, method, path, body, code string
		status                         int
	}{
		{"body not JSON", http.MethodPut, servicePath, "{", "400004", http.StatusBadRequest},
		{"no sku", http.MethodPut, servicePath, `{"location":"x","properties":{}}`, "400004", http.StatusBadRequest},
		{"bad name", http.MethodPut, groupPath + "/a_b", `{}`, "400004", http.StatusBadRequest},
		{"masked key of an unknown hub", http.MethodPut, servicePath, `{"location":"x","sku":{},"properties":{"iotHubs":[{"connectionString":"HostName=h;SharedAccessKey=****","location":"x"}]}}`, "400004", http.StatusBadRequest},
		{"no asyncinfo", http.MethodGet, servicePath + "/operationresults/op-1", ``, "400004", http.StatusBadRequest},
		{"no name to check", http.MethodPost, "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/checkProvisioningServiceNameAvailability", `{}`, "400004", http.StatusBadRequest},
	} {
		req, err := http.NewRequest(tt.method, "https://management.azure.com"+tt.path+"?api-version=2022-12-12", strings.NewReader(tt.body))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := emu.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Code           json.Number `json:"code"`
			HTTPStatusCode string      `json:"httpStatusCode"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&body)
		_ = resp.Body.Close()
		if resp.StatusCode != tt.status || body.Code.String() != tt.code || body.HTTPStatusCode != "BadRequest" {
			t.Errorf("%s: answered %d %+v, want %d %s", tt.name, resp.StatusCode, body, tt.status, tt.code)
		}
	}
}

func TestEmulatorResumeToken(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 3})
	ctx := context.Background()
	poller, err := newClient(t, emu).BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := newClient(t, emu).BeginCreateOrUpdate(ctx, "", "", dps.ProvisioningServiceDescription{}, &dps.ProvisioningServicesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	got, err := resumed.PollUntilDone(ctx, fastPoll)
	if err != nil || *got.Properties.ProvisioningState != "Succeeded" {
		t.Fatalf("%v, %+v", err, got)
	}
	if n := len(emu.Requests()); n != 6 {
		t.Errorf("%d requests, want a PUT, 4 polls and a GET: %v", n, trace(emu))
	}
}

func TestEmulatorSlowResponse(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	create(t, c, "my-dps", newService())
	emu.AddFaults(emulation.Fault{Method: http.MethodPost, Kind: emulation.FaultDelay, Delay: time.Minute})
	done := make(chan error, 1)
	go func() {
		_, err := c.ListKeysForKeyName(context.Background(), "rg", "my-dps", "provisioningserviceowner", nil)
		done <- err
	}()
	emu.Clock().WaitForWaiters(1)
	emu.Clock().Advance(time.Minute)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestEmulatorOverHTTP serves the emulator on a loopback TLS server and
// runs a create, a modification, a key read and a delete against it.
func TestEmulatorOverHTTP(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1, PageSize: 1})
	srv := httptest.NewTLSServer(emu)
	t.Cleanup(srv.Close)
	c := newClient(t, srv.Client(), func(o *dps.ClientOptions) {
		o.Cloud = cloud.Configuration{
			ActiveDirectoryAuthorityHost: srv.URL + "/",
			Services:                     map[cloud.ServiceName]cloud.ServiceConfiguration{cloud.ResourceManager: {Endpoint: srv.URL, Audience: "https://management.core.windows.net/"}},
		}
	})
	ctx := context.Background()
	create(t, c, "my-dps", newService())
	if _, err := modify(t, c, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.AuthorizationPolicies = append(d.Properties.AuthorizationPolicies, dps.SharedAccessSignatureAuthorizationRule{KeyName: to.Ptr("second"), Rights: to.Ptr(dps.AccessRightsDescriptionDeviceConnect)})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n := len(keys(t, c, "my-dps")); n != 2 {
		t.Errorf("%d keys over 1-item pages, want 2", n)
	}
	d, err := c.BeginDelete(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	for _, r := range emu.Requests() {
		if r.Status >= 400 {
			t.Errorf("%s %s answered %d", r.Method, r.Path, r.Status)
		}
	}
}
