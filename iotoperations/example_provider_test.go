package iotoperations_test

import (
	"context"
	"fmt"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

// exampleFactory returns a client factory of an empty emulator. Against
// Azure, pass a credential such as azidentity.NewDefaultAzureCredential
// and nil options.
func exampleFactory() *iotoperations.ClientFactory {
	f, err := iotoperations.NewClientFactory(exampleSub, &azfake.TokenCredential{},
		&iotoperations.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewEmulator(nil)}}})
	if err != nil {
		log.Fatal(err)
	}
	return f
}

var exampleLocation = &iotoperations.ExtendedLocation{
	Name: to.Ptr("/subscriptions/" + exampleSub + "/resourceGroups/factory-rg/providers/Microsoft.ExtendedLocation/customLocations/line1"),
	Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation),
}

// An instance is the parent of every other resource; ClientFactory hands
// out a client per resource type, all sharing one pipeline.
func ExampleClientFactory() {
	clients := exampleFactory()
	ctx := context.Background()
	poller, err := clients.NewInstancesClient().BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", iotoperations.InstanceResource{
		Location:         to.Ptr("westeurope"),
		ExtendedLocation: exampleLocation,
		Properties: &iotoperations.InstanceProperties{
			SchemaRegistryRef: &iotoperations.SchemaRegistryRef{ResourceID: to.Ptr("/subscriptions/" + exampleSub + "/resourceGroups/factory-rg/providers/Microsoft.DeviceRegistry/schemaRegistries/registry1")},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	instance, err := poller.PollUntilDone(ctx, examplePolling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*instance.Name, *instance.Properties.ProvisioningState)

	// a child of a missing parent is the service's 404
	_, err = clients.NewBrokersClient().BeginCreateOrUpdate(ctx, "factory-rg", "aio-line2", "default", iotoperations.BrokerResource{}, nil)
	fmt.Println(iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound))
	// Output:
	// aio-line1 Succeeded
	// true
}

// A dataflow endpoint's EndpointType selects the settings member that
// applies; here an Event Hubs namespace, reached over Kafka with the
// instance's managed identity.
func ExampleDataflowEndpointsClient_BeginCreateOrUpdate() {
	clients := exampleFactory()
	ctx := context.Background()
	exampleInstance(ctx, clients)
	poller, err := clients.NewDataflowEndpointsClient().BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "eventhubs", iotoperations.DataflowEndpointResource{
		ExtendedLocation: exampleLocation,
		Properties: &iotoperations.DataflowEndpointProperties{
			EndpointType: to.Ptr(iotoperations.EndpointTypeKafka),
			HostType:     to.Ptr(iotoperations.DataflowEndpointHostTypeEventhub),
			KafkaSettings: &iotoperations.DataflowEndpointKafka{
				Host: to.Ptr("contoso-ehns.servicebus.windows.net:9093"),
				Authentication: &iotoperations.DataflowEndpointKafkaAuthentication{
					Method:                                to.Ptr(iotoperations.KafkaAuthMethodSystemAssignedManagedIdentity),
					SystemAssignedManagedIdentitySettings: &iotoperations.DataflowEndpointAuthenticationSystemAssignedManagedIdentity{},
				},
			},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	endpoint, err := poller.PollUntilDone(ctx, examplePolling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*endpoint.Name, *endpoint.Properties.EndpointType, *endpoint.Properties.KafkaSettings.Host)
	// Output: eventhubs Kafka contoso-ehns.servicebus.windows.net:9093
}

// Polymorphic members are interfaces: switch on the kind; a kind this
// version does not know arrives as its Unknown type, kept whole.
func ExampleRegistryEndpointAuthentication() {
	clients := exampleFactory()
	ctx := context.Background()
	exampleInstance(ctx, clients)
	registries := clients.NewRegistryEndpointsClient()
	poller, err := registries.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "acr", iotoperations.RegistryEndpointResource{
		ExtendedLocation: exampleLocation,
		Properties: &iotoperations.RegistryEndpointProperties{
			Host: to.Ptr("contoso.azurecr.io"),
			Authentication: &iotoperations.RegistryEndpointArtifactPullSecretAuthentication{
				ArtifactPullSecretSettings: &iotoperations.RegistryEndpointArtifactPullSecretSettings{SecretRef: to.Ptr("acr-pull")},
			},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, examplePolling); err != nil {
		log.Fatal(err)
	}
	got, err := registries.Get(ctx, "factory-rg", "aio-line1", "acr", nil)
	if err != nil {
		log.Fatal(err)
	}
	switch auth := got.Properties.Authentication.(type) {
	case *iotoperations.RegistryEndpointArtifactPullSecretAuthentication:
		fmt.Println("pull secret", *auth.ArtifactPullSecretSettings.SecretRef)
	case *iotoperations.UnknownRegistryEndpointAuthentication:
		fmt.Println("a method this version does not know:", *auth.Method)
	default:
		fmt.Printf("%T\n", auth)
	}
	// Output: pull secret acr-pull
}

// exampleInstance creates the instance "aio-line1".
func exampleInstance(ctx context.Context, clients *iotoperations.ClientFactory) {
	poller, err := clients.NewInstancesClient().BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", iotoperations.InstanceResource{
		Location:         to.Ptr("westeurope"),
		ExtendedLocation: exampleLocation,
		Properties: &iotoperations.InstanceProperties{
			SchemaRegistryRef: &iotoperations.SchemaRegistryRef{ResourceID: to.Ptr("registry1")},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, examplePolling); err != nil {
		log.Fatal(err)
	}
}
