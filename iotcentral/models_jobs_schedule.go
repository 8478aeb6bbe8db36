package iotcentral

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// ScheduledJob is a job definition that IoT Central runs at a start time
// and then, optionally, daily, weekly or monthly. Each run is a Job (see
// ScheduledJobsClient.NewListJobsPager).
type ScheduledJob struct {
	// ETag guards against lost updates: send the value you read and the
	// service answers 412 if the scheduled job changed since.
	ETag *string `json:"etag,omitempty"`
	// ID is the scheduled job's ID. Read-only.
	ID          *string `json:"id,omitempty"`
	DisplayName *string `json:"displayName,omitempty"`
	Description *string `json:"description,omitempty"`
	// Group is the ID of the device group the job runs on. Required.
	Group *string `json:"group,omitempty"`
	// Batch runs each job on batches of devices.
	Batch *JobBatch `json:"batch,omitempty"`
	// CancellationThreshold cancels a job when too many devices fail.
	CancellationThreshold *JobCancellationThreshold `json:"cancellationThreshold,omitempty"`
	// Data is what each job does; at least one entry, all of the same
	// type. Required.
	Data []JobData `json:"data,omitempty"`
	// Organizations holds the job's organization (exactly one when set).
	Organizations []string `json:"organizations,omitempty"`
	// Schedule says when the job runs. Required.
	Schedule *JobSchedule `json:"schedule,omitempty"`
	// Enabled says whether the schedule is active.
	Enabled *bool `json:"enabled,omitempty"`
	// Completed says whether the schedule has ended. Read-only.
	Completed *bool `json:"completed,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ScheduledJob) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ScheduledJob does not declare are kept in Unknown.
func (m *ScheduledJob) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobSchedule says when a scheduled job runs.
type JobSchedule struct {
	// Recurrence repeats the job daily, weekly or monthly; without it the
	// job runs once, at Start.
	Recurrence *JobRecurrence `json:"recurrence,omitempty"`
	// Start is when the job first runs. Required.
	Start *time.Time `json:"start,omitempty"`
	// End ends a recurring schedule: *DateJobScheduleEnd or
	// *OccurrencesJobScheduleEnd.
	End JobScheduleEnd `json:"end,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m JobSchedule) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members JobSchedule does not declare are kept in Unknown.
func (m *JobSchedule) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// JobScheduleEnd ends a recurring schedule, told apart by its "type":
// *DateJobScheduleEnd, *OccurrencesJobScheduleEnd or, for a type this
// version does not know, *UnknownJobScheduleEnd, which keeps every member.
type JobScheduleEnd interface {
	// Kind returns the end's "type".
	Kind() JobScheduleEndType
	isJobScheduleEnd()
}

func init() {
	wire.RegisterUnion[JobScheduleEnd]("type",
		func(kind string) JobScheduleEnd {
			switch JobScheduleEndType(kind) {
			case JobScheduleEndTypeDate:
				return &DateJobScheduleEnd{}
			case JobScheduleEndTypeOccurrences:
				return &OccurrencesJobScheduleEnd{}
			default:
				return &UnknownJobScheduleEnd{}
			}
		},
		func(v JobScheduleEnd) string {
			switch v.(type) {
			case *DateJobScheduleEnd:
				return string(JobScheduleEndTypeDate)
			case *OccurrencesJobScheduleEnd:
				return string(JobScheduleEndTypeOccurrences)
			default:
				return ""
			}
		})
}

// DateJobScheduleEnd ends a schedule on a date.
type DateJobScheduleEnd struct {
	// Date is the day the schedule ends, as the spec's full-date
	// ("2006-01-02"). Required.
	Date *string `json:"date,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DateJobScheduleEnd) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DateJobScheduleEnd does not declare are kept in Unknown.
func (m *DateJobScheduleEnd) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns JobScheduleEndTypeDate.
func (*DateJobScheduleEnd) Kind() JobScheduleEndType { return JobScheduleEndTypeDate }
func (*DateJobScheduleEnd) isJobScheduleEnd()        {}

// OccurrencesJobScheduleEnd ends a schedule after a number of runs.
type OccurrencesJobScheduleEnd struct {
	// Occurrences is the number of runs (the service accepts 1 to 999).
	// Required.
	Occurrences *int32 `json:"occurrences,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OccurrencesJobScheduleEnd) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OccurrencesJobScheduleEnd does not declare are kept in Unknown.
func (m *OccurrencesJobScheduleEnd) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns JobScheduleEndTypeOccurrences.
func (*OccurrencesJobScheduleEnd) Kind() JobScheduleEndType { return JobScheduleEndTypeOccurrences }
func (*OccurrencesJobScheduleEnd) isJobScheduleEnd()        {}

// UnknownJobScheduleEnd is a schedule end whose type this version does not
// know: its "type" and every other member are kept and written back.
type UnknownJobScheduleEnd struct {
	// Type is the end's "type" (nil when it has none).
	Type *string `json:"type,omitempty"`

	// Unknown holds the end's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownJobScheduleEnd) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownJobScheduleEnd does not declare are kept in Unknown.
func (m *UnknownJobScheduleEnd) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the end's type.
func (e *UnknownJobScheduleEnd) Kind() JobScheduleEndType {
	if e == nil || e.Type == nil {
		return ""
	}
	return JobScheduleEndType(*e.Type)
}
func (*UnknownJobScheduleEnd) isJobScheduleEnd() {}

// ScheduledJobCollection is one page of scheduled jobs.
type ScheduledJobCollection struct {
	// Value holds the page's scheduled jobs.
	Value []ScheduledJob `json:"value,omitempty"`
	// NextLink is the URL of the next page, if any.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ScheduledJobCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ScheduledJobCollection does not declare are kept in Unknown.
func (m *ScheduledJobCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
