package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/emulation"
)

const (
	subscriptionID = "91d12660-3dec-467a-be2a-213b5544ddc0"
	otherSub       = "0b1f6471-1bf0-4dda-aec3-cb9272f09590"
	groupPath      = "/subscriptions/" + subscriptionID + "/resourceGroups/rg/providers/Microsoft.Devices/provisioningServices"
	servicePath    = groupPath + "/my-dps"
	hubA           = "HostName=hub-a.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=aHViLWEta2V5"
	hubB           = "HostName=hub-b.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=aHViLWIta2V5"
)

var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

type clientOption func(*dps.ClientOptions)

func preview(o *dps.ClientOptions) { o.APIVersion = dps.PreviewAPIVersion }

func newClient(t testing.TB, transport policy.Transporter, configure ...clientOption) *dps.ProvisioningServicesClient {
	t.Helper()
	return newClientFor(t, subscriptionID, transport, configure...)
}

func newClientFor(t testing.TB, sub string, transport policy.Transporter, configure ...clientOption) *dps.ProvisioningServicesClient {
	t.Helper()
	opts := &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}}}
	for _, f := range configure {
		f(opts)
	}
	c, err := dps.NewProvisioningServicesClient(sub, &azfake.TokenCredential{}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newService() dps.ProvisioningServiceDescription {
	return dps.ProvisioningServiceDescription{
		Location:   to.Ptr("East US"),
		SKU:        &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{EnableDataResidency: to.Ptr(false)},
		Tags:       map[string]string{},
	}
}

func create(t testing.TB, c *dps.ProvisioningServicesClient, name string, d dps.ProvisioningServiceDescription) dps.ProvisioningServicesClientCreateOrUpdateResponse {
	t.Helper()
	poller, err := c.BeginCreateOrUpdate(context.Background(), "rg", name, d, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := poller.PollUntilDone(context.Background(), fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func modify(t testing.TB, c *dps.ProvisioningServicesClient, name string, fn func(*dps.ProvisioningServiceDescription) error) (dps.ProvisioningServicesClientModifyResponse, error) {
	t.Helper()
	poller, err := c.BeginModify(context.Background(), "rg", name, fn, nil)
	if err != nil {
		return dps.ProvisioningServicesClientModifyResponse{}, err
	}
	return poller.PollUntilDone(context.Background(), fastPoll)
}

// keys returns "name=primary/secondary" of every policy, from listkeys.
func keys(t testing.TB, c *dps.ProvisioningServicesClient, name string) []string {
	t.Helper()
	var out []string
	for r, err := range c.ListKeysIter(context.Background(), "rg", name, nil) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, *r.KeyName+"="+*r.PrimaryKey+"/"+*r.SecondaryKey)
	}
	return out
}

// trace returns "METHOD path status" for each request the emulator saw,
// with the resource group's services path shortened to "~".
func trace(e *fake.Emulator) []string {
	var out []string
	for _, r := range e.Requests() {
		out = append(out, fmt.Sprintf("%s %s %d", r.Method, strings.Replace(r.Path, groupPath, "~", 1), r.Status))
	}
	return out
}

func stored(t testing.TB, e *fake.Emulator, name string) map[string]any {
	t.Helper()
	raw, ok := e.Service(subscriptionID, "rg", name)
	if !ok {
		t.Fatalf("no service %s stored", name)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEmulatorCreateIsAnAsyncOperation(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 2})
	c := newClient(t, emu)
	got := create(t, c, "my-dps", newService())
	p := got.Properties
	if *got.ID != servicePath || *got.Location != "eastus" || *got.SKU.Tier != "Standard" || *got.ResourceGroup != "rg" || *got.SubscriptionID != subscriptionID ||
		*p.State != dps.StateActive || *p.ProvisioningState != "Succeeded" || *p.AllocationPolicy != dps.AllocationPolicyHashed ||
		*p.ServiceOperationsHostName != "my-dps.azure-devices-provisioning.net" || !strings.HasPrefix(*p.IDScope, "0ne") ||
		len(p.AuthorizationPolicies) != 1 || *p.AuthorizationPolicies[0].KeyName != "provisioningserviceowner" || p.AuthorizationPolicies[0].PrimaryKey != nil ||
		got.SystemData == nil || *got.SystemData.CreatedBy != "emulator@example.com" {
		t.Errorf("created %+v %+v", got.ProvisioningServiceDescription, p)
	}
	want := []string{
		"PUT ~/my-dps 201",
		"GET /_emulator/operations/op-1 200", "GET /_emulator/operations/op-1 200", "GET /_emulator/operations/op-1 200",
		"GET ~/my-dps 200",
	}
	if diff := cmp.Diff(want, trace(emu)); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

func TestEmulatorStatesWhileRunning(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1})
	c := newClient(t, emu)
	ctx := context.Background()
	poller, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	states := func() string {
		g, err := c.Get(ctx, "rg", "my-dps", nil)
		if err != nil {
			t.Fatal(err)
		}
		return *g.Properties.ProvisioningState + "/" + string(*g.Properties.State)
	}
	var seen []string
	seen = append(seen, states())
	for !poller.Done() {
		if _, err := poller.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		seen = append(seen, states())
	}
	if diff := cmp.Diff([]string{"Accepted/Activating", "Accepted/Activating", "Succeeded/Active"}, seen); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
	// an update goes through Transitioning
	poller, err = c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := states(); s != "Accepted/Transitioning" {
		t.Errorf("updating: %s", s)
	}
	if _, err := poller.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
}

func TestEmulatorFailedOperations(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	emu.AddFaults(emulation.Fault{Method: http.MethodPut, Kind: emulation.FaultFailOperation, Code: "IotHubUnreachable", Message: "the hub did not answer"})
	poller, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(ctx, fastPoll)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.ErrorCode != "IotHubUnreachable" {
		t.Fatalf("create error %v", err)
	}
	g, err := c.Get(ctx, "rg", "my-dps", nil)
	if err != nil || *g.Properties.State != dps.StateActivationFailed || *g.Properties.ProvisioningState != "Failed" {
		t.Fatalf("after a failed create: %v %+v", err, g.Properties)
	}
	emu.AddFaults(emulation.Fault{Method: http.MethodDelete, Kind: emulation.FaultFailOperation, Code: "DeletionFailed"})
	del, err := c.BeginDelete(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := del.PollUntilDone(ctx, fastPoll); !errors.As(err, &re) || re.ErrorCode != "DeletionFailed" {
		t.Fatalf("delete error %v", err)
	}
	if g, err := c.Get(ctx, "rg", "my-dps", nil); err != nil || *g.Properties.State != dps.StateDeletionFailed {
		t.Fatalf("after a failed delete: %v %+v", err, g.Properties)
	}
}

func TestEmulatorKeysOnlyFromListKeys(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	d := newService()
	d.Properties.AuthorizationPolicies = []dps.SharedAccessSignatureAuthorizationRule{
		{KeyName: to.Ptr("registrar"), Rights: to.Ptr(dps.AccessRights(dps.AccessRightsDescriptionEnrollmentRead, dps.AccessRightsDescriptionEnrollmentWrite))},
		{KeyName: to.Ptr("mine"), PrimaryKey: to.Ptr("bXktcHJpbWFyeQ=="), SecondaryKey: to.Ptr("bXktc2Vjb25kYXJ5"), Rights: to.Ptr(dps.AccessRightsDescriptionDeviceConnect)},
	}
	created := create(t, c, "my-dps", d)
	g, err := c.Get(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	var l []dps.ProvisioningServiceDescription
	for s, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
		if err != nil {
			t.Fatal(err)
		}
		l = append(l, s)
	}
	for what, s := range map[string]dps.ProvisioningServiceDescription{"create": created.ProvisioningServiceDescription, "get": g.ProvisioningServiceDescription, "list": l[0]} {
		body, _ := s.MarshalJSON()
		if strings.Contains(string(body), "primaryKey") || strings.Contains(string(body), "bXktcHJpbWFyeQ==") || len(s.Properties.AuthorizationPolicies) != 2 {
			t.Errorf("%s answers keys: %s", what, body)
		}
	}
	all := keys(t, c, "my-dps")
	if len(all) != 2 || !strings.HasPrefix(all[0], "registrar=") || len(all[0]) != len("registrar=")+44+1+44 || all[1] != "mine=bXktcHJpbWFyeQ==/bXktc2Vjb25kYXJ5" {
		t.Errorf("listkeys %q", all)
	}
	one, err := c.ListKeysForKeyName(ctx, "rg", "my-dps", "MINE", nil)
	if err != nil || *one.PrimaryKey != "bXktcHJpbWFyeQ==" || *one.Rights != dps.AccessRightsDescriptionDeviceConnect {
		t.Errorf("key by name: %v %v", err, one)
	}
	_, err = c.ListKeysForKeyName(ctx, "rg", "my-dps", "nobody", nil)
	var se *dps.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusNotFound || se.Code != "404202" {
		t.Errorf("missing key: %v", err)
	}
}

func TestEmulatorNaivePutLosesKeysBeginModifyKeepsThem(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	create(t, c, "my-dps", newService())
	before := keys(t, c, "my-dps")

	kept, err := modify(t, c, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.AllocationPolicy = to.Ptr(dps.AllocationPolicyGeoLatency)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if *kept.Properties.AllocationPolicy != dps.AllocationPolicyGeoLatency {
		t.Errorf("allocation policy %s", *kept.Properties.AllocationPolicy)
	}
	if diff := cmp.Diff(before, keys(t, c, "my-dps")); diff != "" {
		t.Errorf("BeginModify changed the keys (-before +after):\n%s", diff)
	}

	// what BeginModify guards against: Get, then PUT what it returned
	g, err := c.Get(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	create(t, c, "my-dps", g.ProvisioningServiceDescription)
	if after := keys(t, c, "my-dps"); cmp.Equal(before, after) {
		t.Error("a PUT of what Get returned kept the keys; the emulator no longer shows the hazard")
	}
}

func TestEmulatorModifyKeepsUnknownMembersHubsAndKeys(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	err := emu.SetService(subscriptionID, "rg", "my-dps", json.RawMessage(`{"location":"eastus","futureTop":{"tier":"gold","n":[1,2]},`+
		`"sku":{"name":"S1","capacity":3,"futureSku":"x"},"tags":{"env":"prod"},`+
		`"properties":{"state":"Active","provisioningState":"Succeeded","idScope":"0ne000000AB","futureProp":{"enabled":true},`+
		`"iotHubs":[{"name":"hub-a.azure-devices.net","connectionString":"`+hubA+`","location":"eastus","allocationWeight":3,"futureHub":7}],`+
		`"authorizationPolicies":[{"keyName":"provisioningserviceowner","primaryKey":"b3duZXItcA==","secondaryKey":"b3duZXItcw==","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite","futurePolicy":true}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, emu)
	g, err := c.Get(context.Background(), "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if cs := *g.Properties.IotHubs[0].ConnectionString; strings.Contains(cs, "aHViLWEta2V5") || !strings.HasSuffix(cs, "SharedAccessKey=****") {
		t.Errorf("GET shows the hub's key: %s", cs)
	}
	if _, err := modify(t, c, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.IotHubs = append(d.Properties.IotHubs, dps.IotHubDefinitionDescription{ConnectionString: to.Ptr(hubB), Location: to.Ptr("westeurope")})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s := stored(t, emu, "my-dps")
	props := s["properties"].(map[string]any)
	hubs := props["iotHubs"].([]any)
	policy := props["authorizationPolicies"].([]any)[0].(map[string]any)
	checks := map[string][2]any{
		"futureTop":          {s["futureTop"], map[string]any{"tier": "gold", "n": []any{1.0, 2.0}}},
		"sku":                {s["sku"], map[string]any{"name": "S1", "capacity": 3.0, "futureSku": "x", "tier": "Standard"}},
		"tags":               {s["tags"], map[string]any{"env": "prod"}},
		"futureProp":         {props["futureProp"], map[string]any{"enabled": true}},
		"idScope":            {props["idScope"], "0ne000000AB"},
		"hub a":              {hubs[0], map[string]any{"name": "hub-a.azure-devices.net", "connectionString": hubA, "location": "eastus", "allocationWeight": 3.0, "futureHub": 7.0}},
		"hub b":              {hubs[1], map[string]any{"name": "hub-b.azure-devices.net", "connectionString": hubB, "location": "westeurope"}},
		"policy keys":        {[]any{policy["primaryKey"], policy["secondaryKey"], policy["futurePolicy"]}, []any{"b3duZXItcA==", "b3duZXItcw==", true}},
		"number of policies": {len(props["authorizationPolicies"].([]any)), 1},
	}
	for what, c := range checks {
		if diff := cmp.Diff(c[1], c[0]); diff != "" {
			t.Errorf("%s (-want +stored):\n%s", what, diff)
		}
	}
}

func TestEmulatorEtagsGuardAgainstLostUpdates(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	create(t, c, "my-dps", newService())
	_, err := modify(t, c, "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		// someone else changes the service between the read and the write
		p, err := c.BeginUpdateTags(ctx, "rg", "my-dps", dps.TagsResource{Tags: map[string]string{"by": "someone else"}}, nil)
		if err != nil {
			return err
		}
		_, err = p.PollUntilDone(ctx, fastPoll)
		d.Tags = map[string]string{"by": "me"}
		return err
	})
	var se *dps.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusPreconditionFailed || se.Code != dps.ErrorCodePreconditionFailed {
		t.Fatalf("error %v, want 412", err)
	}
	if g, _ := c.Get(ctx, "rg", "my-dps", nil); g.Tags["by"] != "someone else" {
		t.Errorf("tags %v: the stale write went through", g.Tags)
	}
	// a stale etag in the body is refused too
	g, err := c.Get(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	create(t, c, "my-dps", newService())
	_, err = c.BeginCreateOrUpdate(ctx, "rg", "my-dps", g.ProvisioningServiceDescription, nil)
	if !errors.As(err, &se) || se.StatusCode != http.StatusPreconditionFailed {
		t.Fatalf("PUT with a stale body etag: %v", err)
	}
}

func TestEmulatorNamesAreGloballyUnique(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	ctx := context.Background()
	create(t, c, "my-dps", newService())
	check := func(name string) string {
		r, err := newClientFor(t, otherSub, emu).CheckNameAvailability(ctx, dps.OperationInputs{Name: to.Ptr(name)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if *r.NameAvailable {
			return "available"
		}
		return string(*r.Reason)
	}
	if diff := cmp.Diff([]string{"AlreadyExists", "AlreadyExists", "available", "Invalid", "Invalid"},
		[]string{check("my-dps"), check("MY-DPS"), check("other-dps"), check("-bad"), check("1234")}); diff != "" {
		t.Errorf("availability (-want +got):\n%s", diff)
	}
	_, err := newClientFor(t, otherSub, emu).BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	var se *dps.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusConflict || se.Code != "409001" {
		t.Fatalf("create in another subscription: %v", err)
	}
	del, err := c.BeginDelete(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := del.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	if got := check("my-dps"); got != "available" {
		t.Errorf("after delete the name is %s", got)
	}
}
