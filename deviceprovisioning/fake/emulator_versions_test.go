package fake_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// Every published api-version is accepted, and a service written with the
// preview is read back with the members each version knows.
func TestEmulatorAnswersEachAPIVersionWithItsMembers(t *testing.T) {
	t.Parallel()
	all := []string{"ipFilterRules", "publicNetworkAccess", "enableDataResidency", "systemData", "resourcegroup", "portalOperationsHostName", "identity", "deviceRegistryNamespace"}
	const (
		base     = 0
		ipFilter = 1
		privEP   = 2
		dataRes  = 4
		newest   = 6
	)
	upTo := func(n int) []string { return all[:n] }
	tests := []struct {
		version string
		members []string
	}{
		{"2017-08-21-preview", upTo(base)},
		{"2017-11-15", upTo(base)},
		{"2018-01-22", upTo(base)},
		{"2020-01-01", upTo(ipFilter)},
		{"2020-03-01", upTo(privEP)},
		{"2020-09-01-preview", upTo(privEP)},
		{"2021-02-01-preview", upTo(privEP)},
		{"2021-10-15", upTo(dataRes)},
		{"2022-02-05", upTo(dataRes)},
		{dps.DefaultAPIVersion, upTo(newest)},
		{"2023-03-01-preview", upTo(newest + 1)},
		{dps.PreviewAPIVersion, all},
	}
	if diff := cmp.Diff(fake.APIVersions(), func() []string {
		var vs []string
		for _, tt := range tests {
			vs = append(vs, tt.version)
		}
		return vs
	}()); diff != "" {
		t.Fatalf("versions under test (-emulator +test):\n%s", diff)
	}
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	d := newService()
	d.Identity = &dps.ManagedServiceIdentity{Type: to.Ptr(dps.ManagedServiceIdentityTypeSystemAssigned)}
	d.Properties.PublicNetworkAccess = to.Ptr(dps.PublicNetworkAccessEnabled)
	d.Properties.IPFilterRules = []dps.IPFilterRule{{FilterName: to.Ptr("lan"), Action: to.Ptr(dps.IPFilterActionTypeAccept), IPMask: to.Ptr("10.0.0.0/8")}}
	d.Properties.DeviceRegistryNamespace = &dps.DeviceRegistryNamespaceDescription{ResourceID: to.Ptr("/ns"), AuthenticationType: to.Ptr(dps.DeviceRegistryNamespaceAuthenticationTypeSystemAssigned)}
	create(t, newClient(t, emu, preview), "my-dps", d)

	for _, tt := range tests {
		t.Run(tt.version, func(t *testing.T) {
			t.Parallel()
			got, err := newClient(t, emu, func(o *dps.ClientOptions) { o.APIVersion = tt.version }).Get(context.Background(), "rg", "my-dps", nil)
			if err != nil {
				t.Fatal(err)
			}
			body, err := json.Marshal(got.ProvisioningServiceDescription)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Properties map[string]json.RawMessage `json:"properties"`
			}
			var top map[string]json.RawMessage
			if err := json.Unmarshal(body, &top); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(body, &doc); err != nil {
				t.Fatal(err)
			}
			var present []string
			for _, m := range all {
				_, inTop := top[m]
				_, inProps := doc.Properties[m]
				if inTop || inProps {
					present = append(present, m)
				}
			}
			if diff := cmp.Diff(tt.members, present, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("members of the answer (-want +got):\n%s", diff)
			}
		})
	}
}

// A client of an older api-version replacing the service keeps what it
// cannot see.
func TestEmulatorOlderVersionPutKeepsNewerMembers(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	d := newService()
	d.Properties.IPFilterRules = []dps.IPFilterRule{{FilterName: to.Ptr("lan"), Action: to.Ptr(dps.IPFilterActionTypeAccept), IPMask: to.Ptr("10.0.0.0/8")}}
	d.Properties.EnableDataResidency = to.Ptr(true)
	create(t, newClient(t, emu), "my-dps", d)
	create(t, newClient(t, emu, func(o *dps.ClientOptions) { o.APIVersion = "2018-01-22" }), "my-dps", newService())
	got, err := newClient(t, emu).Get(context.Background(), "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if p := got.Properties; len(p.IPFilterRules) != 1 || p.EnableDataResidency == nil || !*p.EnableDataResidency {
		t.Errorf("after a 2018-01-22 PUT: ipFilterRules %v, enableDataResidency %v", p.IPFilterRules, p.EnableDataResidency)
	}
}
