package iotoperations

// CreatedByType is the kind of identity that created or last modified a
// resource. Values this version does not know decode as they are.
type CreatedByType string

// Known CreatedByType values.
const (
	CreatedByTypeApplication     CreatedByType = "Application"
	CreatedByTypeKey             CreatedByType = "Key"
	CreatedByTypeManagedIdentity CreatedByType = "ManagedIdentity"
	CreatedByTypeUser            CreatedByType = "User"
)

// PossibleCreatedByTypeValues returns the known CreatedByType values.
func PossibleCreatedByTypeValues() []CreatedByType {
	return []CreatedByType{CreatedByTypeApplication, CreatedByTypeKey, CreatedByTypeManagedIdentity, CreatedByTypeUser}
}

// ExtendedLocationType is the kind of an extended location.
type ExtendedLocationType string

// Known ExtendedLocationType values.
const (
	// ExtendedLocationTypeCustomLocation is an Azure Arc custom location.
	ExtendedLocationTypeCustomLocation ExtendedLocationType = "CustomLocation"
)

// PossibleExtendedLocationTypeValues returns the known ExtendedLocationType
// values.
func PossibleExtendedLocationTypeValues() []ExtendedLocationType {
	return []ExtendedLocationType{ExtendedLocationTypeCustomLocation}
}

// ProvisioningState is the state of the last operation on a resource.
type ProvisioningState string

// Known ProvisioningState values. Succeeded, Failed and Canceled are
// terminal.
const (
	ProvisioningStateAccepted     ProvisioningState = "Accepted"
	ProvisioningStateCanceled     ProvisioningState = "Canceled"
	ProvisioningStateDeleting     ProvisioningState = "Deleting"
	ProvisioningStateFailed       ProvisioningState = "Failed"
	ProvisioningStateProvisioning ProvisioningState = "Provisioning"
	ProvisioningStateSucceeded    ProvisioningState = "Succeeded"
	ProvisioningStateUpdating     ProvisioningState = "Updating"
)

// PossibleProvisioningStateValues returns the known ProvisioningState
// values.
func PossibleProvisioningStateValues() []ProvisioningState {
	return []ProvisioningState{
		ProvisioningStateAccepted, ProvisioningStateCanceled, ProvisioningStateDeleting, ProvisioningStateFailed,
		ProvisioningStateProvisioning, ProvisioningStateSucceeded, ProvisioningStateUpdating,
	}
}

// Terminal reports whether s ends an operation: Succeeded, Failed or
// Canceled.
func (s ProvisioningState) Terminal() bool {
	return s == ProvisioningStateSucceeded || s == ProvisioningStateFailed || s == ProvisioningStateCanceled
}

// ResourceHealthState is the health of a resource as the service sees it.
type ResourceHealthState string

// Known ResourceHealthState values.
const (
	ResourceHealthStateAvailable   ResourceHealthState = "Available"
	ResourceHealthStateDegraded    ResourceHealthState = "Degraded"
	ResourceHealthStateUnavailable ResourceHealthState = "Unavailable"
	ResourceHealthStateUnknown     ResourceHealthState = "Unknown"
)

// PossibleResourceHealthStateValues returns the known ResourceHealthState
// values.
func PossibleResourceHealthStateValues() []ResourceHealthState {
	return []ResourceHealthState{ResourceHealthStateAvailable, ResourceHealthStateDegraded, ResourceHealthStateUnavailable, ResourceHealthStateUnknown}
}
