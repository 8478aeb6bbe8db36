package iotcentral

import (
	"bytes"
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// WebhookDevice is the device a rule fired on, with the values the rule
// saw.
type WebhookDevice struct {
	ID          *string `json:"id,omitempty"`
	ETag        *string `json:"etag,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`
	// InstanceOf is the ID of the device's template.
	InstanceOf  *string `json:"instanceOf,omitempty"`
	Simulated   *bool   `json:"simulated,omitempty"`
	Provisioned *bool   `json:"provisioned,omitempty"`
	Approved    *bool   `json:"approved,omitempty"`
	// CloudProperties maps a cloud property's name to its value.
	CloudProperties map[string]WebhookValue `json:"cloudProperties,omitempty"`
	// Properties maps a component's name to its properties' values by
	// name.
	Properties map[string]WebhookComponent `json:"properties,omitempty"`
	// Telemetry maps a component's name to its telemetry values by name;
	// a rule over a time window sends aggregates ({"avg": …}) rather than
	// a value.
	Telemetry map[string]WebhookComponent `json:"telemetry,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookDevice) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookDevice does not declare are kept in Unknown.
func (m *WebhookDevice) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// WebhookComponent maps a property or telemetry name to its value.
type WebhookComponent map[string]WebhookValue

// MarshalJSON writes the values, each as an object, in name order.
func (c WebhookComponent) MarshalJSON() ([]byte, error) {
	return wire.Marshal(map[string]WebhookValue(c))
}

// UnmarshalJSON decodes the values; a value sent bare, rather than as
// {"value": …}, is kept in Value.
func (c *WebhookComponent) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := wire.Unmarshal(data, &raw); err != nil || raw == nil {
		*c = nil
		return err
	}
	out := make(WebhookComponent, len(raw))
	for name, v := range raw {
		var wv WebhookValue
		if t := bytes.TrimLeft(v, " \t\r\n"); len(t) > 0 && t[0] != '{' && string(t) != "null" {
			wv.Value = v
		} else if err := wire.Unmarshal(v, &wv); err != nil {
			return err
		}
		out[name] = wv
	}
	*c = out
	return nil
}

// WebhookValue is one property or telemetry value in a rule webhook: a
// Value, or, for a rule that aggregates telemetry over a time window, the
// aggregates it computed (Avg, Min, Max, Sum, Count). A value sent bare,
// rather than as {"value": …}, is kept in Value.
type WebhookValue struct {
	// Value is the value, as JSON.
	Value json.RawMessage `json:"value,omitempty"`
	Avg   *float64        `json:"avg,omitempty"`
	Min   *float64        `json:"min,omitempty"`
	Max   *float64        `json:"max,omitempty"`
	Sum   *float64        `json:"sum,omitempty"`
	Count *int64          `json:"count,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m WebhookValue) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members WebhookValue does not declare are kept in Unknown.
func (m *WebhookValue) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
