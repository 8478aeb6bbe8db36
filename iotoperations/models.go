package iotoperations

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// Defaults the service applies to members left unset.
const (
	// DefaultInstanceCount is the instanceCount of a profile that sets none.
	DefaultInstanceCount int32 = 1
	// DefaultLogLevel is the diagnostics log level of a profile that sets none.
	DefaultLogLevel = "info"
	// DefaultPrometheusPort is the metrics port of a profile that sets none.
	DefaultPrometheusPort int32 = 9600
)

// DataflowProfileResource is a dataflow profile of an Azure IoT Operations
// instance: how many dataflow runtime instances run, and their diagnostics.
type DataflowProfileResource struct {
	// ExtendedLocation is the Azure Arc custom location of the instance.
	// It is set when the profile is created and cannot change.
	ExtendedLocation *ExtendedLocation
	// Properties are the profile's settings.
	Properties *DataflowProfileProperties
	// ID is the profile's ARM resource ID. Read-only.
	ID *string
	// Name is the profile's name. Read-only.
	Name *string
	// Type is "Microsoft.IoTOperations/instances/dataflowProfiles". Read-only.
	Type *string
	// SystemData records who created and last modified the profile and
	// when. Read-only.
	SystemData *SystemData

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r DataflowProfileResource) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "properties", r.Properties)
	pipeline.WriteModel(&w, "extendedLocation", r.ExtendedLocation)
	pipeline.WriteString(&w, "id", r.ID)
	pipeline.WriteString(&w, "name", r.Name)
	pipeline.WriteString(&w, "type", r.Type)
	pipeline.WriteModel(&w, "systemData", r.SystemData)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r DataflowProfileResource) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *DataflowProfileResource) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DataflowProfileResource", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "properties":
			return true, pipeline.DecodeModel(v, &r.Properties)
		case "extendedLocation":
			return true, pipeline.DecodeModel(v, &r.ExtendedLocation)
		case "id":
			return true, pipeline.DecodeString(v, &r.ID)
		case "name":
			return true, pipeline.DecodeString(v, &r.Name)
		case "type":
			return true, pipeline.DecodeString(v, &r.Type)
		case "systemData":
			return true, pipeline.DecodeModel(v, &r.SystemData)
		}
		return false, nil
	})
}

// DataflowProfileProperties are the settings of a dataflow profile.
type DataflowProfileProperties struct {
	// Diagnostics configures the logs and metrics of the profile's
	// dataflow runtime.
	Diagnostics *ProfileDiagnostics
	// InstanceCount is how many dataflow runtime instances to run, 1 to 20
	// (DefaultInstanceCount when unset).
	InstanceCount *int32
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState
	// HealthState is the health of the profile. Read-only.
	HealthState *ResourceHealthState

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p DataflowProfileProperties) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "diagnostics", p.Diagnostics)
	pipeline.WriteInt(&w, "instanceCount", p.InstanceCount)
	pipeline.WriteString(&w, "provisioningState", p.ProvisioningState)
	pipeline.WriteString(&w, "healthState", p.HealthState)
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p DataflowProfileProperties) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *DataflowProfileProperties) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DataflowProfileProperties", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "diagnostics":
			return true, pipeline.DecodeModel(v, &p.Diagnostics)
		case "instanceCount":
			return true, pipeline.DecodeInt(v, &p.InstanceCount)
		case "provisioningState":
			return true, pipeline.DecodeString(v, &p.ProvisioningState)
		case "healthState":
			return true, pipeline.DecodeString(v, &p.HealthState)
		}
		return false, nil
	})
}

// ProfileDiagnostics configures the diagnostics of a dataflow profile.
type ProfileDiagnostics struct {
	// Logs configures logging.
	Logs *DiagnosticsLogs
	// Metrics configures the Prometheus metrics endpoint.
	Metrics *Metrics

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d ProfileDiagnostics) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "logs", d.Logs)
	pipeline.WriteModel(&w, "metrics", d.Metrics)
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d ProfileDiagnostics) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *ProfileDiagnostics) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProfileDiagnostics", &d.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "logs":
			return true, pipeline.DecodeModel(v, &d.Logs)
		case "metrics":
			return true, pipeline.DecodeModel(v, &d.Metrics)
		}
		return false, nil
	})
}

// DiagnosticsLogs configures logging.
type DiagnosticsLogs struct {
	// Level is the log level, for example "debug", "info", "warn",
	// "error" or "trace" (DefaultLogLevel when unset). The service accepts
	// any string.
	Level *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of l to b.
func (l DiagnosticsLogs) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "level", l.Level)
	return w.Close(l.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (l DiagnosticsLogs) MarshalJSON() ([]byte, error) { return pipeline.Marshal(l) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (l *DiagnosticsLogs) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DiagnosticsLogs", &l.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "level" {
			return true, pipeline.DecodeString(v, &l.Level)
		}
		return false, nil
	})
}

// Metrics configures the Prometheus metrics endpoint.
type Metrics struct {
	// PrometheusPort is the port metrics are exposed on, 0 to 65535
	// (DefaultPrometheusPort when unset).
	PrometheusPort *int32

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of m to b.
func (m Metrics) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteInt(&w, "prometheusPort", m.PrometheusPort)
	return w.Close(m.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (m Metrics) MarshalJSON() ([]byte, error) { return pipeline.Marshal(m) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (m *Metrics) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Metrics", &m.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "prometheusPort" {
			return true, pipeline.DecodeInt(v, &m.PrometheusPort)
		}
		return false, nil
	})
}

// ExtendedLocation is an Azure Arc location a resource runs in.
type ExtendedLocation struct {
	// Name is the ARM ID of the custom location.
	Name *string
	// Type is the kind of location (CustomLocation).
	Type *ExtendedLocationType

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of l to b.
func (l ExtendedLocation) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "name", l.Name)
	pipeline.WriteString(&w, "type", l.Type)
	return w.Close(l.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (l ExtendedLocation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(l) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (l *ExtendedLocation) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ExtendedLocation", &l.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "name":
			return true, pipeline.DecodeString(v, &l.Name)
		case "type":
			return true, pipeline.DecodeString(v, &l.Type)
		}
		return false, nil
	})
}

// SystemData records who created and last modified a resource, and when.
// Every member is read-only.
type SystemData struct {
	// CreatedAt is when the resource was created (UTC).
	CreatedAt *time.Time
	// CreatedBy is the identity that created the resource.
	CreatedBy *string
	// CreatedByType is the kind of identity that created the resource.
	CreatedByType *CreatedByType
	// LastModifiedAt is when the resource was last modified (UTC).
	LastModifiedAt *time.Time
	// LastModifiedBy is the identity that last modified the resource.
	LastModifiedBy *string
	// LastModifiedByType is the kind of identity that last modified the
	// resource.
	LastModifiedByType *CreatedByType

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s SystemData) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "createdBy", s.CreatedBy)
	pipeline.WriteString(&w, "createdByType", s.CreatedByType)
	w.Time("createdAt", s.CreatedAt)
	pipeline.WriteString(&w, "lastModifiedBy", s.LastModifiedBy)
	pipeline.WriteString(&w, "lastModifiedByType", s.LastModifiedByType)
	w.Time("lastModifiedAt", s.LastModifiedAt)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s SystemData) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *SystemData) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SystemData", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "createdBy":
			return true, pipeline.DecodeString(v, &s.CreatedBy)
		case "createdByType":
			return true, pipeline.DecodeString(v, &s.CreatedByType)
		case "createdAt":
			return true, pipeline.DecodeTime(v, &s.CreatedAt)
		case "lastModifiedBy":
			return true, pipeline.DecodeString(v, &s.LastModifiedBy)
		case "lastModifiedByType":
			return true, pipeline.DecodeString(v, &s.LastModifiedByType)
		case "lastModifiedAt":
			return true, pipeline.DecodeTime(v, &s.LastModifiedAt)
		}
		return false, nil
	})
}

// DataflowProfileListResult is one page of dataflow profiles.
type DataflowProfileListResult struct {
	// Value holds the profiles of the page.
	Value []DataflowProfileResource
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of l to b.
func (l DataflowProfileListResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", l.Value, pipeline.ModelValue[DataflowProfileResource])
	pipeline.WriteString(&w, "nextLink", l.NextLink)
	return w.Close(l.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (l DataflowProfileListResult) MarshalJSON() ([]byte, error) { return pipeline.Marshal(l) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (l *DataflowProfileListResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DataflowProfileListResult", &l.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &l.Value, pipeline.ModelElem[DataflowProfileResource])
		case "nextLink":
			return true, pipeline.DecodeString(v, &l.NextLink)
		}
		return false, nil
	})
}
