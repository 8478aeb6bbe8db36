package iotcentral_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

func TestAdminValidationFailsBeforeSending(t *testing.T) {
	t.Parallel()
	long := func(n int) string { return strings.Repeat("a", n) }
	okJob := sampleJob()
	mixed := sampleJob()
	mixed.Data = append(mixed.Data, &iotcentral.CommandJobData{Target: to.Ptr("dtmi:x;1"), Path: to.Ptr("reboot")})
	noGroup := sampleJob()
	noGroup.Group = nil
	badBatch := sampleJob()
	badBatch.Batch = &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypeNumber)}
	twoOrgs := sampleJob()
	twoOrgs.Organizations = []string{"a1", "b2"}
	schedule := func(end iotcentral.JobScheduleEnd) iotcentral.ScheduledJob {
		return iotcentral.ScheduledJob{Group: to.Ptr("g"), Data: okJob.Data, Schedule: &iotcentral.JobSchedule{Start: to.Ptr(time.Now()), End: end}}
	}
	roles := []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}

	tests := []struct {
		name  string
		call  func(ctx context.Context, c *iotcentral.Client) error
		field string
		rule  string
	}{
		{"job ID required", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Get(ctx, "", nil)
			return err
		}, "jobID", "is required"},
		{"job ID pattern", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Get(ctx, "a/b", nil)
			return err
		}, "jobID", "only letters"},
		{"job ID length", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Stop(ctx, long(256), nil)
			return err
		}, "jobID", "at most 255"},
		{"job group", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", noGroup, nil)
			return err
		}, "job.group", "is required"},
		{"job data empty", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", iotcentral.Job{Group: to.Ptr("g")}, nil)
			return err
		}, "job.data", "at least one"},
		{"job data mixed", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", mixed, nil)
			return err
		}, "job.data[1].type", "same type"},
		{"job data nil entry", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", iotcentral.Job{Group: to.Ptr("g"), Data: []iotcentral.JobData{(*iotcentral.PropertyJobData)(nil)}}, nil)
			return err
		}, "job.data[0]", "must not be nil"},
		{"job data target", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", iotcentral.Job{Group: to.Ptr("g"), Data: []iotcentral.JobData{&iotcentral.CloudPropertyJobData{Target: to.Ptr(""), Path: to.Ptr("p")}}}, nil)
			return err
		}, "job.data[0].target", "is required"},
		{"migration template", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", iotcentral.Job{Group: to.Ptr("g"), Data: []iotcentral.JobData{&iotcentral.DeviceTemplateMigrationJobData{}}}, nil)
			return err
		}, "job.data[0].template", "is required"},
		{"batch value", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", badBatch, nil)
			return err
		}, "job.batch.value", "is required"},
		{"one organization", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", twoOrgs, nil)
			return err
		}, "job.organizations", "exactly one"},
		{"rerun ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Rerun(ctx, "j", "re run", nil)
			return err
		}, "rerunID", "only letters"},
		{"device statuses pager", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().NewListDeviceStatusesPager("", nil).NextPage(ctx)
			return err
		}, "jobID", "is required"},
		{"wait job ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().BeginWait(ctx, "?", nil)
			return err
		}, "jobID", "only letters"},
		{"scheduled job schedule", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", iotcentral.ScheduledJob{Group: to.Ptr("g"), Data: okJob.Data}, nil)
			return err
		}, "scheduledJob.schedule", "is required"},
		{"occurrences low", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", schedule(&iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](0)}), nil)
			return err
		}, "scheduledJob.schedule.end.occurrences", "between 1 and 999"},
		{"occurrences high in a patch", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Update(ctx, "s", iotcentral.ScheduledJob{Schedule: &iotcentral.JobSchedule{End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](1000)}}}, nil)
			return err
		}, "scheduledJob.schedule.end.occurrences", "between 1 and 999"},
		{"end date", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", schedule(&iotcentral.DateJobScheduleEnd{}), nil)
			return err
		}, "scheduledJob.schedule.end.date", "is required"},
		{"scheduled jobs pager", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().NewListJobsPager("a b", nil).NextPage(ctx)
			return err
		}, "scheduledJobID", "only letters"},
		{"organization leading dash", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, "-abc", nil)
			return err
		}, "organizationID", "not starting or ending"},
		{"organization upper case", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Delete(ctx, "Seattle", nil)
			return err
		}, "organizationID", "lower-case"},
		{"organization one character", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, "a", nil)
			return err
		}, "organizationID", "2 to 48"},
		{"organization too long", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, long(49), nil)
			return err
		}, "organizationID", "at most 48"},
		{"organization parent", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Create(ctx, "seattle", iotcentral.Organization{Parent: to.Ptr("wa-")}, nil)
			return err
		}, "organization.parent", "not starting or ending"},
		{"user ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Get(ctx, "bob@contoso", nil)
			return err
		}, "userID", "only letters"},
		{"user ID length", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Delete(ctx, long(49), nil)
			return err
		}, "userID", "at most 48"},
		{"user missing", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", nil, nil)
			return err
		}, "user", "is required"},
		{"user nil pointer", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", (*iotcentral.EmailUser)(nil), nil)
			return err
		}, "user", "is required"},
		{"user email", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", &iotcentral.EmailUser{Roles: roles}, nil)
			return err
		}, "user.email", "is required"},
		{"user roles", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", &iotcentral.EmailUser{Email: to.Ptr("a@b.c")}, nil)
			return err
		}, "user.roles", "at least one"},
		{"service principal tenant", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", &iotcentral.ServicePrincipalUser{ObjectID: to.Ptr("o"), Roles: roles}, nil)
			return err
		}, "user.tenantId", "is required"},
		{"group role organization", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Update(ctx, "u", &iotcentral.ADGroupUser{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr("r"), Organization: to.Ptr("Bad")}}}, nil)
			return err
		}, "user.roles[0].organization", "lower-case"},
		{"role ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Roles().Get(ctx, "", nil)
			return err
		}, "roleID", "is required"},
		{"token ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.APITokens().Delete(ctx, "", nil)
			return err
		}, "tokenID", "is required"},
		{"token roles", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.APITokens().Create(ctx, "t", iotcentral.APIToken{}, nil)
			return err
		}, "token.roles", "at least one"},
		{"token dot segment", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.APITokens().Get(ctx, "..", nil)
			return err
		}, "tokenId", "dot segment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			counter := &countingTransport{next: httpFunc(func(req *http.Request) (*http.Response, error) {
				t.Errorf("a request was sent: %s %s", req.Method, req.URL)
				return jsonResponse(req, http.StatusOK, `{}`), nil
			})}
			err := tt.call(context.Background(), newTestClient(t, counter))
			assertValidation(t, err, tt.field, tt.rule)
			if n := counter.count.Load(); n != 0 {
				t.Errorf("%d requests sent", n)
			}
		})
	}
}
