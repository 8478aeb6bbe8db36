package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestEnrollOnTheEmulator(t *testing.T) {
	var out bytes.Buffer
	cfg := config{resourceGroup: "rg", name: "enroll-dps", location: "westeurope", group: "sensors", devices: 3}
	if err := run(context.Background(), &out, cfg); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []string{
		"created enroll-dps.azure-devices-provisioning.net",
		"uploaded enroll-demo-ca (dps-enroll demo CA), verified: false",
		"proof of possession accepted, verified: true",
		"sensors-x509: X.509, trusting the verified CA enroll-demo-ca",
		"page 1: sensors-001 assigned on enroll-hub.azure-devices.net",
		"page 2: sensors-003 assigned on enroll-hub.azure-devices.net",
		"3 registration(s)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "ZW5yb2xsLWh1Yi1rZXk") || strings.Count(text, "****") != 3 {
		t.Errorf("a key was printed, or a derived key was not masked:\n%s", text)
	}
}
