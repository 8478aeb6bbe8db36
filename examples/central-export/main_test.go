package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// The whole story runs on the emulator: the destination and export are
// created and removed, the query returns the two warm thermostats in order,
// and the connection string is never printed.
func TestExportAndQueryOnTheEmulator(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	if err := run(context.Background(), &out, config{template: sampleTemplate, threshold: 20}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []string{"eventhubs@v1", "export azclients-telemetry: source telemetry, 1 destination(s), status healthy", "2 row(s)", "done"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if i, j := strings.Index(text, "thermostat-3   31"), strings.Index(text, "thermostat-2   24.25"); i < 0 || j < 0 || i > j {
		t.Errorf("rows not ordered by temperature:\n%s", text)
	}
	if strings.Contains(text, "c2FtcGxl") {
		t.Errorf("the connection string was printed:\n%s", text)
	}
}
