package fake

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/google/go-cmp/cmp"
)

// adminServer serves the administration routes over HTTP on a device
// directory, with a settable clock and pages of two items.
func adminServer(t *testing.T, dir deviceDirectory) (*iotcentral.Client, *adminData, *time.Time) {
	t.Helper()
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	data := newAdminData(dir)
	routes := newAdminRoutes(data, func() time.Time { return now }, 2, "/api")
	srv := httptest.NewTLSServer(routes.mux)
	t.Cleanup(srv.Close)
	c, err := iotcentral.NewClientWithAPITokenString(srv.URL+"/api", "SharedAccessSignature sr=x&sig=y&skn=z&se=1", &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Retry:     policy.RetryOptions{MaxRetries: -1},
		Transport: srv.Client(),
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c, data, &now
}

func TestAdminRoutesJobsEndToEnd(t *testing.T) {
	t.Parallel()
	c, data, _ := adminServer(t, groupDirectory{"thermostats": devices(5)})
	data.failDevices(1, []string{"dev-1", "dev-4"})
	ctx := context.Background()
	jobs := c.Jobs()

	if _, err := jobs.Create(ctx, "j1", jobBody("thermostats"), nil); err != nil {
		t.Fatal(err)
	}
	var seen []string
	poller, err := jobs.BeginWait(ctx, "j1", &iotcentral.JobsClientBeginWaitOptions{OnProgress: func(j iotcentral.Job) {
		seen = append(seen, string(*j.Status))
	}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"running", "complete"}, seen); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	if *res.Progress.Failed != 2 || *res.Progress.Completed != 3 {
		t.Errorf("progress %+v", *res.Progress)
	}
	var failed []string
	for s, err := range jobs.ListDeviceStatusesIter(ctx, "j1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		if *s.Status == deviceStateFailed {
			failed = append(failed, *s.ID)
		}
	}
	if diff := cmp.Diff([]string{"dev-1", "dev-4"}, failed); diff != "" {
		t.Errorf("failed devices (-want +got):\n%s", diff)
	}
	rerun, err := jobs.Rerun(ctx, "j1", "j1-rerun", nil)
	if err != nil || *rerun.Progress.Total != 2 {
		t.Fatalf("Rerun: %+v, %v", rerun.Job, err)
	}
	p2, err := jobs.BeginWait(ctx, "j1-rerun", nil)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := p2.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}); err != nil || *res.Progress.Completed != 2 {
		t.Fatalf("rerun wait: %v", err)
	}
	var ids []string
	for j, err := range jobs.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *j.ID)
	}
	if diff := cmp.Diff([]string{"j1", "j1-rerun"}, ids); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}

	if _, err := jobs.Create(ctx, "j2", jobBody("nope"), nil); !isStatus(err, http.StatusUnprocessableEntity) {
		t.Errorf("a job on a missing group: %v", err)
	}
	if _, err := jobs.Stop(ctx, "j1", nil); !isStatus(err, http.StatusConflict) {
		t.Errorf("stopping a complete job: %v", err)
	}
	if _, err := jobs.Get(ctx, "missing", nil); !isStatus(err, http.StatusNotFound) {
		t.Errorf("a missing job: %v", err)
	}
}

func isStatus(err error, status int) bool {
	var se *iotcentral.ServiceError
	return errors.As(err, &se) && se.StatusCode == status && se.RequestID != "" && se.Message != ""
}

func TestAdminRoutesAccessEndToEnd(t *testing.T) {
	t.Parallel()
	c, _, _ := adminServer(t, groupDirectory{})
	ctx := context.Background()
	orgs := c.Organizations()
	for _, o := range []struct{ id, parent string }{{"washington", ""}, {"seattle", "washington"}, {"redmond", "washington"}} {
		body := iotcentral.Organization{DisplayName: to.Ptr(strings.ToUpper(o.id[:1]) + o.id[1:])}
		if o.parent != "" {
			body.Parent = to.Ptr(o.parent)
		}
		if _, err := orgs.Create(ctx, o.id, body, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := orgs.Create(ctx, "bellevue", iotcentral.Organization{Parent: to.Ptr("oregon")}, nil); !isStatus(err, http.StatusUnprocessableEntity) {
		t.Errorf("a missing parent: %v", err)
	}
	if _, err := orgs.Delete(ctx, "washington", nil); !isStatus(err, http.StatusConflict) {
		t.Errorf("deleting a parent: %v", err)
	}
	up, err := orgs.Update(ctx, "redmond", iotcentral.Organization{DisplayName: to.Ptr("Redmond, WA")}, nil)
	if err != nil || *up.Parent != "washington" || *up.DisplayName != "Redmond, WA" {
		t.Fatalf("Update = %+v, %v", up.Organization, err)
	}
	var n int
	for _, err := range orgs.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("%d organizations listed over pages of 2", n)
	}

	users := c.Users()
	if _, err := users.Create(ctx, "bob", &iotcentral.EmailUser{Email: to.Ptr("bob@contoso.com"), Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator), Organization: to.Ptr("seattle")}}}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := users.Create(ctx, "eve", &iotcentral.EmailUser{Email: to.Ptr("eve@contoso.com"), Roles: []iotcentral.RoleAssignment{{Role: to.Ptr("no-such-role")}}}, nil); !isStatus(err, http.StatusUnprocessableEntity) {
		t.Errorf("an unknown role: %v", err)
	}
	patched, err := users.Update(ctx, "bob", &iotcentral.EmailUser{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleBuilder)}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if u := patched.User.(*iotcentral.EmailUser); *u.Email != "bob@contoso.com" || *u.Roles[0].Role != iotcentral.RoleBuilder || u.Roles[0].Organization != nil {
		t.Errorf("patched user %+v", u)
	}
	if _, err := users.Delete(ctx, "bob", nil); err != nil {
		t.Fatal(err)
	}

	var roles []string
	for r, err := range c.Roles().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		roles = append(roles, *r.DisplayName)
	}
	if diff := cmp.Diff([]string{"Administrator", "Builder", "Operator"}, roles); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}

	tokens := c.APITokens()
	created, err := tokens.Create(ctx, "ci", iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}}, nil)
	if err != nil || created.Token == nil || !strings.HasPrefix(*created.Token, "SharedAccessSignature sr=") || created.Expiry == nil {
		t.Fatalf("Create token: %v", err)
	}
	got, err := tokens.Get(ctx, "ci", nil)
	if err != nil || got.Token != nil {
		t.Errorf("Get token shows the secret or fails: %v", err)
	}
	for tok, err := range tokens.ListIter(ctx, nil) {
		if err != nil || tok.Token != nil {
			t.Errorf("List token shows the secret or fails: %v", err)
		}
	}
	if _, err := tokens.Delete(ctx, "ci", nil); err != nil {
		t.Fatal(err)
	}
}

func TestAdminRoutesScheduledJobsEndToEnd(t *testing.T) {
	t.Parallel()
	c, _, now := adminServer(t, groupDirectory{"g": devices(2)})
	ctx := context.Background()
	sjc := c.ScheduledJobs()
	start := now.Add(time.Hour)
	sj := iotcentral.ScheduledJob{
		DisplayName: to.Ptr("nightly"), Group: to.Ptr("g"), Data: jobBody("g").Data, Enabled: to.Ptr(true),
		Schedule: &iotcentral.JobSchedule{Start: &start, Recurrence: to.Ptr(iotcentral.JobRecurrenceDaily), End: &iotcentral.OccurrencesJobScheduleEnd{Occurrences: to.Ptr[int32](3)}},
	}
	created, err := sjc.Create(ctx, "nightly", sj, nil)
	if err != nil {
		t.Fatal(err)
	}
	stale := sj
	stale.ETag = to.Ptr(`"stale"`)
	if _, err := sjc.Create(ctx, "nightly", stale, nil); !isStatus(err, http.StatusPreconditionFailed) {
		t.Errorf("a stale etag: %v", err)
	}
	current := sj
	current.ETag = created.ETag
	current.Description = to.Ptr("reboots every night")
	if _, err := sjc.Create(ctx, "nightly", current, nil); err != nil {
		t.Errorf("the current etag: %v", err)
	}
	*now = start.Add(49 * time.Hour) // three occurrences due
	var runs []string
	for j, err := range sjc.ListJobsIter(ctx, "nightly", nil) {
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, *j.ID)
	}
	if diff := cmp.Diff([]string{"nightly-1", "nightly-2", "nightly-3"}, runs); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
	got, err := sjc.Get(ctx, "nightly", nil)
	if err != nil || !*got.Completed || *got.Description != "reboots every night" {
		t.Fatalf("Get = %+v, %v", got.ScheduledJob, err)
	}
	if _, err := sjc.Update(ctx, "nightly", iotcentral.ScheduledJob{Enabled: to.Ptr(false)}, nil); !isStatus(err, http.StatusConflict) {
		t.Errorf("updating while its jobs run: %v", err)
	}
	for _, id := range runs {
		for {
			j, err := c.Jobs().Get(ctx, id, nil)
			if err != nil {
				t.Fatal(err)
			}
			if j.Status.Terminal() {
				break
			}
		}
	}
	up, err := sjc.Update(ctx, "nightly", iotcentral.ScheduledJob{Enabled: to.Ptr(false)}, nil)
	if err != nil || *up.Enabled || *up.DisplayName != "nightly" {
		t.Fatalf("Update = %+v, %v", up.ScheduledJob, err)
	}
	if _, err := sjc.Delete(ctx, "nightly", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := sjc.Get(ctx, "nightly", nil); !isStatus(err, http.StatusNotFound) {
		t.Errorf("Get after Delete: %v", err)
	}
}
