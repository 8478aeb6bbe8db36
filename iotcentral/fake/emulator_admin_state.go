package fake

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

// adminError is an error the administration routes answer with, in IoT
// Central's {"error":{code,message}} shape.
type adminError struct {
	status  int
	message string
}

func (e *adminError) Error() string { return fmt.Sprintf("%s: %s", e.code(), e.message) }

// code is the error code IoT Central documents for the status: the status
// itself (https://learn.microsoft.com/rest/api/iotcentral/common-error-codes,
// for example iotcentral.ErrorCodeNotFound).
func (e *adminError) code() string { return strconv.Itoa(e.status) }

func notFound(what, id string) *adminError {
	return &adminError{http.StatusNotFound, fmt.Sprintf("%s %q was not found", what, id)}
}

func conflict(format string, args ...any) *adminError {
	return &adminError{http.StatusConflict, fmt.Sprintf(format, args...)}
}

func invalidBody(format string, args ...any) *adminError {
	return &adminError{http.StatusUnprocessableEntity, fmt.Sprintf(format, args...)}
}

// adminData is the administration state of the emulator: jobs, scheduled
// jobs, organizations, users, roles and API tokens. Its methods are the
// service's behaviour; emulator_admin.go wires them to HTTP routes. All
// methods take the lock.
type adminData struct {
	mu  sync.Mutex
	dir deviceDirectory

	jobs      map[string]*jobRun
	jobOrder  []string
	scheduled map[string]*scheduledRun
	schedOrd  []string
	orgs      map[string]iotcentral.Organization
	orgOrder  []string
	users     map[string]iotcentral.User
	userOrder []string
	roles     []iotcentral.Role
	tokens    map[string]iotcentral.APIToken
	tokOrder  []string

	// failures counts, per device, the job runs still to fail on it.
	failures map[string]int
	etags    int
}

// scheduledRun is a scheduled job and how many of its occurrences have
// run as jobs.
type scheduledRun struct {
	sj   iotcentral.ScheduledJob
	runs int
}

func newAdminData(dir deviceDirectory) *adminData {
	return &adminData{
		dir:       dir,
		jobs:      map[string]*jobRun{},
		scheduled: map[string]*scheduledRun{},
		orgs:      map[string]iotcentral.Organization{},
		users:     map[string]iotcentral.User{},
		tokens:    map[string]iotcentral.APIToken{},
		failures:  map[string]int{},
		roles: []iotcentral.Role{
			{ID: to.Ptr(iotcentral.RoleAdministrator), DisplayName: to.Ptr("Administrator")},
			{ID: to.Ptr(iotcentral.RoleBuilder), DisplayName: to.Ptr("Builder")},
			{ID: to.Ptr(iotcentral.RoleOperator), DisplayName: to.Ptr("Operator")},
		},
	}
}

// failDevices makes the next attempts job runs fail on each device.
func (a *adminData) failDevices(attempts int, deviceIDs []string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, d := range deviceIDs {
		a.failures[d] = attempts
	}
}

// fails reports whether a job run fails on deviceID, counting the attempt.
func (a *adminData) fails(deviceID string) bool {
	if a.failures[deviceID] > 0 {
		a.failures[deviceID]--
		return true
	}
	return false
}

func (a *adminData) nextETag() *string {
	a.etags++
	return to.Ptr(strconv.Quote(fmt.Sprintf("%08x-0000-0000-0000-%012x", a.etags, a.etags)))
}

// ---- jobs ----

func (a *adminData) listJobs(now time.Time) []iotcentral.Job {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	out := make([]iotcentral.Job, 0, len(a.jobOrder))
	for _, id := range a.jobOrder {
		out = append(out, a.jobs[id].job)
	}
	return out
}

// getJob returns a job after moving it on by one step: reading a job is
// what makes it progress in the emulator.
func (a *adminData) getJob(id string, now time.Time) (iotcentral.Job, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	r, ok := a.jobs[id]
	if !ok {
		return iotcentral.Job{}, notFound("job", id)
	}
	r.step(now, a.fails)
	return r.job, nil
}

func (a *adminData) createJob(id string, body iotcentral.Job) (iotcentral.Job, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.jobs[id]; ok {
		return iotcentral.Job{}, conflict("job %q already exists", id)
	}
	if err := a.checkJob(body.Group, body.Data, body.Organizations, body.Batch, body.CancellationThreshold); err != nil {
		return iotcentral.Job{}, err
	}
	devices, _ := a.dir.devicesInGroup(*body.Group)
	body.ScheduledJobID = nil
	return a.addJob(id, body, devices).job, nil
}

func (a *adminData) addJob(id string, body iotcentral.Job, devices []string) *jobRun {
	r := newJobRun(id, body, slices.Clone(devices))
	a.jobs[id] = r
	a.jobOrder = append(a.jobOrder, id)
	return r
}

// checkJob checks a job's body as the service does: its device group, its
// data, its organization (exactly one when given), and a batch and a
// cancellation threshold greater than 0.
func (a *adminData) checkJob(group *string, data []iotcentral.JobData, orgs []string, batch *iotcentral.JobBatch, threshold *iotcentral.JobCancellationThreshold) error {
	if group == nil || *group == "" {
		return invalidBody("group is required")
	}
	if _, ok := a.dir.devicesInGroup(*group); !ok {
		return invalidBody("device group %q does not exist", *group)
	}
	if len(data) == 0 {
		return invalidBody("data must hold at least one entry")
	}
	for i, d := range data {
		if d == nil || d.Kind() != data[0].Kind() {
			return invalidBody("data[%d] must be a %q entry like data[0]", i, data[0].Kind())
		}
	}
	if batch != nil && (batch.Value == nil || *batch.Value <= 0) {
		return invalidBody("batch.value must be greater than 0")
	}
	if threshold != nil && (threshold.Value == nil || *threshold.Value <= 0) {
		return invalidBody("cancellationThreshold.value must be greater than 0")
	}
	if orgs != nil && len(orgs) != 1 {
		return invalidBody("organizations must hold exactly one organization ID, not %d", len(orgs))
	}
	for _, o := range orgs {
		if _, ok := a.orgs[o]; !ok {
			return invalidBody("organization %q does not exist", o)
		}
	}
	return nil
}

func (a *adminData) jobDevices(id string) ([]iotcentral.JobDeviceStatus, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.jobs[id]
	if !ok {
		return nil, notFound("job", id)
	}
	return r.deviceStatuses(), nil
}

func (a *adminData) stopJob(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.jobs[id]
	if !ok {
		return notFound("job", id)
	}
	if s := r.status(); s != iotcentral.JobStatusPending && s != iotcentral.JobStatusRunning {
		return conflict("job %q is %s: only a pending or running job can be stopped", id, s)
	}
	r.job.Status = to.Ptr(iotcentral.JobStatusStopped)
	return nil
}

func (a *adminData) resumeJob(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.jobs[id]
	if !ok {
		return notFound("job", id)
	}
	if r.status() != iotcentral.JobStatusStopped {
		return conflict("job %q is %s: only a stopped job can be resumed", id, r.status())
	}
	r.job.Status = to.Ptr(iotcentral.JobStatusRunning)
	return nil
}

// rerunJob starts job rerunID on the devices job id failed on.
func (a *adminData) rerunJob(id, rerunID string) (iotcentral.Job, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	r, ok := a.jobs[id]
	if !ok {
		return iotcentral.Job{}, notFound("job", id)
	}
	if _, ok := a.jobs[rerunID]; ok {
		return iotcentral.Job{}, conflict("job %q already exists", rerunID)
	}
	if !r.status().Terminal() {
		return iotcentral.Job{}, conflict("job %q is %s: only a finished job can be rerun", id, r.status())
	}
	failed := r.failedDevices()
	if len(failed) == 0 {
		return iotcentral.Job{}, conflict("job %q has no failed devices to rerun on", id)
	}
	body := r.job
	body.Progress, body.Unknown = nil, nil
	return a.addJob(rerunID, body, failed).job, nil
}

// ---- scheduled jobs ----

// runDueSchedules starts a job for every occurrence of an enabled
// scheduled job that is due at now.
func (a *adminData) runDueSchedules(now time.Time) {
	for _, id := range a.schedOrd {
		s := a.scheduled[id]
		if s.sj.Enabled == nil || !*s.sj.Enabled {
			continue
		}
		for {
			at, ok := scheduleOccurrence(s.sj.Schedule, s.runs)
			if !ok || at.After(now) {
				break
			}
			s.runs++
			jobID := fmt.Sprintf("%s-%d", id, s.runs)
			if _, exists := a.jobs[jobID]; exists {
				continue
			}
			job := iotcentral.Job{
				ScheduledJobID: to.Ptr(id), Group: s.sj.Group, Batch: s.sj.Batch,
				CancellationThreshold: s.sj.CancellationThreshold, Data: s.sj.Data, Organizations: s.sj.Organizations,
				Description: s.sj.Description,
			}
			if s.sj.DisplayName != nil {
				job.DisplayName = to.Ptr(fmt.Sprintf("%s - %d", *s.sj.DisplayName, s.runs))
			}
			devices, _ := a.dir.devicesInGroup(*s.sj.Group)
			a.addJob(jobID, job, devices)
		}
		_, more := scheduleOccurrence(s.sj.Schedule, s.runs)
		s.sj.Completed = to.Ptr(!more)
	}
}

func (a *adminData) listScheduledJobs(now time.Time) []iotcentral.ScheduledJob {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	out := make([]iotcentral.ScheduledJob, 0, len(a.schedOrd))
	for _, id := range a.schedOrd {
		out = append(out, a.scheduled[id].sj)
	}
	return out
}

func (a *adminData) getScheduledJob(id string, now time.Time) (iotcentral.ScheduledJob, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	s, ok := a.scheduled[id]
	if !ok {
		return iotcentral.ScheduledJob{}, notFound("scheduled job", id)
	}
	return s.sj, nil
}

// putScheduledJob creates or replaces a scheduled job; an etag in the body
// must match the stored one.
func (a *adminData) putScheduledJob(id string, body iotcentral.ScheduledJob, now time.Time) (iotcentral.ScheduledJob, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	old, exists := a.scheduled[id]
	if body.ETag != nil && *body.ETag != "" && *body.ETag != "*" {
		if !exists || *old.sj.ETag != *body.ETag {
			return iotcentral.ScheduledJob{}, preconditionFailed("scheduled job", id)
		}
	}
	if err := a.checkScheduledJob(body); err != nil {
		return iotcentral.ScheduledJob{}, err
	}
	body.ID, body.ETag = to.Ptr(id), a.nextETag()
	if body.Enabled == nil {
		body.Enabled = to.Ptr(false)
	}
	s := &scheduledRun{sj: body}
	if exists {
		s.runs = old.runs
	} else {
		a.schedOrd = append(a.schedOrd, id)
	}
	a.scheduled[id] = s
	a.runDueSchedules(now)
	return s.sj, nil
}

// patchScheduledJob applies a merge patch; the service refuses it while a
// job of the scheduled job runs.
func (a *adminData) patchScheduledJob(id string, patch []byte, now time.Time) (iotcentral.ScheduledJob, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	s, ok := a.scheduled[id]
	if !ok {
		return iotcentral.ScheduledJob{}, notFound("scheduled job", id)
	}
	for _, jobID := range a.jobOrder {
		if r := a.jobs[jobID]; r.job.ScheduledJobID != nil && *r.job.ScheduledJobID == id && !r.status().Terminal() {
			return iotcentral.ScheduledJob{}, conflict("scheduled job %q has a running job (%s)", id, jobID)
		}
	}
	var merged iotcentral.ScheduledJob
	if err := mergePatch(s.sj, patch, &merged); err != nil {
		return iotcentral.ScheduledJob{}, err
	}
	if merged.ETag != nil && *merged.ETag != *s.sj.ETag {
		return iotcentral.ScheduledJob{}, preconditionFailed("scheduled job", id)
	}
	if err := a.checkScheduledJob(merged); err != nil {
		return iotcentral.ScheduledJob{}, err
	}
	merged.ID, merged.ETag, merged.Completed = to.Ptr(id), a.nextETag(), nil
	s.sj = merged
	a.runDueSchedules(now)
	return s.sj, nil
}

func (a *adminData) checkScheduledJob(s iotcentral.ScheduledJob) error {
	if err := a.checkJob(s.Group, s.Data, s.Organizations, s.Batch, s.CancellationThreshold); err != nil {
		return err
	}
	if s.Schedule == nil || s.Schedule.Start == nil {
		return invalidBody("schedule.start is required")
	}
	if end, ok := s.Schedule.End.(*iotcentral.OccurrencesJobScheduleEnd); ok && end != nil && (end.Occurrences == nil || *end.Occurrences < 1 || *end.Occurrences > 999) {
		return invalidBody("schedule.end.occurrences must be between 1 and 999")
	}
	return nil
}

func (a *adminData) deleteScheduledJob(id string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.scheduled[id]; !ok {
		return notFound("scheduled job", id)
	}
	delete(a.scheduled, id)
	a.schedOrd = slices.DeleteFunc(a.schedOrd, func(s string) bool { return s == id })
	return nil
}

func (a *adminData) scheduledJobJobs(id string, now time.Time) ([]iotcentral.Job, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runDueSchedules(now)
	if _, ok := a.scheduled[id]; !ok {
		return nil, notFound("scheduled job", id)
	}
	var out []iotcentral.Job
	for _, jobID := range a.jobOrder {
		if j := a.jobs[jobID].job; j.ScheduledJobID != nil && *j.ScheduledJobID == id {
			out = append(out, j)
		}
	}
	return out, nil
}

func preconditionFailed(what, id string) *adminError {
	return &adminError{http.StatusPreconditionFailed, fmt.Sprintf("the etag of %s %q does not match", what, id)}
}

// newTokenSecret returns the secret of a new API token, in the format IoT
// Central uses.
func newTokenSecret(tokenID string, expiry time.Time) string {
	sig := make([]byte, 32)
	_, _ = rand.Read(sig)
	return fmt.Sprintf("SharedAccessSignature sr=emulator&sig=%s&skn=%s&se=%d", base64.URLEncoding.EncodeToString(sig), tokenID, expiry.UnixMilli())
}
