package iotcentral

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/pipeline"
)

// ScheduledJob is a job definition that IoT Central runs at a start time
// and then, optionally, daily, weekly or monthly. Each run is a Job (see
// ScheduledJobsClient.NewListJobsPager).
type ScheduledJob struct {
	// ETag guards against lost updates: send the value you read and the
	// service answers 412 if the scheduled job changed since.
	ETag *string
	// ID is the scheduled job's ID. Read-only.
	ID          *string
	DisplayName *string
	Description *string
	// Group is the ID of the device group the job runs on. Required.
	Group *string
	// Batch runs each job on batches of devices.
	Batch *JobBatch
	// CancellationThreshold cancels a job when too many devices fail.
	CancellationThreshold *JobCancellationThreshold
	// Data is what each job does; at least one entry, all of the same
	// type. Required.
	Data []JobData
	// Organizations holds the job's organization (exactly one when set).
	Organizations []string
	// Schedule says when the job runs. Required.
	Schedule *JobSchedule
	// Enabled says whether the schedule is active.
	Enabled *bool
	// Completed says whether the schedule has ended. Read-only.
	Completed *bool

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s ScheduledJob) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "etag", s.ETag)
	pipeline.WriteString(&w, "id", s.ID)
	pipeline.WriteString(&w, "displayName", s.DisplayName)
	pipeline.WriteString(&w, "description", s.Description)
	pipeline.WriteString(&w, "group", s.Group)
	pipeline.WriteModel(&w, "batch", s.Batch)
	pipeline.WriteModel(&w, "cancellationThreshold", s.CancellationThreshold)
	pipeline.WriteSlice(&w, "data", s.Data, appendJobData)
	pipeline.WriteSlice(&w, "organizations", s.Organizations, pipeline.StringValue[string])
	pipeline.WriteModel(&w, "schedule", s.Schedule)
	w.Bool("enabled", s.Enabled)
	w.Bool("completed", s.Completed)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s ScheduledJob) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *ScheduledJob) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ScheduledJob", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "etag":
			return true, pipeline.DecodeString(v, &s.ETag)
		case "id":
			return true, pipeline.DecodeString(v, &s.ID)
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
		case "organizations":
			return true, pipeline.DecodeSlice(v, &s.Organizations, pipeline.StringElem[string])
		case "schedule":
			return true, pipeline.DecodeModel(v, &s.Schedule)
		case "enabled":
			return true, pipeline.DecodeBool(v, &s.Enabled)
		case "completed":
			return true, pipeline.DecodeBool(v, &s.Completed)
		}
		return false, nil
	})
}

// JobSchedule says when a scheduled job runs.
type JobSchedule struct {
	// Recurrence repeats the job daily, weekly or monthly; without it the
	// job runs once, at Start.
	Recurrence *JobRecurrence
	// Start is when the job first runs. Required.
	Start *time.Time
	// End ends a recurring schedule: *DateJobScheduleEnd or
	// *OccurrencesJobScheduleEnd.
	End JobScheduleEnd

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s JobSchedule) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "recurrence", s.Recurrence)
	w.Time("start", s.Start)
	if s.End != nil {
		w.Any("end", s.End)
	}
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s JobSchedule) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *JobSchedule) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "JobSchedule", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "recurrence":
			return true, pipeline.DecodeString(v, &s.Recurrence)
		case "start":
			return true, pipeline.DecodeTime(v, &s.Start)
		case "end":
			end, err := UnmarshalJobScheduleEnd(v)
			s.End = end
			return true, err
		}
		return false, nil
	})
}

// JobScheduleEnd ends a recurring schedule, told apart by its "type":
// *DateJobScheduleEnd, *OccurrencesJobScheduleEnd or, for a type this
// version does not know, *UnknownJobScheduleEnd.
type JobScheduleEnd interface {
	// Kind returns the end's "type".
	Kind() JobScheduleEndType
	// AppendJSON appends the end's JSON encoding, "type" included, to b.
	AppendJSON(b []byte) ([]byte, error)
	json.Marshaler
	isJobScheduleEnd()
}

// UnmarshalJobScheduleEnd decodes a schedule end, choosing its Go type from
// the "type" member; JSON null decodes to a nil JobScheduleEnd.
func UnmarshalJobScheduleEnd(data []byte) (JobScheduleEnd, error) {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil, nil
	}
	kind, err := typeMember(data, "JobScheduleEnd")
	if err != nil {
		return nil, err
	}
	var e interface {
		JobScheduleEnd
		json.Unmarshaler
	}
	switch JobScheduleEndType(kind) {
	case JobScheduleEndTypeDate:
		e = &DateJobScheduleEnd{}
	case JobScheduleEndTypeOccurrences:
		e = &OccurrencesJobScheduleEnd{}
	default:
		e = &UnknownJobScheduleEnd{}
	}
	if err := e.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return e, nil
}

// DateJobScheduleEnd ends a schedule on a date.
type DateJobScheduleEnd struct {
	// Date is the day the schedule ends; only its year, month and day are
	// sent ("2006-01-02"). Required.
	Date *time.Time

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobScheduleEndTypeDate.
func (*DateJobScheduleEnd) Kind() JobScheduleEndType { return JobScheduleEndTypeDate }
func (*DateJobScheduleEnd) isJobScheduleEnd()        {}

// AppendJSON appends the JSON encoding of e to b.
func (e *DateJobScheduleEnd) AppendJSON(b []byte) ([]byte, error) {
	if e == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	kind := JobScheduleEndTypeDate
	pipeline.WriteString(&w, "type", &kind)
	if e.Date != nil {
		day := e.Date.Format(time.DateOnly)
		pipeline.WriteString(&w, "date", &day)
	}
	return w.Close(e.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (e *DateJobScheduleEnd) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (e *DateJobScheduleEnd) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "DateJobScheduleEnd", &e.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "date":
			return true, pipeline.DecodeTime(v, &e.Date)
		}
		return false, nil
	})
}

// OccurrencesJobScheduleEnd ends a schedule after a number of runs.
type OccurrencesJobScheduleEnd struct {
	// Occurrences is the number of runs, 1 to 999. Required.
	Occurrences *int32

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Kind returns JobScheduleEndTypeOccurrences.
func (*OccurrencesJobScheduleEnd) Kind() JobScheduleEndType { return JobScheduleEndTypeOccurrences }
func (*OccurrencesJobScheduleEnd) isJobScheduleEnd()        {}

// AppendJSON appends the JSON encoding of e to b.
func (e *OccurrencesJobScheduleEnd) AppendJSON(b []byte) ([]byte, error) {
	if e == nil {
		return append(b, "null"...), nil
	}
	w := pipeline.NewObjectWriter(b)
	kind := JobScheduleEndTypeOccurrences
	pipeline.WriteString(&w, "type", &kind)
	pipeline.WriteInt(&w, "occurrences", e.Occurrences)
	return w.Close(e.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (e *OccurrencesJobScheduleEnd) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (e *OccurrencesJobScheduleEnd) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "OccurrencesJobScheduleEnd", &e.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "type":
			return true, nil
		case "occurrences":
			return true, pipeline.DecodeInt(v, &e.Occurrences)
		}
		return false, nil
	})
}

// UnknownJobScheduleEnd is a schedule end whose type this version does not
// know. It keeps the end's JSON and writes it back unchanged.
type UnknownJobScheduleEnd struct {
	// Type is the end's "type" ("" when it has none).
	Type JobScheduleEndType
	// Raw is the end's JSON object. When it is empty, the end is written as
	// {"type": Type}.
	Raw json.RawMessage
}

// Kind returns the end's type.
func (e *UnknownJobScheduleEnd) Kind() JobScheduleEndType {
	if e == nil {
		return ""
	}
	return e.Type
}
func (*UnknownJobScheduleEnd) isJobScheduleEnd() {}

// AppendJSON appends Raw (or {"type": Type}) to b.
func (e *UnknownJobScheduleEnd) AppendJSON(b []byte) ([]byte, error) {
	if e == nil {
		return append(b, "null"...), nil
	}
	return appendUnknownKind(b, string(e.Type), e.Raw)
}

// MarshalJSON implements json.Marshaler.
func (e *UnknownJobScheduleEnd) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON keeps data in Raw and its "type" in Type.
func (e *UnknownJobScheduleEnd) UnmarshalJSON(data []byte) error {
	kind, raw, err := decodeUnknownKind(data, "UnknownJobScheduleEnd")
	e.Type, e.Raw = JobScheduleEndType(kind), raw
	return err
}

// ScheduledJobCollection is one page of scheduled jobs.
type ScheduledJobCollection struct {
	// Value holds the page's scheduled jobs.
	Value []ScheduledJob
	// NextLink is the URL of the next page, if any.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s ScheduledJobCollection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", s.Value, pipeline.ModelValue[ScheduledJob])
	pipeline.WriteString(&w, "nextLink", s.NextLink)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s ScheduledJobCollection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(s) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *ScheduledJobCollection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ScheduledJobCollection", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &s.Value, pipeline.ModelElem[ScheduledJob])
		case "nextLink":
			return true, pipeline.DecodeString(v, &s.NextLink)
		}
		return false, nil
	})
}
