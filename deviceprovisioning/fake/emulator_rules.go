package fake

import (
	"fmt"
	"net/netip"
	"slices"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// serviceRules checks what the service judges in a PUT body and the client
// leaves to it: a capacity of at least one unit, and IP filter rules whose
// action and target are members of their closed enums and whose mask is
// an address or a CIDR range. The answer is a 400 with
// ErrorCodeArgumentInvalid.
func serviceRules(d *dps.ProvisioningServiceDescription) error {
	if c := d.SKU.Capacity; c != nil && *c < 1 {
		return fmt.Errorf("sku.capacity %d is invalid: a provisioning service has at least 1 unit", *c)
	}
	for i, r := range d.Properties.IPFilterRules {
		if r.Action != nil && !slices.Contains(dps.PossibleIPFilterActionTypeValues(), *r.Action) {
			return fmt.Errorf("properties.ipFilterRules[%d].action %q is invalid: use Accept or Reject", i, *r.Action)
		}
		if r.Target != nil && !slices.Contains(dps.PossibleIPFilterTargetTypeValues(), *r.Target) {
			return fmt.Errorf("properties.ipFilterRules[%d].target %q is invalid: use all, serviceApi or deviceApi", i, *r.Target)
		}
		if r.IPMask != nil && !validIPMask(*r.IPMask) {
			return fmt.Errorf("properties.ipFilterRules[%d].ipMask %q is not an IP address or a CIDR range", i, *r.IPMask)
		}
	}
	return nil
}

func validIPMask(s string) bool {
	if _, err := netip.ParsePrefix(s); err == nil {
		return true
	}
	_, err := netip.ParseAddr(s)
	return err == nil
}
