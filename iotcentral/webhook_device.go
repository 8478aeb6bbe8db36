package iotcentral

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"

	"github.com/azclients/azclients/internal/pipeline"
)

// WebhookDevice is the device a rule fired on, with the values the rule
// saw.
type WebhookDevice struct {
	ID          *string
	ETag        *string
	DisplayName *string
	// InstanceOf is the ID of the device's template.
	InstanceOf  *string
	Simulated   *bool
	Provisioned *bool
	Approved    *bool
	// CloudProperties maps a cloud property's name to its value.
	CloudProperties map[string]WebhookValue
	// Properties maps a component's name to its properties' values by
	// name.
	Properties map[string]WebhookComponent
	// Telemetry maps a component's name to its telemetry values by name;
	// a rule over a time window sends aggregates ({"avg": …}) rather than
	// a value.
	Telemetry map[string]WebhookComponent

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s WebhookDevice) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "etag", s.ETag)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "instanceOf", s.InstanceOf)
	w.Bool("simulated", s.Simulated)
	w.Bool("provisioned", s.Provisioned)
	w.Bool("approved", s.Approved)
	pipeline.WriteMap(&w, "cloudProperties", s.CloudProperties, pipeline.ModelValue[WebhookValue])
	pipeline.WriteMap(&w, "properties", s.Properties, pipeline.ModelValue[WebhookComponent])
	pipeline.WriteMap(&w, "telemetry", s.Telemetry, pipeline.ModelValue[WebhookComponent])
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s WebhookDevice) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *WebhookDevice) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "WebhookDevice", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "etag":
			return true, pipeline.DecodeString(v, &s.ETag)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		case "instanceOf":
			return true, pipeline.DecodeString(v, &s.InstanceOf)
		case "simulated":
			return true, pipeline.DecodeBool(v, &s.Simulated)
		case "provisioned":
			return true, pipeline.DecodeBool(v, &s.Provisioned)
		case "approved":
			return true, pipeline.DecodeBool(v, &s.Approved)
		case "cloudProperties":
			return true, pipeline.DecodeMap(v, &s.CloudProperties, pipeline.ModelElem[WebhookValue])
		case "properties":
			return true, pipeline.DecodeMap(v, &s.Properties, pipeline.ModelElem[WebhookComponent])
		case "telemetry":
			return true, pipeline.DecodeMap(v, &s.Telemetry, pipeline.ModelElem[WebhookComponent])
		}
		return false, nil
	})
}

// WebhookComponent maps a property or telemetry name to its value.
type WebhookComponent map[string]WebhookValue

// AppendJSON appends the JSON encoding of c to b, in name order.
func (c WebhookComponent) AppendJSON(b []byte) ([]byte, error) {
	if c == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	for _, name := range slices.Sorted(maps.Keys(c)) {
		w.Any(name, c[name])
	}
	return w.Close(nil)
}

// MarshalJSON implements json.Marshaler.
func (c WebhookComponent) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler.
func (c *WebhookComponent) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeMap(data, (*map[string]WebhookValue)(c), pipeline.ModelElem[WebhookValue])
}

// WebhookValue is one property or telemetry value in a rule webhook: a
// Value, or, for a rule that aggregates telemetry over a time window, the
// aggregates it computed (Avg, Min, Max, Sum, Count). A value sent bare,
// rather than as {"value": …}, is kept in Value.
type WebhookValue struct {
	// Value is the value, as JSON.
	Value json.RawMessage
	Avg   *float64
	Min   *float64
	Max   *float64
	Sum   *float64
	Count *int64

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s WebhookValue) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Raw("value", s.Value)
	w.Float("avg", s.Avg)
	w.Float("min", s.Min)
	w.Float("max", s.Max)
	w.Float("sum", s.Sum)
	pipeline.WriteInt(&w, "count", s.Count)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s WebhookValue) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in
// Unknown. Anything but an object is taken as a bare value.
func (s *WebhookValue) UnmarshalJSON(data []byte) error {
	if v := bytes.TrimLeft(data, " \t\r\n"); len(v) > 0 && v[0] != '{' && string(v) != "null" {
		return pipeline.DecodeRaw(v, &s.Value)
	}
	return pipeline.DecodeObject(data, "WebhookValue", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeRaw(v, &s.Value)
		case "avg":
			return true, pipeline.DecodeFloat(v, &s.Avg)
		case "min":
			return true, pipeline.DecodeFloat(v, &s.Min)
		case "max":
			return true, pipeline.DecodeFloat(v, &s.Max)
		case "sum":
			return true, pipeline.DecodeFloat(v, &s.Sum)
		case "count":
			return true, pipeline.DecodeInt(v, &s.Count)
		}
		return false, nil
	})
}
