package fake_test

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

func ext() *iotoperations.ExtendedLocation {
	return &iotoperations.ExtendedLocation{Name: to.Ptr(loc), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)}
}

// mqttEndpoint is the instance's local MQTT broker as a dataflow endpoint.
func mqttEndpoint() iotoperations.DataflowEndpointResource {
	return iotoperations.DataflowEndpointResource{ExtendedLocation: ext(), Properties: &iotoperations.DataflowEndpointProperties{
		EndpointType: to.Ptr(iotoperations.EndpointTypeMqtt),
		MqttSettings: &iotoperations.DataflowEndpointMqtt{
			Host: to.Ptr("aio-broker:18883"),
			Authentication: &iotoperations.DataflowEndpointMqttAuthentication{
				Method:                      to.Ptr(iotoperations.MqttAuthMethodServiceAccountToken),
				ServiceAccountTokenSettings: &iotoperations.DataflowEndpointAuthenticationServiceAccountToken{Audience: to.Ptr("aio-internal")},
			},
		},
	}}
}

// dataflow moves thermostat telemetry from the MQTT endpoint to itself.
func dataflow() iotoperations.DataflowResource {
	return iotoperations.DataflowResource{ExtendedLocation: ext(), Properties: &iotoperations.DataflowProperties{
		Operations: []iotoperations.DataflowOperation{
			{OperationType: to.Ptr(iotoperations.OperationTypeSource), SourceSettings: &iotoperations.DataflowSourceOperationSettings{
				EndpointRef: to.Ptr("mqtt-source"), DataSources: []string{"thermostats/+/telemetry"}}},
			{OperationType: to.Ptr(iotoperations.OperationTypeDestination), DestinationSettings: &iotoperations.DataflowDestinationOperationSettings{
				EndpointRef: to.Ptr("mqtt-source"), DataDestination: to.Ptr("processed"),
				Headers: []iotoperations.DataflowDestinationHeaderAction{&iotoperations.DataflowDestinationAddOrReplaceHeaderAction{Key: to.Ptr("line"), Value: to.Ptr("1")}}}},
		},
	}}
}

// graph is a dataflow graph with one source and one destination node.
func graph() iotoperations.DataflowGraphResource {
	return iotoperations.DataflowGraphResource{ExtendedLocation: ext(), Properties: &iotoperations.DataflowGraphProperties{
		Nodes: []iotoperations.DataflowGraphNode{
			&iotoperations.DataflowGraphSourceNode{Name: to.Ptr("in"), SourceSettings: &iotoperations.DataflowGraphSourceSettings{EndpointRef: to.Ptr("default"), DataSources: []string{"sensors"}}},
			&iotoperations.DataflowGraphDestinationNode{Name: to.Ptr("out"), DestinationSettings: &iotoperations.DataflowGraphDestinationNodeSettings{EndpointRef: to.Ptr("default"), DataDestination: to.Ptr("out")}},
		},
		NodeConnections: []iotoperations.DataflowGraphNodeConnection{{From: &iotoperations.DataflowGraphConnectionInput{Name: to.Ptr("in")}, To: &iotoperations.DataflowGraphConnectionOutput{Name: to.Ptr("out")}}},
	}}
}

// connectorTemplate runs a REST connector image.
func connectorTemplate() iotoperations.AkriConnectorTemplateResource {
	return iotoperations.AkriConnectorTemplateResource{ExtendedLocation: ext(), Properties: &iotoperations.AkriConnectorTemplateProperties{
		RuntimeConfiguration: &iotoperations.AkriConnectorTemplateRuntimeConfiguration{
			RuntimeConfigurationType: to.Ptr(iotoperations.AkriConnectorTemplateRuntimeConfigurationTypeManagedConfiguration),
			ManagedConfigurationSettings: &iotoperations.AkriConnectorTemplateRuntimeImageConfiguration{
				ImageConfigurationSettings: &iotoperations.AkriConnectorTemplateRuntimeImageConfigurationSettings{ImageName: to.Ptr("rest-connector")},
			},
		},
		DeviceInboundEndpointTypes: []iotoperations.AkriConnectorTemplateDeviceInboundEndpointType{{EndpointType: to.Ptr("Microsoft.Rest")}},
	}}
}

// factoryFor returns a client factory of emu, with an instance, its
// "default" broker and dataflow profile and a "rest" connector template.
func factoryFor(t *testing.T, emu *fake.Emulator) *iotoperations.ClientFactory {
	t.Helper()
	emu.AddInstance(sub, rg, inst)
	f, err := iotoperations.NewClientFactory(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: emu, Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, start := range []func() error{
		func() error {
			p, err := f.NewBrokersClient().BeginCreateOrUpdate(ctx, rg, inst, "default", iotoperations.BrokerResource{ExtendedLocation: ext()}, nil)
			if err == nil {
				_, err = p.PollUntilDone(ctx, fastPoll)
			}
			return err
		},
		func() error {
			p, err := f.NewDataflowProfilesClient().BeginCreateOrUpdate(ctx, rg, inst, "default", resource(1), nil)
			if err == nil {
				_, err = p.PollUntilDone(ctx, fastPoll)
			}
			return err
		},
		func() error {
			p, err := f.NewAkriConnectorTemplatesClient().BeginCreateOrUpdate(ctx, rg, inst, "rest", connectorTemplate(), nil)
			if err == nil {
				_, err = p.PollUntilDone(ctx, fastPoll)
			}
			return err
		},
	} {
		if err := start(); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// TestEveryResourceType runs create, get, list, delete and
// get-after-delete through the client of every child resource type, then
// deletes the instance and checks the cascade.
func TestEveryResourceType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error))
	}{
		{"brokers", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewBrokersClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, name, iotoperations.BrokerResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerProperties{MemoryProfile: to.Ptr(iotoperations.BrokerMemoryProfileTiny)}}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error { _, err := c.Get(ctx, rg, inst, name, nil); return err }
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"broker listeners", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewBrokerListenersClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "default", name, iotoperations.BrokerListenerResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerListenerProperties{Ports: []iotoperations.ListenerPort{{Port: to.Ptr[int32](1883)}}}}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "default", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "default", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "default", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"broker authentications", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewBrokerAuthenticationsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "default", name, iotoperations.BrokerAuthenticationResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerAuthenticationProperties{AuthenticationMethods: []iotoperations.BrokerAuthenticatorMethods{{Method: to.Ptr(iotoperations.BrokerAuthenticationMethodServiceAccountToken), ServiceAccountTokenSettings: &iotoperations.BrokerAuthenticatorMethodSat{Audiences: []string{"aio-internal"}}}}}}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "default", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "default", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "default", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"broker authorizations", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewBrokerAuthorizationsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "default", name, iotoperations.BrokerAuthorizationResource{ExtendedLocation: ext(), Properties: &iotoperations.BrokerAuthorizationProperties{AuthorizationPolicies: &iotoperations.AuthorizationConfig{Rules: []iotoperations.AuthorizationRule{{BrokerResources: []iotoperations.BrokerResourceRule{{Method: to.Ptr(iotoperations.BrokerResourceDefinitionMethodsConnect)}}, Principals: &iotoperations.PrincipalDefinition{ClientIDs: []string{"sensor-*"}}}}}}}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "default", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "default", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "default", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"dataflow endpoints", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewDataflowEndpointsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, name, mqttEndpoint(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error { _, err := c.Get(ctx, rg, inst, name, nil); return err }
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"dataflows", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewDataflowsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "default", name, dataflow(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "default", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "default", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "default", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"dataflow graphs", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewDataflowGraphsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "default", name, graph(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "default", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "default", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "default", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"registry endpoints", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewRegistryEndpointsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, name, iotoperations.RegistryEndpointResource{ExtendedLocation: ext(), Properties: &iotoperations.RegistryEndpointProperties{Host: to.Ptr("contoso.azurecr.io"), Authentication: &iotoperations.RegistryEndpointAnonymousAuthentication{AnonymousSettings: &iotoperations.RegistryEndpointAnonymousSettings{}}}}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error { _, err := c.Get(ctx, rg, inst, name, nil); return err }
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"Akri connector templates", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewAkriConnectorTemplatesClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, name, connectorTemplate(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error { _, err := c.Get(ctx, rg, inst, name, nil); return err }
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
		{"Akri connectors", func(t *testing.T, f *iotoperations.ClientFactory) (create, get, del func(ctx context.Context, name string) error, list func(ctx context.Context) (int, error)) {
			c := f.NewAkriConnectorsClient()
			create = func(ctx context.Context, name string) error {
				p, err := c.BeginCreateOrUpdate(ctx, rg, inst, "rest", name, iotoperations.AkriConnectorResource{ExtendedLocation: ext()}, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			get = func(ctx context.Context, name string) error {
				_, err := c.Get(ctx, rg, inst, "rest", name, nil)
				return err
			}
			del = func(ctx context.Context, name string) error {
				p, err := c.BeginDelete(ctx, rg, inst, "rest", name, nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, fastPoll)
				}
				return err
			}
			list = func(ctx context.Context) (int, error) {
				n := 0
				for _, err := range c.ListIter(ctx, rg, inst, "rest", nil) {
					if err != nil {
						return n, err
					}
					n++
				}
				return n, nil
			}
			return
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: 1})
			f := factoryFor(t, emu)
			create, get, del, list := tt.setup(t, f)
			before, err := list(ctx)
			if err != nil {
				t.Fatalf("list: %v", err)
			}
			for _, name := range []string{"item-a", "item-b"} {
				if err := create(ctx, name); err != nil {
					t.Fatalf("create %s: %v", name, err)
				}
			}
			if err := get(ctx, "item-a"); err != nil {
				t.Errorf("get: %v", err)
			}
			if n, err := list(ctx); err != nil || n != before+2 {
				t.Errorf("list after two creates: %d, %v; want %d", n, err, before+2)
			}
			if err := del(ctx, "item-a"); err != nil {
				t.Fatalf("delete: %v", err)
			}
			if err := get(ctx, "item-a"); !iotoperations.HasCode(err, iotoperations.ErrorCodeResourceNotFound) {
				t.Errorf("get after delete: %v", err)
			}
			if err := create(ctx, "Bad_Name"); !iotoperations.HasCode(err, iotoperations.ErrorCodeInvalidResourceName) {
				t.Errorf("create with a bad name: %v", err)
			}
			p, err := f.NewInstancesClient().BeginDelete(ctx, rg, inst, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.PollUntilDone(ctx, fastPoll); err != nil {
				t.Fatal(err)
			}
			if err := get(ctx, "item-b"); !iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) {
				t.Errorf("get after the instance was deleted: %v", err)
			}
			if err := create(ctx, "item-c"); !iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) {
				t.Errorf("create under a deleted instance: %v", err)
			}
		})
	}
}
