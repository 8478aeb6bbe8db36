package iotcentral

import (
	"bytes"
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// JobData is one operation a job performs, told apart by its "type":
// *CloudPropertyJobData, *PropertyJobData, *CommandJobData,
// *DeviceTemplateMigrationJobData, *DeviceManifestMigrationJobData (preview
// api-version) or, for a type this version does not know, *UnknownJobData,
// which keeps the entry's JSON unchanged. All entries of a job have the same
// type.
type JobData interface {
	// Kind returns the entry's "type".
	Kind() JobDataType
	// AppendJSON appends the entry's JSON encoding, "type" included, to b.
	AppendJSON(b []byte) ([]byte, error)
	json.Marshaler
	isJobData()
}

// UnmarshalJobData decodes one job data entry, choosing its Go type from the
// "type" member; JSON null decodes to a nil JobData.
func UnmarshalJobData(data []byte) (JobData, error) {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil, nil
	}
	kind, err := typeMember(data, "JobData")
	if err != nil {
		return nil, err
	}
	var d interface {
		JobData
		json.Unmarshaler
	}
	switch JobDataType(kind) {
	case JobDataTypeCloudProperty:
		d = &CloudPropertyJobData{}
	case JobDataTypeProperty:
		d = &PropertyJobData{}
	case JobDataTypeCommand:
		d = &CommandJobData{}
	case JobDataTypeDeviceTemplateMigration:
		d = &DeviceTemplateMigrationJobData{}
	case JobDataTypeDeviceManifestMigration:
		d = &DeviceManifestMigrationJobData{}
	default:
		d = &UnknownJobData{}
	}
	if err := d.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return d, nil
}

// decodeJobData decodes one element of a JobData array.
func decodeJobData(v []byte, dst *JobData) error {
	d, err := UnmarshalJobData(v)
	*dst = d
	return err
}

// appendJobData appends one element of a JobData array; nil is null.
func appendJobData(b []byte, d JobData) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return d.AppendJSON(b)
}

// typeMember returns the string value of the "type" member of the JSON
// object in data, or "" when there is none.
func typeMember(data []byte, model string) (string, error) {
	var kind *string
	var ignored map[string]json.RawMessage
	err := pipeline.DecodeObject(data, model, &ignored, func(name, v []byte) (bool, error) {
		if string(name) == "type" {
			return true, pipeline.DecodeString(v, &kind)
		}
		return true, nil
	})
	if err != nil || kind == nil {
		return "", err
	}
	return *kind, nil
}

// CloudPropertyJobData sets a cloud property on every device of the job.
type CloudPropertyJobData struct {
	// Target is the ID of the device template that defines the cloud
	// property. Required.
	Target *string
	// Path is the cloud property's name in the template. Required.
	Path *string
	// Value is the value to set, as JSON.
	Value json.RawMessage

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobDataTypeCloudProperty.
func (*CloudPropertyJobData) Kind() JobDataType { return JobDataTypeCloudProperty }
func (*CloudPropertyJobData) isJobData()        {}

// AppendJSON appends the JSON encoding of d to b.
func (d *CloudPropertyJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendCapabilityJobData(b, JobDataTypeCloudProperty, d.Target, d.Path, d.Value, d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d *CloudPropertyJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *CloudPropertyJobData) UnmarshalJSON(data []byte) error {
	return decodeCapabilityJobData(data, "CloudPropertyJobData", &d.Target, &d.Path, &d.Value, &d.Unknown)
}

// PropertyJobData sets a writable device property on every device of the
// job.
type PropertyJobData struct {
	// Target is the ID of the device template that defines the property.
	// Required.
	Target *string
	// Path is the property's path in the template, such as
	// "componentName.propertyName". Required.
	Path *string
	// Value is the value to set, as JSON.
	Value json.RawMessage

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobDataTypeProperty.
func (*PropertyJobData) Kind() JobDataType { return JobDataTypeProperty }
func (*PropertyJobData) isJobData()        {}

// AppendJSON appends the JSON encoding of d to b.
func (d *PropertyJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendCapabilityJobData(b, JobDataTypeProperty, d.Target, d.Path, d.Value, d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d *PropertyJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *PropertyJobData) UnmarshalJSON(data []byte) error {
	return decodeCapabilityJobData(data, "PropertyJobData", &d.Target, &d.Path, &d.Value, &d.Unknown)
}

// CommandJobData runs a command on every device of the job.
type CommandJobData struct {
	// Target is the ID of the device template that defines the command.
	// Required.
	Target *string
	// Path is the command's path in the template. Required.
	Path *string
	// Value is the command's request payload, as JSON.
	Value json.RawMessage

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobDataTypeCommand.
func (*CommandJobData) Kind() JobDataType { return JobDataTypeCommand }
func (*CommandJobData) isJobData()        {}

// AppendJSON appends the JSON encoding of d to b.
func (d *CommandJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendCapabilityJobData(b, JobDataTypeCommand, d.Target, d.Path, d.Value, d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d *CommandJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *CommandJobData) UnmarshalJSON(data []byte) error {
	return decodeCapabilityJobData(data, "CommandJobData", &d.Target, &d.Path, &d.Value, &d.Unknown)
}

// appendCapabilityJobData writes the members the three capability job
// data types share.
func appendCapabilityJobData(b []byte, kind JobDataType, target, path *string, value json.RawMessage, unknown map[string]json.RawMessage) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteString(&w, "target", target)
	pipeline.WriteString(&w, "path", path)
	w.Raw("value", value)
	return w.Close(unknown)
}

// decodeCapabilityJobData reads the members the three capability job data
// types share; "type" is implied by the Go type.
func decodeCapabilityJobData(data []byte, model string, target, path **string, value *json.RawMessage, unknown *map[string]json.RawMessage) error {
	return pipeline.DecodeObject(data, model, unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "target":
			return true, pipeline.DecodeString(v, target)
		case "path":
			return true, pipeline.DecodeString(v, path)
		case "value":
			return true, pipeline.DecodeRaw(v, value)
		}
		return false, nil
	})
}

// DeviceTemplateMigrationJobData moves every device of the job to another
// device template.
type DeviceTemplateMigrationJobData struct {
	// Template is the ID of the device template to migrate to. Required.
	Template *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobDataTypeDeviceTemplateMigration.
func (*DeviceTemplateMigrationJobData) Kind() JobDataType { return JobDataTypeDeviceTemplateMigration }
func (*DeviceTemplateMigrationJobData) isJobData()        {}

// AppendJSON appends the JSON encoding of d to b.
func (d *DeviceTemplateMigrationJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendMigrationJobData(b, JobDataTypeDeviceTemplateMigration, "template", d.Template, d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d *DeviceTemplateMigrationJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *DeviceTemplateMigrationJobData) UnmarshalJSON(data []byte) error {
	return decodeMigrationJobData(data, "DeviceTemplateMigrationJobData", "template", &d.Template, &d.Unknown)
}

// DeviceManifestMigrationJobData moves every IoT Edge device of the job to
// another deployment manifest. It needs api-version 2022-10-31-preview
// (ClientOptions.APIVersion).
type DeviceManifestMigrationJobData struct {
	// Manifest is the ID of the deployment manifest to migrate to.
	// Required.
	Manifest *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobDataTypeDeviceManifestMigration.
func (*DeviceManifestMigrationJobData) Kind() JobDataType { return JobDataTypeDeviceManifestMigration }
func (*DeviceManifestMigrationJobData) isJobData()        {}

// AppendJSON appends the JSON encoding of d to b.
func (d *DeviceManifestMigrationJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendMigrationJobData(b, JobDataTypeDeviceManifestMigration, "manifest", d.Manifest, d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d *DeviceManifestMigrationJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *DeviceManifestMigrationJobData) UnmarshalJSON(data []byte) error {
	return decodeMigrationJobData(data, "DeviceManifestMigrationJobData", "manifest", &d.Manifest, &d.Unknown)
}

func appendMigrationJobData(b []byte, kind JobDataType, member string, target *string, unknown map[string]json.RawMessage) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteString(&w, member, target)
	return w.Close(unknown)
}

func decodeMigrationJobData(data []byte, model, member string, target **string, unknown *map[string]json.RawMessage) error {
	return pipeline.DecodeObject(data, model, unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case member:
			return true, pipeline.DecodeString(v, target)
		}
		return false, nil
	})
}

// UnknownJobData is a job data entry whose type this version does not
// know. It keeps the entry's JSON and writes it back unchanged.
type UnknownJobData struct {
	// Type is the entry's "type" ("" when it has none).
	Type JobDataType
	// Raw is the entry's JSON object. When it is empty, the entry is
	// written as {"type": Type}.
	Raw json.RawMessage
}

// Kind returns the entry's type.
func (d *UnknownJobData) Kind() JobDataType {
	if d == nil {
		return ""
	}
	return d.Type
}
func (*UnknownJobData) isJobData() {}

// AppendJSON appends Raw (or {"type": Type}) to b.
func (d *UnknownJobData) AppendJSON(b []byte) ([]byte, error) {
	if d == nil {
		return append(b, "null"...), nil
	}
	return appendUnknownKind(b, string(d.Type), d.Raw)
}

// MarshalJSON implements json.Marshaler.
func (d *UnknownJobData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON keeps data in Raw and its "type" in Type.
func (d *UnknownJobData) UnmarshalJSON(data []byte) error {
	kind, raw, err := decodeUnknownKind(data, "UnknownJobData")
	d.Type, d.Raw = JobDataType(kind), raw
	return err
}

// appendUnknownKind writes the JSON of a polymorphic value of an unknown
// kind: its raw object when there is one, else {"type": kind}.
func appendUnknownKind(b []byte, kind string, raw json.RawMessage) ([]byte, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		w := pipeline.NewObjectWriter(b)
		pipeline.WriteString(&w, "type", &kind)
		return w.Close(nil)
	}
	return pipeline.RawValue(b, raw)
}

// decodeUnknownKind checks that data is a JSON object and returns its
// "type" and a trimmed copy of it.
func decodeUnknownKind(data []byte, model string) (string, json.RawMessage, error) {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return "", nil, nil
	}
	kind, err := typeMember(data, model)
	if err != nil {
		return "", nil, err
	}
	return kind, append(json.RawMessage(nil), data...), nil
}
