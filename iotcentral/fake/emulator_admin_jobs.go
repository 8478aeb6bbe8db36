package fake

import (
	"math"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

// Device states of a job run, as GET /jobs/{id}/devices reports them.
const (
	deviceStatePending   = "pending"
	deviceStateCompleted = "completed"
	deviceStateFailed    = "failed"
)

// jobRun is one job of the emulator: the job as the API shows it and the
// state of each of its devices.
//
// A job moves one step each time it is read (GET /jobs/{id}): pending →
// running with its first batch of devices done → … → a terminal status
// once every device is done. A batch is the job's Batch, or half of the
// devices when it has none. A device fails when the emulator was told so
// (Emulator.FailJobDevices); the job is cancelled when its cancellation
// threshold is reached, failed when every device failed, complete
// otherwise.
type jobRun struct {
	job     iotcentral.Job
	devices []string
	state   map[string]string
	next    int // index in devices of the next device to run on
}

// newJobRun starts a job on devices; body is the job as created.
func newJobRun(id string, body iotcentral.Job, devices []string) *jobRun {
	job := body
	job.ID = &id
	job.Status = to.Ptr(iotcentral.JobStatusPending)
	job.Start, job.End = nil, nil
	r := &jobRun{job: job, devices: devices, state: make(map[string]string, len(devices))}
	for _, d := range devices {
		r.state[d] = deviceStatePending
	}
	r.updateProgress()
	return r
}

// status returns the job's status.
func (r *jobRun) status() iotcentral.JobStatus { return *r.job.Status }

// batchSize is how many devices one step runs on.
func (r *jobRun) batchSize() int {
	total := len(r.devices)
	size := (total + 1) / 2
	if b := r.job.Batch; b != nil && b.Value != nil && b.Type != nil {
		switch *b.Type {
		case iotcentral.JobBatchTypeNumber:
			size = int(*b.Value)
		case iotcentral.JobBatchTypePercentage:
			size = int(math.Ceil(float64(total) * *b.Value / 100))
		}
	}
	return max(size, 1)
}

// step moves the job on by one batch. fails reports (and counts) whether
// the job fails on a device.
func (r *jobRun) step(now time.Time, fails func(deviceID string) bool) {
	switch r.status() {
	case iotcentral.JobStatusPending:
		r.job.Status = to.Ptr(iotcentral.JobStatusRunning)
		r.job.Start = &now
	case iotcentral.JobStatusRunning:
	default:
		return // stopped or terminal: nothing moves
	}
	batch := r.devices[r.next:min(r.next+r.batchSize(), len(r.devices))]
	r.next += len(batch)
	failedInBatch := 0
	for _, d := range batch {
		if fails(d) {
			r.state[d] = deviceStateFailed
			failedInBatch++
		} else {
			r.state[d] = deviceStateCompleted
		}
	}
	p := r.updateProgress()
	switch {
	case r.thresholdReached(failedInBatch, len(batch), int(*p.Failed)):
		r.finish(iotcentral.JobStatusCancelled, now)
	case r.next < len(r.devices):
	case len(r.devices) > 0 && int(*p.Failed) == len(r.devices):
		r.finish(iotcentral.JobStatusFailed, now)
	default:
		r.finish(iotcentral.JobStatusComplete, now)
	}
}

// thresholdReached applies the job's cancellation threshold, per batch or
// to the whole job.
func (r *jobRun) thresholdReached(failedInBatch, batchLen, failedTotal int) bool {
	t := r.job.CancellationThreshold
	if t == nil || t.Value == nil || t.Type == nil {
		return false
	}
	failed, of := failedTotal, len(r.devices)
	if t.Batch != nil && *t.Batch {
		failed, of = failedInBatch, batchLen
	}
	if failed == 0 {
		return false
	}
	if *t.Type == iotcentral.JobCancellationThresholdTypePercentage {
		return float64(failed)*100 >= *t.Value*float64(of)
	}
	return float64(failed) >= *t.Value
}

func (r *jobRun) finish(status iotcentral.JobStatus, now time.Time) {
	r.job.Status = &status
	r.job.End = &now
}

// updateProgress recounts the devices by state.
func (r *jobRun) updateProgress() *iotcentral.JobProgress {
	var pending, completed, failed int32
	for _, d := range r.devices {
		switch r.state[d] {
		case deviceStateCompleted:
			completed++
		case deviceStateFailed:
			failed++
		default:
			pending++
		}
	}
	total := int32(len(r.devices))
	r.job.Progress = &iotcentral.JobProgress{Total: &total, Pending: &pending, Completed: &completed, Failed: &failed}
	return r.job.Progress
}

// failedDevices returns the devices the job failed on, in order.
func (r *jobRun) failedDevices() []string {
	var out []string
	for _, d := range r.devices {
		if r.state[d] == deviceStateFailed {
			out = append(out, d)
		}
	}
	return out
}

// deviceStatuses returns the state of the job on each device, in order.
func (r *jobRun) deviceStatuses() []iotcentral.JobDeviceStatus {
	out := make([]iotcentral.JobDeviceStatus, len(r.devices))
	for i, d := range r.devices {
		out[i] = iotcentral.JobDeviceStatus{ID: to.Ptr(d), Status: to.Ptr(r.state[d])}
	}
	return out
}

// scheduleOccurrence returns when occurrence k (from 0) of a schedule
// runs, and false when the schedule has no such occurrence.
func scheduleOccurrence(s *iotcentral.JobSchedule, k int) (time.Time, bool) {
	if s == nil || s.Start == nil {
		return time.Time{}, false
	}
	at := *s.Start
	switch {
	case s.Recurrence == nil:
		if k > 0 {
			return time.Time{}, false
		}
	case *s.Recurrence == iotcentral.JobRecurrenceDaily:
		at = at.AddDate(0, 0, k)
	case *s.Recurrence == iotcentral.JobRecurrenceWeekly:
		at = at.AddDate(0, 0, 7*k)
	case *s.Recurrence == iotcentral.JobRecurrenceMonthly:
		at = at.AddDate(0, k, 0)
	default:
		if k > 0 {
			return time.Time{}, false
		}
	}
	switch end := s.End.(type) {
	case *iotcentral.OccurrencesJobScheduleEnd:
		if end != nil && end.Occurrences != nil && k >= int(*end.Occurrences) {
			return time.Time{}, false
		}
	case *iotcentral.DateJobScheduleEnd:
		if end != nil && end.Date != nil {
			day, err := time.Parse(time.DateOnly, *end.Date)
			if err == nil && !at.Before(day.AddDate(0, 0, 1)) {
				return time.Time{}, false
			}
		}
	}
	return at, true
}
