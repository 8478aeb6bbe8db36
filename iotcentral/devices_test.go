package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// recordingTransport records request paths and answers 404.
type recordingTransport struct {
	mu    sync.Mutex
	paths []string
}

func (r *recordingTransport) Do(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.paths = append(r.paths, req.URL.EscapedPath()+"?"+req.URL.RawQuery)
	r.mu.Unlock()
	return &http.Response{StatusCode: http.StatusNotFound, Header: http.Header{}, Body: http.NoBody, Request: req}, nil
}

func deviceClient(t *testing.T, transport policy.Transporter, apiVersion string) *iotcentral.DevicesClient {
	t.Helper()
	c, err := iotcentral.NewClient("https://app.azureiotcentral.com/api", &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport, APIVersion: apiVersion, Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return c.Devices()
}

// TestDeviceIDsStayInTheirSegment checks the wire path of IDs that would
// otherwise reach another resource.
func TestDeviceIDsStayInTheirSegment(t *testing.T) {
	t.Parallel()
	tests := []struct{ id, path string }{
		{"plain-01", "/api/devices/plain-01"},
		{"a/b", "/api/devices/a%2Fb"},
		{"x?y#z", "/api/devices/x%3Fy%23z"},
		{"has space", "/api/devices/has%20space"},
		{"../apiTokens", "/api/devices/..%2FapiTokens"},
		{"a..b", "/api/devices/a..b"},
	}
	for _, tt := range tests {
		rec := &recordingTransport{}
		_, _ = deviceClient(t, rec, "").Get(context.Background(), tt.id, nil)
		if len(rec.paths) != 1 || !strings.HasPrefix(rec.paths[0], tt.path+"?") {
			t.Errorf("Get(%q) sent %v, want %s", tt.id, rec.paths, tt.path)
		}
	}
	for _, id := range []string{"", "..", "."} {
		rec := &recordingTransport{}
		_, err := deviceClient(t, rec, "").Get(context.Background(), id, nil)
		if !errors.Is(err, iotcentral.ErrInvalidInput) || len(rec.paths) != 0 {
			t.Errorf("Get(%q): %v, sent %v", id, err, rec.paths)
		}
	}
}

func TestDeviceValidationSendsNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		name, apiVersion, field, rule string
		call                          func(c *iotcentral.DevicesClient) error
	}{
		{"filter needs a preview", "", "options.Filter", "preview", func(c *iotcentral.DevicesClient) error {
			_, err := c.NewListPager(&iotcentral.DevicesClientListOptions{Filter: to.Ptr("x")}).NextPage(ctx)
			return err
		}},
		{"missing target device", "", "target.DeviceID", "required", func(c *iotcentral.DevicesClient) error {
			_, err := c.GetProperties(ctx, iotcentral.Target{Component: "c"}, nil)
			return err
		}},
		{"missing relationship ID", "", "relationshipID", "required", func(c *iotcentral.DevicesClient) error {
			_, err := c.CreateRelationship(ctx, "gw", "", iotcentral.DeviceRelationship{Target: to.Ptr("d")}, nil)
			return err
		}},
		{"missing telemetry name", "", "telemetryName", "required", func(c *iotcentral.DevicesClient) error {
			_, err := c.GetTelemetryValue(ctx, iotcentral.DeviceTarget("d"), "", nil)
			return err
		}},
		{"nil properties", "", "properties", "required", func(c *iotcentral.DevicesClient) error {
			_, err := c.ReplaceProperties(ctx, iotcentral.DeviceTarget("d"), nil, nil)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recordingTransport{}
			err := tt.call(deviceClient(t, rec, tt.apiVersion))
			var ve *iotcentral.ValidationError
			if !errors.As(err, &ve) || ve.Field != tt.field || !strings.Contains(ve.Rule, tt.rule) {
				t.Fatalf("error = %v, want field %s rule ~%q", err, tt.field, tt.rule)
			}
			if len(rec.paths) != 0 {
				t.Errorf("sent %v", rec.paths)
			}
		})
	}
	// With a preview api-version the options reach the wire.
	rec := &recordingTransport{}
	_, _ = deviceClient(t, rec, "2022-10-31-preview").NewListPager(&iotcentral.DevicesClientListOptions{Filter: to.Ptr("enabled eq true"), MaxPageSize: to.Ptr[int32](10), OrderBy: to.Ptr("displayName")}).NextPage(ctx)
	if len(rec.paths) != 1 || !strings.Contains(rec.paths[0], "filter=enabled+eq+true") || !strings.Contains(rec.paths[0], "maxpagesize=10") || !strings.Contains(rec.paths[0], "orderby=displayName") {
		t.Errorf("preview list sent %v", rec.paths)
	}
}

// TestDevicesThroughTheFakeServer calls every DevicesClient method through
// the azfake-style fake and checks what the fake received.
func TestDevicesThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var calls []string
	note := func(s string) { calls = append(calls, s) }
	dev := func(id string) iotcentral.Device { return iotcentral.Device{ID: to.Ptr(id), DisplayName: to.Ptr("D")} }
	tpm := &iotcentral.TPMAttestation{TPM: &iotcentral.TPM{EndorsementKey: to.Ptr("ek")}}
	comps := iotcentral.Collection{Value: []iotcentral.NamedObject{{Name: to.Ptr("c1")}}}
	rel := iotcentral.DeviceRelationship{ID: to.Ptr("r1"), Source: to.Ptr("gw"), Target: to.Ptr("s1")}
	srv := fake.DevicesServer{
		NewListPager: func(o *iotcentral.DevicesClientListOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListResponse]) {
			note("list")
			for _, id := range []string{"a", "b", "c"} {
				r.AddPage(http.StatusOK, iotcentral.DevicesClientListResponse{DeviceCollection: iotcentral.DeviceCollection{Value: []iotcentral.Device{dev(id)}}}, nil)
			}
			return
		},
		Get: func(_ context.Context, id string, _ *iotcentral.DevicesClientGetOptions) (r azfake.Responder[iotcentral.DevicesClientGetResponse], e azfake.ErrorResponder) {
			note("get " + id)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetResponse{Device: dev(id)}, nil)
			return
		},
		Create: func(_ context.Context, id string, d iotcentral.Device, _ *iotcentral.DevicesClientCreateOptions) (r azfake.Responder[iotcentral.DevicesClientCreateResponse], e azfake.ErrorResponder) {
			note("create " + id + " " + *d.DisplayName)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientCreateResponse{Device: d}, nil)
			return
		},
		Update: func(_ context.Context, id string, d iotcentral.Device, _ *iotcentral.DevicesClientUpdateOptions) (r azfake.Responder[iotcentral.DevicesClientUpdateResponse], e azfake.ErrorResponder) {
			note("update " + id)
			e.SetResponseError(http.StatusPreconditionFailed, "PreconditionFailed")
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.DevicesClientDeleteOptions) (r azfake.Responder[iotcentral.DevicesClientDeleteResponse], e azfake.ErrorResponder) {
			note("delete " + id)
			r.SetResponse(http.StatusNoContent, iotcentral.DevicesClientDeleteResponse{}, nil)
			return
		},
		GetAttestation: func(_ context.Context, id string, _ *iotcentral.DevicesClientGetAttestationOptions) (r azfake.Responder[iotcentral.DevicesClientGetAttestationResponse], e azfake.ErrorResponder) {
			note("get attestation")
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetAttestationResponse{Attestation: tpm}, nil)
			return
		},
		CreateAttestation: func(_ context.Context, id string, a iotcentral.Attestation, _ *iotcentral.DevicesClientCreateAttestationOptions) (r azfake.Responder[iotcentral.DevicesClientCreateAttestationResponse], e azfake.ErrorResponder) {
			note("create attestation " + string(a.Kind()))
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientCreateAttestationResponse{Attestation: a}, nil)
			return
		},
		UpdateAttestation: func(_ context.Context, id string, a iotcentral.Attestation, _ *iotcentral.DevicesClientUpdateAttestationOptions) (r azfake.Responder[iotcentral.DevicesClientUpdateAttestationResponse], e azfake.ErrorResponder) {
			note("update attestation " + string(a.Kind()))
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientUpdateAttestationResponse{Attestation: a}, nil)
			return
		},
		DeleteAttestation: func(_ context.Context, id string, _ *iotcentral.DevicesClientDeleteAttestationOptions) (r azfake.Responder[iotcentral.DevicesClientDeleteAttestationResponse], e azfake.ErrorResponder) {
			note("delete attestation")
			r.SetResponse(http.StatusNoContent, iotcentral.DevicesClientDeleteAttestationResponse{}, nil)
			return
		},
		GetCredentials: func(_ context.Context, id string, _ *iotcentral.DevicesClientGetCredentialsOptions) (r azfake.Responder[iotcentral.DevicesClientGetCredentialsResponse], e azfake.ErrorResponder) {
			note("credentials")
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetCredentialsResponse{DeviceCredentials: iotcentral.DeviceCredentials{IDScope: to.Ptr("0ne")}}, nil)
			return
		},
		NewListComponentsPager: func(id string, _ *iotcentral.DevicesClientListComponentsOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListComponentsResponse]) {
			note("components")
			r.AddPage(http.StatusOK, iotcentral.DevicesClientListComponentsResponse{Collection: comps}, nil)
			return
		},
		NewListModulesPager: func(id string, _ *iotcentral.DevicesClientListModulesOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListModulesResponse]) {
			note("modules")
			r.AddPage(http.StatusOK, iotcentral.DevicesClientListModulesResponse{Collection: comps}, nil)
			return
		},
		NewListModuleComponentsPager: func(id, m string, _ *iotcentral.DevicesClientListModuleComponentsOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListModuleComponentsResponse]) {
			note("module components " + m)
			r.AddPage(http.StatusOK, iotcentral.DevicesClientListModuleComponentsResponse{Collection: comps}, nil)
			return
		},
		GetProperties: func(_ context.Context, tg iotcentral.Target, _ *iotcentral.DevicesClientGetPropertiesOptions) (r azfake.Responder[iotcentral.DevicesClientGetPropertiesResponse], e azfake.ErrorResponder) {
			note("get properties " + tg.DeviceID + "/" + tg.Module + "/" + tg.Component)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetPropertiesResponse{Properties: iotcentral.DeviceProperties{"p": "v"}}, nil)
			return
		},
		ReplaceProperties: func(_ context.Context, tg iotcentral.Target, p iotcentral.DeviceProperties, _ *iotcentral.DevicesClientReplacePropertiesOptions) (r azfake.Responder[iotcentral.DevicesClientReplacePropertiesResponse], e azfake.ErrorResponder) {
			note("replace properties " + tg.Component)
			r.SetResponse(http.StatusAccepted, iotcentral.DevicesClientReplacePropertiesResponse{Properties: p}, nil)
			return
		},
		UpdateProperties: func(_ context.Context, tg iotcentral.Target, p iotcentral.DeviceProperties, _ *iotcentral.DevicesClientUpdatePropertiesOptions) (r azfake.Responder[iotcentral.DevicesClientUpdatePropertiesResponse], e azfake.ErrorResponder) {
			note("update properties " + tg.Module)
			r.SetResponse(http.StatusAccepted, iotcentral.DevicesClientUpdatePropertiesResponse{Properties: p}, nil)
			return
		},
		GetTelemetryValue: func(_ context.Context, tg iotcentral.Target, name string, _ *iotcentral.DevicesClientGetTelemetryValueOptions) (r azfake.Responder[iotcentral.DevicesClientGetTelemetryValueResponse], e azfake.ErrorResponder) {
			note("telemetry " + name)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetTelemetryValueResponse{DeviceTelemetry: iotcentral.DeviceTelemetry{Value: json.RawMessage("21.5")}}, nil)
			return
		},
		RunCommand: func(_ context.Context, tg iotcentral.Target, name string, c iotcentral.DeviceCommand, _ *iotcentral.DevicesClientRunCommandOptions) (r azfake.Responder[iotcentral.DevicesClientRunCommandResponse], e azfake.ErrorResponder) {
			note("run " + name + " " + string(c.Request))
			c.ResponseCode, c.Response = to.Ptr[int32](200), json.RawMessage(`"done"`)
			r.SetResponse(http.StatusCreated, iotcentral.DevicesClientRunCommandResponse{DeviceCommand: c}, nil)
			return
		},
		NewCommandHistoryPager: func(tg iotcentral.Target, name string, _ *iotcentral.DevicesClientCommandHistoryOptions) (r azfake.PagerResponder[iotcentral.DevicesClientCommandHistoryResponse]) {
			note("history " + name)
			for _, req := range []string{"1", "2", "3"} {
				r.AddPage(http.StatusOK, iotcentral.DevicesClientCommandHistoryResponse{DeviceCommandCollection: iotcentral.DeviceCommandCollection{Value: []iotcentral.DeviceCommand{{Request: json.RawMessage(req)}}}}, nil)
			}
			return
		},
		NewListRelationshipsPager: func(id string, _ *iotcentral.DevicesClientListRelationshipsOptions) (r azfake.PagerResponder[iotcentral.DevicesClientListRelationshipsResponse]) {
			note("relationships " + id)
			r.AddPage(http.StatusOK, iotcentral.DevicesClientListRelationshipsResponse{DeviceRelationshipCollection: iotcentral.DeviceRelationshipCollection{Value: []iotcentral.DeviceRelationship{rel}}}, nil)
			return
		},
		GetRelationship: func(_ context.Context, id, rid string, _ *iotcentral.DevicesClientGetRelationshipOptions) (r azfake.Responder[iotcentral.DevicesClientGetRelationshipResponse], e azfake.ErrorResponder) {
			note("get relationship " + rid)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetRelationshipResponse{DeviceRelationship: rel}, nil)
			return
		},
		CreateRelationship: func(_ context.Context, id, rid string, x iotcentral.DeviceRelationship, _ *iotcentral.DevicesClientCreateRelationshipOptions) (r azfake.Responder[iotcentral.DevicesClientCreateRelationshipResponse], e azfake.ErrorResponder) {
			note("create relationship " + *x.Target)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientCreateRelationshipResponse{DeviceRelationship: rel}, nil)
			return
		},
		UpdateRelationship: func(_ context.Context, id, rid string, x iotcentral.DeviceRelationship, _ *iotcentral.DevicesClientUpdateRelationshipOptions) (r azfake.Responder[iotcentral.DevicesClientUpdateRelationshipResponse], e azfake.ErrorResponder) {
			note("update relationship " + rid)
			r.SetResponse(http.StatusOK, iotcentral.DevicesClientUpdateRelationshipResponse{DeviceRelationship: rel}, nil)
			return
		},
		DeleteRelationship: func(_ context.Context, id, rid string, _ *iotcentral.DevicesClientDeleteRelationshipOptions) (r azfake.Responder[iotcentral.DevicesClientDeleteRelationshipResponse], e azfake.ErrorResponder) {
			note("delete relationship " + rid)
			r.SetResponse(http.StatusNoContent, iotcentral.DevicesClientDeleteRelationshipResponse{}, nil)
			return
		},
	}
	c := deviceClient(t, fake.NewDevicesServerTransport(&srv), "")
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var listed []string
	for d, err := range c.ListIter(ctx, nil) {
		must(err)
		listed = append(listed, *d.ID)
	}
	g, err := c.Get(ctx, "a/b", nil)
	must(err)
	_, err = c.Create(ctx, "n1", iotcentral.Device{DisplayName: to.Ptr("New")}, nil)
	must(err)
	_, err = c.Update(ctx, "n1", iotcentral.Device{ETag: to.Ptr("old")}, nil)
	if !iotcentral.IsPreconditionFailed(err) {
		t.Errorf("update: %v, want 412", err)
	}
	_, err = c.Delete(ctx, "n1", nil)
	must(err)
	a, err := c.GetAttestation(ctx, "n1", nil)
	must(err)
	if a.Attestation.Kind() != iotcentral.AttestationTypeTPM {
		t.Errorf("attestation kind %q", a.Attestation.Kind())
	}
	_, err = c.CreateAttestation(ctx, "n1", &iotcentral.SymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{}}, nil)
	must(err)
	_, err = c.UpdateAttestation(ctx, "n1", &iotcentral.X509Attestation{X509: &iotcentral.X509{}}, nil)
	must(err)
	_, err = c.DeleteAttestation(ctx, "n1", nil)
	must(err)
	_, err = c.GetCredentials(ctx, "n1", nil)
	must(err)
	for _, l := range []struct {
		name string
		list iter.Seq2[iotcentral.NamedObject, error]
	}{
		{"components", c.ListComponentsIter(ctx, "n1", nil)},
		{"modules", c.ListModulesIter(ctx, "n1", nil)},
		{"module components", c.ListModuleComponentsIter(ctx, "n1", "m1", nil)},
	} {
		var got []string
		for v, err := range l.list {
			must(err)
			got = append(got, *v.Name)
		}
		if d := cmp.Diff([]string{"c1"}, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", l.name, d)
		}
	}
	p, err := c.GetProperties(ctx, iotcentral.ModuleComponentTarget("n1", "m1", "c1"), nil)
	must(err)
	if p.Properties["p"] != "v" {
		t.Errorf("properties = %+v", p)
	}
	rp, err := c.ReplaceProperties(ctx, iotcentral.ComponentTarget("n1", "c1"), iotcentral.DeviceProperties{"x": 1}, nil)
	must(err)
	up, err := c.UpdateProperties(ctx, iotcentral.ModuleTarget("n1", "m1"), iotcentral.DeviceProperties{"x": 2}, nil)
	must(err)
	if !rp.Accepted || !up.Accepted {
		t.Errorf("202 answers not marked accepted: %+v %+v", rp, up)
	}
	tel, err := c.GetTelemetryValue(ctx, iotcentral.DeviceTarget("n1"), "temp", nil)
	must(err)
	run, err := c.RunCommand(ctx, iotcentral.DeviceTarget("n1"), "reboot", iotcentral.DeviceCommand{Request: json.RawMessage(`{"in":5}`)}, nil)
	must(err)
	latest, err := c.GetLatestCommandResponse(ctx, iotcentral.DeviceTarget("n1"), "reboot", nil)
	must(err)
	var rels []string
	for r, err := range c.ListRelationshipsIter(ctx, "gw", nil) {
		must(err)
		rels = append(rels, *r.ID)
	}
	_, err = c.GetRelationship(ctx, "gw", "r1", nil)
	must(err)
	_, err = c.CreateRelationship(ctx, "gw", "r1", iotcentral.DeviceRelationship{Source: to.Ptr("gw"), Target: to.Ptr("s1")}, nil)
	must(err)
	_, err = c.UpdateRelationship(ctx, "gw", "r1", iotcentral.DeviceRelationship{Target: to.Ptr("s2")}, nil)
	must(err)
	_, err = c.DeleteRelationship(ctx, "gw", "r1", nil)
	must(err)

	if *g.ID != "a/b" || string(tel.Value) != "21.5" || string(run.Response) != `"done"` || string(latest.Request) != "3" || !latest.Found || latest.Executions != 3 {
		t.Errorf("results: get %v, telemetry %s, run %s, latest %s", *g.ID, tel.Value, run.Response, latest.Request)
	}
	if d := cmp.Diff([]string{"a", "b", "c"}, listed); d != "" {
		t.Errorf("list (-want +got):\n%s", d)
	}
	want := []string{"list", "get a/b", "create n1 New", "update n1", "delete n1", "get attestation", "create attestation symmetricKey",
		"update attestation x509", "delete attestation", "credentials", "components", "modules", "module components m1",
		"get properties n1/m1/c1", "replace properties c1", "update properties m1", "telemetry temp", `run reboot {"in":5}`,
		"history reboot", "relationships gw", "get relationship r1", "create relationship s1", "update relationship r1", "delete relationship r1"}
	if d := cmp.Diff(want, calls); d != "" || len(rels) != 1 {
		t.Errorf("fake calls (-want +got):\n%s", d)
	}
}
