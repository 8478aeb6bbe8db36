package iotcentral

import (
	"fmt"

	"github.com/azclients/azclients/internal/pipeline"
)

// checkJobID checks that a job, rerun or scheduled job ID is present; its
// pattern and length are the service's to check.
func checkJobID(v *pipeline.Validator, field, id string) {
	checkRequiredID(v, field, id)
}

// checkUserID checks that a user ID is present.
func checkUserID(v *pipeline.Validator, id string) {
	checkRequiredID(v, "userID", id)
}

// checkOrganizationID checks that an organization ID is present.
func checkOrganizationID(v *pipeline.Validator, field, id string) {
	checkRequiredID(v, field, id)
}

// checkRequiredID checks that an ID is present: the client's only rule on
// IDs (pipeline.Path keeps an ID from changing the path's shape; patterns
// and lengths are the service's).
func checkRequiredID(v *pipeline.Validator, field, id string) {
	if id == "" {
		v.Fail(field, id, "is required")
	}
}

// checkJobBody checks the required members of a job or a scheduled job:
// group, data, and the type and value of a batch or a cancellation
// threshold. partial is for merge-patch bodies, where every member is
// optional. Values (a batch of at least 1, one organization, data of one
// type) are the service's to check.
func checkJobBody(v *pipeline.Validator, prefix string, group *string, data []JobData, batch *JobBatch, threshold *JobCancellationThreshold, partial bool) {
	if !partial || group != nil {
		checkNonEmpty(v, prefix+".group", group)
	}
	if !partial || data != nil {
		checkJobData(v, prefix+".data", data)
	}
	if batch != nil {
		v.Required(prefix+".batch.type", batch.Type != nil)
		v.Required(prefix+".batch.value", batch.Value != nil)
	}
	if threshold != nil {
		v.Required(prefix+".cancellationThreshold.type", threshold.Type != nil)
		v.Required(prefix+".cancellationThreshold.value", threshold.Value != nil)
	}
}

// checkJobData checks a job's data: present, each entry with its required
// members.
func checkJobData(v *pipeline.Validator, field string, data []JobData) {
	if len(data) == 0 {
		v.Fail(field, nil, "is required")
		return
	}
	for i, d := range data {
		checkJobDataEntry(v, fmt.Sprintf("%s[%d]", field, i), d)
	}
}

// checkJobDataEntry checks the required members of one entry.
func checkJobDataEntry(v *pipeline.Validator, at string, d JobData) {
	switch d := d.(type) {
	case *CloudPropertyJobData:
		if d != nil {
			checkCapability(v, at, d.Target, d.Path)
			return
		}
	case *PropertyJobData:
		if d != nil {
			checkCapability(v, at, d.Target, d.Path)
			return
		}
	case *CommandJobData:
		if d != nil {
			checkCapability(v, at, d.Target, d.Path)
			return
		}
	case *DeviceTemplateMigrationJobData:
		if d != nil {
			checkNonEmpty(v, at+".template", d.Template)
			return
		}
	case *DeviceManifestMigrationJobData:
		if d != nil {
			checkNonEmpty(v, at+".manifest", d.Manifest)
			return
		}
	case *UnknownJobData:
		if d != nil {
			return
		}
	}
	v.Fail(at, nil, "must not be nil")
}

func checkCapability(v *pipeline.Validator, at string, target, path *string) {
	checkNonEmpty(v, at+".target", target)
	v.Required(at+".path", path != nil)
}

// checkNonEmpty checks a required string with the spec's minLength 1.
func checkNonEmpty(v *pipeline.Validator, field string, s *string) {
	switch {
	case s == nil:
		v.Fail(field, nil, "is required")
	case *s == "":
		v.Fail(field, "", "is required")
	}
}

// checkRoles checks role assignments: present, each naming a role. Which
// roles and organizations exist is the service's to check.
func checkRoles(v *pipeline.Validator, field string, roles []RoleAssignment) {
	if len(roles) == 0 {
		v.Fail(field, nil, "is required")
	}
	for i, r := range roles {
		checkNonEmpty(v, fmt.Sprintf("%s[%d].role", field, i), r.Role)
	}
}
