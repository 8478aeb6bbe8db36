package deviceprovisioning

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// IndividualEnrollment is the enrollment of one device (the device
// enrollment record). RegistrationID and Attestation are required;
// RegistrationState, CreatedDateTimeUTC and LastUpdatedDateTimeUTC are
// read-only.
type IndividualEnrollment struct {
	// RegistrationID identifies the device's registration: lowercase letters, digits,
	// hyphens, periods, underscores and colons (the service checks the rule).
	RegistrationID *string `json:"registrationId,omitempty"`
	// DeviceID is the IoT Hub device ID to create; by default the registration ID.
	DeviceID *string `json:"deviceId,omitempty"`
	// RegistrationState is the device's current registration (read-only).
	RegistrationState *DeviceRegistrationState `json:"registrationState,omitempty"`
	// OptionalDeviceInformation is optional information about the device.
	OptionalDeviceInformation *TwinCollection `json:"optionalDeviceInformation,omitempty"`
	// Attestation is how the device proves its identity.
	Attestation AttestationMechanism `json:"attestation,omitempty"`
	// Capabilities of the device (IoT Edge or not).
	Capabilities *DeviceCapabilities `json:"capabilities,omitempty"`
	// IotHubHostName is the IoT hub the device was assigned to.
	IotHubHostName *string `json:"iotHubHostName,omitempty"`
	// InitialTwin is the twin the device starts with.
	InitialTwin *InitialTwin `json:"initialTwin,omitempty"`
	// Etag is the enrollment's entity tag, for If-Match.
	Etag *string `json:"etag,omitempty"`
	// ProvisioningStatus enables or disables the enrollment; the service defaults
	// it to enabled.
	ProvisioningStatus *ProvisioningStatus `json:"provisioningStatus,omitempty"`
	// ReprovisionPolicy is what happens when the device provisions again.
	ReprovisionPolicy *ReprovisionPolicy `json:"reprovisionPolicy,omitempty"`
	// CreatedDateTimeUTC is when the enrollment was created (read-only).
	CreatedDateTimeUTC *time.Time `json:"createdDateTimeUtc,omitempty"`
	// LastUpdatedDateTimeUTC is when the enrollment was last changed (read-only).
	LastUpdatedDateTimeUTC *time.Time `json:"lastUpdatedDateTimeUtc,omitempty"`
	// AllocationPolicy overrides the service's allocation policy for this
	// enrollment.
	AllocationPolicy *EnrollmentAllocationPolicy `json:"allocationPolicy,omitempty"`
	// IotHubs are the host names of the linked IoT hubs the device may be
	// assigned to.
	IotHubs []string `json:"iotHubs,omitempty"`
	// CustomAllocationDefinition is the webhook that chooses the hub, with
	// AllocationPolicy custom.
	CustomAllocationDefinition *CustomAllocationDefinition `json:"customAllocationDefinition,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IndividualEnrollment) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IndividualEnrollment does not declare are kept in Unknown.
func (m *IndividualEnrollment) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// EnrollmentGroup enrolls every device that attests with a shared key or
// certificate chain. EnrollmentGroupID and Attestation are required;
// CreatedDateTimeUTC and LastUpdatedDateTimeUTC are read-only.
type EnrollmentGroup struct {
	// EnrollmentGroupID identifies the group.
	EnrollmentGroupID *string `json:"enrollmentGroupId,omitempty"`
	// Attestation is how the group's devices prove their identity: a symmetric
	// key (devices use keys derived with DeriveDeviceKey) or X.509 signing or CA
	// certificates.
	Attestation AttestationMechanism `json:"attestation,omitempty"`
	// Capabilities of the group's devices.
	Capabilities *DeviceCapabilities `json:"capabilities,omitempty"`
	// IotHubHostName is the IoT hub host name.
	IotHubHostName *string `json:"iotHubHostName,omitempty"`
	// InitialTwin is the twin each device starts with.
	InitialTwin *InitialTwin `json:"initialTwin,omitempty"`
	// Etag is the group's entity tag, for If-Match.
	Etag *string `json:"etag,omitempty"`
	// ProvisioningStatus enables or disables the group; the service defaults it
	// to enabled.
	ProvisioningStatus *ProvisioningStatus `json:"provisioningStatus,omitempty"`
	// ReprovisionPolicy is what happens when a device provisions again.
	ReprovisionPolicy *ReprovisionPolicy `json:"reprovisionPolicy,omitempty"`
	// CreatedDateTimeUTC is when the group was created (read-only).
	CreatedDateTimeUTC *time.Time `json:"createdDateTimeUtc,omitempty"`
	// LastUpdatedDateTimeUTC is when the group was last changed (read-only).
	LastUpdatedDateTimeUTC *time.Time `json:"lastUpdatedDateTimeUtc,omitempty"`
	// AllocationPolicy overrides the service's allocation policy for the group.
	AllocationPolicy *EnrollmentAllocationPolicy `json:"allocationPolicy,omitempty"`
	// IotHubs are the host names of the linked IoT hubs the devices may be
	// assigned to.
	IotHubs []string `json:"iotHubs,omitempty"`
	// CustomAllocationDefinition is the webhook that chooses the hub, with
	// AllocationPolicy custom.
	CustomAllocationDefinition *CustomAllocationDefinition `json:"customAllocationDefinition,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EnrollmentGroup) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EnrollmentGroup does not declare are kept in Unknown.
func (m *EnrollmentGroup) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceRegistrationState is the registration of a device: which hub it
// was assigned to, or why it failed. Every field is read-only.
type DeviceRegistrationState struct {
	// RegistrationID identifies the registration.
	RegistrationID *string `json:"registrationId,omitempty"`
	// CreatedDateTimeUTC is when the device first registered.
	CreatedDateTimeUTC *time.Time `json:"createdDateTimeUtc,omitempty"`
	// AssignedHub is the IoT hub the device was assigned to.
	AssignedHub *string `json:"assignedHub,omitempty"`
	// DeviceID is the device's ID in that hub.
	DeviceID *string `json:"deviceId,omitempty"`
	// Status of the registration.
	Status *RegistrationStatus `json:"status,omitempty"`
	// Substatus says how an assigned device got its hub.
	Substatus *RegistrationSubstatus `json:"substatus,omitempty"`
	// ErrorCode is the code of a failed registration.
	ErrorCode *int32 `json:"errorCode,omitempty"`
	// ErrorMessage explains a failed registration.
	ErrorMessage *string `json:"errorMessage,omitempty"`
	// LastUpdatedDateTimeUTC is when the registration last changed.
	LastUpdatedDateTimeUTC *time.Time `json:"lastUpdatedDateTimeUtc,omitempty"`
	// Etag is the registration's entity tag, for If-Match.
	Etag *string `json:"etag,omitempty"`
	// Payload is what a custom allocation webhook returned to the device.
	Payload json.RawMessage `json:"payload,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceRegistrationState) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceRegistrationState does not declare are kept in Unknown.
func (m *DeviceRegistrationState) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeviceCapabilities are the capabilities of a device.
type DeviceCapabilities struct {
	// IotEdge marks an IoT Edge device; required, false by default.
	IotEdge *bool `json:"iotEdge,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCapabilities) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCapabilities does not declare are kept in Unknown.
func (m *DeviceCapabilities) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InitialTwin is the twin a device starts with: tags and desired
// properties.
type InitialTwin struct {
	// Tags of the twin.
	Tags *TwinCollection `json:"tags,omitempty"`
	// Properties of the twin.
	Properties *InitialTwinProperties `json:"properties,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InitialTwin) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InitialTwin does not declare are kept in Unknown.
func (m *InitialTwin) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// InitialTwinProperties are the initial properties of a twin.
type InitialTwinProperties struct {
	// Desired properties.
	Desired *TwinCollection `json:"desired,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m InitialTwinProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members InitialTwinProperties does not declare are kept in Unknown.
func (m *InitialTwinProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// TwinCollection is a collection of twin properties. The properties
// themselves, whose names are the device's, are the members that Unknown
// holds: set Unknown["temperature"] = json.RawMessage(`21.5`), and read
// them the same way; Version, Count and Metadata are the collection's own.
type TwinCollection struct {
	// Version of the collection.
	Version *int64 `json:"version,omitempty"`
	// Count is the number of properties.
	Count *int32 `json:"count,omitempty"`
	// Metadata of the collection.
	Metadata *TwinMetadata `json:"metadata,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TwinCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TwinCollection does not declare are kept in Unknown.
func (m *TwinCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// TwinMetadata is the metadata of a TwinCollection.
type TwinMetadata struct {
	// LastUpdated is when the collection last changed.
	LastUpdated *time.Time `json:"lastUpdated,omitempty"`
	// LastUpdatedVersion is the version of desired properties' metadata; nil
	// for reported properties.
	LastUpdatedVersion *int64 `json:"lastUpdatedVersion,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TwinMetadata) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TwinMetadata does not declare are kept in Unknown.
func (m *TwinMetadata) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ReprovisionPolicy is what the service does when a device provisions
// again. Both fields are required; the service's defaults are true.
type ReprovisionPolicy struct {
	// UpdateHubAssignment lets the service assign the device to another hub.
	UpdateHubAssignment *bool `json:"updateHubAssignment,omitempty"`
	// MigrateDeviceData moves the device's twin and capabilities to the new hub;
	// false resets them from the enrollment.
	MigrateDeviceData *bool `json:"migrateDeviceData,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ReprovisionPolicy) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ReprovisionPolicy does not declare are kept in Unknown.
func (m *ReprovisionPolicy) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// CustomAllocationDefinition is the webhook (for example an Azure Function)
// that chooses the hub of each device with the custom allocation policy.
// Both fields are required.
type CustomAllocationDefinition struct {
	// WebhookURL is the URL the service calls; it may carry a function key
	// (?code=…), which is a secret: String does not print the query.
	WebhookURL *string `json:"webhookUrl,omitempty"`
	// APIVersion is the API version of the types the webhook receives
	// (2018-09-01-preview or later).
	APIVersion *string `json:"apiVersion,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// String describes the definition without the webhook URL's query, where
// a function key travels.
func (m CustomAllocationDefinition) String() string {
	u := "<nil>"
	if m.WebhookURL != nil {
		u, _, _ = strings.Cut(*m.WebhookURL, "?")
		if u != *m.WebhookURL {
			u += "?(redacted)"
		}
	}
	v := "<nil>"
	if m.APIVersion != nil {
		v = *m.APIVersion
	}
	return "{WebhookURL:" + u + " APIVersion:" + v + "}"
}

// GoString is String, so that %#v does not print the function key either.
func (m CustomAllocationDefinition) GoString() string { return m.String() }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CustomAllocationDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CustomAllocationDefinition does not declare are kept in Unknown.
func (m *CustomAllocationDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// QuerySpecification is a query of enrollments, enrollment groups or
// registrations, such as "SELECT * FROM enrollments".
type QuerySpecification struct {
	// Query is the query text; required.
	Query *string `json:"query,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m QuerySpecification) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members QuerySpecification does not declare are kept in Unknown.
func (m *QuerySpecification) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BulkEnrollmentOperation applies one mode to several enrollments at once.
type BulkEnrollmentOperation struct {
	// Enrollments are the enrollments (the service takes up to 10).
	Enrollments []IndividualEnrollment `json:"enrollments,omitempty"`
	// Mode is the operation; required.
	Mode *BulkOperationMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentOperation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentOperation does not declare are kept in Unknown.
func (m *BulkEnrollmentOperation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BulkEnrollmentOperationResult reports a bulk operation on enrollments:
// IsSuccessful is true when every item succeeded, and Errors holds one
// entry per failed item.
type BulkEnrollmentOperationResult struct {
	// Errors of the failed items.
	Errors []BulkEnrollmentOperationError `json:"errors,omitempty"`
	// IsSuccessful reports whether every item succeeded.
	IsSuccessful *bool `json:"isSuccessful,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentOperationResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentOperationResult does not declare are kept in Unknown.
func (m *BulkEnrollmentOperationResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BulkEnrollmentOperationError is the failure of one item of a bulk
// operation on enrollments.
type BulkEnrollmentOperationError struct {
	// RegistrationID is the item's registration ID.
	RegistrationID *string `json:"registrationId,omitempty"`
	// ErrorCode is the service's error code (see the ErrorCode constants).
	ErrorCode *int32 `json:"errorCode,omitempty"`
	// ErrorStatus describes the failure.
	ErrorStatus *string `json:"errorStatus,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentOperationError) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentOperationError does not declare are kept in Unknown.
func (m *BulkEnrollmentOperationError) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BulkEnrollmentGroupOperation applies one mode to several enrollment
// groups at once.
type BulkEnrollmentGroupOperation struct {
	// EnrollmentGroups are the groups (the service takes up to 10).
	EnrollmentGroups []EnrollmentGroup `json:"enrollmentGroups,omitempty"`
	// Mode is the operation; required.
	Mode *BulkOperationMode `json:"mode,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentGroupOperation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentGroupOperation does not declare are kept in Unknown.
func (m *BulkEnrollmentGroupOperation) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BulkEnrollmentGroupOperationResult reports a bulk operation on
// enrollment groups: IsSuccessful is true when every item succeeded, and
// Errors holds one entry per failed item.
type BulkEnrollmentGroupOperationResult struct {
	// Errors of the failed items.
	Errors []BulkEnrollmentGroupOperationError `json:"errors,omitempty"`
	// IsSuccessful reports whether every item succeeded.
	IsSuccessful *bool `json:"isSuccessful,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentGroupOperationResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentGroupOperationResult does not declare are kept in Unknown.
func (m *BulkEnrollmentGroupOperationResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// BulkEnrollmentGroupOperationError is the failure of one item of a bulk
// operation on enrollment groups.
type BulkEnrollmentGroupOperationError struct {
	// EnrollmentGroupID is the item's group ID.
	EnrollmentGroupID *string `json:"enrollmentGroupId,omitempty"`
	// ErrorCode is the service's error code (see the ErrorCode constants).
	ErrorCode *int32 `json:"errorCode,omitempty"`
	// ErrorStatus describes the failure.
	ErrorStatus *string `json:"errorStatus,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BulkEnrollmentGroupOperationError) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BulkEnrollmentGroupOperationError does not declare are kept in Unknown.
func (m *BulkEnrollmentGroupOperationError) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
