package iotcentral_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/azclients/azclients/iotcentral"
)

// The connector's "When a rule is fired" trigger, in Go: serve
// NewRuleWebhookHandler at a public HTTPS URL and give that URL to a
// Webhook action of the rule, with the shared secret as a request header.
func ExampleNewRuleWebhookHandler() {
	handler, err := iotcentral.NewRuleWebhookHandler(func(_ context.Context, ev iotcentral.RuleFiredEvent) error {
		humidity := ev.Device.Telemetry["<interface_instance_name>"]["humidity"]
		fmt.Printf("rule %q fired on %s: humidity %s\n", *ev.Rule.DisplayName, *ev.Device.DisplayName, humidity.Value)
		return nil
	}, &iotcentral.RuleWebhookOptions{Secrets: []string{"example-secret"}}) // load the secret from your secret store
	if err != nil {
		log.Fatal(err) // an empty secret, for example an unset variable
	}

	// In production: http.Handle("/iotc/rules", handler) behind TLS.
	server := httptest.NewServer(handler)
	defer server.Close()

	// What IoT Central sends when the rule fires:
	payload, err := os.ReadFile("testdata/webhook/rule_webhook.json")
	if err != nil {
		log.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, server.URL, strings.NewReader(string(payload)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(iotcentral.DefaultWebhookSecretHeader, "example-secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode)
	// Output:
	// rule "Humidity monitor" fired on MXChip IoT DevKit - 1yl6vvhax6c: humidity 47.33228889360127
	// 204
}
