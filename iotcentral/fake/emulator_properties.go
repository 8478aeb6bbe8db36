package fake

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"time"

	"github.com/azclients/azclients/internal/emulator"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
)

// propertyState is what the emulator keeps of one target's properties:
// the values in effect (reported by the device, or set on cloud
// properties) and the desired values written through the API, which wait
// for the device to acknowledge them (Emulator.AcknowledgeProperties).
type propertyState struct {
	values  map[string]json.RawMessage
	desired map[string]*desiredProperty
	version int64
}

// desiredProperty is one value asked of the device.
type desiredProperty struct {
	value          json.RawMessage
	version        int64
	ackVersion     int64 // 0: never acknowledged
	ackCode        int32
	ackDescription string
	updated        time.Time
}

func newPropertyState() *propertyState {
	return &propertyState{values: map[string]json.RawMessage{}, desired: map[string]*desiredProperty{}}
}

// document renders the values and, in "$metadata", the desired ones.
func (s *propertyState) document() propertiesDoc {
	doc := make(propertiesDoc, len(s.values)+1)
	for name, v := range s.values {
		doc[name] = v
	}
	if len(s.desired) == 0 {
		return doc
	}
	meta := make(map[string]json.RawMessage, len(s.desired))
	for name, d := range s.desired {
		m := iotcentral.PropertyMetadata{DesiredValue: d.value, DesiredVersion: &d.version, LastUpdateTime: &d.updated}
		if d.ackVersion > 0 {
			m.AckVersion, m.AckCode, m.AckDescription = &d.ackVersion, &d.ackCode, &d.ackDescription
		}
		meta[name], _ = wire.Marshal(m)
	}
	doc[iotcentral.PropertiesMetadataKey], _ = json.Marshal(meta)
	return doc
}

// write applies a PUT (replace) or PATCH (merge) body: cloud properties
// take effect at once, others become desired values for the device (a
// null in a patch withdraws one).
func (s *propertyState) write(body []byte, merge bool, cloud map[string]bool, now time.Time) error {
	var sent map[string]json.RawMessage
	if err := json.Unmarshal(body, &sent); err != nil || sent == nil {
		return invalidBody("the properties are not a JSON object")
	}
	delete(sent, iotcentral.PropertiesMetadataKey)
	if !merge {
		// A replace drops the desired values and cloud properties it does
		// not name; what the device reported is the device's.
		for name := range s.desired {
			if _, ok := sent[name]; !ok {
				delete(s.desired, name)
			}
		}
		for name := range cloud {
			if _, ok := sent[name]; !ok {
				delete(s.values, name)
			}
		}
	}
	names := make([]string, 0, len(sent))
	for name := range sent {
		names = append(names, name)
	}
	slices.Sort(names) // versions follow a deterministic order
	for _, name := range names {
		v := sent[name]
		if merge && bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			delete(s.desired, name)
			if cloud[name] {
				delete(s.values, name)
			}
			continue
		}
		if merge && len(v) > 0 && v[0] == '{' {
			current := s.values[name]
			if d, ok := s.desired[name]; ok {
				current = d.value
			}
			merged, err := emulator.MergePatch(current, v)
			if err != nil {
				return invalidBody("the properties patch is not valid JSON")
			}
			v = merged
		}
		if cloud[name] {
			s.values[name] = v
			delete(s.desired, name)
			continue
		}
		s.version++
		s.desired[name] = &desiredProperty{value: v, version: s.version, updated: now}
	}
	return nil
}

// acknowledge records the device's answer to every pending desired value:
// with a 2xx code the values take effect.
func (s *propertyState) acknowledge(code int32, description string, now time.Time) {
	for name, d := range s.desired {
		if d.ackVersion == d.version {
			continue
		}
		d.ackVersion, d.ackCode, d.ackDescription, d.updated = d.version, code, description, now
		if code >= 200 && code <= 299 {
			s.values[name] = d.value
		}
	}
}

// propertiesDoc is a properties document: members by name, as JSON.
type propertiesDoc map[string]json.RawMessage

// properties returns a target's property state, creating it. Call with the
// lock held.
func (d *deviceState) propertiesOf(t iotcentral.Target) *propertyState {
	s, ok := d.properties[targetKey(t)]
	if !ok {
		s = newPropertyState()
		d.properties[targetKey(t)] = s
	}
	return s
}

func (e *Emulator) registerPropertyRoutes(routes *adminRoutes, prefix string) {
	e.handleStatus(routes, "GET "+prefix+"/properties", http.StatusOK, func(r *http.Request) (any, error) {
		t := routeTarget(r)
		return e.withDevice(t.DeviceID, func(d *deviceState) (any, error) {
			return d.propertiesOf(t).document(), nil
		})
	})
	write := func(r *http.Request, merge bool) (any, error) {
		body, err := readBody(r)
		if err != nil {
			return nil, err
		}
		t := routeTarget(r)
		now := e.core.Clock().Now()
		return e.withDevice(t.DeviceID, func(d *deviceState) (any, error) {
			s := d.propertiesOf(t)
			if err := s.write(body, merge, e.cloudProperties(d, t), now); err != nil {
				return nil, err
			}
			return s.document(), nil
		})
	}
	e.handleStatus(routes, "PUT "+prefix+"/properties", http.StatusAccepted, func(r *http.Request) (any, error) { return write(r, false) })
	e.handleStatus(routes, "PATCH "+prefix+"/properties", http.StatusAccepted, func(r *http.Request) (any, error) { return write(r, true) })
}

// AcknowledgeProperties plays the device's side of writable properties:
// it answers every desired value of the target that waits for it with
// code and description. With a 2xx code the values take effect (GET
// returns them, and Pending no longer lists them); otherwise the device
// refused them and the values in effect stay. It fails when the device
// does not exist.
func (e *Emulator) AcknowledgeProperties(target iotcentral.Target, code int32, description string) error {
	now := e.core.Clock().Now()
	_, err := e.withDevice(target.DeviceID, func(d *deviceState) (any, error) {
		d.propertiesOf(target).acknowledge(code, description, now)
		return nil, nil
	})
	return err
}

// ReportProperties records property values the device reports (read-only
// properties, or its own state), as a device would through its twin. It
// fails when the device does not exist or a value cannot be encoded.
func (e *Emulator) ReportProperties(target iotcentral.Target, values map[string]any) error {
	raw := make(map[string]json.RawMessage, len(values))
	for name, v := range values {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		raw[name] = b
	}
	if _, ok := raw[iotcentral.PropertiesMetadataKey]; ok {
		return errors.New("fake: " + iotcentral.PropertiesMetadataKey + " is not a property")
	}
	_, err := e.withDevice(target.DeviceID, func(d *deviceState) (any, error) {
		s := d.propertiesOf(target)
		for name, v := range raw {
			s.values[name] = v
		}
		return nil, nil
	})
	return err
}

// cloudProperties returns the names of the cloud properties the device's
// template declares for a target (none on modules, whose models the
// emulator does not know). Call with the lock held.
func (e *Emulator) cloudProperties(d *deviceState, t iotcentral.Target) map[string]bool {
	if t.Module != "" || d.device.Template == nil {
		return nil
	}
	tmpl, ok := e.templates[*d.device.Template]
	if !ok {
		return nil
	}
	contents := interfaceContents(tmpl.CapabilityModel)
	if t.Component != "" {
		var inner []dtdlContent
		for _, c := range contents {
			if c.Name == t.Component && c.is("Component") {
				inner = interfaceContents(c.Schema)
			}
		}
		contents = inner
	}
	cloud := map[string]bool{}
	for _, c := range contents {
		if c.is("Property") && c.is("Cloud") {
			cloud[c.Name] = true
		}
	}
	return cloud
}

// dtdlContent is one entry of a DTDL interface's contents.
type dtdlContent struct {
	Type   json.RawMessage `json:"@type"`
	Name   string          `json:"name"`
	Schema json.RawMessage `json:"schema"`
}

// is reports whether the content has the type t ("@type" is a string or
// an array of strings).
func (c dtdlContent) is(t string) bool {
	var one string
	var many []string
	return json.Unmarshal(c.Type, &one) == nil && one == t || json.Unmarshal(c.Type, &many) == nil && slices.Contains(many, t)
}

// interfaceContents returns the contents of an inline DTDL interface and
// of the inline interfaces it extends; a reference by DTMI has none the
// emulator can see.
func interfaceContents(raw json.RawMessage) []dtdlContent {
	var iface struct {
		Contents []dtdlContent   `json:"contents"`
		Extends  json.RawMessage `json:"extends"`
	}
	if json.Unmarshal(raw, &iface) != nil {
		return nil
	}
	contents := iface.Contents
	var bases []json.RawMessage
	if json.Unmarshal(iface.Extends, &bases) != nil {
		bases = []json.RawMessage{iface.Extends}
	}
	for _, base := range bases {
		if len(base) > 0 && base[0] == '{' {
			contents = append(contents, interfaceContents(base)...)
		}
	}
	return contents
}
