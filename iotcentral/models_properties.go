package iotcentral

import (
	"bytes"
	"encoding/json"
	"slices"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// DeviceProperties are property values of a device, component or module,
// by name. Numbers decode as json.Number, so no digit is lost; write any
// JSON-encodable value.
//
// What the service answers holds, next to the values, a "$metadata"
// member on the writable properties: the value last asked of the device
// and whether the device acknowledged it (see Metadata and Pending). On a
// device target, the properties of a component are a nested object with
// its own "$metadata" (see Component).
type DeviceProperties map[string]any

// PropertiesMetadataKey is the member of a properties document that holds
// the PropertyMetadata of its writable properties.
const PropertiesMetadataKey = "$metadata"

// UnmarshalJSON implements json.Unmarshaler, keeping numbers exact.
func (p *DeviceProperties) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return &pipeline.DecodeError{Model: "DeviceProperties", Err: err}
	}
	if dec.More() {
		return &pipeline.DecodeError{Model: "DeviceProperties", Msg: "data after the document"}
	}
	*p = m
	return nil
}

// Metadata decodes the "$metadata" member: what IoT Central knows of each
// writable property it holds, by property name. It is nil when there is
// none.
func (p DeviceProperties) Metadata() (map[string]PropertyMetadata, error) {
	raw, ok := p[PropertiesMetadataKey]
	if !ok || raw == nil {
		return nil, nil
	}
	data, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	var m map[string]PropertyMetadata
	err = pipeline.DecodeMap(data, &m, pipeline.ModelElem[PropertyMetadata])
	return m, err
}

// Pending returns the names, sorted, of the properties whose desired value
// the device has not acknowledged yet: accepted by IoT Central, not yet
// applied. A "$metadata" that does not decode lists nothing.
func (p DeviceProperties) Pending() []string {
	m, err := p.Metadata()
	if err != nil {
		return nil
	}
	var names []string
	for name, md := range m {
		if md.Pending() {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// Component returns the properties of a component held in a device
// target's properties (the member named component, when it is an object),
// or nil.
func (p DeviceProperties) Component(component string) DeviceProperties {
	m, _ := p[component].(map[string]any)
	return m
}

// PropertyMetadata is IoT Central's account of one writable property:
// the value last asked of the device and the device's acknowledgement.
type PropertyMetadata struct {
	// DesiredValue is the value last sent to the device, as JSON.
	DesiredValue json.RawMessage
	// DesiredVersion numbers the desired values sent to the device.
	DesiredVersion *int64
	// AckVersion is the DesiredVersion the device last acknowledged.
	AckVersion *int64
	// AckCode is the status code of that acknowledgement (2xx: applied).
	AckCode *int32
	// AckDescription is the device's description of it.
	AckDescription *string
	// LastUpdateTime is when the property last changed.
	LastUpdateTime *time.Time

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Pending reports whether a desired value waits for the device: there is
// one, and the device has not acknowledged its version.
func (m PropertyMetadata) Pending() bool {
	if len(m.DesiredValue) == 0 {
		return false
	}
	if m.AckVersion == nil {
		return true
	}
	return m.DesiredVersion != nil && *m.AckVersion < *m.DesiredVersion
}

// Rejected reports whether the device acknowledged the desired value with
// a status code outside 2xx: it refused to apply it.
func (m PropertyMetadata) Rejected() bool {
	return !m.Pending() && m.AckVersion != nil && m.AckCode != nil && (*m.AckCode < 200 || *m.AckCode > 299)
}

// AppendJSON appends the JSON encoding of m to b.
func (m PropertyMetadata) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Raw("desiredValue", m.DesiredValue)
	pipeline.WriteInt(&w, "desiredVersion", m.DesiredVersion)
	pipeline.WriteInt(&w, "ackVersion", m.AckVersion)
	pipeline.WriteInt(&w, "ackCode", m.AckCode)
	pipeline.WriteString(&w, "ackDescription", m.AckDescription)
	w.Time("lastUpdateTime", m.LastUpdateTime)
	return w.Close(m.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (m PropertyMetadata) MarshalJSON() ([]byte, error) { return pipeline.Marshal(m) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (m *PropertyMetadata) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PropertyMetadata", &m.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "desiredValue":
			return true, pipeline.DecodeRaw(v, &m.DesiredValue)
		case "desiredVersion":
			return true, pipeline.DecodeInt(v, &m.DesiredVersion)
		case "ackVersion":
			return true, pipeline.DecodeInt(v, &m.AckVersion)
		case "ackCode":
			return true, pipeline.DecodeInt(v, &m.AckCode)
		case "ackDescription":
			return true, pipeline.DecodeString(v, &m.AckDescription)
		case "lastUpdateTime":
			return true, pipeline.DecodeTime(v, &m.LastUpdateTime)
		}
		return false, nil
	})
}
