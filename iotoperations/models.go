package iotoperations

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Defaults the service applies to dataflow profile members left unset.
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
	// Properties are the profile's settings.
	Properties *DataflowProfileProperties `json:"properties,omitempty"`
	// ExtendedLocation is the Azure Arc custom location of the instance. It is
	// set when the profile is created and cannot change.
	ExtendedLocation *ExtendedLocation `json:"extendedLocation,omitempty"`
	// ID is the profile's ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the profile's name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTOperations/instances/dataflowProfiles". Read-only.
	Type *string `json:"type,omitempty"`
	// SystemData records who created and last modified the profile and when.
	// Read-only.
	SystemData *SystemData `json:"systemData,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowProfileResource) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowProfileResource does not declare are kept in Unknown.
func (m *DataflowProfileResource) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowProfileProperties are the settings of a dataflow profile.
type DataflowProfileProperties struct {
	// Diagnostics configures the logs and metrics of the profile's dataflow
	// runtime.
	Diagnostics *ProfileDiagnostics `json:"diagnostics,omitempty"`
	// InstanceCount is how many dataflow runtime instances to run; the service
	// accepts 1 to 20 (DefaultInstanceCount when unset).
	InstanceCount *int32 `json:"instanceCount,omitempty"`
	// ProvisioningState is the state of the last operation. Read-only.
	ProvisioningState *ProvisioningState `json:"provisioningState,omitempty"`
	// HealthState is the health of the profile (api-version 2025-10-01 and
	// later). Read-only.
	HealthState *ResourceHealthState `json:"healthState,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowProfileProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowProfileProperties does not declare are kept in Unknown.
func (m *DataflowProfileProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ProfileDiagnostics configures the diagnostics of a dataflow profile.
type ProfileDiagnostics struct {
	// Logs configures logging.
	Logs *DiagnosticsLogs `json:"logs,omitempty"`
	// Metrics configures the Prometheus metrics endpoint.
	Metrics *Metrics `json:"metrics,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ProfileDiagnostics) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ProfileDiagnostics does not declare are kept in Unknown.
func (m *ProfileDiagnostics) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DiagnosticsLogs configures logging.
type DiagnosticsLogs struct {
	// Level is the log level, for example "debug", "info", "warn", "error" or
	// "trace" (DefaultLogLevel when unset). The service accepts any string.
	Level *string `json:"level,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DiagnosticsLogs) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DiagnosticsLogs does not declare are kept in Unknown.
func (m *DiagnosticsLogs) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Metrics configures the Prometheus metrics endpoint.
type Metrics struct {
	// PrometheusPort is the port metrics are exposed on; the service accepts 0
	// to 65535 (DefaultPrometheusPort when unset).
	PrometheusPort *int32 `json:"prometheusPort,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Metrics) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Metrics does not declare are kept in Unknown.
func (m *Metrics) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ExtendedLocation is an Azure Arc location a resource runs in.
type ExtendedLocation struct {
	// Name is the ARM ID of the custom location. Required.
	Name *string `json:"name,omitempty"`
	// Type is the kind of location (CustomLocation). Required.
	Type *ExtendedLocationType `json:"type,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ExtendedLocation) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ExtendedLocation does not declare are kept in Unknown.
func (m *ExtendedLocation) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// SystemData records who created and last modified a resource, and when.
// Every member is read-only.
type SystemData struct {
	// CreatedBy is the identity that created the resource.
	CreatedBy *string `json:"createdBy,omitempty"`
	// CreatedByType is the kind of identity that created the resource.
	CreatedByType *CreatedByType `json:"createdByType,omitempty"`
	// CreatedAt is when the resource was created (UTC).
	CreatedAt *time.Time `json:"createdAt,omitempty"`
	// LastModifiedBy is the identity that last modified the resource.
	LastModifiedBy *string `json:"lastModifiedBy,omitempty"`
	// LastModifiedByType is the kind of identity that last modified the
	// resource.
	LastModifiedByType *CreatedByType `json:"lastModifiedByType,omitempty"`
	// LastModifiedAt is when the resource was last modified (UTC).
	LastModifiedAt *time.Time `json:"lastModifiedAt,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m SystemData) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members SystemData does not declare are kept in Unknown.
func (m *SystemData) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DataflowProfileListResult is one page of dataflow profiles.
type DataflowProfileListResult struct {
	// Value holds the profiles of the page.
	Value []DataflowProfileResource `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataflowProfileListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataflowProfileListResult does not declare are kept in Unknown.
func (m *DataflowProfileListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
