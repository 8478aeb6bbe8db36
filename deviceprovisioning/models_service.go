package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProvisioningServiceDescription is a Device Provisioning Service instance
// (Microsoft.Devices/provisioningServices). Location, SKU and Properties
// are required when it is created or replaced.
//
// The service never returns keys from Get, list or create/update answers:
// Properties.AuthorizationPolicies comes back without them. To change a
// service without losing its keys, use
// ProvisioningServicesClient.BeginModify.
type ProvisioningServiceDescription struct {
	// Etag is the entity tag of the service. When it is set on a create or
	// update, the service applies it only if it matches.
	Etag *string
	// ID is the resource ID. Read-only.
	ID *string
	// Name is the service name. Read-only.
	Name *string
	// Type is the resource type, "Microsoft.Devices/ProvisioningServices".
	// Read-only.
	Type *string
	// Location is the Azure region. Required.
	Location *string
	// ResourceGroup is the resource group of the service ("resourcegroup").
	ResourceGroup *string
	// SubscriptionID is the subscription of the service ("subscriptionid").
	SubscriptionID *string
	// Tags are the resource tags.
	Tags map[string]string
	// SKU is the pricing tier and capacity. Required.
	SKU *IotDpsSkuInfo
	// Properties are the service-specific properties. Required.
	Properties *IotDpsPropertiesDescription
	// Identity holds the managed identities of the service. It requires
	// api-version 2025-02-01-preview (PreviewAPIVersion).
	Identity *ManagedServiceIdentity
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s ProvisioningServiceDescription) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "etag", s.Etag)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "name", s.Name)
	pipeline.WriteString(&w, "type", s.Type)
	pipeline.WriteString(&w, "location", s.Location)
	pipeline.WriteString(&w, "resourcegroup", s.ResourceGroup)
	pipeline.WriteString(&w, "subscriptionid", s.SubscriptionID)
	pipeline.WriteMap(&w, "tags", s.Tags, pipeline.StringValue[string])
	pipeline.WriteModel(&w, "sku", s.SKU)
	pipeline.WriteModel(&w, "properties", s.Properties)
	pipeline.WriteModel(&w, "identity", s.Identity)
	pipeline.WriteModel(&w, "systemData", s.SystemData)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s ProvisioningServiceDescription) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *ProvisioningServiceDescription) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProvisioningServiceDescription", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "etag":
			return true, pipeline.DecodeString(v, &s.Etag)
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "name":
			return true, pipeline.DecodeString(v, &s.Name)
		case "type":
			return true, pipeline.DecodeString(v, &s.Type)
		case "location":
			return true, pipeline.DecodeString(v, &s.Location)
		case "resourcegroup":
			return true, pipeline.DecodeString(v, &s.ResourceGroup)
		case "subscriptionid":
			return true, pipeline.DecodeString(v, &s.SubscriptionID)
		case "tags":
			return true, pipeline.DecodeMap(v, &s.Tags, pipeline.StringElem[string])
		case "sku":
			return true, pipeline.DecodeModel(v, &s.SKU)
		case "properties":
			return true, pipeline.DecodeModel(v, &s.Properties)
		case "identity":
			return true, pipeline.DecodeModel(v, &s.Identity)
		case "systemData":
			return true, pipeline.DecodeModel(v, &s.SystemData)
		}
		return false, nil
	})
}

// IotDpsPropertiesDescription are the service-specific properties of a
// provisioning service: its keys, linked IoT hubs, state, network rules and
// host names.
type IotDpsPropertiesDescription struct {
	// State is the current state of the service.
	State *State
	// PublicNetworkAccess says whether public networks reach the service.
	PublicNetworkAccess *PublicNetworkAccess
	// IPFilterRules are the IP filter rules.
	IPFilterRules []IPFilterRule
	// PrivateEndpointConnections are the private endpoint connections of
	// the service.
	PrivateEndpointConnections []PrivateEndpointConnection
	// ProvisioningState is the ARM provisioning state.
	ProvisioningState *string
	// IotHubs are the IoT hubs linked to the service.
	IotHubs []IotHubDefinitionDescription
	// DeviceRegistryNamespace is the Device Registry namespace linked to
	// the service. It requires api-version 2025-02-01-preview
	// (PreviewAPIVersion).
	DeviceRegistryNamespace *DeviceRegistryNamespaceDescription
	// AllocationPolicy is how devices are assigned to the linked hubs.
	AllocationPolicy *AllocationPolicy
	// ServiceOperationsHostName is the service endpoint. Read-only.
	ServiceOperationsHostName *string
	// DeviceProvisioningHostName is the device endpoint. Read-only.
	DeviceProvisioningHostName *string
	// IDScope is the unique identifier of the service ("idScope").
	// Read-only.
	IDScope *string
	// AuthorizationPolicies are the shared access policies. The service
	// returns their keys only from NewListKeysPager and ListKeysForKeyName.
	AuthorizationPolicies []SharedAccessSignatureAuthorizationRule
	// EnableDataResidency keeps data in the service's region, without
	// cross geo-pair disaster recovery.
	EnableDataResidency *bool
	// PortalOperationsHostName is the portal endpoint to enable CORS for.
	PortalOperationsHostName *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p IotDpsPropertiesDescription) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "state", p.State)
	pipeline.WriteString(&w, "publicNetworkAccess", p.PublicNetworkAccess)
	pipeline.WriteSlice(&w, "ipFilterRules", p.IPFilterRules, pipeline.ModelValue[IPFilterRule])
	pipeline.WriteSlice(&w, "privateEndpointConnections", p.PrivateEndpointConnections, pipeline.ModelValue[PrivateEndpointConnection])
	pipeline.WriteString(&w, "provisioningState", p.ProvisioningState)
	pipeline.WriteSlice(&w, "iotHubs", p.IotHubs, pipeline.ModelValue[IotHubDefinitionDescription])
	pipeline.WriteModel(&w, "deviceRegistryNamespace", p.DeviceRegistryNamespace)
	pipeline.WriteString(&w, "allocationPolicy", p.AllocationPolicy)
	pipeline.WriteString(&w, "serviceOperationsHostName", p.ServiceOperationsHostName)
	pipeline.WriteString(&w, "deviceProvisioningHostName", p.DeviceProvisioningHostName)
	pipeline.WriteString(&w, "idScope", p.IDScope)
	pipeline.WriteSlice(&w, "authorizationPolicies", p.AuthorizationPolicies, pipeline.ModelValue[SharedAccessSignatureAuthorizationRule])
	w.Bool("enableDataResidency", p.EnableDataResidency)
	pipeline.WriteString(&w, "portalOperationsHostName", p.PortalOperationsHostName)
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p IotDpsPropertiesDescription) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *IotDpsPropertiesDescription) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IotDpsPropertiesDescription", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "state":
			return true, pipeline.DecodeString(v, &p.State)
		case "publicNetworkAccess":
			return true, pipeline.DecodeString(v, &p.PublicNetworkAccess)
		case "ipFilterRules":
			return true, pipeline.DecodeSlice(v, &p.IPFilterRules, pipeline.ModelElem[IPFilterRule])
		case "privateEndpointConnections":
			return true, pipeline.DecodeSlice(v, &p.PrivateEndpointConnections, pipeline.ModelElem[PrivateEndpointConnection])
		case "provisioningState":
			return true, pipeline.DecodeString(v, &p.ProvisioningState)
		case "iotHubs":
			return true, pipeline.DecodeSlice(v, &p.IotHubs, pipeline.ModelElem[IotHubDefinitionDescription])
		case "deviceRegistryNamespace":
			return true, pipeline.DecodeModel(v, &p.DeviceRegistryNamespace)
		case "allocationPolicy":
			return true, pipeline.DecodeString(v, &p.AllocationPolicy)
		case "serviceOperationsHostName":
			return true, pipeline.DecodeString(v, &p.ServiceOperationsHostName)
		case "deviceProvisioningHostName":
			return true, pipeline.DecodeString(v, &p.DeviceProvisioningHostName)
		case "idScope":
			return true, pipeline.DecodeString(v, &p.IDScope)
		case "authorizationPolicies":
			return true, pipeline.DecodeSlice(v, &p.AuthorizationPolicies, pipeline.ModelElem[SharedAccessSignatureAuthorizationRule])
		case "enableDataResidency":
			return true, pipeline.DecodeBool(v, &p.EnableDataResidency)
		case "portalOperationsHostName":
			return true, pipeline.DecodeString(v, &p.PortalOperationsHostName)
		}
		return false, nil
	})
}

// IotDpsSkuInfo is the SKU of a provisioning service.
type IotDpsSkuInfo struct {
	// Name is the SKU name.
	Name *IotDpsSku
	// Tier is the pricing tier, such as "Standard". Read-only.
	Tier *string
	// Capacity is the number of units to provision; at least 1.
	Capacity *int64

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s IotDpsSkuInfo) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "name", s.Name)
	pipeline.WriteString(&w, "tier", s.Tier)
	pipeline.WriteInt(&w, "capacity", s.Capacity)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s IotDpsSkuInfo) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *IotDpsSkuInfo) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IotDpsSkuInfo", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "name":
			return true, pipeline.DecodeString(v, &s.Name)
		case "tier":
			return true, pipeline.DecodeString(v, &s.Tier)
		case "capacity":
			return true, pipeline.DecodeInt(v, &s.Capacity)
		}
		return false, nil
	})
}

// IotHubDefinitionDescription is an IoT hub linked to a provisioning
// service. ConnectionString holds a key: the service returns it masked, and
// String never prints it.
type IotHubDefinitionDescription struct {
	// ApplyAllocationPolicy says whether the allocation policy applies to
	// the hub.
	ApplyAllocationPolicy *bool
	// AllocationWeight is the weight of the hub for allocation.
	AllocationWeight *int32
	// Name is the host name of the hub. Read-only.
	Name *string
	// ConnectionString is the hub's connection string. Required with
	// key-based authentication (always with the stable api-version).
	ConnectionString *string
	// Location is the hub's Azure region. Required.
	Location *string
	// AuthenticationType is how the service authenticates to the hub. It
	// requires api-version 2025-02-01-preview (PreviewAPIVersion).
	AuthenticationType *IotHubAuthenticationType
	// SelectedUserAssignedIdentityResourceID is the user-assigned identity
	// used when AuthenticationType is UserAssigned. It requires
	// api-version 2025-02-01-preview (PreviewAPIVersion).
	SelectedUserAssignedIdentityResourceID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// String describes the hub without its connection string.
func (h IotHubDefinitionDescription) String() string {
	s := "IotHub{name=" + deref(h.Name) + " location=" + deref(h.Location)
	if h.ConnectionString != nil {
		s += " connectionString=(redacted)"
	}
	return s + "}"
}

// GoString is String, so that %#v does not print the connection string.
func (h IotHubDefinitionDescription) GoString() string { return h.String() }

// AppendJSON appends the JSON encoding of h to b.
func (h IotHubDefinitionDescription) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Bool("applyAllocationPolicy", h.ApplyAllocationPolicy)
	pipeline.WriteInt(&w, "allocationWeight", h.AllocationWeight)
	pipeline.WriteString(&w, "name", h.Name)
	pipeline.WriteString(&w, "connectionString", h.ConnectionString)
	pipeline.WriteString(&w, "location", h.Location)
	pipeline.WriteString(&w, "authenticationType", h.AuthenticationType)
	pipeline.WriteString(&w, "selectedUserAssignedIdentityResourceId", h.SelectedUserAssignedIdentityResourceID)
	return w.Close(h.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (h IotHubDefinitionDescription) MarshalJSON() ([]byte, error) { return pipeline.Marshal(h) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (h *IotHubDefinitionDescription) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IotHubDefinitionDescription", &h.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "applyAllocationPolicy":
			return true, pipeline.DecodeBool(v, &h.ApplyAllocationPolicy)
		case "allocationWeight":
			return true, pipeline.DecodeInt(v, &h.AllocationWeight)
		case "name":
			return true, pipeline.DecodeString(v, &h.Name)
		case "connectionString":
			return true, pipeline.DecodeString(v, &h.ConnectionString)
		case "location":
			return true, pipeline.DecodeString(v, &h.Location)
		case "authenticationType":
			return true, pipeline.DecodeString(v, &h.AuthenticationType)
		case "selectedUserAssignedIdentityResourceId":
			return true, pipeline.DecodeString(v, &h.SelectedUserAssignedIdentityResourceID)
		}
		return false, nil
	})
}

// IPFilterRule is an IP filter rule of a provisioning service. FilterName,
// Action and IPMask are required.
type IPFilterRule struct {
	// FilterName is the name of the rule.
	FilterName *string
	// Action is what the rule does with the requests it captures.
	Action *IPFilterActionType
	// IPMask is the address range, in CIDR notation, or one address.
	IPMask *string
	// Target is the endpoint the rule applies to; all when not set.
	Target *IPFilterTargetType

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r IPFilterRule) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "filterName", r.FilterName)
	pipeline.WriteString(&w, "action", r.Action)
	pipeline.WriteString(&w, "ipMask", r.IPMask)
	pipeline.WriteString(&w, "target", r.Target)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r IPFilterRule) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *IPFilterRule) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IPFilterRule", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "filterName":
			return true, pipeline.DecodeString(v, &r.FilterName)
		case "action":
			return true, pipeline.DecodeString(v, &r.Action)
		case "ipMask":
			return true, pipeline.DecodeString(v, &r.IPMask)
		case "target":
			return true, pipeline.DecodeString(v, &r.Target)
		}
		return false, nil
	})
}

// SharedAccessSignatureAuthorizationRule is a shared access policy of a
// provisioning service (the spec's
// SharedAccessSignatureAuthorizationRule[AccessRightsDescription]). KeyName
// and Rights are required. PrimaryKey and SecondaryKey are secrets: String
// never prints them.
type SharedAccessSignatureAuthorizationRule struct {
	// KeyName is the name of the policy.
	KeyName *string
	// PrimaryKey is the primary SAS key.
	PrimaryKey *string
	// SecondaryKey is the secondary SAS key.
	SecondaryKey *string
	// Rights is what the policy allows, possibly several rights in one
	// value (see AccessRights).
	Rights *AccessRightsDescription

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// String describes the policy without its keys.
func (r SharedAccessSignatureAuthorizationRule) String() string {
	s := "SharedAccessPolicy{keyName=" + deref(r.KeyName)
	if r.Rights != nil {
		s += " rights=" + string(*r.Rights)
	}
	if r.PrimaryKey != nil || r.SecondaryKey != nil {
		s += " keys=(redacted)"
	}
	return s + "}"
}

// GoString is String, so that %#v does not print the keys.
func (r SharedAccessSignatureAuthorizationRule) GoString() string { return r.String() }

// AppendJSON appends the JSON encoding of r to b.
func (r SharedAccessSignatureAuthorizationRule) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "keyName", r.KeyName)
	pipeline.WriteString(&w, "primaryKey", r.PrimaryKey)
	pipeline.WriteString(&w, "secondaryKey", r.SecondaryKey)
	pipeline.WriteString(&w, "rights", r.Rights)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r SharedAccessSignatureAuthorizationRule) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(r)
}

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *SharedAccessSignatureAuthorizationRule) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SharedAccessSignatureAuthorizationRule", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "keyName":
			return true, pipeline.DecodeString(v, &r.KeyName)
		case "primaryKey":
			return true, pipeline.DecodeString(v, &r.PrimaryKey)
		case "secondaryKey":
			return true, pipeline.DecodeString(v, &r.SecondaryKey)
		case "rights":
			return true, pipeline.DecodeString(v, &r.Rights)
		}
		return false, nil
	})
}

// DeviceRegistryNamespaceDescription is the Device Registry namespace
// linked to a provisioning service (2025-02-01-preview). ResourceID and
// AuthenticationType are required; SelectedUserAssignedIdentityResourceID
// is required when AuthenticationType is UserAssigned.
type DeviceRegistryNamespaceDescription struct {
	// ResourceID is the ARM resource ID of the namespace.
	ResourceID *string
	// AuthenticationType is the managed identity used with the namespace.
	AuthenticationType *DeviceRegistryNamespaceAuthenticationType
	// SelectedUserAssignedIdentityResourceID is the user-assigned identity
	// used when AuthenticationType is UserAssigned.
	SelectedUserAssignedIdentityResourceID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d DeviceRegistryNamespaceDescription) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "resourceId", d.ResourceID)
	pipeline.WriteString(&w, "authenticationType", d.AuthenticationType)
	pipeline.WriteString(&w, "selectedUserAssignedIdentityResourceId", d.SelectedUserAssignedIdentityResourceID)
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d DeviceRegistryNamespaceDescription) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *DeviceRegistryNamespaceDescription) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DeviceRegistryNamespaceDescription", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "resourceId":
			return true, pipeline.DecodeString(v, &d.ResourceID)
		case "authenticationType":
			return true, pipeline.DecodeString(v, &d.AuthenticationType)
		case "selectedUserAssignedIdentityResourceId":
			return true, pipeline.DecodeString(v, &d.SelectedUserAssignedIdentityResourceID)
		}
		return false, nil
	})
}

// TagsResource holds the tags of a provisioning service, the body of
// BeginUpdateTags.
type TagsResource struct {
	// Tags are the resource tags; they replace the service's tags.
	Tags map[string]string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of t to b.
func (t TagsResource) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteMap(&w, "tags", t.Tags, pipeline.StringValue[string])
	return w.Close(t.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (t TagsResource) MarshalJSON() ([]byte, error) { return pipeline.Marshal(t) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (t *TagsResource) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "TagsResource", &t.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "tags" {
			return true, pipeline.DecodeMap(v, &t.Tags, pipeline.StringElem[string])
		}
		return false, nil
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
