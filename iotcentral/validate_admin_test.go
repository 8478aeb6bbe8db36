package iotcentral_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

func TestAdminValidationFailsBeforeSending(t *testing.T) {
	t.Parallel()
	okJob := sampleJob()
	noGroup := sampleJob()
	noGroup.Group = nil
	badBatch := sampleJob()
	badBatch.Batch = &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypeNumber)}
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
		{"job group", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", noGroup, nil)
			return err
		}, "job.group", "is required"},
		{"job data empty", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", iotcentral.Job{Group: to.Ptr("g")}, nil)
			return err
		}, "job.data", "is required"},
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
		{"rerun ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Rerun(ctx, "j", "", nil)
			return err
		}, "rerunID", "is required"},
		{"wait job ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().BeginWait(ctx, "", nil)
			return err
		}, "jobID", "is required"},
		{"scheduled jobs pager", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().NewListJobsPager("", nil).NextPage(ctx)
			return err
		}, "scheduledJobID", "is required"},
		{"organization ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, "", nil)
			return err
		}, "organizationID", "is required"},
		{"user ID", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Delete(ctx, "", nil)
			return err
		}, "userID", "is required"},
		{"user dot segment", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Get(ctx, ".", nil)
			return err
		}, "userId", "dot segment"},
		{"device statuses pager", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().NewListDeviceStatusesPager("", nil).NextPage(ctx)
			return err
		}, "jobID", "is required"},
		{"scheduled job schedule", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", iotcentral.ScheduledJob{Group: to.Ptr("g"), Data: okJob.Data}, nil)
			return err
		}, "scheduledJob.schedule", "is required"},
		{"end date", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", schedule(&iotcentral.DateJobScheduleEnd{}), nil)
			return err
		}, "scheduledJob.schedule.end.date", "is required"},
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
		}, "user.roles", "is required"},
		{"service principal tenant", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u", &iotcentral.ServicePrincipalUser{ObjectID: to.Ptr("o"), Roles: roles}, nil)
			return err
		}, "user.tenantId", "is required"},
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
		}, "token.roles", "is required"},
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
