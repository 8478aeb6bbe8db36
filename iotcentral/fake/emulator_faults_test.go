package fake_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotcentral"
)

// Scripted faults answer in IoT Central's error shape, and the client's
// retries ride over throttling.
func TestFaultsAndTheErrorShape(t *testing.T) {
	t.Parallel()
	emu, c := newApp(t, nil)
	ctx := context.Background()
	seed(t, c, map[string]string{"d1": thermostat})
	emu.AddFaults(emulation.Fault{Method: http.MethodGet, Path: "/devices/d1", Kind: emulation.FaultThrottle, Times: 2, RetryAfter: time.Millisecond})
	if _, err := c.Devices().Get(ctx, "d1", nil); err != nil {
		t.Fatalf("a throttled get was not retried: %v", err)
	}
	var statuses []int
	for _, r := range emu.Requests() {
		if r.Method == http.MethodGet && r.Path == "/api/devices/d1" {
			statuses = append(statuses, r.Status)
		}
	}
	if d := cmp.Diff([]int{429, 429, 200}, statuses); d != "" || emu.PendingFaults() != 0 {
		t.Errorf("requests (-want +got):\n%s\npending faults %d", d, emu.PendingFaults())
	}

	emu.AddFaults(emulation.Fault{Path: "/devices/d1/properties", Kind: emulation.FaultStatus, Status: http.StatusServiceUnavailable, Times: 10, Code: "ServiceUnavailable", Message: "try later"})
	_, err := c.Devices().GetProperties(ctx, iotcentral.DeviceTarget("d1"), nil)
	var se *iotcentral.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusServiceUnavailable || se.Code != "ServiceUnavailable" || se.Message != "try later" || se.RequestID == "" || se.Time == "" {
		t.Errorf("fault error = %#v", err)
	}
	if _, err := c.Devices().Get(ctx, "missing", nil); !errors.As(err, &se) || se.Code != iotcentral.ErrorCodeNotFound || se.RequestID == "" || se.Time == "" {
		t.Errorf("not found = %#v", err)
	}
}
