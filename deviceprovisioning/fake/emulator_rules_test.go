package fake_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// The client leaves names, capacities and IP filter values to the service:
// the request goes out, and the service's 400 comes back typed.
func TestEmulatorJudgesWhatTheClientLeavesToTheService(t *testing.T) {
	t.Parallel()
	with := func(name string, f func(d *dps.ProvisioningServiceDescription)) func() (string, dps.ProvisioningServiceDescription) {
		return func() (string, dps.ProvisioningServiceDescription) {
			d := newService()
			if f != nil {
				f(&d)
			}
			return name, d
		}
	}
	rule := func(r dps.IPFilterRule) func(d *dps.ProvisioningServiceDescription) {
		return func(d *dps.ProvisioningServiceDescription) { d.Properties.IPFilterRules = []dps.IPFilterRule{r} }
	}
	accept, all := to.Ptr(dps.IPFilterActionTypeAccept), to.Ptr(dps.IPFilterTargetTypeAll)
	tests := []struct {
		name  string
		input func() (string, dps.ProvisioningServiceDescription)
		valid bool
	}{
		{"shortest name", with("abc", nil), true},
		{"longest name", with(strings.Repeat("a", 50), nil), true},
		{"name with digits first", with("1a2", nil), true},
		{"name too short", with("ab", nil), false},
		{"name too long", with(strings.Repeat("a", 51), nil), false},
		{"name starting with a hyphen", with("-abc", nil), false},
		{"name ending with a hyphen", with("abc-", nil), false},
		{"name with an underscore", with("a_bc", nil), false},
		{"name with a dot", with("dps.one", nil), false},
		{"name of digits only", with("12345", nil), false},
		{"capacity of zero", with("my-dps", func(d *dps.ProvisioningServiceDescription) { d.SKU.Capacity = to.Ptr[int64](0) }), false},
		{"IP rule, CIDR mask", with("my-dps", rule(dps.IPFilterRule{FilterName: to.Ptr("a"), Action: accept, IPMask: to.Ptr("10.0.0.0/8"), Target: all})), true},
		{"IP rule, IPv6 address", with("my-dps", rule(dps.IPFilterRule{FilterName: to.Ptr("a"), Action: accept, IPMask: to.Ptr("2001:db8::1")})), true},
		{"IP rule, unknown action", with("my-dps", rule(dps.IPFilterRule{FilterName: to.Ptr("a"), Action: to.Ptr(dps.IPFilterActionType("Allow")), IPMask: to.Ptr("10.0.0.0/8")})), false},
		{"IP rule, unknown target", with("my-dps", rule(dps.IPFilterRule{FilterName: to.Ptr("a"), Action: accept, IPMask: to.Ptr("10.0.0.0/8"), Target: to.Ptr(dps.IPFilterTargetType("everything"))})), false},
		{"IP rule, bad mask", with("my-dps", rule(dps.IPFilterRule{FilterName: to.Ptr("a"), Action: accept, IPMask: to.Ptr("10.0.0.0/33")})), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
			name, d := tt.input()
			poller, err := newClient(t, emu).BeginCreateOrUpdate(context.Background(), "rg", name, d, nil)
			if tt.valid {
				if err == nil {
					_, err = poller.PollUntilDone(context.Background(), fastPoll)
				}
				if err != nil {
					t.Fatalf("valid input refused: %v", err)
				}
				return
			}
			if !dps.HasCode(err, dps.ErrorCodeArgumentInvalid) {
				t.Fatalf("error %v, want the service's %s", err, dps.ErrorCodeArgumentInvalid)
			}
			if dps.HasCode(err, dps.ErrorCodeConflict) || dps.IsNotFound(err) {
				t.Errorf("HasCode or IsNotFound matched a 400: %v", err)
			}
			reqs := emu.Requests()
			if len(reqs) != 1 || reqs[0].Method != http.MethodPut {
				t.Errorf("requests %+v, want the PUT sent", reqs)
			}
		})
	}
}

func TestErrorHelpersMatchTheEmulatorsAnswers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	c := newClient(t, emu)
	_, err := c.Get(ctx, "rg", "missing-dps", nil)
	if !dps.IsNotFound(err) || dps.IsPreconditionFailed(err) || !dps.HasCode(err) {
		t.Errorf("Get of a missing service: IsNotFound %v, IsPreconditionFailed %v, HasCode() %v: %v",
			dps.IsNotFound(err), dps.IsPreconditionFailed(err), dps.HasCode(err), err)
	}
	create(t, c, "my-dps", newService())
	_, err = newClientFor(t, otherSub, emu).BeginCreateOrUpdate(ctx, "rg", "MY-DPS", newService(), nil)
	if !dps.HasCode(err, dps.ErrorCodeArgumentInvalid, dps.ErrorCodeConflict) || dps.IsNotFound(err) {
		t.Errorf("a taken name: %v, want %s", err, dps.ErrorCodeConflict)
	}
	if dps.HasCode(nil) || dps.IsNotFound(nil) || dps.IsPreconditionFailed(nil) {
		t.Error("a nil error matched")
	}
}
