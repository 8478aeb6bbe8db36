package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestLinkHubKeepsKeysAndHidesSecrets(t *testing.T) {
	var out bytes.Buffer
	cfg := config{resourceGroup: "rg", name: "dps-1", hubLocation: "northeurope", weight: 3, hubConnection: sampleHub}
	if err := run(context.Background(), &out, cfg); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []string{"linking factory-hub.azure-devices.net (northeurope, weight 3)", "hub factory-hub.azure-devices.net in northeurope, weight 3", "all 1 access key(s) kept"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "ZmFjdG9yeS1odWIta2V5") {
		t.Errorf("the hub key was printed:\n%s", text)
	}
}

func TestHostOf(t *testing.T) {
	tests := map[string]string{
		"HostName=h.azure-devices.net;SharedAccessKeyName=x;SharedAccessKey=y": "h.azure-devices.net",
		"SharedAccessKey=y;hostname=H2":                                        "H2",
		"no host here":                                                         "",
	}
	for in, want := range tests {
		if got := hostOf(in); got != want {
			t.Errorf("hostOf(%q) = %q, want %q", in, got, want)
		}
	}
}
