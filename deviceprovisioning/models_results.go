package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// ProvisioningServiceDescriptionListResult is one page of provisioning
// services.
type ProvisioningServiceDescriptionListResult struct {
	// Value holds the services of the page.
	Value []ProvisioningServiceDescription `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProvisioningServiceDescriptionListResult) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members ProvisioningServiceDescriptionListResult does not declare are kept in Unknown.
func (m *ProvisioningServiceDescriptionListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// SharedAccessSignatureAuthorizationRuleListResult is one page of shared
// access policies, with their keys.
type SharedAccessSignatureAuthorizationRuleListResult struct {
	// Value holds the policies of the page.
	Value []SharedAccessSignatureAuthorizationRule `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SharedAccessSignatureAuthorizationRuleListResult) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members SharedAccessSignatureAuthorizationRuleListResult does not declare are kept in Unknown.
func (m *SharedAccessSignatureAuthorizationRuleListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// IotDpsSkuDefinitionListResult is one page of the SKUs a provisioning
// service can use.
type IotDpsSkuDefinitionListResult struct {
	// Value holds the SKUs of the page.
	Value []IotDpsSkuDefinition `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IotDpsSkuDefinitionListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IotDpsSkuDefinitionListResult does not declare are kept in Unknown.
func (m *IotDpsSkuDefinitionListResult) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// IotDpsSkuDefinition is a SKU a provisioning service can use.
type IotDpsSkuDefinition struct {
	// Name is the SKU name.
	Name *IotDpsSku `json:"name,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m IotDpsSkuDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members IotDpsSkuDefinition does not declare are kept in Unknown.
func (m *IotDpsSkuDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationInputs is the body of CheckNameAvailability. Name is required.
type OperationInputs struct {
	// Name is the provisioning service name to check.
	Name *string `json:"name,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationInputs) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationInputs does not declare are kept in Unknown.
func (m *OperationInputs) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// NameAvailabilityInfo says whether a provisioning service name can be
// used, and if not, why.
type NameAvailabilityInfo struct {
	// NameAvailable is true when the name can be used.
	NameAvailable *bool `json:"nameAvailable,omitempty"`
	// Reason says why it cannot.
	Reason *NameUnavailabilityReason `json:"reason,omitempty"`
	// Message explains the reason.
	Message *string `json:"message,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m NameAvailabilityInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members NameAvailabilityInfo does not declare are kept in Unknown.
func (m *NameAvailabilityInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AsyncOperationResult is the status of a long-running operation.
type AsyncOperationResult struct {
	// Status is the operation's status, such as "Running", "Succeeded" or
	// "Failed".
	Status *string `json:"status,omitempty"`
	// Error says why the operation failed.
	Error *ErrorMessage `json:"error,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AsyncOperationResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AsyncOperationResult does not declare are kept in Unknown.
func (m *AsyncOperationResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ErrorMessage is the error of a failed long-running operation.
type ErrorMessage struct {
	// Code is the error code.
	Code *string `json:"code,omitempty"`
	// Message describes the error.
	Message *string `json:"message,omitempty"`
	// Details summarizes the error in detail.
	Details *string `json:"details,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ErrorMessage) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ErrorMessage does not declare are kept in Unknown.
func (m *ErrorMessage) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
