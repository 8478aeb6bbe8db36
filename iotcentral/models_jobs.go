package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// Job is a job: one operation (set a property or a cloud property, run a
// command, migrate to another template or manifest) run on every device of
// a device group. It runs asynchronously after it is created; wait for it
// with JobsClient.BeginWait.
type Job struct {
	// ID is the job's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// ScheduledJobID is the ID of the scheduled job that created this job.
	ScheduledJobID *string `json:"scheduledJobId,omitempty"`
	DisplayName    *string `json:"displayName,omitempty"`
	Description    *string `json:"description,omitempty"`
	// Group is the ID of the device group the job runs on. Required.
	Group *string `json:"group,omitempty"`
	// Batch runs the job on batches of devices.
	Batch *JobBatch `json:"batch,omitempty"`
	// CancellationThreshold cancels the job when too many devices fail.
	CancellationThreshold *JobCancellationThreshold `json:"cancellationThreshold,omitempty"`
	// Data is what the job does; at least one entry, all of the same type.
	// Required.
	Data []JobData `json:"data,omitempty"`
	// Start is when the job started. Read-only.
	Start *time.Time `json:"start,omitempty"`
	// End is when the job ended. Read-only.
	End *time.Time `json:"end,omitempty"`
	// Progress counts the job's devices by state. Read-only.
	Progress *JobProgress `json:"progress,omitempty"`
	// Status is the job's state. Read-only.
	Status *JobStatus `json:"status,omitempty"`
	// Organizations holds the job's organization (exactly one when set).
	Organizations []string `json:"organizations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Job) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Job does not declare are kept in Unknown.
func (m *Job) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobBatch runs a job on batches of devices.
type JobBatch struct {
	// Type says whether Value is a number of devices or a percentage.
	// Required.
	Type *JobBatchType `json:"type,omitempty"`
	// Value is the number or percentage of devices per batch. Required.
	Value *float64 `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobBatch) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobBatch does not declare are kept in Unknown.
func (m *JobBatch) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobCancellationThreshold cancels a job when too many of its devices
// fail.
type JobCancellationThreshold struct {
	// Type says whether Value is a number of devices or a percentage.
	// Required.
	Type *JobCancellationThresholdType `json:"type,omitempty"`
	// Value is the number or percentage of failed devices that cancels the
	// job. Required.
	Value *float64 `json:"value,omitempty"`
	// Batch applies the threshold to each batch rather than to the whole
	// job.
	Batch *bool `json:"batch,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobCancellationThreshold) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobCancellationThreshold does not declare are kept in Unknown.
func (m *JobCancellationThreshold) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobProgress counts a job's devices by state.
type JobProgress struct {
	// Total is the number of devices the job targets.
	Total *int32 `json:"total,omitempty"`
	// Pending is the number of devices the job has not run on yet.
	Pending *int32 `json:"pending,omitempty"`
	// Completed is the number of devices the job succeeded on.
	Completed *int32 `json:"completed,omitempty"`
	// Failed is the number of devices the job failed on; JobsClient.Rerun
	// runs the job again on them.
	Failed *int32 `json:"failed,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobProgress) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobProgress does not declare are kept in Unknown.
func (m *JobProgress) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobCollection is one page of jobs.
type JobCollection struct {
	// Value holds the page's jobs.
	Value []Job `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobCollection does not declare are kept in Unknown.
func (m *JobCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobDeviceStatus is the state of a job on one device.
type JobDeviceStatus struct {
	// ID is the device's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Status is the job's state on the device, as the service reports it
	// (for example "completed" or "failed"). Read-only.
	Status *string `json:"status,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobDeviceStatus) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobDeviceStatus does not declare are kept in Unknown.
func (m *JobDeviceStatus) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobDeviceStatusCollection is one page of a job's device states.
type JobDeviceStatusCollection struct {
	// Value holds the page's device states.
	Value []JobDeviceStatus `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobDeviceStatusCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobDeviceStatusCollection does not declare are kept in Unknown.
func (m *JobDeviceStatusCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
