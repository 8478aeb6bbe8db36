package fake_test

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

const (
	endpoint   = "https://contoso.azureiotcentral.com/api"
	thermostat = "dtmi:contoso:Thermostat;1"
	sensor     = "dtmi:contoso:Sensor;1"
)

func newApp(t testing.TB, opts *fake.EmulatorOptions) (*fake.Emulator, *iotcentral.Client) {
	t.Helper()
	emu := fake.NewEmulator(opts)
	return emu, clientOf(t, emu)
}

func clientOf(t testing.TB, transport policy.Transporter) *iotcentral.Client {
	t.Helper()
	c, err := iotcentral.NewClient(endpoint, &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{MaxRetries: 3, RetryDelay: time.Millisecond, MaxRetryDelay: 2 * time.Millisecond},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func template(id string, components ...string) iotcentral.DeviceTemplate {
	var contents []map[string]any
	for _, c := range components {
		contents = append(contents, map[string]any{"@type": "Component", "name": c, "schema": "dtmi:contoso:" + c + ";1"})
	}
	contents = append(contents, map[string]any{"@type": "Telemetry", "name": "temperature", "schema": "double"})
	model, _ := json.Marshal(map[string]any{"@id": id + "-model", "@type": "Interface", "contents": contents})
	return iotcentral.DeviceTemplate{Types: []string{"ModelDefinition", "DeviceModel"}, DisplayName: to.Ptr("T " + id), CapabilityModel: model}
}

func seed(t testing.TB, c *iotcentral.Client, devices map[string]string) {
	t.Helper()
	ctx := context.Background()
	for _, id := range []string{thermostat, sensor} {
		if _, err := c.DeviceTemplates().Create(ctx, id, template(id, "thermostat1", "deviceInfo"), nil); err != nil {
			t.Fatal(err)
		}
	}
	for id, tmpl := range devices {
		if _, err := c.Devices().Create(ctx, id, iotcentral.Device{DisplayName: to.Ptr("Device " + id), Template: to.Ptr(tmpl)}, nil); err != nil {
			t.Fatal(err)
		}
	}
}

func status(err error) int {
	var se *iotcentral.ServiceError
	if errors.As(err, &se) {
		return se.StatusCode
	}
	return 0
}

func TestDevicesLifecycle(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, nil)
	devices := c.Devices()

	// An ID with characters that would change the path stays one segment.
	for _, id := range []string{"line 1/robot?#7", "a..b", "thermo-01"} {
		created, err := devices.Create(ctx, id, iotcentral.Device{DisplayName: to.Ptr("Robot"), Template: to.Ptr(thermostat)}, nil)
		if err != nil {
			t.Fatalf("create %q: %v", id, err)
		}
		if *created.ID != id || *created.Enabled != true || created.ETag == nil {
			t.Errorf("created = %+v", created.Device)
		}
		got, err := devices.Get(ctx, id, nil)
		if err != nil || *got.ID != id {
			t.Errorf("get %q = %+v, %v", id, got.Device, err)
		}
	}
	got, _ := devices.Get(ctx, "thermo-01", nil)
	stale := *got.ETag
	updated, err := devices.Update(ctx, "thermo-01", iotcentral.Device{DisplayName: to.Ptr("Thermostat 1"), ETag: got.ETag}, nil)
	if err != nil || *updated.DisplayName != "Thermostat 1" || *updated.Template != thermostat {
		t.Fatalf("update = %+v, %v", updated.Device, err)
	}
	_, err = devices.Update(ctx, "thermo-01", iotcentral.Device{DisplayName: to.Ptr("lost update"), ETag: &stale}, nil)
	if !iotcentral.IsPreconditionFailed(err) {
		t.Errorf("update with a stale etag: %v, want 412", err)
	}
	_, err = devices.Create(ctx, "thermo-02", iotcentral.Device{Template: to.Ptr("dtmi:missing;1")}, nil)
	if status(err) != http.StatusUnprocessableEntity {
		t.Errorf("create with a missing template: %v", err)
	}
	var ids []string
	for d, err := range devices.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *d.ID)
	}
	if d := cmp.Diff([]string{"a..b", "line 1/robot?#7", "thermo-01"}, ids); d != "" {
		t.Errorf("devices (-want +got):\n%s", d)
	}
	if _, err := devices.Delete(ctx, "line 1/robot?#7", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := devices.Get(ctx, "line 1/robot?#7", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("get after delete: %v", err)
	}
	var se *iotcentral.ServiceError
	_, err = devices.Delete(ctx, "nope", nil)
	if !errors.As(err, &se) || se.Code != iotcentral.ErrorCodeNotFound || se.RequestID == "" || !strings.Contains(se.Message, "nope") {
		t.Errorf("delete of a missing device: %#v", err)
	}
}

func TestAttestationsAndCredentials(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"d1": thermostat})
	devices := c.Devices()

	got, err := devices.GetAttestation(ctx, "d1", nil)
	sym, ok := got.Attestation.(*iotcentral.SymmetricKeyAttestation)
	if err != nil || !ok || sym.SymmetricKey.PrimaryKey == nil {
		t.Fatalf("generated attestation = %#v, %v", got.Attestation, err)
	}
	creds, err := devices.GetCredentials(ctx, "d1", nil)
	if err != nil || *creds.SymmetricKey.PrimaryKey != *sym.SymmetricKey.PrimaryKey || *creds.IDScope == "" {
		t.Fatalf("credentials = %v, %v", creds, err)
	}
	if s := creds.String(); strings.Contains(s, *sym.SymmetricKey.PrimaryKey) {
		t.Errorf("String shows the key: %s", s)
	}

	tpm := &iotcentral.TPMAttestation{TPM: &iotcentral.TPM{EndorsementKey: to.Ptr("AToAAQALAAMAsgAg")}}
	set, err := devices.CreateAttestation(ctx, "d1", tpm, nil)
	if err != nil || set.Attestation.Kind() != iotcentral.AttestationTypeTPM {
		t.Fatalf("create tpm = %#v, %v", set.Attestation, err)
	}
	x509 := &iotcentral.X509Attestation{X509: &iotcentral.X509{ClientCertificates: &iotcentral.X509Certificates{Primary: &iotcentral.X509Certificate{Certificate: to.Ptr("MIIB...")}}}}
	patched, err := devices.UpdateAttestation(ctx, "d1", x509, nil)
	if err != nil || patched.Attestation.Kind() != iotcentral.AttestationTypeX509 {
		t.Fatalf("update to x509 = %#v, %v", patched.Attestation, err)
	}
	creds, _ = devices.GetCredentials(ctx, "d1", nil)
	if creds.X509 == nil || *creds.X509.ClientCertificates.Primary.Certificate != "MIIB..." {
		t.Errorf("x509 credentials = %v", creds)
	}
	_, err = devices.CreateAttestation(ctx, "d1", &iotcentral.UnknownAttestation{Type: to.Ptr("hsm")}, nil)
	if status(err) != http.StatusUnprocessableEntity {
		t.Errorf("unknown attestation type: %v", err)
	}
	if _, err := devices.DeleteAttestation(ctx, "d1", nil); err != nil {
		t.Fatal(err)
	}
	got, _ = devices.GetAttestation(ctx, "d1", nil)
	if got.Attestation.Kind() != iotcentral.AttestationTypeSymmetricKey {
		t.Errorf("after delete: %v", got.Attestation.Kind())
	}
	if _, err := devices.CreateAttestation(ctx, "d1", nil, nil); !errors.Is(err, iotcentral.ErrInvalidInput) {
		t.Errorf("nil attestation: %v", err)
	}
}

func TestComponentsAndModules(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"gw": thermostat})
	if err := emu.AddModule("gw", "filter", "settings"); err != nil {
		t.Fatal(err)
	}
	names := func(list iter.Seq2[iotcentral.NamedObject, error]) ([]string, error) {
		var out []string
		for v, err := range list {
			if err != nil {
				return out, err
			}
			out = append(out, *v.Name)
		}
		return out, nil
	}
	devices := c.Devices()
	for _, tc := range []struct {
		name string
		list iter.Seq2[iotcentral.NamedObject, error]
		want []string
	}{
		{"components", devices.ListComponentsIter(ctx, "gw", nil), []string{"thermostat1", "deviceInfo"}},
		{"modules", devices.ListModulesIter(ctx, "gw", nil), []string{"filter"}},
		{"module components", devices.ListModuleComponentsIter(ctx, "gw", "filter", nil), []string{"settings"}},
	} {
		got, err := names(tc.list)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, d)
		}
	}
	if _, err := names(devices.ListModuleComponentsIter(ctx, "gw", "nope", nil)); !iotcentral.IsNotFound(err) {
		t.Errorf("missing module: %v", err)
	}
}

func TestCapabilitiesOnEveryTarget(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"gw": thermostat})
	emu.HandleCommand("reboot", func(target iotcentral.Target, request json.RawMessage) (int32, json.RawMessage) {
		return 202, json.RawMessage(`{"rebootingIn":` + string(request) + `,"module":"` + target.Module + `"}`)
	})
	devices := c.Devices()
	for _, target := range []iotcentral.Target{
		iotcentral.DeviceTarget("gw"),
		iotcentral.ComponentTarget("gw", "thermostat1"),
		iotcentral.ModuleTarget("gw", "filter"),
		iotcentral.ModuleComponentTarget("gw", "filter", "settings"),
	} {
		t.Run(target.Module+"/"+target.Component, func(t *testing.T) {
			replaced, err := devices.ReplaceProperties(ctx, target, iotcentral.DeviceProperties{"targetTemperature": 21, "mode": "eco"}, nil)
			if err != nil || !replaced.Accepted {
				t.Fatalf("replace = %+v, %v", replaced, err)
			}
			if d := cmp.Diff([]string{"mode", "targetTemperature"}, replaced.Properties.Pending()); d != "" {
				t.Errorf("pending after replace (-want +got):\n%s", d)
			}
			updated, err := devices.UpdateProperties(ctx, target, iotcentral.DeviceProperties{"mode": nil, "fan": true}, nil)
			if err != nil || !updated.Accepted {
				t.Fatalf("update = %+v, %v", updated, err)
			}
			// Accepted, not applied: the values wait for the device.
			got, err := devices.GetProperties(ctx, target, nil)
			if err != nil || len(got.Properties) != 1 || !cmp.Equal([]string{"fan", "targetTemperature"}, got.Properties.Pending()) {
				t.Errorf("properties before the device applies them = %v, %v", got.Properties, err)
			}
			if err := emu.AcknowledgeProperties(target, 200, "completed"); err != nil {
				t.Fatal(err)
			}
			got, err = devices.GetProperties(ctx, target, nil)
			want := iotcentral.DeviceProperties{"targetTemperature": json.Number("21"), "fan": true}
			meta, merr := got.Properties.Metadata()
			delete(got.Properties, iotcentral.PropertiesMetadataKey)
			if err != nil || merr != nil || !cmp.Equal(want, got.Properties) {
				t.Errorf("applied properties = %v, %v, %v; want %v", got.Properties, err, merr, want)
			}
			if fan := meta["fan"]; fan.Pending() || fan.Rejected() || *fan.AckVersion != *fan.DesiredVersion || *fan.AckCode != 200 || *fan.AckDescription != "completed" {
				t.Errorf("fan metadata after the acknowledgement = %+v", fan)
			}

			// A value the device refuses is not applied.
			again, err := devices.UpdateProperties(ctx, target, iotcentral.DeviceProperties{"targetTemperature": 99}, nil)
			if err != nil || !cmp.Equal([]string{"targetTemperature"}, again.Properties.Pending()) || again.Properties["targetTemperature"] != json.Number("21") {
				t.Errorf("second update = %v, %v", again.Properties, err)
			}
			if err := emu.AcknowledgeProperties(target, 400, "out of range"); err != nil {
				t.Fatal(err)
			}
			got, _ = devices.GetProperties(ctx, target, nil)
			meta, _ = got.Properties.Metadata()
			if got.Properties["targetTemperature"] != json.Number("21") || !meta["targetTemperature"].Rejected() || len(got.Properties.Pending()) != 0 {
				t.Errorf("after a refusal = %v", got.Properties)
			}

			if _, err := devices.GetTelemetryValue(ctx, target, "temperature", nil); !iotcentral.IsNotFound(err) {
				t.Errorf("telemetry before any value: %v", err)
			}
			if err := emu.SetTelemetry(target, "temperature", 22.5); err != nil {
				t.Fatal(err)
			}
			tel, err := devices.GetTelemetryValue(ctx, target, "temperature", nil)
			if err != nil || string(tel.Value) != "22.5" || !tel.Timestamp.Equal(emulation.DefaultStart) {
				t.Errorf("telemetry = %+v, %v", tel, err)
			}

			for _, delay := range []string{"5", "10"} {
				run, err := devices.RunCommand(ctx, target, "reboot", iotcentral.DeviceCommand{Request: json.RawMessage(delay), ResponseTimeout: to.Ptr[int32](10)}, nil)
				if err != nil || *run.ResponseCode != 202 || !strings.Contains(string(run.Response), `"rebootingIn":`+delay) || run.ID == nil {
					t.Fatalf("run = %+v, %v", run.DeviceCommand, err)
				}
			}
			var history []string
			for cmd, err := range devices.CommandHistoryIter(ctx, target, "reboot", nil) {
				if err != nil {
					t.Fatal(err)
				}
				history = append(history, string(cmd.Request))
			}
			if d := cmp.Diff([]string{"5", "10"}, history); d != "" {
				t.Errorf("history (-want +got):\n%s", d)
			}
			latest, err := devices.GetLatestCommandResponse(ctx, target, "reboot", nil)
			if err != nil || !latest.Found || string(latest.Request) != "10" || latest.Executions != 2 {
				t.Errorf("latest = %+v, %v", latest, err)
			}
			never, err := devices.GetLatestCommandResponse(ctx, target, "selfTest", nil)
			if err != nil || never.Found {
				t.Errorf("a command that never ran: %+v, %v", never, err)
			}
		})
	}
	run, err := devices.RunCommand(ctx, iotcentral.DeviceTarget("gw"), "echo", iotcentral.DeviceCommand{Request: json.RawMessage(`{"x":1}`)}, nil)
	if err != nil || string(run.Response) != `{"received":{"x":1}}` || *run.ResponseCode != 200 {
		t.Errorf("default command answer = %s %v, %v", run.Response, run.ResponseCode, err)
	}
	if err := emu.SetTelemetry(iotcentral.DeviceTarget("nope"), "t", 1); err == nil {
		t.Error("telemetry for a missing device was accepted")
	}
}

func TestRelationships(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"gw": thermostat, "s1": sensor, "s2": sensor})
	devices := c.Devices()
	for _, child := range []string{"s1", "s2"} {
		if _, err := devices.CreateRelationship(ctx, "gw", "r-"+child, iotcentral.DeviceRelationship{Source: to.Ptr("gw"), Target: to.Ptr(child)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	moved, err := devices.UpdateRelationship(ctx, "gw", "r-s2", iotcentral.DeviceRelationship{Target: to.Ptr("s1")}, nil)
	if err != nil || *moved.Target != "s1" || *moved.Source != "gw" {
		t.Fatalf("update = %+v, %v", moved, err)
	}
	var seen []string
	for r, err := range devices.ListRelationshipsIter(ctx, "s1", nil) {
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, *r.ID)
	}
	if d := cmp.Diff([]string{"r-s1", "r-s2"}, seen); d != "" {
		t.Errorf("relationships pointing at s1 (-want +got):\n%s", d)
	}
	if _, err := devices.DeleteRelationship(ctx, "gw", "r-s2", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := devices.GetRelationship(ctx, "gw", "r-s2", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("get after delete: %v", err)
	}
	_, err = devices.CreateRelationship(ctx, "gw", "r-x", iotcentral.DeviceRelationship{Source: to.Ptr("gw"), Target: to.Ptr("ghost")}, nil)
	if status(err) != http.StatusUnprocessableEntity {
		t.Errorf("relationship to a missing device: %v", err)
	}
}

func TestTemplatesAndGroups(t *testing.T) {
	t.Parallel()
	_, c := newApp(t, &fake.EmulatorOptions{PageSize: 2})
	ctx := context.Background()
	seed(t, c, map[string]string{"t1": thermostat, "t2": thermostat, "t3": thermostat, "s1": sensor})
	templates, groups := c.DeviceTemplates(), c.DeviceGroups()

	tm, err := templates.Get(ctx, thermostat, nil)
	if err != nil || *tm.ID != thermostat || tm.Types[1] != "DeviceModel" {
		t.Fatalf("template = %+v, %v", tm, err)
	}
	if up, err := templates.Update(ctx, thermostat, iotcentral.DeviceTemplate{Description: to.Ptr("v2")}, nil); err != nil || *up.Description != "v2" || len(up.CapabilityModel) == 0 {
		t.Errorf("template update = %+v, %v", up, err)
	}
	var tids []string
	for tt, err := range templates.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		tids = append(tids, *tt.ID)
	}
	if len(tids) != 2 {
		t.Errorf("templates = %v", tids)
	}
	if _, err := templates.Delete(ctx, thermostat, nil); status(err) != http.StatusConflict {
		t.Errorf("deleting a template in use: %v", err)
	}

	g, err := groups.Create(ctx, "thermostats", iotcentral.DeviceGroup{DisplayName: to.Ptr("Thermostats"), Filter: to.Ptr(`SELECT * FROM devices WHERE $template = "` + thermostat + `"`)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var members []string
	for d, err := range groups.ListDevicesIter(ctx, "thermostats", nil) {
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, *d.ID)
	}
	if d := cmp.Diff([]string{"t1", "t2", "t3"}, members); d != "" {
		t.Errorf("members over pages of 2 (-want +got):\n%s", d)
	}
	if _, err := groups.Update(ctx, "thermostats", iotcentral.DeviceGroup{Description: to.Ptr("all"), ETag: to.Ptr(`"stale"`)}, nil); !iotcentral.IsPreconditionFailed(err) {
		t.Errorf("stale group etag: %v", err)
	}
	if up, err := groups.Update(ctx, "thermostats", iotcentral.DeviceGroup{Description: to.Ptr("all"), ETag: g.ETag}, nil); err != nil || *up.Description != "all" {
		t.Errorf("group update = %+v, %v", up, err)
	}
	_, err = groups.Create(ctx, "fancy", iotcentral.DeviceGroup{DisplayName: to.Ptr("x"), Filter: to.Ptr(`SELECT * FROM devices WHERE $connected = true`)}, nil)
	var se *iotcentral.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(se.Message, "$connected") {
		t.Errorf("unsupported filter: %v", err)
	}
	if _, err := groups.Get(ctx, "thermostats", nil); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, err := range groups.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if _, err := groups.Delete(ctx, "thermostats", nil); err != nil || n != 1 {
		t.Errorf("groups %d, delete %v", n, err)
	}
	for _, id := range []string{"s1"} {
		if _, err := c.Devices().Delete(ctx, id, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := templates.Delete(ctx, sensor, nil); err != nil {
		t.Errorf("deleting an unused template: %v", err)
	}
}

func TestJobsRunOnGroupMembers(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"t1": thermostat, "t2": thermostat, "s1": sensor})
	if _, err := c.DeviceGroups().Create(ctx, "thermostats", iotcentral.DeviceGroup{DisplayName: to.Ptr("T"), Filter: to.Ptr(`SELECT * FROM devices WHERE $template = "` + thermostat + `"`)}, nil); err != nil {
		t.Fatal(err)
	}
	emu.FailJobDevices(1, "t2")
	_, err := c.Jobs().Create(ctx, "set-target", iotcentral.Job{
		Group: to.Ptr("thermostats"),
		Data:  []iotcentral.JobData{&iotcentral.PropertyJobData{Target: to.Ptr(thermostat), Path: to.Ptr("targetTemperature"), Value: json.RawMessage("21")}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var progress []string
	poller, err := c.Jobs().BeginWait(ctx, "set-target", &iotcentral.JobsClientBeginWaitOptions{OnProgress: func(j iotcentral.Job) {
		progress = append(progress, string(*j.Status))
	}})
	if err != nil {
		t.Fatal(err)
	}
	job, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if *job.Progress.Total != 2 || *job.Progress.Failed != 1 || *job.Progress.Completed != 1 {
		t.Errorf("progress = %+v", job.Progress)
	}
	if len(progress) < 2 || progress[len(progress)-1] != "complete" {
		t.Errorf("statuses seen = %v", progress)
	}
}

func TestRateLimitAndHTTPServing(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{RateLimit: fake.ApplicationRateLimit})
	srv := httptest.NewTLSServer(emu)
	defer srv.Close()
	c, err := iotcentral.NewClientWithAPITokenString(srv.URL+"/api", "SharedAccessSignature sr=x&sig=secret&skn=t&se=1", &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: srv.Client(), Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var throttled error
	for i := range fake.ApplicationRateLimit + 1 {
		if _, err := c.Devices().Get(ctx, "d", nil); status(err) == http.StatusTooManyRequests {
			throttled = err
			if i != fake.ApplicationRateLimit {
				t.Errorf("throttled at request %d", i+1)
			}
		}
	}
	if throttled == nil || strings.Contains(throttled.Error(), "secret") {
		t.Fatalf("21st request: %v", throttled)
	}
	emu.Clock().Advance(time.Second)
	if _, err := c.Devices().Get(ctx, "d", nil); !iotcentral.IsNotFound(err) {
		t.Errorf("after a second: %v", err)
	}
}
