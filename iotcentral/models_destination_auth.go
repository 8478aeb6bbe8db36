package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// BlobStorageV1DestinationAuth is how IoT Central authenticates to a Blob storage destination, told apart by
// "type": *BlobStorageV1DestinationConnectionStringAuth, *BlobStorageV1DestinationSystemAssignedManagedIdentityAuth, or *UnknownBlobStorageV1DestinationAuth for a type this version does not know.
type BlobStorageV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isBlobStorageV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[BlobStorageV1DestinationAuth]("type",
		func(kind string) BlobStorageV1DestinationAuth {
			switch kind {
			case "connectionString":
				return &BlobStorageV1DestinationConnectionStringAuth{}
			case "systemAssignedManagedIdentity":
				return &BlobStorageV1DestinationSystemAssignedManagedIdentityAuth{}
			default:
				return &UnknownBlobStorageV1DestinationAuth{}
			}
		},
		func(v BlobStorageV1DestinationAuth) string {
			switch v.(type) {
			case *BlobStorageV1DestinationConnectionStringAuth:
				return "connectionString"
			case *BlobStorageV1DestinationSystemAssignedManagedIdentityAuth:
				return "systemAssignedManagedIdentity"
			default:
				return ""
			}
		})
}

// BlobStorageV1DestinationConnectionStringAuth authenticates with "connectionString".
type BlobStorageV1DestinationConnectionStringAuth struct {
	// ConnectionString gives access to the storage account. A secret. Required.
	ConnectionString *string `json:"connectionString,omitempty"`
	// ContainerName is the container data is written to. Required.
	ContainerName *string `json:"containerName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BlobStorageV1DestinationConnectionStringAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members BlobStorageV1DestinationConnectionStringAuth does not declare are kept in Unknown.
func (m *BlobStorageV1DestinationConnectionStringAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "connectionString".
func (*BlobStorageV1DestinationConnectionStringAuth) Kind() string                    { return "connectionString" }
func (*BlobStorageV1DestinationConnectionStringAuth) isBlobStorageV1DestinationAuth() {}

// String keeps the ConnectionString out of logs.
func (m BlobStorageV1DestinationConnectionStringAuth) String() string {
	return "BlobStorageV1DestinationConnectionStringAuth{redacted}"
}

// GoString is String, for %#v.
func (m BlobStorageV1DestinationConnectionStringAuth) GoString() string { return m.String() }

// BlobStorageV1DestinationSystemAssignedManagedIdentityAuth authenticates with "systemAssignedManagedIdentity".
type BlobStorageV1DestinationSystemAssignedManagedIdentityAuth struct {
	// EndpointURI is the account's blob service endpoint. Required.
	EndpointURI *string `json:"endpointUri,omitempty"`
	// ContainerName is the container data is written to. Required.
	ContainerName *string `json:"containerName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BlobStorageV1DestinationSystemAssignedManagedIdentityAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members BlobStorageV1DestinationSystemAssignedManagedIdentityAuth does not declare are kept in Unknown.
func (m *BlobStorageV1DestinationSystemAssignedManagedIdentityAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "systemAssignedManagedIdentity".
func (*BlobStorageV1DestinationSystemAssignedManagedIdentityAuth) Kind() string {
	return "systemAssignedManagedIdentity"
}
func (*BlobStorageV1DestinationSystemAssignedManagedIdentityAuth) isBlobStorageV1DestinationAuth() {}

// UnknownBlobStorageV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownBlobStorageV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownBlobStorageV1DestinationAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownBlobStorageV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownBlobStorageV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownBlobStorageV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownBlobStorageV1DestinationAuth) isBlobStorageV1DestinationAuth() {}

// DataExplorerV1DestinationAuth is how IoT Central authenticates to a Data Explorer destination, told apart by
// "type": *DataExplorerV1DestinationServicePrincipalAuth, *DataExplorerV1DestinationSystemAssignedManagedIdentityAuth, or *UnknownDataExplorerV1DestinationAuth for a type this version does not know.
type DataExplorerV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isDataExplorerV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[DataExplorerV1DestinationAuth]("type",
		func(kind string) DataExplorerV1DestinationAuth {
			switch kind {
			case "servicePrincipal":
				return &DataExplorerV1DestinationServicePrincipalAuth{}
			case "systemAssignedManagedIdentity":
				return &DataExplorerV1DestinationSystemAssignedManagedIdentityAuth{}
			default:
				return &UnknownDataExplorerV1DestinationAuth{}
			}
		},
		func(v DataExplorerV1DestinationAuth) string {
			switch v.(type) {
			case *DataExplorerV1DestinationServicePrincipalAuth:
				return "servicePrincipal"
			case *DataExplorerV1DestinationSystemAssignedManagedIdentityAuth:
				return "systemAssignedManagedIdentity"
			default:
				return ""
			}
		})
}

// DataExplorerV1DestinationServicePrincipalAuth authenticates with "servicePrincipal".
type DataExplorerV1DestinationServicePrincipalAuth struct {
	// ClientID is the service principal's client ID. Required.
	ClientID *string `json:"clientId,omitempty"`
	// TenantID is the service principal's tenant. Required.
	TenantID *string `json:"tenantId,omitempty"`
	// ClientSecret is the service principal's secret. Required.
	ClientSecret *string `json:"clientSecret,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataExplorerV1DestinationServicePrincipalAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataExplorerV1DestinationServicePrincipalAuth does not declare are kept in Unknown.
func (m *DataExplorerV1DestinationServicePrincipalAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "servicePrincipal".
func (*DataExplorerV1DestinationServicePrincipalAuth) Kind() string                     { return "servicePrincipal" }
func (*DataExplorerV1DestinationServicePrincipalAuth) isDataExplorerV1DestinationAuth() {}

// String keeps the ClientSecret out of logs.
func (m DataExplorerV1DestinationServicePrincipalAuth) String() string {
	return "DataExplorerV1DestinationServicePrincipalAuth{redacted}"
}

// GoString is String, for %#v.
func (m DataExplorerV1DestinationServicePrincipalAuth) GoString() string { return m.String() }

// DataExplorerV1DestinationSystemAssignedManagedIdentityAuth authenticates with "systemAssignedManagedIdentity".
type DataExplorerV1DestinationSystemAssignedManagedIdentityAuth struct {

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataExplorerV1DestinationSystemAssignedManagedIdentityAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members DataExplorerV1DestinationSystemAssignedManagedIdentityAuth does not declare are kept in Unknown.
func (m *DataExplorerV1DestinationSystemAssignedManagedIdentityAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "systemAssignedManagedIdentity".
func (*DataExplorerV1DestinationSystemAssignedManagedIdentityAuth) Kind() string {
	return "systemAssignedManagedIdentity"
}
func (*DataExplorerV1DestinationSystemAssignedManagedIdentityAuth) isDataExplorerV1DestinationAuth() {
}

// UnknownDataExplorerV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownDataExplorerV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDataExplorerV1DestinationAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownDataExplorerV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownDataExplorerV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownDataExplorerV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownDataExplorerV1DestinationAuth) isDataExplorerV1DestinationAuth() {}

// EventHubsV1DestinationAuth is how IoT Central authenticates to an Event Hubs destination, told apart by
// "type": *EventHubsV1DestinationConnectionStringAuth, *EventHubsV1DestinationSystemAssignedManagedIdentityAuth, or *UnknownEventHubsV1DestinationAuth for a type this version does not know.
type EventHubsV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isEventHubsV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[EventHubsV1DestinationAuth]("type",
		func(kind string) EventHubsV1DestinationAuth {
			switch kind {
			case "connectionString":
				return &EventHubsV1DestinationConnectionStringAuth{}
			case "systemAssignedManagedIdentity":
				return &EventHubsV1DestinationSystemAssignedManagedIdentityAuth{}
			default:
				return &UnknownEventHubsV1DestinationAuth{}
			}
		},
		func(v EventHubsV1DestinationAuth) string {
			switch v.(type) {
			case *EventHubsV1DestinationConnectionStringAuth:
				return "connectionString"
			case *EventHubsV1DestinationSystemAssignedManagedIdentityAuth:
				return "systemAssignedManagedIdentity"
			default:
				return ""
			}
		})
}

// EventHubsV1DestinationConnectionStringAuth authenticates with "connectionString".
type EventHubsV1DestinationConnectionStringAuth struct {
	// ConnectionString gives access to the namespace, with the EntityPath of the event hub. A secret. Required.
	ConnectionString *string `json:"connectionString,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EventHubsV1DestinationConnectionStringAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members EventHubsV1DestinationConnectionStringAuth does not declare are kept in Unknown.
func (m *EventHubsV1DestinationConnectionStringAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "connectionString".
func (*EventHubsV1DestinationConnectionStringAuth) Kind() string                  { return "connectionString" }
func (*EventHubsV1DestinationConnectionStringAuth) isEventHubsV1DestinationAuth() {}

// String keeps the ConnectionString out of logs.
func (m EventHubsV1DestinationConnectionStringAuth) String() string {
	return "EventHubsV1DestinationConnectionStringAuth{redacted}"
}

// GoString is String, for %#v.
func (m EventHubsV1DestinationConnectionStringAuth) GoString() string { return m.String() }

// EventHubsV1DestinationSystemAssignedManagedIdentityAuth authenticates with "systemAssignedManagedIdentity".
type EventHubsV1DestinationSystemAssignedManagedIdentityAuth struct {
	// HostName is the Event Hubs namespace's host name. Required.
	HostName *string `json:"hostName,omitempty"`
	// EventHubName is the event hub. Required.
	EventHubName *string `json:"eventHubName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EventHubsV1DestinationSystemAssignedManagedIdentityAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members EventHubsV1DestinationSystemAssignedManagedIdentityAuth does not declare are kept in Unknown.
func (m *EventHubsV1DestinationSystemAssignedManagedIdentityAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "systemAssignedManagedIdentity".
func (*EventHubsV1DestinationSystemAssignedManagedIdentityAuth) Kind() string {
	return "systemAssignedManagedIdentity"
}
func (*EventHubsV1DestinationSystemAssignedManagedIdentityAuth) isEventHubsV1DestinationAuth() {}

// UnknownEventHubsV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownEventHubsV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownEventHubsV1DestinationAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownEventHubsV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownEventHubsV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownEventHubsV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownEventHubsV1DestinationAuth) isEventHubsV1DestinationAuth() {}
