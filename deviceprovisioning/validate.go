package deviceprovisioning

import (
	"fmt"
	"strings"

	"github.com/azclients/azclients/internal/pipeline"
)

// checkServiceArgs checks the path arguments that name a provisioning
// service: a subscription ID that is a UUID and the two names present.
// The names' patterns and lengths are the service's to judge (it answers
// 400 or 404), and pipeline.Path refuses segments that would change the
// path's shape.
func checkServiceArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, provisioningServiceName string) {
	v.SubscriptionID(subscriptionID)
	v.Required("resourceGroupName", resourceGroupName != "")
	v.Required("provisioningServiceName", provisioningServiceName != "")
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

// checkDescription checks the body of a create or update: the members the
// spec requires (location, sku, properties, and those of IP filter rules,
// linked hubs and access policies) present, and preview fields only with
// an api-version that has them. Values (capacity, IP masks, enum members)
// are the service's to judge.
func checkDescription(v *pipeline.Validator, field string, d ProvisioningServiceDescription, apiVersion string) {
	if d.Location == nil || strings.TrimSpace(*d.Location) == "" {
		v.Fail(field+".location", nil, "is required")
	}
	if d.SKU == nil {
		v.Fail(field+".sku", nil, "is required")
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

// checkIPFilterRule checks that a rule has the members the spec requires:
// a name, an action and a mask.
func checkIPFilterRule(v *pipeline.Validator, at string, r IPFilterRule) {
	if r.FilterName == nil || *r.FilterName == "" {
		v.Fail(at+".filterName", nil, "is required")
	}
	if r.Action == nil || *r.Action == "" {
		v.Fail(at+".action", nil, "is required")
	}
	if r.IPMask == nil || *r.IPMask == "" {
		v.Fail(at+".ipMask", nil, "is required")
	}
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
