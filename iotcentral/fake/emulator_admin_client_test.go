package fake_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
)

// TestAdministrationThroughTheEmulator drives the administration clients
// through NewEmulator (the route tests cover their behaviour in depth).
func TestAdministrationThroughTheEmulator(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"t1": thermostat})

	if _, err := c.Organizations().Create(ctx, "plant-a", iotcentral.Organization{DisplayName: to.Ptr("Plant A")}, nil); err != nil {
		t.Fatal(err)
	}
	org, err := c.Organizations().Update(ctx, "plant-a", iotcentral.Organization{DisplayName: to.Ptr("Plant A (north)")}, nil)
	if err != nil || *org.DisplayName != "Plant A (north)" {
		t.Fatalf("organization update = %+v, %v", org, err)
	}
	roles := 0
	for _, err := range c.Roles().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		roles++
	}
	if _, err := c.Roles().Get(ctx, iotcentral.RoleOperator, nil); err != nil || roles < 3 {
		t.Fatalf("roles: %d, %v", roles, err)
	}
	user := &iotcentral.EmailUser{Email: to.Ptr("ops@contoso.com"), Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator), Organization: to.Ptr("plant-a")}}}
	if _, err := c.Users().Create(ctx, "ops", user, nil); err != nil {
		t.Fatal(err)
	}
	got, err := c.Users().Get(ctx, "ops", nil)
	if err != nil || got.User.(*iotcentral.EmailUser).Email == nil {
		t.Fatalf("user = %#v, %v", got.User, err)
	}
	token, err := c.APITokens().Create(ctx, "automation", iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleAdministrator)}}}, nil)
	if err != nil || token.Token == nil || !strings.HasPrefix(*token.Token, "SharedAccessSignature ") {
		t.Fatalf("token create: %v", err)
	}
	listed, err := c.APITokens().Get(ctx, "automation", nil)
	if err != nil || listed.Token != nil {
		t.Errorf("the secret came back after creation: %v", err)
	}

	if _, err := c.DeviceGroups().Create(ctx, "all", iotcentral.DeviceGroup{DisplayName: to.Ptr("All"), Filter: to.Ptr("SELECT * FROM devices")}, nil); err != nil {
		t.Fatal(err)
	}
	start := emu.Clock().Now().Add(time.Hour)
	_, err = c.ScheduledJobs().Create(ctx, "nightly", iotcentral.ScheduledJob{
		Group:    to.Ptr("all"),
		Enabled:  to.Ptr(true),
		Schedule: &iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily), End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](2)}},
		Data:     []iotcentral.JobData{&iotcentral.PropertyJobData{Target: to.Ptr(thermostat), Path: to.Ptr("mode"), Value: json.RawMessage(`"eco"`)}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	emu.Clock().Advance(26 * time.Hour)
	runs := 0
	for _, err := range c.ScheduledJobs().ListJobsIter(ctx, "nightly", nil) {
		if err != nil {
			t.Fatal(err)
		}
		runs++
	}
	if runs != 2 {
		t.Errorf("the scheduled job ran %d times after 26 hours, want 2", runs)
	}
	for _, del := range []func() error{
		func() error { _, err := c.ScheduledJobs().Delete(ctx, "nightly", nil); return err },
		func() error { _, err := c.APITokens().Delete(ctx, "automation", nil); return err },
		func() error { _, err := c.Users().Delete(ctx, "ops", nil); return err },
		func() error { _, err := c.Organizations().Delete(ctx, "plant-a", nil); return err },
	} {
		if err := del(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Organizations().Get(ctx, "plant-a", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("organization after delete: %v", err)
	}
}
