package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// Operation is one REST operation of the Microsoft.Devices provider.
type Operation struct {
	// Name is "{provider}/{resource}/{read | write | action | delete}" (read-only).
	Name *string `json:"name,omitempty"`
	// Display describes the operation.
	Display *OperationDisplay `json:"display,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Operation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Operation does not declare are kept in Unknown.
func (m *Operation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationDisplay describes an operation for display.
type OperationDisplay struct {
	// Provider is the service provider: Microsoft Devices (read-only).
	Provider *string `json:"provider,omitempty"`
	// Resource is the resource type: ProvisioningServices (read-only).
	Resource *string `json:"resource,omitempty"`
	// Operation is the name of the operation (read-only).
	Operation *string `json:"operation,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationDisplay) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationDisplay does not declare are kept in Unknown.
func (m *OperationDisplay) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationListResult is one page of the provider's operations.
type OperationListResult struct {
	// Value holds the operations of the page (read-only).
	Value []Operation `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page (read-only).
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationListResult does not declare are kept in Unknown.
func (m *OperationListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
