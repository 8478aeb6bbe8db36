package iotcentral

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// RuleFiredEvent is what IoT Central POSTs to a rule's webhook action when
// the rule fires: the rule, the action, the application and the device
// with its property, cloud property and telemetry values. It is the typed
// form of the connector's "When a rule is fired" trigger; receive it with
// NewRuleWebhookHandler or decode it with ParseRuleFiredEvent.
type RuleFiredEvent struct {
	// Timestamp is when the rule fired.
	Timestamp   *time.Time
	Action      *WebhookAction
	Application *WebhookApplication
	Device      *WebhookDevice
	Rule        *WebhookRule

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s RuleFiredEvent) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Time("timestamp", s.Timestamp)
	pipeline.WriteModel(&w, "action", s.Action)
	pipeline.WriteModel(&w, "application", s.Application)
	pipeline.WriteModel(&w, "device", s.Device)
	pipeline.WriteModel(&w, "rule", s.Rule)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s RuleFiredEvent) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *RuleFiredEvent) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "RuleFiredEvent", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "timestamp":
			return true, pipeline.DecodeTime(v, &s.Timestamp)
		case "action":
			return true, pipeline.DecodeModel(v, &s.Action)
		case "application":
			return true, pipeline.DecodeModel(v, &s.Application)
		case "device":
			return true, pipeline.DecodeModel(v, &s.Device)
		case "rule":
			return true, pipeline.DecodeModel(v, &s.Rule)
		}
		return false, nil
	})
}

// actionGroupSchemaID marks the envelope an Azure Monitor action group
// wraps around the payload: {"schemaId": …, "data": {payload}}.
const actionGroupSchemaID = "AzureIoTCentralRuleWebhook"

// errNotRuleEvent is the error for a JSON object that is no rule webhook
// payload.
var errNotRuleEvent = errors.New("iotcentral: the body is not an IoT Central rule webhook payload (no rule and no device)")

// ParseRuleFiredEvent decodes the body of a rule webhook request. It
// accepts the payload as a webhook action sends it and as an Azure Monitor
// action group wraps it ({"schemaId":"AzureIoTCentralRuleWebhook",
// "data":{…}}). A JSON object with neither a rule nor a device is an
// error.
func ParseRuleFiredEvent(body []byte) (RuleFiredEvent, error) {
	var ev RuleFiredEvent
	if err := ev.UnmarshalJSON(body); err != nil {
		return RuleFiredEvent{}, err
	}
	if ev.Rule == nil && ev.Device == nil {
		if inner, ok := actionGroupData(ev.Unknown); ok {
			return ParseRuleFiredEvent(inner)
		}
		return RuleFiredEvent{}, errNotRuleEvent
	}
	return ev, nil
}

// actionGroupData returns the payload inside an action group envelope.
func actionGroupData(members map[string]json.RawMessage) (json.RawMessage, bool) {
	var schema *string
	if raw, ok := members["schemaId"]; !ok || pipeline.DecodeString(raw, &schema) != nil || schema == nil || *schema != actionGroupSchemaID {
		return nil, false
	}
	data, ok := members["data"]
	data = bytes.TrimSpace(data)
	return data, ok && len(data) > 0 && data[0] == '{'
}

// WebhookAction is the rule action that sent the webhook.
type WebhookAction struct {
	ID *string
	// Type is the action's type, "WebhookAction".
	Type *string
	// Rules are the IDs of the rules that use the action.
	Rules       []string
	DisplayName *string
	// URL is the callback URL the action posts to.
	URL *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s WebhookAction) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "type", s.Type)
	pipeline.WriteSlice(&w, "rules", s.Rules, pipeline.StringValue[string])
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "url", s.URL)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s WebhookAction) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *WebhookAction) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "WebhookAction", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "type":
			return true, pipeline.DecodeString(v, &s.Type)
		case "rules":
			return true, pipeline.DecodeSlice(v, &s.Rules, pipeline.StringElem[string])
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		case "url":
			return true, pipeline.DecodeString(v, &s.URL)
		}
		return false, nil
	})
}

// WebhookApplication is the IoT Central application the rule belongs to.
type WebhookApplication struct {
	ID          *string
	DisplayName *string
	// Subdomain is the application's subdomain, as in NewClient.
	Subdomain *string
	// Host is the application's host name, e.g. "contoso.azureiotcentral.com".
	Host *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s WebhookApplication) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "subdomain", s.Subdomain)
	pipeline.WriteString(&w, "host", s.Host)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s WebhookApplication) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *WebhookApplication) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "WebhookApplication", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		case "subdomain":
			return true, pipeline.DecodeString(v, &s.Subdomain)
		case "host":
			return true, pipeline.DecodeString(v, &s.Host)
		}
		return false, nil
	})
}

// WebhookRule is the rule that fired.
type WebhookRule struct {
	ID          *string
	DisplayName *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s WebhookRule) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s WebhookRule) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *WebhookRule) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "WebhookRule", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		}
		return false, nil
	})
}
