package demo

import (
	"errors"
	"strings"
	"testing"
)

func TestMask(t *testing.T) {
	t.Parallel()
	tests := []struct{ secret, want string }{
		{"", "****(0 chars)"},
		{"short", "****(5 chars)"},
		{"c2VjcmV0LWtleS12YWx1ZS0xMjM0NQ==", "c2Vj****(32 chars)"},
	}
	for _, tt := range tests {
		got := Mask(tt.secret)
		if got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.secret, got, tt.want)
		}
		if len(tt.secret) > 8 && strings.Contains(got, tt.secret[4:]) {
			t.Errorf("Mask(%q) shows the secret", tt.secret)
		}
	}
}

func TestDescribe(t *testing.T) {
	t.Parallel()
	if got := Describe(errors.New("GET /x\nRESPONSE 404\n{body}")); got != "GET /x" {
		t.Errorf("Describe = %q", got)
	}
	if got := Describe(nil); got != "ok" {
		t.Errorf("Describe(nil) = %q", got)
	}
}

func TestNewTargetLiveNeedsEnvironment(t *testing.T) {
	t.Setenv(EnvSubscription, "")
	_, err := NewTarget(true, EnvSubscription)
	if err == nil || !strings.Contains(err.Error(), EnvSubscription) {
		t.Fatalf("error = %v, want it to name %s", err, EnvSubscription)
	}
	emu, err := NewTarget(false)
	if err != nil || emu.Live || emu.Subscription != EmulatorSubscription {
		t.Fatalf("emulator target = %+v, %v", emu, err)
	}
}
