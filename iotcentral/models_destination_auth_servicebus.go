package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// ServiceBusQueueV1DestinationAuth is how IoT Central authenticates to a Service Bus queue destination, told apart by
// "type": *ServiceBusQueueV1DestinationConnectionStringAuth, *ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth, or *UnknownServiceBusQueueV1DestinationAuth for a type this version does not know.
type ServiceBusQueueV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isServiceBusQueueV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[ServiceBusQueueV1DestinationAuth]("type",
		func(kind string) ServiceBusQueueV1DestinationAuth {
			switch kind {
			case "connectionString":
				return &ServiceBusQueueV1DestinationConnectionStringAuth{}
			case "systemAssignedManagedIdentity":
				return &ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth{}
			default:
				return &UnknownServiceBusQueueV1DestinationAuth{}
			}
		},
		func(v ServiceBusQueueV1DestinationAuth) string {
			switch v.(type) {
			case *ServiceBusQueueV1DestinationConnectionStringAuth:
				return "connectionString"
			case *ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth:
				return "systemAssignedManagedIdentity"
			default:
				return ""
			}
		})
}

// ServiceBusQueueV1DestinationConnectionStringAuth authenticates with "connectionString".
type ServiceBusQueueV1DestinationConnectionStringAuth struct {
	// ConnectionString gives access to the namespace, with the EntityPath of the queue. A secret. Required.
	ConnectionString *string `json:"connectionString,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusQueueV1DestinationConnectionStringAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members ServiceBusQueueV1DestinationConnectionStringAuth does not declare are kept in Unknown.
func (m *ServiceBusQueueV1DestinationConnectionStringAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "connectionString".
func (*ServiceBusQueueV1DestinationConnectionStringAuth) Kind() string                        { return "connectionString" }
func (*ServiceBusQueueV1DestinationConnectionStringAuth) isServiceBusQueueV1DestinationAuth() {}

// String keeps the ConnectionString out of logs.
func (m ServiceBusQueueV1DestinationConnectionStringAuth) String() string {
	return "ServiceBusQueueV1DestinationConnectionStringAuth{redacted}"
}

// GoString is String, for %#v.
func (m ServiceBusQueueV1DestinationConnectionStringAuth) GoString() string { return m.String() }

// ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth authenticates with "systemAssignedManagedIdentity".
type ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth struct {
	// HostName is the Service Bus namespace's host name. Required.
	HostName *string `json:"hostName,omitempty"`
	// QueueName is the queue. Required.
	QueueName *string `json:"queueName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth does not declare are kept in Unknown.
func (m *ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "systemAssignedManagedIdentity".
func (*ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth) Kind() string {
	return "systemAssignedManagedIdentity"
}
func (*ServiceBusQueueV1DestinationSystemAssignedManagedIdentityAuth) isServiceBusQueueV1DestinationAuth() {
}

// UnknownServiceBusQueueV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownServiceBusQueueV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownServiceBusQueueV1DestinationAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownServiceBusQueueV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownServiceBusQueueV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownServiceBusQueueV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownServiceBusQueueV1DestinationAuth) isServiceBusQueueV1DestinationAuth() {}

// ServiceBusTopicV1DestinationAuth is how IoT Central authenticates to a Service Bus topic destination, told apart by
// "type": *ServiceBusTopicV1DestinationConnectionStringAuth, *ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth, or *UnknownServiceBusTopicV1DestinationAuth for a type this version does not know.
type ServiceBusTopicV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isServiceBusTopicV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[ServiceBusTopicV1DestinationAuth]("type",
		func(kind string) ServiceBusTopicV1DestinationAuth {
			switch kind {
			case "connectionString":
				return &ServiceBusTopicV1DestinationConnectionStringAuth{}
			case "systemAssignedManagedIdentity":
				return &ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth{}
			default:
				return &UnknownServiceBusTopicV1DestinationAuth{}
			}
		},
		func(v ServiceBusTopicV1DestinationAuth) string {
			switch v.(type) {
			case *ServiceBusTopicV1DestinationConnectionStringAuth:
				return "connectionString"
			case *ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth:
				return "systemAssignedManagedIdentity"
			default:
				return ""
			}
		})
}

// ServiceBusTopicV1DestinationConnectionStringAuth authenticates with "connectionString".
type ServiceBusTopicV1DestinationConnectionStringAuth struct {
	// ConnectionString gives access to the namespace, with the EntityPath of the topic. A secret. Required.
	ConnectionString *string `json:"connectionString,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusTopicV1DestinationConnectionStringAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members ServiceBusTopicV1DestinationConnectionStringAuth does not declare are kept in Unknown.
func (m *ServiceBusTopicV1DestinationConnectionStringAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "connectionString".
func (*ServiceBusTopicV1DestinationConnectionStringAuth) Kind() string                        { return "connectionString" }
func (*ServiceBusTopicV1DestinationConnectionStringAuth) isServiceBusTopicV1DestinationAuth() {}

// String keeps the ConnectionString out of logs.
func (m ServiceBusTopicV1DestinationConnectionStringAuth) String() string {
	return "ServiceBusTopicV1DestinationConnectionStringAuth{redacted}"
}

// GoString is String, for %#v.
func (m ServiceBusTopicV1DestinationConnectionStringAuth) GoString() string { return m.String() }

// ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth authenticates with "systemAssignedManagedIdentity".
type ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth struct {
	// HostName is the Service Bus namespace's host name. Required.
	HostName *string `json:"hostName,omitempty"`
	// TopicName is the topic. Required.
	TopicName *string `json:"topicName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth does not declare are kept in Unknown.
func (m *ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "systemAssignedManagedIdentity".
func (*ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth) Kind() string {
	return "systemAssignedManagedIdentity"
}
func (*ServiceBusTopicV1DestinationSystemAssignedManagedIdentityAuth) isServiceBusTopicV1DestinationAuth() {
}

// UnknownServiceBusTopicV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownServiceBusTopicV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownServiceBusTopicV1DestinationAuth) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members UnknownServiceBusTopicV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownServiceBusTopicV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownServiceBusTopicV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownServiceBusTopicV1DestinationAuth) isServiceBusTopicV1DestinationAuth() {}

// WebhookV1DestinationAuth is how IoT Central authenticates to a webhook destination, told apart by
// "type": *WebhookV1DestinationHeaderAuth, *WebhookV1DestinationOAuthAuth, or *UnknownWebhookV1DestinationAuth for a type this version does not know.
type WebhookV1DestinationAuth interface {
	// Kind returns the authentication's "type".
	Kind() string
	isWebhookV1DestinationAuth()
}

func init() {
	wire.RegisterUnion[WebhookV1DestinationAuth]("type",
		func(kind string) WebhookV1DestinationAuth {
			switch kind {
			case "header":
				return &WebhookV1DestinationHeaderAuth{}
			case "oauth":
				return &WebhookV1DestinationOAuthAuth{}
			default:
				return &UnknownWebhookV1DestinationAuth{}
			}
		},
		func(v WebhookV1DestinationAuth) string {
			switch v.(type) {
			case *WebhookV1DestinationHeaderAuth:
				return "header"
			case *WebhookV1DestinationOAuthAuth:
				return "oauth"
			default:
				return ""
			}
		})
}

// WebhookV1DestinationHeaderAuth authenticates with "header".
type WebhookV1DestinationHeaderAuth struct {
	// Value is the Authorization header sent with each request. A secret. Required.
	Value *string `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookV1DestinationHeaderAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookV1DestinationHeaderAuth does not declare are kept in Unknown.
func (m *WebhookV1DestinationHeaderAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "header".
func (*WebhookV1DestinationHeaderAuth) Kind() string                { return "header" }
func (*WebhookV1DestinationHeaderAuth) isWebhookV1DestinationAuth() {}

// String keeps the Value out of logs.
func (m WebhookV1DestinationHeaderAuth) String() string {
	return "WebhookV1DestinationHeaderAuth{redacted}"
}

// GoString is String, for %#v.
func (m WebhookV1DestinationHeaderAuth) GoString() string { return m.String() }

// WebhookV1DestinationOAuthAuth authenticates with "oauth".
type WebhookV1DestinationOAuthAuth struct {
	// TokenURL is where the access token comes from. Required.
	TokenURL *string `json:"tokenUrl,omitempty"`
	// ClientID is the OAuth2 client ID. Required.
	ClientID *string `json:"clientId,omitempty"`
	// ClientSecret is the OAuth2 client secret. Required.
	ClientSecret *string `json:"clientSecret,omitempty"`
	// Audience is the OAuth2 audience.
	Audience *string `json:"audience,omitempty"`
	// Scope is the OAuth2 scope.
	Scope *string `json:"scope,omitempty"`
	// RequestType is the token request's Content-Type.
	RequestType *OAuthRequestType `json:"requestType,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookV1DestinationOAuthAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookV1DestinationOAuthAuth does not declare are kept in Unknown.
func (m *WebhookV1DestinationOAuthAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "oauth".
func (*WebhookV1DestinationOAuthAuth) Kind() string                { return "oauth" }
func (*WebhookV1DestinationOAuthAuth) isWebhookV1DestinationAuth() {}

// String keeps the ClientSecret out of logs.
func (m WebhookV1DestinationOAuthAuth) String() string {
	return "WebhookV1DestinationOAuthAuth{redacted}"
}

// GoString is String, for %#v.
func (m WebhookV1DestinationOAuthAuth) GoString() string { return m.String() }

// UnknownWebhookV1DestinationAuth is an authentication whose type this version does not know:
// every member is kept and written back.
type UnknownWebhookV1DestinationAuth struct {
	// Type is the authentication's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the authentication's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownWebhookV1DestinationAuth) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownWebhookV1DestinationAuth does not declare are kept in Unknown.
func (m *UnknownWebhookV1DestinationAuth) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the authentication's type.
func (a *UnknownWebhookV1DestinationAuth) Kind() string {
	if a == nil || a.Type == nil {
		return ""
	}
	return *a.Type
}
func (*UnknownWebhookV1DestinationAuth) isWebhookV1DestinationAuth() {}
