package iotoperations_test

import (
	"testing"

	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/iotoperations"
)

// TestEveryModelRoundTrips fills every field of every exported model, plus
// unknown members at each level, and checks encode → decode → encode. A
// model missing from the list fails the test.
func TestEveryModelRoundTrips(t *testing.T) {
	t.Parallel()
	testkit.CheckModels(t, ".",
		// dataflow profiles
		&iotoperations.DataflowProfileResource{},
		&iotoperations.DataflowProfileProperties{},
		&iotoperations.DataflowProfileListResult{},
		&iotoperations.ProfileDiagnostics{},
		&iotoperations.DiagnosticsLogs{},
		&iotoperations.Metrics{},
		// shared
		&iotoperations.ExtendedLocation{},
		&iotoperations.SystemData{},
		&iotoperations.ManagedServiceIdentity{},
		&iotoperations.UserAssignedIdentity{},
		// instances
		&iotoperations.InstanceResource{},
		&iotoperations.InstanceProperties{},
		&iotoperations.InstanceFeature{},
		&iotoperations.InstancePatchModel{},
		&iotoperations.InstanceResourceListResult{},
		&iotoperations.SchemaRegistryRef{},
		&iotoperations.SecretProviderClassRef{},
		&iotoperations.AzureDeviceRegistryNamespaceRef{},
	)
}
