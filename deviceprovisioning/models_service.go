package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
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
	Etag *string `json:"etag,omitempty"`
	// ID is the resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the service name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is the resource type, "Microsoft.Devices/ProvisioningServices".
	// Read-only.
	Type *string `json:"type,omitempty"`
	// Location is the Azure region. Required.
	Location *string `json:"location,omitempty"`
	// ResourceGroup is the resource group of the service ("resourcegroup").
	ResourceGroup *string `json:"resourcegroup,omitempty"`
	// SubscriptionID is the subscription of the service ("subscriptionid").
	SubscriptionID *string `json:"subscriptionid,omitempty"`
	// Tags are the resource tags.
	Tags map[string]string `json:"tags,omitempty"`
	// SKU is the pricing tier and capacity. Required.
	SKU *IotDpsSkuInfo `json:"sku,omitempty"`
	// Properties are the service-specific properties. Required.
	Properties *IotDpsPropertiesDescription `json:"properties,omitempty"`
	// Identity holds the managed identities of the service. It requires
	// api-version 2025-02-01-preview (PreviewAPIVersion).
	Identity *ManagedServiceIdentity `json:"identity,omitempty"`
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProvisioningServiceDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProvisioningServiceDescription does not declare are kept in Unknown.
func (m *ProvisioningServiceDescription) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// IotDpsPropertiesDescription are the service-specific properties of a
// provisioning service: its keys, linked IoT hubs, state, network rules and
// host names.
type IotDpsPropertiesDescription struct {
	// State is the current state of the service.
	State *State `json:"state,omitempty"`
	// PublicNetworkAccess says whether public networks reach the service.
	PublicNetworkAccess *PublicNetworkAccess `json:"publicNetworkAccess,omitempty"`
	// IPFilterRules are the IP filter rules.
	IPFilterRules []IPFilterRule `json:"ipFilterRules,omitempty"`
	// PrivateEndpointConnections are the private endpoint connections of
	// the service.
	PrivateEndpointConnections []PrivateEndpointConnection `json:"privateEndpointConnections,omitempty"`
	// ProvisioningState is the ARM provisioning state.
	ProvisioningState *string `json:"provisioningState,omitempty"`
	// IotHubs are the IoT hubs linked to the service.
	IotHubs []IotHubDefinitionDescription `json:"iotHubs,omitempty"`
	// DeviceRegistryNamespace is the Device Registry namespace linked to
	// the service. It requires api-version 2025-02-01-preview
	// (PreviewAPIVersion).
	DeviceRegistryNamespace *DeviceRegistryNamespaceDescription `json:"deviceRegistryNamespace,omitempty"`
	// AllocationPolicy is how devices are assigned to the linked hubs.
	AllocationPolicy *AllocationPolicy `json:"allocationPolicy,omitempty"`
	// ServiceOperationsHostName is the service endpoint. Read-only.
	ServiceOperationsHostName *string `json:"serviceOperationsHostName,omitempty"`
	// DeviceProvisioningHostName is the device endpoint. Read-only.
	DeviceProvisioningHostName *string `json:"deviceProvisioningHostName,omitempty"`
	// IDScope is the unique identifier of the service ("idScope").
	// Read-only.
	IDScope *string `json:"idScope,omitempty"`
	// AuthorizationPolicies are the shared access policies. The service
	// returns their keys only from NewListKeysPager and ListKeysForKeyName.
	AuthorizationPolicies []SharedAccessSignatureAuthorizationRule `json:"authorizationPolicies,omitempty"`
	// EnableDataResidency keeps data in the service's region, without
	// cross geo-pair disaster recovery.
	EnableDataResidency *bool `json:"enableDataResidency,omitempty"`
	// PortalOperationsHostName is the portal endpoint to enable CORS for.
	PortalOperationsHostName *string `json:"portalOperationsHostName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IotDpsPropertiesDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IotDpsPropertiesDescription does not declare are kept in Unknown.
func (m *IotDpsPropertiesDescription) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// IotDpsSkuInfo is the SKU of a provisioning service.
type IotDpsSkuInfo struct {
	// Name is the SKU name.
	Name *IotDpsSku `json:"name,omitempty"`
	// Tier is the pricing tier, such as "Standard". Read-only.
	Tier *string `json:"tier,omitempty"`
	// Capacity is the number of units to provision; at least 1.
	Capacity *int64 `json:"capacity,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IotDpsSkuInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IotDpsSkuInfo does not declare are kept in Unknown.
func (m *IotDpsSkuInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// IotHubDefinitionDescription is an IoT hub linked to a provisioning
// service. ConnectionString holds a key: the service returns it masked, and
// String never prints it.
type IotHubDefinitionDescription struct {
	// ApplyAllocationPolicy says whether the allocation policy applies to
	// the hub.
	ApplyAllocationPolicy *bool `json:"applyAllocationPolicy,omitempty"`
	// AllocationWeight is the weight of the hub for allocation.
	AllocationWeight *int32 `json:"allocationWeight,omitempty"`
	// Name is the host name of the hub. Read-only.
	Name *string `json:"name,omitempty"`
	// ConnectionString is the hub's connection string. Required with
	// key-based authentication (always with the stable api-version).
	ConnectionString *string `json:"connectionString,omitempty"`
	// Location is the hub's Azure region. Required.
	Location *string `json:"location,omitempty"`
	// AuthenticationType is how the service authenticates to the hub. It
	// requires api-version 2025-02-01-preview (PreviewAPIVersion).
	AuthenticationType *IotHubAuthenticationType `json:"authenticationType,omitempty"`
	// SelectedUserAssignedIdentityResourceID is the user-assigned identity
	// used when AuthenticationType is UserAssigned. It requires
	// api-version 2025-02-01-preview (PreviewAPIVersion).
	SelectedUserAssignedIdentityResourceID *string `json:"selectedUserAssignedIdentityResourceId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IotHubDefinitionDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IotHubDefinitionDescription does not declare are kept in Unknown.
func (m *IotHubDefinitionDescription) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
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

// IPFilterRule is an IP filter rule of a provisioning service. FilterName,
// Action and IPMask are required.
type IPFilterRule struct {
	// FilterName is the name of the rule.
	FilterName *string `json:"filterName,omitempty"`
	// Action is what the rule does with the requests it captures.
	Action *IPFilterActionType `json:"action,omitempty"`
	// IPMask is the address range, in CIDR notation, or one address.
	IPMask *string `json:"ipMask,omitempty"`
	// Target is the endpoint the rule applies to; all when not set.
	Target *IPFilterTargetType `json:"target,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IPFilterRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IPFilterRule does not declare are kept in Unknown.
func (m *IPFilterRule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SharedAccessSignatureAuthorizationRule is a shared access policy of a
// provisioning service (the spec's
// SharedAccessSignatureAuthorizationRule[AccessRightsDescription]). KeyName
// and Rights are required. PrimaryKey and SecondaryKey are secrets: String
// never prints them.
type SharedAccessSignatureAuthorizationRule struct {
	// KeyName is the name of the policy.
	KeyName *string `json:"keyName,omitempty"`
	// PrimaryKey is the primary SAS key.
	PrimaryKey *string `json:"primaryKey,omitempty"`
	// SecondaryKey is the secondary SAS key.
	SecondaryKey *string `json:"secondaryKey,omitempty"`
	// Rights is what the policy allows, possibly several rights in one
	// value (see AccessRights).
	Rights *AccessRightsDescription `json:"rights,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SharedAccessSignatureAuthorizationRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SharedAccessSignatureAuthorizationRule does not declare are kept in Unknown.
func (m *SharedAccessSignatureAuthorizationRule) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
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

// DeviceRegistryNamespaceDescription is the Device Registry namespace
// linked to a provisioning service (2025-02-01-preview). ResourceID and
// AuthenticationType are required; SelectedUserAssignedIdentityResourceID
// is required when AuthenticationType is UserAssigned.
type DeviceRegistryNamespaceDescription struct {
	// ResourceID is the ARM resource ID of the namespace.
	ResourceID *string `json:"resourceId,omitempty"`
	// AuthenticationType is the managed identity used with the namespace.
	AuthenticationType *DeviceRegistryNamespaceAuthenticationType `json:"authenticationType,omitempty"`
	// SelectedUserAssignedIdentityResourceID is the user-assigned identity
	// used when AuthenticationType is UserAssigned.
	SelectedUserAssignedIdentityResourceID *string `json:"selectedUserAssignedIdentityResourceId,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceRegistryNamespaceDescription) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceRegistryNamespaceDescription does not declare are kept in Unknown.
func (m *DeviceRegistryNamespaceDescription) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// TagsResource holds the tags of a provisioning service, the body of
// BeginUpdateTags.
type TagsResource struct {
	// Tags are the resource tags; they replace the service's tags.
	Tags map[string]string `json:"tags,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TagsResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TagsResource does not declare are kept in Unknown.
func (m *TagsResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
