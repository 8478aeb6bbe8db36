package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestQuickstartOnTheEmulators runs the whole story and checks that every
// chapter reached its summary line and that no secret was printed.
func TestQuickstartOnTheEmulators(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), &out, false); err != nil {
		t.Fatalf("quickstart failed: %v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []string{
		"Device Provisioning: quickstart-dps-demo created, 1 hub(s) linked",
		"IoT Operations: dataflow profile quickstart-flows created and scaled to 3 instances",
		"quickstart-flows: 0 dataflow(s)",
		"Customer Insights: profile type Customer provisioned",
		"IoT Central: 3 devices registered, properties accepted, command answered 200, job complete",
		"Summary (15 steps)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	for _, secret := range []string{"SharedAccessKey=cXVp", "cXVpY2tzdGFydC1odWIta2V5"} {
		if strings.Contains(text, secret) {
			t.Errorf("output shows a secret (%s)", secret)
		}
	}
}
