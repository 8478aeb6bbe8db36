package iotcentral

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/azclients/azclients/internal/wire"
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

// UnmarshalJSON decodes data with the lossless codec, keeping numbers
// exact (json.Number).
func (p *DeviceProperties) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, (*map[string]any)(p))
}

// Metadata decodes the "$metadata" member: what IoT Central knows of each
// writable property it holds, by property name. It is nil when there is
// none.
func (p DeviceProperties) Metadata() (map[string]PropertyMetadata, error) {
	raw, ok := p[PropertiesMetadataKey]
	if !ok || raw == nil {
		return nil, nil
	}
	data, err := wire.Marshal(raw)
	if err != nil {
		return nil, err
	}
	var m map[string]PropertyMetadata
	err = wire.Unmarshal(data, &m)
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
	DesiredValue json.RawMessage `json:"desiredValue,omitempty"`
	// DesiredVersion numbers the desired values sent to the device.
	DesiredVersion *int64 `json:"desiredVersion,omitempty"`
	// AckVersion is the DesiredVersion the device last acknowledged.
	AckVersion *int64 `json:"ackVersion,omitempty"`
	// AckCode is the status code of that acknowledgement (2xx: applied).
	AckCode *int32 `json:"ackCode,omitempty"`
	// AckDescription is the device's description of it.
	AckDescription *string `json:"ackDescription,omitempty"`
	// LastUpdateTime is when the property last changed.
	LastUpdateTime *time.Time `json:"lastUpdateTime,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PropertyMetadata) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PropertyMetadata does not declare are kept in Unknown.
func (m *PropertyMetadata) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

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
