package fake_test

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

func cardinality(replicas int32) *iotoperations.Cardinality {
	return &iotoperations.Cardinality{
		Frontend:     &iotoperations.Frontend{Replicas: to.Ptr(replicas)},
		BackendChain: &iotoperations.BackendChain{Partitions: to.Ptr[int32](2), RedundancyFactor: to.Ptr[int32](2)},
	}
}

// TestSpecRulesOfTheChildTypes checks the spec's ranges and patterns that
// the emulator enforces for brokers, listeners and endpoints, each
// answered 400 InvalidRequestContent.
func TestSpecRulesOfTheChildTypes(t *testing.T) {
	t.Parallel()
	adx := mqttEndpoint()
	adx.Properties = &iotoperations.DataflowEndpointProperties{EndpointType: to.Ptr(iotoperations.EndpointTypeDataExplorer),
		DataExplorerSettings: &iotoperations.DataflowEndpointDataExplorer{Host: to.Ptr("adx.contoso.com"), Database: to.Ptr("db")}}
	qos := mqttEndpoint()
	qos.Properties.MqttSettings.Qos = to.Ptr[int32](2)
	tests := []struct {
		name string
		call func(ctx context.Context, f *iotoperations.ClientFactory) error
	}{
		{"broker with 17 frontend replicas", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokersClient().BeginCreateOrUpdate(ctx, rg, inst, "big", iotoperations.BrokerResource{ExtendedLocation: ext(),
				Properties: &iotoperations.BrokerProperties{Cardinality: cardinality(17)}}, nil)
			return err
		}},
		{"broker buffer size 500MB", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokersClient().BeginCreateOrUpdate(ctx, rg, inst, "buffered", iotoperations.BrokerResource{ExtendedLocation: ext(),
				Properties: &iotoperations.BrokerProperties{DiskBackedMessageBuffer: &iotoperations.DiskBackedMessageBuffer{MaxSize: to.Ptr("500MB")}}}, nil)
			return err
		}},
		{"listener on port 70000", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerListenersClient().BeginCreateOrUpdate(ctx, rg, inst, "default", "wide", iotoperations.BrokerListenerResource{ExtendedLocation: ext(),
				Properties: &iotoperations.BrokerListenerProperties{Ports: []iotoperations.ListenerPort{{Port: to.Ptr[int32](70000)}}}}, nil)
			return err
		}},
		{"listener without ports", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewBrokerListenersClient().BeginCreateOrUpdate(ctx, rg, inst, "default", "none", iotoperations.BrokerListenerResource{ExtendedLocation: ext(),
				Properties: &iotoperations.BrokerListenerProperties{}}, nil)
			return err
		}},
		{"Data Explorer host outside kusto.windows.net", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowEndpointsClient().BeginCreateOrUpdate(ctx, rg, inst, "adx", adx, nil)
			return err
		}},
		{"MQTT QoS 2", func(ctx context.Context, f *iotoperations.ClientFactory) error {
			_, err := f.NewDataflowEndpointsClient().BeginCreateOrUpdate(ctx, rg, inst, "qos", qos, nil)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := factoryFor(t, fake.NewEmulator(&fake.EmulatorOptions{Polls: -1}))
			if err := tt.call(context.Background(), f); !iotoperations.HasCode(err, iotoperations.ErrorCodeInvalidRequestContent) {
				t.Errorf("error = %v, want %s", err, iotoperations.ErrorCodeInvalidRequestContent)
			}
		})
	}
}

// TestBrokerCreateOnlyMembers checks x-ms-mutability [read, create]: a
// broker's cardinality cannot change once it exists, its diagnostics can.
func TestBrokerCreateOnlyMembers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := factoryFor(t, fake.NewEmulator(&fake.EmulatorOptions{Polls: -1}))
	brokers := f.NewBrokersClient()
	put := func(r iotoperations.BrokerResource) error {
		p, err := brokers.BeginCreateOrUpdate(ctx, rg, inst, "sized", r, nil)
		if err == nil {
			_, err = p.PollUntilDone(ctx, fastPoll)
		}
		return err
	}
	if err := put(iotoperations.BrokerResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerProperties{Cardinality: cardinality(2)}}); err != nil {
		t.Fatal(err)
	}
	err := put(iotoperations.BrokerResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerProperties{Cardinality: cardinality(4)}})
	if !iotoperations.HasCode(err, iotoperations.ErrorCodePropertyChangeNotAllowed) {
		t.Errorf("changing cardinality: %v", err)
	}
	err = put(iotoperations.BrokerResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerProperties{
		Cardinality: cardinality(2),
		Diagnostics: &iotoperations.BrokerDiagnostics{Logs: &iotoperations.DiagnosticsLogs{Level: to.Ptr("debug")}},
	}})
	if err != nil {
		t.Errorf("changing diagnostics: %v", err)
	}
	got, err := brokers.Get(ctx, rg, inst, "sized", nil)
	if err != nil || *got.Properties.Cardinality.Frontend.Replicas != 2 || *got.Properties.Diagnostics.Logs.Level != "debug" {
		t.Errorf("after the updates: %+v, %v", got.Properties, err)
	}
}
