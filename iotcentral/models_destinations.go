package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Data export (preview api-versions, see QueryPreviewAPIVersion): exports
// send telemetry, property changes and lifecycle events to destinations.

// ExportSource is the kind of data an export sends.
type ExportSource string

// Known ExportSource values.
const (
	ExportSourceTelemetry               ExportSource = "telemetry"
	ExportSourceProperties              ExportSource = "properties"
	ExportSourceDeviceLifecycle         ExportSource = "deviceLifecycle"
	ExportSourceDeviceTemplateLifecycle ExportSource = "deviceTemplateLifecycle"
	ExportSourceDeviceConnectivity      ExportSource = "deviceConnectivity"
	ExportSourceAudit                   ExportSource = "audit"
)

// PossibleExportSourceValues returns the known ExportSource values.
func PossibleExportSourceValues() []ExportSource {
	return []ExportSource{ExportSourceTelemetry, ExportSourceProperties, ExportSourceDeviceLifecycle, ExportSourceDeviceTemplateLifecycle, ExportSourceDeviceConnectivity, ExportSourceAudit}
}

// OAuthRequestType is the Content-Type of a webhook destination's OAuth
// token request.
type OAuthRequestType string

// Known OAuthRequestType values.
const (
	OAuthRequestTypeAuto       OAuthRequestType = "auto"
	OAuthRequestTypeJSON       OAuthRequestType = "json"
	OAuthRequestTypeURLEncoded OAuthRequestType = "urlencoded"
)

// PossibleOAuthRequestTypeValues returns the known OAuthRequestType values.
func PossibleOAuthRequestTypeValues() []OAuthRequestType {
	return []OAuthRequestType{OAuthRequestTypeAuto, OAuthRequestTypeJSON, OAuthRequestTypeURLEncoded}
}

// Known destination types (the "type" of a Destination).
const (
	DestinationTypeBlobStorageV1     = "blobstorage@v1"
	DestinationTypeDataExplorerV1    = "dataexplorer@v1"
	DestinationTypeEventHubsV1       = "eventhubs@v1"
	DestinationTypeServiceBusQueueV1 = "servicebusqueue@v1"
	DestinationTypeServiceBusTopicV1 = "servicebustopic@v1"
	DestinationTypeWebhookV1         = "webhook@v1"
)

// DataExportError is a problem an export or a destination met.
type DataExportError struct {
	// Code is the error code. Read-only.
	Code *string `json:"code,omitempty"`
	// Message describes the error. Read-only.
	Message *string `json:"message,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataExportError) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataExportError does not declare are kept in Unknown.
func (m *DataExportError) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Destination is where exports send data, told apart by "type":
// *BlobStorageV1Destination, *DataExplorerV1Destination,
// *EventHubsV1Destination, *ServiceBusQueueV1Destination,
// *ServiceBusTopicV1Destination, *WebhookV1Destination or, for a type this
// version does not know, *UnknownDestination, which keeps every member.
// Destinations hold secrets (connection strings, client secrets): their
// String methods redact them and the client never logs them.
type Destination interface {
	// Kind returns the destination's "type".
	Kind() string
	isDestination()
}

func init() {
	wire.RegisterUnion[Destination]("type",
		func(kind string) Destination {
			switch kind {
			case "blobstorage@v1":
				return &BlobStorageV1Destination{}
			case "dataexplorer@v1":
				return &DataExplorerV1Destination{}
			case "eventhubs@v1":
				return &EventHubsV1Destination{}
			case "servicebusqueue@v1":
				return &ServiceBusQueueV1Destination{}
			case "servicebustopic@v1":
				return &ServiceBusTopicV1Destination{}
			case "webhook@v1":
				return &WebhookV1Destination{}
			default:
				return &UnknownDestination{}
			}
		},
		func(v Destination) string {
			switch v.(type) {
			case *BlobStorageV1Destination:
				return "blobstorage@v1"
			case *DataExplorerV1Destination:
				return "dataexplorer@v1"
			case *EventHubsV1Destination:
				return "eventhubs@v1"
			case *ServiceBusQueueV1Destination:
				return "servicebusqueue@v1"
			case *ServiceBusTopicV1Destination:
				return "servicebustopic@v1"
			case *WebhookV1Destination:
				return "webhook@v1"
			default:
				return ""
			}
		})
}

// BlobStorageV1Destination exports to a Blob storage container ("blobstorage@v1").
type BlobStorageV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Authorization is how IoT Central reaches the account. Required.
	Authorization BlobStorageV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BlobStorageV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BlobStorageV1Destination does not declare are kept in Unknown.
func (m *BlobStorageV1Destination) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "blobstorage@v1".
func (*BlobStorageV1Destination) Kind() string   { return "blobstorage@v1" }
func (*BlobStorageV1Destination) isDestination() {}

// DataExplorerV1Destination exports to a Azure Data Explorer table ("dataexplorer@v1").
type DataExplorerV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// ClusterURL is the resource URI of the Data Explorer cluster. Required.
	ClusterURL *string `json:"clusterUrl,omitempty"`
	// Database is the database data is written to. Required.
	Database *string `json:"database,omitempty"`
	// Table is the table that receives the data. Required.
	Table *string `json:"table,omitempty"`
	// Authorization is how IoT Central reaches the cluster. Required.
	Authorization DataExplorerV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataExplorerV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataExplorerV1Destination does not declare are kept in Unknown.
func (m *DataExplorerV1Destination) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "dataexplorer@v1".
func (*DataExplorerV1Destination) Kind() string   { return "dataexplorer@v1" }
func (*DataExplorerV1Destination) isDestination() {}

// EventHubsV1Destination exports to a Event Hubs event hub ("eventhubs@v1").
type EventHubsV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Authorization is how IoT Central reaches the event hub. Required.
	Authorization EventHubsV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m EventHubsV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EventHubsV1Destination does not declare are kept in Unknown.
func (m *EventHubsV1Destination) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "eventhubs@v1".
func (*EventHubsV1Destination) Kind() string   { return "eventhubs@v1" }
func (*EventHubsV1Destination) isDestination() {}

// ServiceBusQueueV1Destination exports to a Service Bus queue ("servicebusqueue@v1").
type ServiceBusQueueV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Authorization is how IoT Central reaches the queue. Required.
	Authorization ServiceBusQueueV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusQueueV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ServiceBusQueueV1Destination does not declare are kept in Unknown.
func (m *ServiceBusQueueV1Destination) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "servicebusqueue@v1".
func (*ServiceBusQueueV1Destination) Kind() string   { return "servicebusqueue@v1" }
func (*ServiceBusQueueV1Destination) isDestination() {}

// ServiceBusTopicV1Destination exports to a Service Bus topic ("servicebustopic@v1").
type ServiceBusTopicV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Authorization is how IoT Central reaches the topic. Required.
	Authorization ServiceBusTopicV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusTopicV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ServiceBusTopicV1Destination does not declare are kept in Unknown.
func (m *ServiceBusTopicV1Destination) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "servicebustopic@v1".
func (*ServiceBusTopicV1Destination) Kind() string   { return "servicebustopic@v1" }
func (*ServiceBusTopicV1Destination) isDestination() {}

// WebhookV1Destination exports to a webhook ("webhook@v1").
type WebhookV1Destination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// URL is the URL data is posted to. Required.
	URL *string `json:"url,omitempty"`
	// QueryCustomizations are query parameters added to each request.
	QueryCustomizations map[string]WebhookV1DestinationCustomization `json:"queryCustomizations,omitempty"`
	// HeaderCustomizations are headers added to each request.
	HeaderCustomizations map[string]WebhookV1DestinationCustomization `json:"headerCustomizations,omitempty"`
	// Authorization authenticates the requests.
	Authorization WebhookV1DestinationAuth `json:"authorization,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookV1Destination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookV1Destination does not declare are kept in Unknown.
func (m *WebhookV1Destination) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "webhook@v1".
func (*WebhookV1Destination) Kind() string   { return "webhook@v1" }
func (*WebhookV1Destination) isDestination() {}

// UnknownDestination is a destination whose type this version does not
// know: its "type" and every other member are kept and written back.
type UnknownDestination struct {
	// ID is the destination's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the destination's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Type is the destination's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`
	// Status is the health of the destination or export. Read-only.
	Status *string `json:"status,omitempty"`
	// Errors are the problems it met. Read-only.
	Errors []DataExportError `json:"errors,omitempty"`
	// LastExportTime is when it last sent data. Read-only.
	LastExportTime *time.Time `json:"lastExportTime,omitempty"`

	// Unknown holds the destination's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownDestination) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownDestination does not declare are kept in Unknown.
func (m *UnknownDestination) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the destination's type.
func (d *UnknownDestination) Kind() string {
	if d == nil || d.Type == nil {
		return ""
	}
	return *d.Type
}
func (*UnknownDestination) isDestination() {}

// WebhookV1DestinationCustomization is a query parameter or header a webhook
// destination adds.
type WebhookV1DestinationCustomization struct {
	// Value is the value. Required.
	Value *string `json:"value,omitempty"`
	// Secret hides the value when the destination is read back.
	Secret *bool `json:"secret,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookV1DestinationCustomization) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookV1DestinationCustomization does not declare are kept in Unknown.
func (m *WebhookV1DestinationCustomization) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// DestinationCollection is a page of destinations.
type DestinationCollection struct {
	// Value holds the items of the page.
	Value []Destination `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DestinationCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DestinationCollection does not declare are kept in Unknown.
func (m *DestinationCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
