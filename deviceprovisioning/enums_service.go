package deviceprovisioning

// ProvisioningStatus enables or disables an enrollment or a group.
type ProvisioningStatus string

// Values of ProvisioningStatus.
const (
	ProvisioningStatusEnabled  ProvisioningStatus = "enabled"
	ProvisioningStatusDisabled ProvisioningStatus = "disabled"
)

// PossibleProvisioningStatusValues returns every ProvisioningStatus value.
func PossibleProvisioningStatusValues() []ProvisioningStatus {
	return []ProvisioningStatus{ProvisioningStatusEnabled, ProvisioningStatusDisabled}
}

// EnrollmentAllocationPolicy is how the service chooses the IoT hub of an
// enrollment's or a group's devices (the service API spells the values in
// lower camel case, unlike the instance's AllocationPolicy).
type EnrollmentAllocationPolicy string

// Values of EnrollmentAllocationPolicy.
const (
	// EnrollmentAllocationPolicyHashed spreads devices evenly over the hubs.
	EnrollmentAllocationPolicyHashed EnrollmentAllocationPolicy = "hashed"
	// EnrollmentAllocationPolicyGeoLatency picks the hub closest to the device.
	EnrollmentAllocationPolicyGeoLatency EnrollmentAllocationPolicy = "geoLatency"
	// EnrollmentAllocationPolicyStatic uses the one hub the enrollment lists.
	EnrollmentAllocationPolicyStatic EnrollmentAllocationPolicy = "static"
	// EnrollmentAllocationPolicyCustom asks the CustomAllocationDefinition's
	// webhook.
	EnrollmentAllocationPolicyCustom EnrollmentAllocationPolicy = "custom"
)

// PossibleEnrollmentAllocationPolicyValues returns every
// EnrollmentAllocationPolicy value.
func PossibleEnrollmentAllocationPolicyValues() []EnrollmentAllocationPolicy {
	return []EnrollmentAllocationPolicy{EnrollmentAllocationPolicyHashed, EnrollmentAllocationPolicyGeoLatency, EnrollmentAllocationPolicyStatic, EnrollmentAllocationPolicyCustom}
}

// RegistrationStatus is the status of a device registration.
type RegistrationStatus string

// Values of RegistrationStatus.
const (
	RegistrationStatusUnassigned RegistrationStatus = "unassigned"
	RegistrationStatusAssigning  RegistrationStatus = "assigning"
	RegistrationStatusAssigned   RegistrationStatus = "assigned"
	RegistrationStatusFailed     RegistrationStatus = "failed"
	RegistrationStatusDisabled   RegistrationStatus = "disabled"
)

// PossibleRegistrationStatusValues returns every RegistrationStatus value.
func PossibleRegistrationStatusValues() []RegistrationStatus {
	return []RegistrationStatus{RegistrationStatusUnassigned, RegistrationStatusAssigning, RegistrationStatusAssigned, RegistrationStatusFailed, RegistrationStatusDisabled}
}

// RegistrationSubstatus says how an assigned device got its hub.
type RegistrationSubstatus string

// Values of RegistrationSubstatus.
const (
	// RegistrationSubstatusInitialAssignment: the device's first hub.
	RegistrationSubstatusInitialAssignment RegistrationSubstatus = "initialAssignment"
	// RegistrationSubstatusDeviceDataMigrated: a new hub, the device's data moved with it.
	RegistrationSubstatusDeviceDataMigrated RegistrationSubstatus = "deviceDataMigrated"
	// RegistrationSubstatusDeviceDataReset: a new hub, the device's data reset from the enrollment.
	RegistrationSubstatusDeviceDataReset RegistrationSubstatus = "deviceDataReset"
	// RegistrationSubstatusReprovisionedToInitialAssignment: back to a former hub.
	RegistrationSubstatusReprovisionedToInitialAssignment RegistrationSubstatus = "reprovisionedToInitialAssignment"
)

// PossibleRegistrationSubstatusValues returns every RegistrationSubstatus
// value.
func PossibleRegistrationSubstatusValues() []RegistrationSubstatus {
	return []RegistrationSubstatus{RegistrationSubstatusInitialAssignment, RegistrationSubstatusDeviceDataMigrated, RegistrationSubstatusDeviceDataReset, RegistrationSubstatusReprovisionedToInitialAssignment}
}

// BulkOperationMode is the operation a bulk request applies to each item.
type BulkOperationMode string

// Values of BulkOperationMode.
const (
	// BulkOperationModeCreate creates items that must not exist.
	BulkOperationModeCreate BulkOperationMode = "create"
	// BulkOperationModeUpdate creates or replaces items.
	BulkOperationModeUpdate BulkOperationMode = "update"
	// BulkOperationModeUpdateIfMatchETag replaces items whose etag matches.
	BulkOperationModeUpdateIfMatchETag BulkOperationMode = "updateIfMatchETag"
	// BulkOperationModeDelete deletes items.
	BulkOperationModeDelete BulkOperationMode = "delete"
)

// PossibleBulkOperationModeValues returns every BulkOperationMode value.
func PossibleBulkOperationModeValues() []BulkOperationMode {
	return []BulkOperationMode{BulkOperationModeCreate, BulkOperationModeUpdate, BulkOperationModeUpdateIfMatchETag, BulkOperationModeDelete}
}
