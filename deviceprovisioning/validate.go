package deviceprovisioning

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/azclients/azclients/internal/pipeline"
)

// serviceNameRE is the spec's ^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{2,49}[a-zA-Z0-9]$
// without its look-aheads, which checkServiceName tests on their own.
var serviceNameRE = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$`)

// checkServiceName checks a provisioning service name: 3 to 50 letters,
// digits and hyphens, starting and ending with a letter or digit, not all
// digits. The name becomes a host name, so the service rejects any other.
func checkServiceName(v *pipeline.Validator, field, name string) {
	switch {
	case name == "":
		v.Fail(field, name, "is required")
	case len(name) < 3 || len(name) > 50:
		v.Fail(field, name, "must be 3 to 50 characters long")
	case !serviceNameRE.MatchString(name):
		v.Fail(field, name, "may hold only letters, digits and hyphens, and must start and end with a letter or digit")
	case strings.Trim(name, "0123456789") == "":
		v.Fail(field, name, "must not be only digits")
	}
}

// checkServiceArgs checks the path arguments that name a provisioning
// service.
func checkServiceArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, provisioningServiceName string) {
	v.SubscriptionID(subscriptionID)
	v.ResourceGroup(resourceGroupName)
	checkServiceName(v, "provisioningServiceName", provisioningServiceName)
}

// previewFields reports whether apiVersion has the fields that
// 2025-02-01-preview added: it and any later version do (api-versions are
// dates, so they compare as strings).
func previewFields(apiVersion string) bool { return apiVersion >= "2025-02-01" }

// previewOnly records a field that apiVersion does not have.
func previewOnly(v *pipeline.Validator, apiVersion, field string, value any) {
	if !previewFields(apiVersion) {
		v.Fail(field, value, "requires api-version "+PreviewAPIVersion+" (set ClientOptions.APIVersion to PreviewAPIVersion); this client sends "+apiVersion)
	}
}

// checkDescription checks the body of a create or update: location, sku
// and properties present, a capacity of at least 1, complete IP filter
// rules, linked hubs and access policies, and preview fields only with an
// api-version that has them.
func checkDescription(v *pipeline.Validator, field string, d ProvisioningServiceDescription, apiVersion string) {
	if d.Location == nil || strings.TrimSpace(*d.Location) == "" {
		v.Fail(field+".location", nil, "is required")
	}
	if d.SKU == nil {
		v.Fail(field+".sku", nil, "is required")
	} else if d.SKU.Capacity != nil && *d.SKU.Capacity < 1 {
		v.Fail(field+".sku.capacity", *d.SKU.Capacity, "must be at least 1")
	}
	if d.Identity != nil {
		at := field + ".identity"
		previewOnly(v, apiVersion, at, identityType(d.Identity))
		if d.Identity.Type == nil || *d.Identity.Type == "" {
			v.Fail(at+".type", nil, "is required")
		}
	}
	if d.Properties == nil {
		v.Fail(field+".properties", nil, "is required")
		return
	}
	checkProperties(v, field+".properties", *d.Properties, apiVersion)
}

func identityType(m *ManagedServiceIdentity) any {
	if m.Type == nil {
		return nil
	}
	return string(*m.Type)
}

func checkProperties(v *pipeline.Validator, at string, p IotDpsPropertiesDescription, apiVersion string) {
	for i, r := range p.IPFilterRules {
		checkIPFilterRule(v, fmt.Sprintf("%s.ipFilterRules[%d]", at, i), r)
	}
	for i, h := range p.IotHubs {
		checkIotHub(v, fmt.Sprintf("%s.iotHubs[%d]", at, i), h, apiVersion)
	}
	for i, r := range p.AuthorizationPolicies {
		rule := fmt.Sprintf("%s.authorizationPolicies[%d]", at, i)
		if r.KeyName == nil || *r.KeyName == "" {
			v.Fail(rule+".keyName", nil, "is required")
		}
		if r.Rights == nil || len(r.Rights.Rights()) == 0 {
			v.Fail(rule+".rights", nil, "is required (build it with AccessRights)")
		}
	}
	if n := p.DeviceRegistryNamespace; n != nil {
		ns := at + ".deviceRegistryNamespace"
		previewOnly(v, apiVersion, ns, deref(n.ResourceID))
		if n.ResourceID == nil || *n.ResourceID == "" {
			v.Fail(ns+".resourceId", nil, "is required")
		}
		switch {
		case n.AuthenticationType == nil || *n.AuthenticationType == "":
			v.Fail(ns+".authenticationType", nil, "is required")
		case *n.AuthenticationType == DeviceRegistryNamespaceAuthenticationTypeUserAssigned &&
			(n.SelectedUserAssignedIdentityResourceID == nil || *n.SelectedUserAssignedIdentityResourceID == ""):
			v.Fail(ns+".selectedUserAssignedIdentityResourceId", nil, "is required when authenticationType is UserAssigned")
		}
	}
}

// checkIPFilterRule checks that a rule is complete: the service rejects a
// rule without a name, an action or a mask, and its action and target are
// closed enums.
func checkIPFilterRule(v *pipeline.Validator, at string, r IPFilterRule) {
	if r.FilterName == nil || *r.FilterName == "" {
		v.Fail(at+".filterName", nil, "is required")
	}
	switch {
	case r.Action == nil || *r.Action == "":
		v.Fail(at+".action", nil, "is required")
	case !slices.Contains(PossibleIPFilterActionTypeValues(), *r.Action):
		v.Fail(at+".action", string(*r.Action), "must be Accept or Reject")
	}
	switch {
	case r.IPMask == nil || *r.IPMask == "":
		v.Fail(at+".ipMask", nil, "is required")
	case !validIPMask(*r.IPMask):
		v.Fail(at+".ipMask", *r.IPMask, "must be an IP address or a CIDR range such as 192.168.0.0/24")
	}
	if r.Target != nil && !slices.Contains(PossibleIPFilterTargetTypeValues(), *r.Target) {
		v.Fail(at+".target", string(*r.Target), "must be all, serviceApi or deviceApi")
	}
}

func validIPMask(s string) bool {
	if _, err := netip.ParsePrefix(s); err == nil {
		return true
	}
	_, err := netip.ParseAddr(s)
	return err == nil
}

// checkIotHub checks a linked hub: a location always, a connection string
// unless the hub is reached with a managed identity, and the identity when
// it is user-assigned. The connection string is never put in an error.
func checkIotHub(v *pipeline.Validator, at string, h IotHubDefinitionDescription, apiVersion string) {
	if h.Location == nil || *h.Location == "" {
		v.Fail(at+".location", nil, "is required")
	}
	if h.AuthenticationType != nil {
		previewOnly(v, apiVersion, at+".authenticationType", string(*h.AuthenticationType))
	}
	if h.SelectedUserAssignedIdentityResourceID != nil {
		previewOnly(v, apiVersion, at+".selectedUserAssignedIdentityResourceId", *h.SelectedUserAssignedIdentityResourceID)
	}
	keyBased := h.AuthenticationType == nil || *h.AuthenticationType == "" || *h.AuthenticationType == IotHubAuthenticationTypeKeyBased
	if keyBased && (h.ConnectionString == nil || *h.ConnectionString == "") {
		v.Fail(at+".connectionString", nil, "is required with key-based authentication")
	}
	if h.AuthenticationType != nil && *h.AuthenticationType == IotHubAuthenticationTypeUserAssigned &&
		(h.SelectedUserAssignedIdentityResourceID == nil || *h.SelectedUserAssignedIdentityResourceID == "") {
		v.Fail(at+".selectedUserAssignedIdentityResourceId", nil, "is required when authenticationType is UserAssigned")
	}
}

// checkPrivateEndpointConnection checks the body of a private endpoint
// connection update: a state with a status and a description.
func checkPrivateEndpointConnection(v *pipeline.Validator, field string, c PrivateEndpointConnection) {
	if c.Properties == nil {
		v.Fail(field+".properties", nil, "is required")
		return
	}
	s := c.Properties.PrivateLinkServiceConnectionState
	at := field + ".properties.privateLinkServiceConnectionState"
	if s == nil {
		v.Fail(at, nil, "is required")
		return
	}
	if s.Status == nil || *s.Status == "" {
		v.Fail(at+".status", nil, "is required")
	}
	if s.Description == nil {
		v.Fail(at+".description", nil, "is required")
	}
}
