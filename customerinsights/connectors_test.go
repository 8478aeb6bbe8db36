package customerinsights_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/emulation"
)

// TestConnectorStateDrivesItsPoller checks that a connector, which
// reports a state instead of a provisioningState, ends a failed delete
// with a *ProvisioningError rather than waiting forever.
func TestConnectorStateDrivesItsPoller(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	emu := newEmulator(t, &fake.EmulatorOptions{Polls: 1})
	connectors := try(ci.NewConnectorsClient(subscriptionID, &azfake.TokenCredential{}, clientOptions(emu))).must(t)
	created := wait(connectors.BeginCreateOrUpdate(ctx, "rg", "contoso", "Crm", ci.ConnectorResourceFormat{Properties: &ci.Connector{
		ConnectorType: to.Ptr(ci.ConnectorTypesCRM), ConnectorProperties: map[string]any{"organizationId": "org"},
	}}, nil)).must(t)
	if *created.Properties.State != ci.ConnectorStatesCreated {
		t.Errorf("state %s", *created.Properties.State)
	}
	emu.AddFaults(emulation.Fault{Method: http.MethodDelete, Kind: emulation.FaultFailOperation})
	err := wait(connectors.BeginDelete(ctx, "rg", "contoso", "Crm", nil)).err
	var pe *ci.ProvisioningError
	if !errors.As(err, &pe) || pe.State != ci.ProvisioningStatesFailed {
		t.Fatalf("error %v, want a *ProvisioningError in state Failed", err)
	}
	if got := pe.Resource.(ci.ConnectorResourceFormat); *got.Properties.State != ci.ConnectorStatesFailed {
		t.Errorf("connector state %s", *got.Properties.State)
	}
}
