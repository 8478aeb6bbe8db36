package iotcentral_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
)

// Regression (issue 17 item 6): an empty component or module name given to
// a target constructor is a *ValidationError before any request, on every
// method that takes a target; before, the segment was dropped and
// ReplaceProperties overwrote the device's own properties.
func TestEmptyComponentOrModuleIsRejected(t *testing.T) {
	t.Parallel()
	targets := map[string]iotcentral.Target{
		"component":                    iotcentral.ComponentTarget("dev1", ""),
		"module":                       iotcentral.ModuleTarget("dev1", ""),
		"module of a module component": iotcentral.ModuleComponentTarget("dev1", "", "c"),
		"component of a module":        iotcentral.ModuleComponentTarget("dev1", "m", ""),
	}
	calls := map[string]func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error{
		"GetProperties": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.GetProperties(ctx, tg, nil)
			return err
		},
		"ReplaceProperties": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.ReplaceProperties(ctx, tg, iotcentral.DeviceProperties{"x": 1}, nil)
			return err
		},
		"UpdateProperties": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.UpdateProperties(ctx, tg, iotcentral.DeviceProperties{"x": 1}, nil)
			return err
		},
		"GetTelemetryValue": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.GetTelemetryValue(ctx, tg, "temp", nil)
			return err
		},
		"RunCommand": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.RunCommand(ctx, tg, "reboot", iotcentral.DeviceCommand{}, nil)
			return err
		},
		"NewCommandHistoryPager": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.NewCommandHistoryPager(tg, "reboot", nil).NextPage(ctx)
			return err
		},
		"GetLatestCommandResponse": func(ctx context.Context, c *iotcentral.DevicesClient, tg iotcentral.Target) error {
			_, err := c.GetLatestCommandResponse(ctx, tg, "reboot", nil)
			return err
		},
	}
	for tname, tg := range targets {
		for mname, call := range calls {
			t.Run(mname+"/"+tname, func(t *testing.T) {
				t.Parallel()
				counter := &countingTransport{next: httpFunc(func(req *http.Request) (*http.Response, error) {
					return jsonResponse(req, http.StatusOK, `{}`), nil
				})}
				err := call(context.Background(), newTestClient(t, counter).Devices(), tg)
				var ve *iotcentral.ValidationError
				if !errors.As(err, &ve) || (ve.Field != "target.Module" && ve.Field != "target.Component") {
					t.Errorf("error %v, want a *ValidationError for the empty name", err)
				}
				if n := counter.count.Load(); n != 0 {
					t.Errorf("%d requests sent", n)
				}
			})
		}
	}
}

// Regression (issue 17 item 7): a typed nil in a union (an attestation, a
// user, a job data entry, a schedule end) is a missing body, never JSON
// null, which a merge patch would take as "remove everything".
func TestTypedNilUnionsAreMissingBodies(t *testing.T) {
	t.Parallel()
	start := to.Ptr(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	data := []iotcentral.JobData{&iotcentral.PropertyJobData{Target: to.Ptr("dtmi:t;1"), Path: to.Ptr("p")}}
	tests := []struct {
		name  string
		call  func(ctx context.Context, c *iotcentral.Client) error
		field string
	}{
		{"CreateAttestation", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().CreateAttestation(ctx, "dev1", (*iotcentral.SymmetricKeyAttestation)(nil), nil)
			return err
		}, "attestation"},
		{"UpdateAttestation", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().UpdateAttestation(ctx, "dev1", (*iotcentral.X509Attestation)(nil), nil)
			return err
		}, "attestation"},
		{"UpdateAttestation unknown kind", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Devices().UpdateAttestation(ctx, "dev1", (*iotcentral.UnknownAttestation)(nil), nil)
			return err
		}, "attestation"},
		{"Users.Create", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Create(ctx, "u1", (*iotcentral.EmailUser)(nil), nil)
			return err
		}, "user"},
		{"Users.Update", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Users().Update(ctx, "u1", (*iotcentral.ADGroupUser)(nil), nil)
			return err
		}, "user"},
		{"Jobs.Create", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.Jobs().Create(ctx, "j1", iotcentral.Job{Group: to.Ptr("g"), Data: []iotcentral.JobData{(*iotcentral.CommandJobData)(nil)}}, nil)
			return err
		}, "job.data[0]"},
		{"ScheduledJobs.Update", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Update(ctx, "s1", iotcentral.ScheduledJob{Schedule: &iotcentral.JobSchedule{End: (*iotcentral.DateJobScheduleEnd)(nil)}}, nil)
			return err
		}, "scheduledJob.schedule.end"},
		{"ScheduledJobs.Create", func(ctx context.Context, c *iotcentral.Client) error {
			_, err := c.ScheduledJobs().Create(ctx, "s1", iotcentral.ScheduledJob{Group: to.Ptr("g"), Data: data,
				Schedule: &iotcentral.JobSchedule{Start: start, End: (*iotcentral.OccurrencesJobScheduleEnd)(nil)}}, nil)
			return err
		}, "scheduledJob.schedule.end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			counter := &countingTransport{next: httpFunc(func(req *http.Request) (*http.Response, error) {
				return jsonResponse(req, http.StatusOK, `{}`), nil
			})}
			err := tt.call(context.Background(), newTestClient(t, counter))
			assertValidation(t, err, tt.field, "")
			if n := counter.count.Load(); n != 0 {
				t.Errorf("%d requests sent", n)
			}
		})
	}
}
