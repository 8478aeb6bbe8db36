package iotcentral_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// The limits the service owns (ID patterns and lengths, command timeouts,
// page sizes, occurrences, batch sizes, one organization, data of one
// type, a relationship's ends) are not checked by the client: the request
// goes out and the service's error comes back typed, with its code. The
// emulator enforces the service's rules.
func TestServiceOwnedRulesComeBackAsServiceErrors(t *testing.T) {
	t.Parallel()
	long := func(n int) string { return strings.Repeat("a", n) }
	job := func(edit func(j *iotcentral.Job)) iotcentral.Job {
		j := sampleJob()
		j.Group = to.Ptr("all")
		edit(&j)
		return j
	}
	schedule := func(occurrences int32) iotcentral.ScheduledJob {
		j := job(func(*iotcentral.Job) {})
		return iotcentral.ScheduledJob{Group: j.Group, Data: j.Data, Schedule: &iotcentral.JobSchedule{
			Start: to.Ptr(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)),
			End:   &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr(occurrences)},
		}}
	}
	tests := []struct {
		name       string
		apiVersion string
		call       func(ctx context.Context, c *iotcentral.Client) error
		code       string
		message    string
	}{
		{"device ID length", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().Create(ctx, long(129), iotcentral.Device{DisplayName: to.Ptr("d")}, nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "at most 128"},
		{"job ID pattern", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Get(ctx, "a/b", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "only letters"},
		{"job ID length", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Stop(ctx, long(256), nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "at most 255"},
		{"rerun ID pattern", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Rerun(ctx, "j", "re run", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "only letters"},
		{"scheduled job ID pattern", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().NewListJobsPager("a b", nil).NextPage(ctx)
			return err
		}, iotcentral.ErrorCodeBadRequest, "only letters"},
		{"group ID pattern", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.DeviceGroups().Get(ctx, "a.b", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "only letters"},
		{"organization leading dash", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, "-abc", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "not starting or ending"},
		{"organization upper case", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Delete(ctx, "Seattle", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "lower-case"},
		{"organization one character", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Organizations().Get(ctx, "a", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "2 to 49"},
		{"user ID pattern", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Get(ctx, "bob@contoso", nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "only letters"},
		{"user ID length", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Delete(ctx, long(49), nil)
			return err
		}, iotcentral.ErrorCodeBadRequest, "at most 48"},
		{"maxpagesize", "2022-10-31-preview", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().NewListPager(&iotcentral.DevicesClientListOptions{MaxPageSize: to.Ptr[int32](500)}).NextPage(ctx)
			return err
		}, iotcentral.ErrorCodeBadRequest, "between 1 and 100"},
		{"response timeout", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().RunCommand(ctx, iotcentral.DeviceTarget("d1"), "reboot", iotcentral.DeviceCommand{ResponseTimeout: to.Ptr[int32](2)}, nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "between 5 and 30"},
		{"connection timeout", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().RunCommand(ctx, iotcentral.DeviceTarget("d1"), "reboot", iotcentral.DeviceCommand{ConnectionTimeout: to.Ptr[int32](31)}, nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "between 0 and 30"},
		{"relationship to nobody", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().CreateRelationship(ctx, "d1", "r1", iotcentral.DeviceRelationship{Source: to.Ptr("d1"), Target: to.Ptr("")}, nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "does not exist"},
		{"job data of two types", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", job(func(j *iotcentral.Job) {
				j.Data = append(j.Data, &iotcentral.CommandJobData{Target: to.Ptr("dtmi:x;1"), Path: to.Ptr("reboot")})
			}), nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "like data[0]"},
		{"two organizations", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", job(func(j *iotcentral.Job) { j.Organizations = []string{"a1", "b2"} }), nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "exactly one"},
		{"batch of zero", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j", job(func(j *iotcentral.Job) { j.Batch.Value = to.Ptr(0.0) }), nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "greater than 0"},
		{"occurrences low", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", schedule(0), nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "between 1 and 999"},
		{"occurrences high", "", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s", schedule(1000), nil)
			return err
		}, iotcentral.ErrorCodeUnprocessableEntity, "between 1 and 999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			emu := fake.NewEmulator(nil)
			counter := &countingTransport{next: emu}
			c := newTestClient(t, counter)
			if _, err := c.Devices().Create(ctx, "d1", iotcentral.Device{DisplayName: to.Ptr("d1")}, nil); err != nil {
				t.Fatal(err)
			}
			if _, err := c.DeviceGroups().Create(ctx, "all", iotcentral.DeviceGroup{DisplayName: to.Ptr("all"), Filter: to.Ptr("SELECT * FROM devices")}, nil); err != nil {
				t.Fatal(err)
			}
			if tt.apiVersion != "" {
				c = newTestClientVersion(t, counter, tt.apiVersion)
			}
			before := counter.count.Load()
			err := tt.call(ctx, c)
			if counter.count.Load() == before {
				t.Fatal("no request was sent: the client checked a rule the service owns")
			}
			var se *iotcentral.ServiceError
			if !iotcentral.HasCode(err, tt.code) || !errors.As(err, &se) || !strings.Contains(se.Message, tt.message) {
				t.Errorf("error %v; want the service's %s naming %q", err, tt.code, tt.message)
			}
		})
	}
}
