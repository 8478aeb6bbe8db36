package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// JobData is one operation a job performs, told apart by its "type":
// *CloudPropertyJobData, *PropertyJobData, *CommandJobData,
// *DeviceTemplateMigrationJobData, *DeviceManifestMigrationJobData (preview
// api-version) or, for a type this version does not know, *UnknownJobData,
// which keeps every member. All entries of a job have the same type.
type JobData interface {
	// Kind returns the entry's "type".
	Kind() JobDataType
	isJobData()
}

func init() {
	wire.RegisterUnion[JobData]("type",
		func(kind string) JobData {
			switch JobDataType(kind) {
			case JobDataTypeCloudProperty:
				return &CloudPropertyJobData{}
			case JobDataTypeProperty:
				return &PropertyJobData{}
			case JobDataTypeCommand:
				return &CommandJobData{}
			case JobDataTypeDeviceTemplateMigration:
				return &DeviceTemplateMigrationJobData{}
			case JobDataTypeDeviceManifestMigration:
				return &DeviceManifestMigrationJobData{}
			default:
				return &UnknownJobData{}
			}
		},
		func(v JobData) string {
			switch v.(type) {
			case *CloudPropertyJobData:
				return string(JobDataTypeCloudProperty)
			case *PropertyJobData:
				return string(JobDataTypeProperty)
			case *CommandJobData:
				return string(JobDataTypeCommand)
			case *DeviceTemplateMigrationJobData:
				return string(JobDataTypeDeviceTemplateMigration)
			case *DeviceManifestMigrationJobData:
				return string(JobDataTypeDeviceManifestMigration)
			default:
				return ""
			}
		})
}

// CloudPropertyJobData sets a cloud property on every device of the job.
type CloudPropertyJobData struct {
	// Target is the ID of the device template that defines the cloud
	// property. Required.
	Target *string `json:"target,omitempty"`
	// Path is the cloud property's name in the template. Required.
	Path *string `json:"path,omitempty"`
	// Value is the value to set, as JSON.
	Value json.RawMessage `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CloudPropertyJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CloudPropertyJobData does not declare are kept in Unknown.
func (m *CloudPropertyJobData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns JobDataTypeCloudProperty.
func (*CloudPropertyJobData) Kind() JobDataType { return JobDataTypeCloudProperty }
func (*CloudPropertyJobData) isJobData()        {}

// PropertyJobData sets a writable property on every device of the job.
type PropertyJobData struct {
	// Target is the ID of the device template that defines the property.
	// Required.
	Target *string `json:"target,omitempty"`
	// Path is the property's path in the template, such as
	// "componentName.propertyName". Required.
	Path *string `json:"path,omitempty"`
	// Value is the value to set, as JSON.
	Value json.RawMessage `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PropertyJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PropertyJobData does not declare are kept in Unknown.
func (m *PropertyJobData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns JobDataTypeProperty.
func (*PropertyJobData) Kind() JobDataType { return JobDataTypeProperty }
func (*PropertyJobData) isJobData()        {}

// CommandJobData runs a command on every device of the job.
type CommandJobData struct {
	// Target is the ID of the device template that defines the command.
	// Required.
	Target *string `json:"target,omitempty"`
	// Path is the command's path in the template. Required.
	Path *string `json:"path,omitempty"`
	// Value is the command's request payload, as JSON.
	Value json.RawMessage `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CommandJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CommandJobData does not declare are kept in Unknown.
func (m *CommandJobData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns JobDataTypeCommand.
func (*CommandJobData) Kind() JobDataType { return JobDataTypeCommand }
func (*CommandJobData) isJobData()        {}

// DeviceTemplateMigrationJobData moves every device of the job to another
// device template.
type DeviceTemplateMigrationJobData struct {
	// Template is the ID of the device template to migrate to. Required.
	Template *string `json:"template,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceTemplateMigrationJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceTemplateMigrationJobData does not declare are kept in Unknown.
func (m *DeviceTemplateMigrationJobData) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns JobDataTypeDeviceTemplateMigration.
func (*DeviceTemplateMigrationJobData) Kind() JobDataType { return JobDataTypeDeviceTemplateMigration }
func (*DeviceTemplateMigrationJobData) isJobData()        {}

// DeviceManifestMigrationJobData moves every IoT Edge device of the job to
// another deployment manifest (preview api-versions only).
type DeviceManifestMigrationJobData struct {
	// Manifest is the ID of the deployment manifest to migrate to.
	// Required.
	Manifest *string `json:"manifest,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceManifestMigrationJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceManifestMigrationJobData does not declare are kept in Unknown.
func (m *DeviceManifestMigrationJobData) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns JobDataTypeDeviceManifestMigration.
func (*DeviceManifestMigrationJobData) Kind() JobDataType { return JobDataTypeDeviceManifestMigration }
func (*DeviceManifestMigrationJobData) isJobData()        {}

// UnknownJobData is a job data entry whose type this version does not know:
// its "type" and every other member are kept and written back.
type UnknownJobData struct {
	// Type is the entry's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`

	// Unknown holds the entry's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownJobData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownJobData does not declare are kept in Unknown.
func (m *UnknownJobData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the entry's type.
func (d *UnknownJobData) Kind() JobDataType {
	if d == nil || d.Type == nil {
		return ""
	}
	return JobDataType(*d.Type)
}
func (*UnknownJobData) isJobData() {}
