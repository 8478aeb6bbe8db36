package fake_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// TestEveryPublishedAPIVersion checks that a client pinned to any published
// api-version of Microsoft.IoTOperations can create, read, list and delete
// a profile, and that the answers carry only the members that version
// knows (properties.healthState first appears in 2025-10-01).
func TestEveryPublishedAPIVersion(t *testing.T) {
	t.Parallel()
	tests := []struct {
		version     string
		healthState bool
	}{
		{"2024-07-01-preview", false},
		{"2024-08-15-preview", false},
		{"2024-09-15-preview", false},
		{"2024-11-01", false},
		{"2025-04-01", false},
		{"2025-07-01-preview", false},
		{"2025-10-01", true},
		{"2026-03-01", true},
		{"2026-07-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.version, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1})
			emu.AddInstance(sub, rg, inst)
			c, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
				ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
					APIVersion: tt.version,
					Transport:  emu,
					Retry:      policy.RetryOptions{MaxRetries: -1},
				}},
			})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			created := create(t, c, "flows", 2)
			got, err := c.Get(ctx, rg, inst, "flows", nil)
			if err != nil {
				t.Fatal(err)
			}
			var listed iotoperations.DataflowProfileResource
			for p, err := range c.ListIter(ctx, rg, inst, nil) {
				if err != nil {
					t.Fatal(err)
				}
				listed = p
			}
			for name, p := range map[string]iotoperations.DataflowProfileResource{
				"create": created.DataflowProfileResource, "get": got.DataflowProfileResource, "list": listed,
			} {
				if has := p.Properties.HealthState != nil; has != tt.healthState {
					t.Errorf("%s: healthState present = %v, want %v", name, has, tt.healthState)
				}
				if *p.Properties.InstanceCount != 2 || *p.Properties.ProvisioningState != iotoperations.ProvisioningStateSucceeded {
					t.Errorf("%s: %+v", name, p.Properties)
				}
			}
			poller, err := c.BeginDelete(ctx, rg, inst, "flows", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}); err != nil {
				t.Fatal(err)
			}
			for _, r := range emu.Requests() {
				if r.Status == http.StatusBadRequest {
					t.Errorf("%s %s answered 400", r.Method, r.Path)
				}
			}
		})
	}
}
