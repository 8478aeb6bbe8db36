package iotcentral_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/azclients/azclients/iotcentral"
	"github.com/google/go-cmp/cmp"
)

const webhookSecret = "s3cr3t-value-for-tests"

func readWebhookSample(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/webhook/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func postWebhook(h http.Handler, body string, header http.Header) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/iotc/rules", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// newHandler is NewRuleWebhookHandler for options that are valid.
func newHandler(t testing.TB, onFired func(context.Context, iotcentral.RuleFiredEvent) error, options *iotcentral.RuleWebhookOptions) http.Handler {
	t.Helper()
	h, err := iotcentral.NewRuleWebhookHandler(onFired, options)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func withSecret(v string) http.Header {
	return http.Header{iotcentral.DefaultWebhookSecretHeader: {v}}
}

func TestRuleWebhookDeliversTypedEvents(t *testing.T) {
	t.Parallel()
	tests := []struct {
		sample string
		check  func(t *testing.T, ev iotcentral.RuleFiredEvent)
	}{
		{"rule_webhook.json", func(t *testing.T, ev iotcentral.RuleFiredEvent) {
			if got := *ev.Rule.DisplayName; got != "Humidity monitor" {
				t.Errorf("rule = %q", got)
			}
			if got := string(ev.Device.Telemetry["<interface_instance_name>"]["humidity"].Value); got != "47.33228889360127" {
				t.Errorf("humidity = %s", got)
			}
			if got := string(ev.Device.CloudProperties["City"].Value); got != `"Seattle"` {
				t.Errorf("City = %s", got)
			}
			if got := string(ev.Device.Properties["deviceinfo"]["firmwareVersion"].Value); got != `"1.0.0"` {
				t.Errorf("firmwareVersion = %s", got)
			}
			if got := *ev.Application.Subdomain; got != "contoso" {
				t.Errorf("subdomain = %q", got)
			}
			if got := ev.Timestamp.UTC().Format("2006-01-02T15:04:05.00Z"); got != "2020-04-06T00:20:15.06Z" {
				t.Errorf("timestamp = %s", got)
			}
		}},
		{"rule_webhook_aggregate.json", func(t *testing.T, ev iotcentral.RuleFiredEvent) {
			v := ev.Device.Telemetry["<interface_instance_name>"]["Humidity"]
			if v.Avg == nil || *v.Avg != 39.5 || v.Value != nil {
				t.Errorf("aggregate = %+v, want avg 39.5 and no value", v)
			}
		}},
		{"rule_webhook_action_group.json", func(t *testing.T, ev iotcentral.RuleFiredEvent) {
			if ev.Rule == nil || *ev.Rule.ID != "<rule_id>" {
				t.Errorf("rule = %+v", ev.Rule)
			}
		}},
		{"rule_webhook_legacy.json", func(t *testing.T, ev iotcentral.RuleFiredEvent) {
			if *ev.Device.ID != "mx1" || ev.Unknown["data"] == nil {
				t.Errorf("legacy payload: device %v, data %s", ev.Device.ID, ev.Unknown["data"])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			t.Parallel()
			var got []iotcentral.RuleFiredEvent
			h := newHandler(t, func(_ context.Context, ev iotcentral.RuleFiredEvent) error {
				got = append(got, ev)
				return nil
			}, &iotcentral.RuleWebhookOptions{Secrets: []string{webhookSecret}})
			rec := postWebhook(h, readWebhookSample(t, tt.sample), withSecret(webhookSecret))
			if rec.Code != http.StatusNoContent {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if len(got) != 1 {
				t.Fatalf("callback called %d times", len(got))
			}
			tt.check(t, got[0])
		})
	}
}

func TestRuleWebhookSamplesRoundTripWithoutLoss(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"rule_webhook.json", "rule_webhook_aggregate.json", "rule_webhook_legacy.json"} {
		in := readWebhookSample(t, name)
		ev, err := iotcentral.ParseRuleFiredEvent([]byte(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		var want, got any
		_ = json.Unmarshal([]byte(in), &want)
		_ = json.Unmarshal(out, &got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-sample +re-encoded):\n%s", name, diff)
		}
	}
}

func TestRuleWebhookRefusesBadRequests(t *testing.T) {
	t.Parallel()
	valid := readWebhookSample(t, "rule_webhook.json")
	tests := []struct {
		name    string
		method  string
		body    string
		header  http.Header
		ctype   string
		options iotcentral.RuleWebhookOptions
		want    int
		wantErr error
	}{
		{name: "no secret", body: valid, want: 401, wantErr: iotcentral.ErrWebhookUnauthorized},
		{name: "wrong secret", body: valid, header: withSecret("nope"), want: 401, wantErr: iotcentral.ErrWebhookUnauthorized},
		{name: "secret twice", body: valid, header: http.Header{iotcentral.DefaultWebhookSecretHeader: {webhookSecret, webhookSecret}}, want: 401},
		{name: "secret in another header", body: valid, header: http.Header{"Authorization": {webhookSecret}}, want: 401},
		{name: "GET", method: http.MethodGet, header: withSecret(webhookSecret), want: 405, wantErr: iotcentral.ErrWebhookMethod},
		{name: "not JSON", body: valid, header: withSecret(webhookSecret), ctype: "text/plain", want: 415, wantErr: iotcentral.ErrWebhookContentType},
		{name: "malformed JSON", body: `{"rule":`, header: withSecret(webhookSecret), want: 400},
		{name: "JSON array", body: `[]`, header: withSecret(webhookSecret), want: 400},
		{name: "not a rule payload", body: `{"hello":"world"}`, header: withSecret(webhookSecret), want: 400},
		{name: "wrong member type", body: `{"rule":{"id":1}}`, header: withSecret(webhookSecret), want: 400},
		{name: "too large", body: valid, header: withSecret(webhookSecret), options: iotcentral.RuleWebhookOptions{MaxBodyBytes: 100}, want: 413, wantErr: iotcentral.ErrWebhookTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			called := false
			var reported error
			opts := tt.options
			opts.Secrets = []string{webhookSecret}
			opts.OnError = func(_ *http.Request, status int, err error) {
				if status != tt.want {
					t.Errorf("OnError status %d, want %d", status, tt.want)
				}
				reported = err
			}
			h := newHandler(t, func(context.Context, iotcentral.RuleFiredEvent) error {
				called = true
				return nil
			}, &opts)
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			req := httptest.NewRequest(method, "/hook", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			for k, vs := range tt.header {
				for _, v := range vs {
					req.Header.Add(k, v)
				}
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d", rec.Code, tt.want)
			}
			if called {
				t.Error("the callback ran for a refused request")
			}
			if tt.wantErr != nil && !errors.Is(reported, tt.wantErr) {
				t.Errorf("reported %v, want %v", reported, tt.wantErr)
			}
			if body := rec.Body.String(); strings.Contains(body, webhookSecret) || strings.Contains(body, "Humidity") {
				t.Errorf("the response echoes the request or the secret: %q", body)
			}
		})
	}
}

func TestRuleWebhookTooLargeWithoutContentLength(t *testing.T) {
	t.Parallel()
	h := newHandler(t, nil, &iotcentral.RuleWebhookOptions{MaxBodyBytes: 64})
	req := httptest.NewRequest(http.MethodPost, "/hook", strings.NewReader(`{"rule":{"id":"`+strings.Repeat("x", 200)+`"}}`))
	req.ContentLength = -1
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", rec.Code)
	}
}

func TestRuleWebhookSecretRotationAndCustomHeader(t *testing.T) {
	t.Parallel()
	h := newHandler(t, func(context.Context, iotcentral.RuleFiredEvent) error { return nil },
		&iotcentral.RuleWebhookOptions{Secrets: []string{"old", "new"}, Header: "Authorization"})
	body := readWebhookSample(t, "rule_webhook.json")
	for secret, want := range map[string]int{"old": 204, "new": 204, "older": 401} {
		if rec := postWebhook(h, body, http.Header{"Authorization": {secret}}); rec.Code != want {
			t.Errorf("secret %q: status %d, want %d", secret, rec.Code, want)
		}
	}
}

func TestRuleWebhookCallbackFailureIs500(t *testing.T) {
	t.Parallel()
	h := newHandler(t, func(context.Context, iotcentral.RuleFiredEvent) error {
		return errors.New("downstream is down")
	}, nil)
	rec := postWebhook(h, readWebhookSample(t, "rule_webhook.json"), nil)
	if rec.Code != http.StatusInternalServerError || strings.Contains(rec.Body.String(), "downstream") {
		t.Fatalf("status %d body %q, want 500 without the error text", rec.Code, rec.Body)
	}
}

func FuzzRuleWebhookHandler(f *testing.F) {
	for _, name := range []string{"rule_webhook.json", "rule_webhook_aggregate.json", "rule_webhook_action_group.json", "rule_webhook_legacy.json"} {
		f.Add(readWebhookSample(f, name), webhookSecret, "application/json")
	}
	f.Add(`{"schemaId":"AzureIoTCentralRuleWebhook","data":{"schemaId":"AzureIoTCentralRuleWebhook","data":{}}}`, webhookSecret, "application/json")
	f.Add(`{"device":{"telemetry":{"c":{"t":5}}}}`, "", "text/json; charset=utf-8")
	f.Add("\xff\xfe{", webhookSecret, "application/cloudevents+json")
	f.Fuzz(func(t *testing.T, body, secret, contentType string) {
		h := newHandler(t, func(_ context.Context, ev iotcentral.RuleFiredEvent) error {
			if ev.Rule == nil && ev.Device == nil {
				t.Error("the callback got an event with neither rule nor device")
			}
			if _, err := json.Marshal(ev); err != nil {
				t.Errorf("a delivered event does not re-encode: %v", err)
			}
			return nil
		}, &iotcentral.RuleWebhookOptions{Secrets: []string{webhookSecret}, MaxBodyBytes: 4096})
		req := httptest.NewRequest(http.MethodPost, "/hook", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		req.Header.Set(iotcentral.DefaultWebhookSecretHeader, secret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 204, 400, 401, 413, 415:
		default:
			t.Fatalf("status %d", rec.Code)
		}
		if rec.Code == 204 && secret != webhookSecret {
			t.Fatal("accepted a request without the secret")
		}
	})
}

// Regression (issue 17 item 2): an empty configured secret, as an unset
// environment variable gives, is refused when the handler is made; and an
// empty header never authenticates.
func TestRuleWebhookEmptySecrets(t *testing.T) {
	t.Parallel()
	for _, secrets := range [][]string{{""}, {"good", ""}} {
		h, err := iotcentral.NewRuleWebhookHandler(nil, &iotcentral.RuleWebhookOptions{Secrets: secrets})
		var ve *iotcentral.ValidationError
		if h != nil || !errors.As(err, &ve) || !strings.HasPrefix(ve.Field, "options.Secrets[") {
			t.Errorf("secrets %q: handler %v, error %v; want a *ValidationError", secrets, h, err)
		}
	}
	called := false
	h := newHandler(t, func(context.Context, iotcentral.RuleFiredEvent) error { called = true; return nil },
		&iotcentral.RuleWebhookOptions{Secrets: []string{"good"}})
	body := readWebhookSample(t, "rule_webhook.json")
	for _, header := range []http.Header{withSecret(""), {iotcentral.DefaultWebhookSecretHeader: {"", ""}}, nil} {
		if rec := postWebhook(h, body, header); rec.Code != http.StatusUnauthorized {
			t.Errorf("header %q: status %d, want 401", header, rec.Code)
		}
	}
	if called {
		t.Error("the callback ran for a request without the secret")
	}
}
