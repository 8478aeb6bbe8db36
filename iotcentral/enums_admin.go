package iotcentral

// JobStatus is the state of a job as a whole ("status", read-only). The
// API documents pending, running, stopped, complete, cancelled and failed;
// any other value decodes as is.
type JobStatus string

// Job statuses.
const (
	// JobStatusPending: the job is created and has not started yet.
	JobStatusPending JobStatus = "pending"
	// JobStatusRunning: the job is updating devices.
	JobStatusRunning JobStatus = "running"
	// JobStatusStopped: the job was stopped and can be resumed.
	JobStatusStopped JobStatus = "stopped"
	// JobStatusComplete: the job has run on every device; some devices may
	// still have failed (see JobProgress.Failed).
	JobStatusComplete JobStatus = "complete"
	// JobStatusCancelled: the job was cancelled, for example because its
	// cancellation threshold was reached.
	JobStatusCancelled JobStatus = "cancelled"
	// JobStatusFailed: the job failed.
	JobStatusFailed JobStatus = "failed"
)

// PossibleJobStatusValues returns the job statuses the API documents.
func PossibleJobStatusValues() []JobStatus {
	return []JobStatus{JobStatusPending, JobStatusRunning, JobStatusStopped, JobStatusComplete, JobStatusCancelled, JobStatusFailed}
}

// Terminal reports whether a job in this status will not change any more
// by itself: complete, cancelled or failed. A stopped job is not terminal:
// it waits to be resumed.
func (s JobStatus) Terminal() bool {
	return s == JobStatusComplete || s == JobStatusCancelled || s == JobStatusFailed
}

// JobBatchType says whether a job batch is a number of devices or a
// percentage of the devices.
type JobBatchType string

// Job batch types.
const (
	JobBatchTypeNumber     JobBatchType = "number"
	JobBatchTypePercentage JobBatchType = "percentage"
)

// PossibleJobBatchTypeValues returns the job batch types.
func PossibleJobBatchTypeValues() []JobBatchType {
	return []JobBatchType{JobBatchTypeNumber, JobBatchTypePercentage}
}

// JobCancellationThresholdType says whether a cancellation threshold is a
// number of devices or a percentage of the devices.
type JobCancellationThresholdType string

// Job cancellation threshold types.
const (
	JobCancellationThresholdTypeNumber     JobCancellationThresholdType = "number"
	JobCancellationThresholdTypePercentage JobCancellationThresholdType = "percentage"
)

// PossibleJobCancellationThresholdTypeValues returns the cancellation
// threshold types.
func PossibleJobCancellationThresholdTypeValues() []JobCancellationThresholdType {
	return []JobCancellationThresholdType{JobCancellationThresholdTypeNumber, JobCancellationThresholdTypePercentage}
}

// JobRecurrence is how often a scheduled job runs; without one it runs
// once at its start time.
type JobRecurrence string

// Job recurrences.
const (
	JobRecurrenceDaily   JobRecurrence = "daily"
	JobRecurrenceWeekly  JobRecurrence = "weekly"
	JobRecurrenceMonthly JobRecurrence = "monthly"
)

// PossibleJobRecurrenceValues returns the job recurrences.
func PossibleJobRecurrenceValues() []JobRecurrence {
	return []JobRecurrence{JobRecurrenceDaily, JobRecurrenceWeekly, JobRecurrenceMonthly}
}

// JobDataType is the "type" discriminator of a JobData entry.
type JobDataType string

// Job data types.
const (
	JobDataTypeCloudProperty           JobDataType = "cloudProperty"
	JobDataTypeProperty                JobDataType = "property"
	JobDataTypeCommand                 JobDataType = "command"
	JobDataTypeDeviceTemplateMigration JobDataType = "deviceTemplateMigration"
	// JobDataTypeDeviceManifestMigration needs api-version 2022-10-31-preview.
	JobDataTypeDeviceManifestMigration JobDataType = "deviceManifestMigration"
)

// PossibleJobDataTypeValues returns the job data types.
func PossibleJobDataTypeValues() []JobDataType {
	return []JobDataType{JobDataTypeCloudProperty, JobDataTypeProperty, JobDataTypeCommand, JobDataTypeDeviceTemplateMigration, JobDataTypeDeviceManifestMigration}
}

// JobScheduleEndType is the "type" discriminator of a JobScheduleEnd.
type JobScheduleEndType string

// Job schedule end types.
const (
	JobScheduleEndTypeDate        JobScheduleEndType = "date"
	JobScheduleEndTypeOccurrences JobScheduleEndType = "occurrences"
)

// PossibleJobScheduleEndTypeValues returns the job schedule end types.
func PossibleJobScheduleEndTypeValues() []JobScheduleEndType {
	return []JobScheduleEndType{JobScheduleEndTypeDate, JobScheduleEndTypeOccurrences}
}

// UserType is the "type" discriminator of a User.
type UserType string

// User types.
const (
	UserTypeEmail            UserType = "email"
	UserTypeServicePrincipal UserType = "servicePrincipal"
	UserTypeADGroup          UserType = "adGroup"
)

// PossibleUserTypeValues returns the user types.
func PossibleUserTypeValues() []UserType {
	return []UserType{UserTypeEmail, UserTypeServicePrincipal, UserTypeADGroup}
}

// IDs of the roles every application has. Custom roles have other IDs;
// list them with RolesClient.NewListPager.
const (
	// RoleAdministrator can manage everything in the application,
	// including users, roles and billing.
	RoleAdministrator = "ca310b8d-2f4a-44e0-a36e-957c202cd8d4"
	// RoleBuilder can manage everything except users and roles.
	RoleBuilder = "344138e9-8de4-4497-8c54-5237e96d6aaf"
	// RoleOperator can monitor and manage devices but not templates or the
	// application's settings.
	RoleOperator = "ae2c9854-393b-4f97-8c42-479d70ce626e"
)
