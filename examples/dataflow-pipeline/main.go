// Command dataflow-pipeline builds a complete Azure IoT Operations data
// pipeline: an instance (created when it does not exist yet), an MQTT
// source endpoint on the instance's broker, an Event Hubs destination
// endpoint, a dataflow profile and a dataflow from one to the other. Then
// it lists everything under the instance.
//
//	go run ./examples/dataflow-pipeline
//	go run ./examples/dataflow-pipeline -live -instance aio -eventhubs-namespace contoso-ehns -schema-registry /subscriptions/.../schemaRegistries/reg
//
// Without -live it runs on the built-in emulator. With -live it uses
// azidentity.NewDefaultAzureCredential, AZURE_SUBSCRIPTION_ID,
// AZURE_RESOURCE_GROUP, AZURE_LOCATION and IOTOPS_CUSTOM_LOCATION_ID; the
// instance's managed identity needs the Azure Event Hubs Data Sender role
// on the namespace.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotoperations"
	iotopsfake "github.com/azclients/azclients/iotoperations/fake"
)

type config struct {
	live              bool
	instance          string
	schemaRegistry    string
	eventHubNamespace string
	eventHub          string
	topic             string
	timeout           time.Duration
}

// Names of the resources the pipeline creates.
const (
	sourceEndpoint      = "mqtt-source"
	destinationEndpoint = "eventhubs-destination"
	profileName         = "pipeline"
	dataflowName        = "thermostats-to-eventhubs"
)

func main() {
	var cfg config
	flag.BoolVar(&cfg.live, "live", false, "use real Azure instead of the emulator")
	flag.StringVar(&cfg.instance, "instance", "factory-aio", "IoT Operations instance name")
	flag.StringVar(&cfg.schemaRegistry, "schema-registry", "", "schema registry resource ID, to create the instance (-live)")
	flag.StringVar(&cfg.eventHubNamespace, "eventhubs-namespace", "contoso-ehns", "Event Hubs namespace of the destination")
	flag.StringVar(&cfg.eventHub, "eventhub", "thermostats", "event hub the dataflow writes to")
	flag.StringVar(&cfg.topic, "topic", "azure-iot-operations/data/thermostat", "MQTT topic the dataflow reads")
	flag.DurationVar(&cfg.timeout, "timeout", 20*time.Minute, "give up waiting after this long")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dataflow-pipeline [flags]\n\nBuilds an MQTT → Event Hubs dataflow on an IoT Operations instance.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "dataflow-pipeline:", demo.Describe(err))
		if errors.Is(err, iotoperations.ErrInvalidInput) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, cfg config) error {
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	target, err := demo.NewTarget(cfg.live, demo.EnvSubscription, demo.EnvResourceGroup, demo.EnvIoTOpsLoc)
	if err != nil {
		return err
	}
	var opts iotoperations.ClientOptions
	if !cfg.live {
		emu := iotopsfake.NewEmulator(&iotopsfake.EmulatorOptions{Polls: 2, RetryAfter: 10 * time.Millisecond})
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}
		if cfg.schemaRegistry == "" {
			cfg.schemaRegistry = "/subscriptions/" + target.Subscription + "/resourceGroups/" + target.ResourceGroup + "/providers/Microsoft.DeviceRegistry/schemaRegistries/factory-registry"
		}
	}
	clients, err := iotoperations.NewClientFactory(target.Subscription, target.Credential, &opts)
	if err != nil {
		return err
	}
	p := pipeline{w: w, cfg: cfg, target: target, clients: clients}
	for _, step := range []func(context.Context) error{p.instance, p.endpoints, p.profile, p.dataflow, p.list} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// pipeline builds the resources, one step at a time.
type pipeline struct {
	w       io.Writer
	cfg     config
	target  demo.Target
	clients *iotoperations.ClientFactory
}

func (p pipeline) location() *iotoperations.ExtendedLocation {
	return &iotoperations.ExtendedLocation{Name: to.Ptr(p.target.IoTOpsCustomLocation), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)}
}

// instance reuses the instance or creates it.
func (p pipeline) instance(ctx context.Context) error {
	instances := p.clients.NewInstancesClient()
	got, err := instances.Get(ctx, p.target.ResourceGroup, p.cfg.instance, nil)
	if err == nil {
		fmt.Fprintf(p.w, "instance %s: exists (%s)\n", p.cfg.instance, demo.Or(got.Properties.ProvisioningState, "unknown"))
		return nil
	}
	if !iotoperations.IsNotFound(err) {
		return err
	}
	if p.cfg.schemaRegistry == "" {
		return errors.New("the instance does not exist: pass -schema-registry to create it")
	}
	poller, err := instances.BeginCreateOrUpdate(ctx, p.target.ResourceGroup, p.cfg.instance, iotoperations.InstanceResource{
		Location:         to.Ptr(p.target.Location),
		ExtendedLocation: p.location(),
		Identity:         &iotoperations.ManagedServiceIdentity{Type: to.Ptr(iotoperations.ManagedServiceIdentityTypeSystemAssigned)},
		Properties: &iotoperations.InstanceProperties{
			Description:       to.Ptr("created by examples/dataflow-pipeline"),
			SchemaRegistryRef: &iotoperations.SchemaRegistryRef{ResourceID: to.Ptr(p.cfg.schemaRegistry)},
		},
	}, nil)
	if err != nil {
		return err
	}
	created, err := demo.Wait(ctx, p.cfg.live, poller, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(p.w, "instance %s: created (%s)\n", p.cfg.instance, demo.Or(created.Properties.ProvisioningState, "unknown"))
	return nil
}

// endpoints creates the MQTT source (the instance's own broker) and the
// Event Hubs destination (Kafka, with the instance's managed identity).
func (p pipeline) endpoints(ctx context.Context) error {
	endpoints := p.clients.NewDataflowEndpointsClient()
	for name, props := range map[string]*iotoperations.DataflowEndpointProperties{
		sourceEndpoint: {
			EndpointType: to.Ptr(iotoperations.EndpointTypeMqtt),
			HostType:     to.Ptr(iotoperations.DataflowEndpointHostTypeLocalBroker),
			MqttSettings: &iotoperations.DataflowEndpointMqtt{
				Host: to.Ptr("aio-broker:18883"),
				Authentication: &iotoperations.DataflowEndpointMqttAuthentication{
					Method:                      to.Ptr(iotoperations.MqttAuthMethodServiceAccountToken),
					ServiceAccountTokenSettings: &iotoperations.DataflowEndpointAuthenticationServiceAccountToken{Audience: to.Ptr("aio-internal")},
				},
				TLS: &iotoperations.TLSProperties{Mode: to.Ptr(iotoperations.OperationalModeEnabled), TrustedCaCertificateConfigMapRef: to.Ptr("azure-iot-operations-aio-ca-trust-bundle")},
			},
		},
		destinationEndpoint: {
			EndpointType: to.Ptr(iotoperations.EndpointTypeKafka),
			HostType:     to.Ptr(iotoperations.DataflowEndpointHostTypeEventhub),
			KafkaSettings: &iotoperations.DataflowEndpointKafka{
				Host: to.Ptr(p.cfg.eventHubNamespace + ".servicebus.windows.net:9093"),
				Authentication: &iotoperations.DataflowEndpointKafkaAuthentication{
					Method:                                to.Ptr(iotoperations.KafkaAuthMethodSystemAssignedManagedIdentity),
					SystemAssignedManagedIdentitySettings: &iotoperations.DataflowEndpointAuthenticationSystemAssignedManagedIdentity{},
				},
				TLS: &iotoperations.TLSProperties{Mode: to.Ptr(iotoperations.OperationalModeEnabled)},
			},
		},
	} {
		poller, err := endpoints.BeginCreateOrUpdate(ctx, p.target.ResourceGroup, p.cfg.instance, name,
			iotoperations.DataflowEndpointResource{ExtendedLocation: p.location(), Properties: props}, nil)
		if err != nil {
			return err
		}
		if _, err := demo.Wait(ctx, p.cfg.live, poller, nil); err != nil {
			return err
		}
	}
	fmt.Fprintf(p.w, "endpoints: %s (MQTT), %s (Event Hubs %s)\n", sourceEndpoint, destinationEndpoint, p.cfg.eventHubNamespace)
	return nil
}

// profile creates the dataflow profile the dataflow runs in.
func (p pipeline) profile(ctx context.Context) error {
	poller, err := p.clients.NewDataflowProfilesClient().BeginCreateOrUpdate(ctx, p.target.ResourceGroup, p.cfg.instance, profileName,
		iotoperations.DataflowProfileResource{ExtendedLocation: p.location(), Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](1)}}, nil)
	if err != nil {
		return err
	}
	if _, err := demo.Wait(ctx, p.cfg.live, poller, nil); err != nil {
		return err
	}
	fmt.Fprintf(p.w, "profile %s: 1 instance\n", profileName)
	return nil
}

// dataflow reads the thermostat topic, keeps the hot readings and sends
// them to the event hub.
func (p pipeline) dataflow(ctx context.Context) error {
	poller, err := p.clients.NewDataflowsClient().BeginCreateOrUpdate(ctx, p.target.ResourceGroup, p.cfg.instance, profileName, dataflowName,
		iotoperations.DataflowResource{ExtendedLocation: p.location(), Properties: &iotoperations.DataflowProperties{
			Mode: to.Ptr(iotoperations.OperationalModeEnabled),
			Operations: []iotoperations.DataflowOperation{
				{OperationType: to.Ptr(iotoperations.OperationTypeSource), Name: to.Ptr("thermostats"),
					SourceSettings: &iotoperations.DataflowSourceOperationSettings{EndpointRef: to.Ptr(sourceEndpoint), DataSources: []string{p.cfg.topic}}},
				{OperationType: to.Ptr(iotoperations.OperationTypeBuiltInTransformation), Name: to.Ptr("hot-readings"),
					BuiltInTransformationSettings: &iotoperations.DataflowBuiltInTransformationSettings{
						Filter: []iotoperations.DataflowBuiltInTransformationFilter{{Inputs: []string{"temperature.Value"}, Expression: to.Ptr("$1 > 30")}},
						Map:    []iotoperations.DataflowBuiltInTransformationMap{{Inputs: []string{"*"}, Output: to.Ptr("*")}},
					}},
				{OperationType: to.Ptr(iotoperations.OperationTypeDestination), Name: to.Ptr("eventhubs"),
					DestinationSettings: &iotoperations.DataflowDestinationOperationSettings{EndpointRef: to.Ptr(destinationEndpoint), DataDestination: to.Ptr(p.cfg.eventHub)}},
			},
		}}, nil)
	if err != nil {
		return err
	}
	done, err := demo.Wait(ctx, p.cfg.live, poller, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(p.w, "dataflow %s: %s → %s (%s)\n", dataflowName, p.cfg.topic, p.cfg.eventHub, demo.Or(done.Properties.ProvisioningState, "unknown"))
	return nil
}

// list prints the endpoints, profiles and dataflows of the instance.
func (p pipeline) list(ctx context.Context) error {
	rg, inst := p.target.ResourceGroup, p.cfg.instance
	fmt.Fprintf(p.w, "under instance %s:\n", inst)
	for endpoint, err := range p.clients.NewDataflowEndpointsClient().ListIter(ctx, rg, inst, nil) {
		if err != nil {
			return err
		}
		fmt.Fprintf(p.w, "  dataflow endpoint %s (%s)\n", demo.Or(endpoint.Name, "?"), demo.Or(endpoint.Properties.EndpointType, "?"))
	}
	for profile, err := range p.clients.NewDataflowProfilesClient().ListIter(ctx, rg, inst, nil) {
		if err != nil {
			return err
		}
		name := demo.Or(profile.Name, "?")
		fmt.Fprintf(p.w, "  dataflow profile %s\n", name)
		for flow, err := range p.clients.NewDataflowsClient().ListIter(ctx, rg, inst, name, nil) {
			if err != nil {
				return err
			}
			fmt.Fprintf(p.w, "    dataflow %s: %d operation(s)\n", demo.Or(flow.Name, "?"), len(flow.Properties.Operations))
		}
	}
	return nil
}
