package iotcentral

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// RuleFiredEvent is what IoT Central POSTs to a rule's webhook action when
// the rule fires: the rule, the action, the application and the device
// with its property, cloud property and telemetry values. It is the typed
// form of the connector's "When a rule is fired" trigger; receive it with
// NewRuleWebhookHandler or decode it with ParseRuleFiredEvent.
type RuleFiredEvent struct {
	// Timestamp is when the rule fired.
	Timestamp   *time.Time          `json:"timestamp,omitempty"`
	Action      *WebhookAction      `json:"action,omitempty"`
	Application *WebhookApplication `json:"application,omitempty"`
	Device      *WebhookDevice      `json:"device,omitempty"`
	Rule        *WebhookRule        `json:"rule,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m RuleFiredEvent) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members RuleFiredEvent does not declare are kept in Unknown.
func (m *RuleFiredEvent) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// actionGroupSchemaID marks the envelope an Azure Monitor action group
// wraps around the payload: {"schemaId": …, "data": {payload}}.
const actionGroupSchemaID = "AzureIoTCentralRuleWebhook"

// errNotRuleEvent is the error for a JSON object that is no rule webhook
// payload.
var errNotRuleEvent = errors.New("iotcentral: the body is not an IoT Central rule webhook payload (no rule and no device)")

// maxEnvelopes is how many action group envelopes ParseRuleFiredEvent
// unwraps: the real wrapper nests once; one more is tolerated.
const maxEnvelopes = 2

// ParseRuleFiredEvent decodes the body of a rule webhook request. It
// accepts the payload as a webhook action sends it and as an Azure Monitor
// action group wraps it ({"schemaId":"AzureIoTCentralRuleWebhook",
// "data":{…}}), unwrapping at most two envelopes. A JSON object with
// neither a rule nor a device is an error. Its time and memory are linear
// in the size of body: each envelope is decoded once, and a body nested
// deeper than the codec's limit fails before any copy.
func ParseRuleFiredEvent(body []byte) (RuleFiredEvent, error) {
	data := body
	for envelopes := 0; ; envelopes++ {
		var ev RuleFiredEvent
		if err := wire.Unmarshal(data, &ev); err != nil {
			return RuleFiredEvent{}, err
		}
		if ev.Rule != nil || ev.Device != nil {
			return ev, nil
		}
		inner, ok := actionGroupData(ev.Unknown)
		if !ok {
			return RuleFiredEvent{}, errNotRuleEvent
		}
		if envelopes == maxEnvelopes {
			return RuleFiredEvent{}, errTooManyEnvelopes
		}
		data = inner
	}
}

// errTooManyEnvelopes is the error for a payload wrapped in more action
// group envelopes than any sender uses.
var errTooManyEnvelopes = fmt.Errorf("iotcentral: the rule webhook payload is wrapped in more than %d action group envelopes", maxEnvelopes)

// actionGroupData returns the payload inside an action group envelope.
func actionGroupData(members map[string]json.RawMessage) (json.RawMessage, bool) {
	var schema string
	if raw, ok := members["schemaId"]; !ok || wire.Unmarshal(raw, &schema) != nil || schema != actionGroupSchemaID {
		return nil, false
	}
	data, ok := members["data"]
	data = bytes.TrimSpace(data)
	return data, ok && len(data) > 0 && data[0] == '{'
}

// WebhookAction is the rule action that sent the webhook.
type WebhookAction struct {
	ID *string `json:"id,omitempty"`
	// Type is the action's type, "WebhookAction".
	Type *string `json:"type,omitempty"`
	// Rules are the IDs of the rules that use the action.
	Rules       []string `json:"rules,omitempty"`
	DisplayName *string  `json:"displayName,omitempty"`
	// URL is the callback URL the action posts to.
	URL *string `json:"url,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookAction) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookAction does not declare are kept in Unknown.
func (m *WebhookAction) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// WebhookApplication is the IoT Central application the rule belongs to.
type WebhookApplication struct {
	ID          *string `json:"id,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`
	// Subdomain is the application's subdomain, as in NewClient.
	Subdomain *string `json:"subdomain,omitempty"`
	// Host is the application's host name, e.g. "contoso.azureiotcentral.com".
	Host *string `json:"host,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookApplication) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookApplication does not declare are kept in Unknown.
func (m *WebhookApplication) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// WebhookRule is the rule that fired.
type WebhookRule struct {
	ID          *string `json:"id,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookRule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookRule does not declare are kept in Unknown.
func (m *WebhookRule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
