package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// Operation is an operation of the Microsoft.CustomerInsights provider.
type Operation struct {
	// Name is "{provider}/{resource}/{operation}". Read-only.
	Name *string `json:"name,omitempty"`
	// Display describes the operation.
	Display *OperationDisplay `json:"display,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// OperationDisplay describes an operation for display.
type OperationDisplay struct {
	// Provider is the service provider: Microsoft Customer Insights. Read-
	// only.
	Provider *string `json:"provider,omitempty"`
	// Resource is the resource type the operation acts on. Read-only.
	Resource *string `json:"resource,omitempty"`
	// Operation is the operation, such as read or write. Read-only.
	Operation *string `json:"operation,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// OperationListResult is one page of the provider's operations.
type OperationListResult struct {
	// Value holds the operations of the page. Read-only.
	Value []Operation `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Operation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Operation does not declare are kept in Unknown.
func (m *Operation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationDisplay) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationDisplay does not declare are kept in Unknown.
func (m *OperationDisplay) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationListResult does not declare are kept in Unknown.
func (m *OperationListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
