package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// Operation is an operation of the Microsoft.IoTOperations provider.
type Operation struct {
	// Name is the operation's name, such as
	// Microsoft.IoTOperations/instances/read.
	Name *string `json:"name,omitempty"`
	// IsDataAction reports a data-plane action.
	IsDataAction *bool `json:"isDataAction,omitempty"`
	// Display describes the operation for people.
	Display *OperationDisplay `json:"display,omitempty"`
	// Origin is who may run the operation.
	Origin *Origin `json:"origin,omitempty"`
	// ActionType is Internal for operations only the service uses.
	ActionType *ActionType `json:"actionType,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Operation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Operation does not declare are kept in Unknown.
func (m *Operation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationDisplay describes an operation for people.
type OperationDisplay struct {
	// Provider is the provider's name.
	Provider *string `json:"provider,omitempty"`
	// Resource is the resource type.
	Resource *string `json:"resource,omitempty"`
	// Operation is the operation's short name.
	Operation *string `json:"operation,omitempty"`
	// Description is a description.
	Description *string `json:"description,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationDisplay) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationDisplay does not declare are kept in Unknown.
func (m *OperationDisplay) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationListResult is one page of provider operations.
type OperationListResult struct {
	// Value holds the operations of the page.
	Value []Operation `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationListResult does not declare are kept in Unknown.
func (m *OperationListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Origin is who may run an operation. Values this version does not know
// decode as they are.
type Origin string

// Known Origin values.
const (
	OriginUser       Origin = "user"
	OriginSystem     Origin = "system"
	OriginUserSystem Origin = "user,system"
)

// PossibleOriginValues returns the known Origin values.
func PossibleOriginValues() []Origin {
	return []Origin{OriginUser, OriginSystem, OriginUserSystem}
}

// ActionType is the kind of an action. Values this version does not know
// decode as they are.
type ActionType string

// Known ActionType values.
const (
	ActionTypeInternal ActionType = "Internal"
)

// PossibleActionTypeValues returns the known ActionType values.
func PossibleActionTypeValues() []ActionType {
	return []ActionType{ActionTypeInternal}
}
