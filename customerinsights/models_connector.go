package customerinsights

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ConnectorResourceFormat is a data connector of a hub: an ARM proxy
// resource whose definition is in Properties (nested under "properties" on
// the wire).
type ConnectorResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{connector}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/connectors". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *Connector `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Connector is a source of data for a hub (CRM, Azure Blob, Salesforce,
// ...).
type Connector struct {
	// ConnectorID is the connector ID. Read-only.
	ConnectorID *int32 `json:"connectorId,omitempty"`
	// ConnectorName is the connector name.
	ConnectorName *string `json:"connectorName,omitempty"`
	// ConnectorType is the kind of connector. Required.
	ConnectorType *ConnectorTypes `json:"connectorType,omitempty"`
	// DisplayName is the display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Description describes the connector.
	Description *string `json:"description,omitempty"`
	// ConnectorProperties holds the settings of the connector's kind, as free-
	// form JSON; they may hold connection strings and access tokens, which
	// String redacts. Required.
	ConnectorProperties map[string]any `json:"connectorProperties,omitempty"`
	// Created is when the connector was created. Read-only.
	Created *time.Time `json:"created,omitempty"`
	// LastModified is when the connector last changed. Read-only.
	LastModified *time.Time `json:"lastModified,omitempty"`
	// State is the connector state. Read-only.
	State *ConnectorStates `json:"state,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// IsInternal marks an internal connector.
	IsInternal *bool `json:"isInternal,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorListResult is one page of connectors.
type ConnectorListResult struct {
	// Value holds the connectors of the page.
	Value []ConnectorResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ConnectorTypes is the kind of a connector. A value this version does not
// list decodes as is.
type ConnectorTypes string

// Values of ConnectorTypes.
const (
	ConnectorTypesNone           ConnectorTypes = "None"
	ConnectorTypesCRM            ConnectorTypes = "CRM"
	ConnectorTypesAzureBlob      ConnectorTypes = "AzureBlob"
	ConnectorTypesSalesforce     ConnectorTypes = "Salesforce"
	ConnectorTypesExchangeOnline ConnectorTypes = "ExchangeOnline"
	ConnectorTypesOutbound       ConnectorTypes = "Outbound"
)

// PossibleConnectorTypesValues returns every ConnectorTypes value.
func PossibleConnectorTypesValues() []ConnectorTypes {
	return []ConnectorTypes{ConnectorTypesNone, ConnectorTypesCRM, ConnectorTypesAzureBlob, ConnectorTypesSalesforce, ConnectorTypesExchangeOnline, ConnectorTypesOutbound}
}

// ConnectorStates is the state of a connector. The service treats it as a
// closed set; a value this version does not list still decodes as is.
type ConnectorStates string

// Values of ConnectorStates.
const (
	ConnectorStatesCreating ConnectorStates = "Creating"
	ConnectorStatesCreated  ConnectorStates = "Created"
	ConnectorStatesReady    ConnectorStates = "Ready"
	ConnectorStatesExpiring ConnectorStates = "Expiring"
	ConnectorStatesDeleting ConnectorStates = "Deleting"
	ConnectorStatesFailed   ConnectorStates = "Failed"
)

// PossibleConnectorStatesValues returns every ConnectorStates value.
func PossibleConnectorStatesValues() []ConnectorStates {
	return []ConnectorStates{ConnectorStatesCreating, ConnectorStatesCreated, ConnectorStatesReady, ConnectorStatesExpiring, ConnectorStatesDeleting, ConnectorStatesFailed}
}

// String describes the connector without the values of
// ConnectorProperties, which may hold connection strings and access
// tokens; it also serves %v and %+v.
func (m Connector) String() string {
	str := func(s *string) string {
		if s == nil {
			return "<nil>"
		}
		return *s
	}
	typ, state := "<nil>", "<nil>"
	if m.ConnectorType != nil {
		typ = string(*m.ConnectorType)
	}
	if m.State != nil {
		state = string(*m.State)
	}
	return fmt.Sprintf("Connector{ConnectorName: %q, ConnectorType: %s, State: %s, ConnectorProperties: (%d members redacted)}",
		str(m.ConnectorName), typ, state, len(m.ConnectorProperties))
}

// GoString serves %#v, the connector properties redacted.
func (m Connector) GoString() string { return m.String() }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorResourceFormat does not declare are kept in Unknown.
func (m *ConnectorResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Connector) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Connector does not declare are kept in Unknown.
func (m *Connector) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ConnectorListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ConnectorListResult does not declare are kept in Unknown.
func (m *ConnectorListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
