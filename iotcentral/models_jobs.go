package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// Job is a job: one operation (set a property or a cloud property, run a
// command, migrate to another template or manifest) run on every device of
// a device group. It runs asynchronously after it is created; wait for it
// with JobsClient.BeginWait.
type Job struct {
	// ID is the job's ID. Read-only.
	ID *string
	// ScheduledJobID is the ID of the scheduled job that created this job.
	ScheduledJobID *string
	DisplayName    *string
	Description    *string
	// Group is the ID of the device group the job runs on. Required.
	Group *string
	// Batch runs the job on batches of devices.
	Batch *JobBatch
	// CancellationThreshold cancels the job when too many devices fail.
	CancellationThreshold *JobCancellationThreshold
	// Data is what the job does; at least one entry, all of the same type.
	// Required.
	Data []JobData
	// Start is when the job started. Read-only.
	Start *time.Time
	// End is when the job ended. Read-only.
	End *time.Time
	// Progress counts the job's devices by state. Read-only.
	Progress *JobProgress
	// Status is the job's state. Read-only.
	Status *JobStatus
	// Organizations holds the job's organization (exactly one when set).
	Organizations []string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s Job) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "scheduledJobId", s.ScheduledJobID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "description", s.Description)
	pipeline.WriteString(&w, "group", s.Group)
	pipeline.WriteModel(&w, "batch", s.Batch)
	pipeline.WriteModel(&w, "cancellationThreshold", s.CancellationThreshold)
	pipeline.WriteSlice(&w, "data", s.Data, appendJobData)
	w.Time("start", s.Start)
	w.Time("end", s.End)
	pipeline.WriteModel(&w, "progress", s.Progress)
	pipeline.WriteString(&w, "status", s.Status)
	pipeline.WriteSlice(&w, "organizations", s.Organizations, pipeline.StringValue[string])
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s Job) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *Job) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "Job", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "scheduledJobId":
			return true, pipeline.DecodeString(v, &s.ScheduledJobID)
		case "displayName":
			return true, pipeline.DecodeString(v, &s.DisplayName)
		case "description":
			return true, pipeline.DecodeString(v, &s.Description)
		case "group":
			return true, pipeline.DecodeString(v, &s.Group)
		case "batch":
			return true, pipeline.DecodeModel(v, &s.Batch)
		case "cancellationThreshold":
			return true, pipeline.DecodeModel(v, &s.CancellationThreshold)
		case "data":
			return true, pipeline.DecodeSlice(v, &s.Data, decodeJobData)
		case "start":
			return true, pipeline.DecodeTime(v, &s.Start)
		case "end":
			return true, pipeline.DecodeTime(v, &s.End)
		case "progress":
			return true, pipeline.DecodeModel(v, &s.Progress)
		case "status":
			return true, pipeline.DecodeString(v, &s.Status)
		case "organizations":
			return true, pipeline.DecodeSlice(v, &s.Organizations, pipeline.StringElem[string])
		}
		return false, nil
	})
}

// JobBatch runs a job on batches of devices.
type JobBatch struct {
	// Type says whether Value is a number of devices or a percentage.
	// Required.
	Type *JobBatchType
	// Value is the number or percentage of devices per batch. Required.
	Value *float64

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobBatch) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "type", s.Type)
	w.Float("value", s.Value)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobBatch) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobBatch) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobBatch", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, pipeline.DecodeString(v, &s.Type)
		case "value":
			return true, pipeline.DecodeFloat(v, &s.Value)
		}
		return false, nil
	})
}

// JobCancellationThreshold cancels a job when too many of its devices
// fail.
type JobCancellationThreshold struct {
	// Type says whether Value is a number of devices or a percentage.
	// Required.
	Type *JobCancellationThresholdType
	// Value is the number or percentage of failed devices that cancels the
	// job. Required.
	Value *float64
	// Batch applies the threshold to each batch rather than to the whole
	// job.
	Batch *bool

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobCancellationThreshold) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "type", s.Type)
	w.Float("value", s.Value)
	w.Bool("batch", s.Batch)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobCancellationThreshold) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobCancellationThreshold) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobCancellationThreshold", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, pipeline.DecodeString(v, &s.Type)
		case "value":
			return true, pipeline.DecodeFloat(v, &s.Value)
		case "batch":
			return true, pipeline.DecodeBool(v, &s.Batch)
		}
		return false, nil
	})
}

// JobProgress counts a job's devices by state.
type JobProgress struct {
	// Total is the number of devices the job targets.
	Total *int32
	// Pending is the number of devices the job has not run on yet.
	Pending *int32
	// Completed is the number of devices the job succeeded on.
	Completed *int32
	// Failed is the number of devices the job failed on; JobsClient.Rerun
	// runs the job again on them.
	Failed *int32

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobProgress) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteInt(&w, "total", s.Total)
	pipeline.WriteInt(&w, "pending", s.Pending)
	pipeline.WriteInt(&w, "completed", s.Completed)
	pipeline.WriteInt(&w, "failed", s.Failed)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobProgress) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobProgress) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobProgress", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "total":
			return true, pipeline.DecodeInt(v, &s.Total)
		case "pending":
			return true, pipeline.DecodeInt(v, &s.Pending)
		case "completed":
			return true, pipeline.DecodeInt(v, &s.Completed)
		case "failed":
			return true, pipeline.DecodeInt(v, &s.Failed)
		}
		return false, nil
	})
}

// JobCollection is one page of jobs.
type JobCollection struct {
	// Value holds the page's jobs.
	Value []Job
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[Job])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[Job])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}

// JobDeviceStatus is the state of a job on one device.
type JobDeviceStatus struct {
	// ID is the device's ID. Read-only.
	ID *string
	// Status is the job's state on the device, as the service reports it
	// (for example "completed" or "failed"). Read-only.
	Status *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobDeviceStatus) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "status", s.Status)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobDeviceStatus) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobDeviceStatus) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobDeviceStatus", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
		case "status":
			return true, pipeline.DecodeString(v, &s.Status)
		}
		return false, nil
	})
}

// JobDeviceStatusCollection is one page of a job's device states.
type JobDeviceStatusCollection struct {
	// Value holds the page's device states.
	Value []JobDeviceStatus
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobDeviceStatusCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[JobDeviceStatus])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobDeviceStatusCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobDeviceStatusCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobDeviceStatusCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[JobDeviceStatus])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}
