package iotcentral

import (
	"fmt"
	"regexp"

	"github.com/azclients/azclients/internal/pipeline"
)

// ID rules of the administration operations, from the REST spec.
var (
	// jobIDRE is the rule for job, rerun and scheduled job IDs.
	jobIDRE = regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)
	// userIDRE is the rule for user IDs.
	userIDRE = regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)
	// organizationIDRE is the spec's ^(?!-)[a-z0-9-]{1,48}[a-z0-9]$
	// without the look-ahead, which Go's regexp lacks: the first character
	// is checked apart.
	organizationIDRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*[a-z0-9]$`)
)

const (
	maxJobIDLength          = 255
	maxUserIDLength         = 48
	maxOrganizationIDLength = 48
)

// checkJobID checks a job, rerun or scheduled job ID.
func checkJobID(v *pipeline.Validator, field, id string) {
	checkID(v, field, id, maxJobIDLength, jobIDRE, "may hold only letters, digits, '_' and '-'")
}

// checkUserID checks a user ID.
func checkUserID(v *pipeline.Validator, id string) {
	checkID(v, "userID", id, maxUserIDLength, userIDRE, "may hold only letters, digits, '_' and '-'")
}

// checkOrganizationID checks an organization ID: 2 to 48 lower-case
// letters, digits and '-', neither starting nor ending with '-'.
func checkOrganizationID(v *pipeline.Validator, field, id string) {
	checkID(v, field, id, maxOrganizationIDLength, organizationIDRE, "must be 2 to 48 lower-case letters, digits and '-', not starting or ending with '-'")
}

// checkID checks a required ID against a maximum length and a pattern.
func checkID(v *pipeline.Validator, field, id string, max int, re *regexp.Regexp, rule string) {
	switch {
	case id == "":
		v.Fail(field, id, "is required")
	case len(id) > max:
		v.Fail(field, id, fmt.Sprintf("must be at most %d characters long", max))
	case !re.MatchString(id):
		v.Fail(field, id, rule)
	}
}

// checkRequiredID checks an ID whose only rule in the spec is that it is
// present (roles, API tokens); pipeline.Path keeps it from changing the
// path's shape.
func checkRequiredID(v *pipeline.Validator, field, id string) {
	if id == "" {
		v.Fail(field, id, "is required")
	}
}

// checkJobBody checks the members of a job or a scheduled job that are
// shared: group, data, batch, cancellation threshold and organizations.
// partial is for merge-patch bodies, where every member is optional.
func checkJobBody(v *pipeline.Validator, prefix string, group *string, data []JobData, batch *JobBatch, threshold *JobCancellationThreshold, organizations []string, partial bool) {
	if !partial || group != nil {
		checkNonEmpty(v, prefix+".group", group)
	}
	if !partial || data != nil {
		checkJobData(v, prefix+".data", data)
	}
	if batch != nil {
		v.Required(prefix+".batch.type", batch.Type != nil)
		v.Required(prefix+".batch.value", batch.Value != nil)
		if batch.Value != nil && *batch.Value <= 0 {
			v.Fail(prefix+".batch.value", *batch.Value, "must be greater than 0")
		}
	}
	if threshold != nil {
		v.Required(prefix+".cancellationThreshold.type", threshold.Type != nil)
		v.Required(prefix+".cancellationThreshold.value", threshold.Value != nil)
		if threshold.Value != nil && *threshold.Value <= 0 {
			v.Fail(prefix+".cancellationThreshold.value", *threshold.Value, "must be greater than 0")
		}
	}
	if organizations != nil && len(organizations) != 1 {
		v.Fail(prefix+".organizations", len(organizations), "must hold exactly one organization ID")
	}
}

// checkJobData checks a job's data: at least one entry, all of one type,
// each with its required members.
func checkJobData(v *pipeline.Validator, field string, data []JobData) {
	if len(data) == 0 {
		v.Fail(field, nil, "must hold at least one entry")
		return
	}
	var first JobDataType
	for i, d := range data {
		at := fmt.Sprintf("%s[%d]", field, i)
		if d == nil {
			v.Fail(at, nil, "must not be nil")
			continue
		}
		if i == 0 {
			first = d.Kind()
		} else if d.Kind() != first {
			v.Fail(at+".type", string(d.Kind()), fmt.Sprintf("must be %q like the first entry: all entries have the same type", first))
		}
		checkJobDataEntry(v, at, d)
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

// checkRoles checks role assignments: at least one, each naming a role,
// and an organization ID, when given, that follows the organization rule.
func checkRoles(v *pipeline.Validator, field string, roles []RoleAssignment) {
	if len(roles) == 0 {
		v.Fail(field, nil, "must hold at least one role assignment")
	}
	for i, r := range roles {
		at := fmt.Sprintf("%s[%d]", field, i)
		checkNonEmpty(v, at+".role", r.Role)
		if r.Organization != nil {
			checkOrganizationID(v, at+".organization", *r.Organization)
		}
	}
}
