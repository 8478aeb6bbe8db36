package deviceprovisioning

// AllocationPolicy is how a provisioning service assigns devices to its
// linked IoT hubs.
type AllocationPolicy string

// Values of AllocationPolicy.
const (
	AllocationPolicyHashed     AllocationPolicy = "Hashed"
	AllocationPolicyGeoLatency AllocationPolicy = "GeoLatency"
	AllocationPolicyStatic     AllocationPolicy = "Static"
)

// PossibleAllocationPolicyValues returns every AllocationPolicy value.
func PossibleAllocationPolicyValues() []AllocationPolicy {
	return []AllocationPolicy{AllocationPolicyHashed, AllocationPolicyGeoLatency, AllocationPolicyStatic}
}

// CreatedByType is the kind of identity that created or last modified a
// resource (ARM systemData).
type CreatedByType string

// Values of CreatedByType.
const (
	CreatedByTypeApplication     CreatedByType = "Application"
	CreatedByTypeKey             CreatedByType = "Key"
	CreatedByTypeManagedIdentity CreatedByType = "ManagedIdentity"
	CreatedByTypeUser            CreatedByType = "User"
)

// PossibleCreatedByTypeValues returns every CreatedByType value.
func PossibleCreatedByTypeValues() []CreatedByType {
	return []CreatedByType{CreatedByTypeApplication, CreatedByTypeKey, CreatedByTypeManagedIdentity, CreatedByTypeUser}
}

// DeviceRegistryNamespaceAuthenticationType is the managed identity a
// provisioning service uses to reach its Device Registry namespace
// (2025-02-01-preview).
type DeviceRegistryNamespaceAuthenticationType string

// Values of DeviceRegistryNamespaceAuthenticationType.
const (
	DeviceRegistryNamespaceAuthenticationTypeSystemAssigned DeviceRegistryNamespaceAuthenticationType = "SystemAssigned"
	DeviceRegistryNamespaceAuthenticationTypeUserAssigned   DeviceRegistryNamespaceAuthenticationType = "UserAssigned"
)

// PossibleDeviceRegistryNamespaceAuthenticationTypeValues returns every
// DeviceRegistryNamespaceAuthenticationType value.
func PossibleDeviceRegistryNamespaceAuthenticationTypeValues() []DeviceRegistryNamespaceAuthenticationType {
	return []DeviceRegistryNamespaceAuthenticationType{
		DeviceRegistryNamespaceAuthenticationTypeSystemAssigned, DeviceRegistryNamespaceAuthenticationTypeUserAssigned,
	}
}

// IotDpsSku is the SKU of a provisioning service.
type IotDpsSku string

// Values of IotDpsSku.
const (
	IotDpsSkuS1 IotDpsSku = "S1"
)

// PossibleIotDpsSkuValues returns every IotDpsSku value.
func PossibleIotDpsSkuValues() []IotDpsSku {
	return []IotDpsSku{IotDpsSkuS1}
}

// IotHubAuthenticationType is how a provisioning service authenticates to a
// linked IoT hub (2025-02-01-preview): with the hub's connection string
// (KeyBased) or with a managed identity.
type IotHubAuthenticationType string

// Values of IotHubAuthenticationType.
const (
	IotHubAuthenticationTypeKeyBased       IotHubAuthenticationType = "KeyBased"
	IotHubAuthenticationTypeUserAssigned   IotHubAuthenticationType = "UserAssigned"
	IotHubAuthenticationTypeSystemAssigned IotHubAuthenticationType = "SystemAssigned"
)

// PossibleIotHubAuthenticationTypeValues returns every
// IotHubAuthenticationType value.
func PossibleIotHubAuthenticationTypeValues() []IotHubAuthenticationType {
	return []IotHubAuthenticationType{IotHubAuthenticationTypeKeyBased, IotHubAuthenticationTypeUserAssigned, IotHubAuthenticationTypeSystemAssigned}
}

// IPFilterActionType is what an IP filter rule does with the requests it
// captures. The service accepts only these values (a closed enum).
type IPFilterActionType string

// Values of IPFilterActionType.
const (
	IPFilterActionTypeAccept IPFilterActionType = "Accept"
	IPFilterActionTypeReject IPFilterActionType = "Reject"
)

// PossibleIPFilterActionTypeValues returns every IPFilterActionType value.
func PossibleIPFilterActionTypeValues() []IPFilterActionType {
	return []IPFilterActionType{IPFilterActionTypeAccept, IPFilterActionTypeReject}
}

// IPFilterTargetType is the endpoint an IP filter rule applies to. The
// service accepts only these values (a closed enum).
type IPFilterTargetType string

// Values of IPFilterTargetType.
const (
	IPFilterTargetTypeAll        IPFilterTargetType = "all"
	IPFilterTargetTypeServiceAPI IPFilterTargetType = "serviceApi"
	IPFilterTargetTypeDeviceAPI  IPFilterTargetType = "deviceApi"
)

// PossibleIPFilterTargetTypeValues returns every IPFilterTargetType value.
func PossibleIPFilterTargetTypeValues() []IPFilterTargetType {
	return []IPFilterTargetType{IPFilterTargetTypeAll, IPFilterTargetTypeServiceAPI, IPFilterTargetTypeDeviceAPI}
}

// NameUnavailabilityReason says why a provisioning service name cannot be
// used.
type NameUnavailabilityReason string

// Values of NameUnavailabilityReason.
const (
	NameUnavailabilityReasonInvalid       NameUnavailabilityReason = "Invalid"
	NameUnavailabilityReasonAlreadyExists NameUnavailabilityReason = "AlreadyExists"
)

// PossibleNameUnavailabilityReasonValues returns every
// NameUnavailabilityReason value.
func PossibleNameUnavailabilityReasonValues() []NameUnavailabilityReason {
	return []NameUnavailabilityReason{NameUnavailabilityReasonInvalid, NameUnavailabilityReasonAlreadyExists}
}

// PrivateLinkServiceConnectionStatus is the status of a private endpoint
// connection.
type PrivateLinkServiceConnectionStatus string

// Values of PrivateLinkServiceConnectionStatus.
const (
	PrivateLinkServiceConnectionStatusPending      PrivateLinkServiceConnectionStatus = "Pending"
	PrivateLinkServiceConnectionStatusApproved     PrivateLinkServiceConnectionStatus = "Approved"
	PrivateLinkServiceConnectionStatusRejected     PrivateLinkServiceConnectionStatus = "Rejected"
	PrivateLinkServiceConnectionStatusDisconnected PrivateLinkServiceConnectionStatus = "Disconnected"
)

// PossiblePrivateLinkServiceConnectionStatusValues returns every
// PrivateLinkServiceConnectionStatus value.
func PossiblePrivateLinkServiceConnectionStatusValues() []PrivateLinkServiceConnectionStatus {
	return []PrivateLinkServiceConnectionStatus{
		PrivateLinkServiceConnectionStatusPending, PrivateLinkServiceConnectionStatusApproved,
		PrivateLinkServiceConnectionStatusRejected, PrivateLinkServiceConnectionStatusDisconnected,
	}
}

// PublicNetworkAccess says whether requests from public networks reach the
// provisioning service.
type PublicNetworkAccess string

// Values of PublicNetworkAccess.
const (
	PublicNetworkAccessEnabled  PublicNetworkAccess = "Enabled"
	PublicNetworkAccessDisabled PublicNetworkAccess = "Disabled"
)

// PossiblePublicNetworkAccessValues returns every PublicNetworkAccess value.
func PossiblePublicNetworkAccessValues() []PublicNetworkAccess {
	return []PublicNetworkAccess{PublicNetworkAccessEnabled, PublicNetworkAccessDisabled}
}

// State is the current state of a provisioning service.
type State string

// Values of State.
const (
	StateActivating       State = "Activating"
	StateActive           State = "Active"
	StateDeleting         State = "Deleting"
	StateDeleted          State = "Deleted"
	StateActivationFailed State = "ActivationFailed"
	StateDeletionFailed   State = "DeletionFailed"
	StateTransitioning    State = "Transitioning"
	StateSuspending       State = "Suspending"
	StateSuspended        State = "Suspended"
	StateResuming         State = "Resuming"
	StateFailingOver      State = "FailingOver"
	StateFailoverFailed   State = "FailoverFailed"
)

// PossibleStateValues returns every State value.
func PossibleStateValues() []State {
	return []State{
		StateActivating, StateActive, StateDeleting, StateDeleted, StateActivationFailed, StateDeletionFailed,
		StateTransitioning, StateSuspending, StateSuspended, StateResuming, StateFailingOver, StateFailoverFailed,
	}
}
