package deviceprovisioning_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// exampleClient returns a client of the emulator (or of a fake); against
// Azure, pass a credential such as azidentity.NewDefaultAzureCredential
// and nil options.
func exampleClient(transport policy.Transporter) *dps.ProvisioningServicesClient {
	client, err := dps.NewProvisioningServicesClient("91d12660-3dec-467a-be2a-213b5544ddc0", &azfake.TokenCredential{},
		&dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: transport}}})
	if err != nil {
		log.Fatal(err)
	}
	return client
}

// polling polls every millisecond, for the emulator; against Azure, pass
// nil (every 30 seconds) or a few seconds.
var polling = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

// exampleService creates "my-dps" on the emulator.
func exampleService(client *dps.ProvisioningServicesClient) {
	poller, err := client.BeginCreateOrUpdate(context.Background(), "my-rg", "my-dps", dps.ProvisioningServiceDescription{
		Location:   to.Ptr("westeurope"),
		SKU:        &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), polling); err != nil {
		log.Fatal(err)
	}
}

func ExampleProvisioningServicesClient_BeginCreateOrUpdate() {
	client := exampleClient(fake.NewEmulator(nil))
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, "my-rg", "my-dps", dps.ProvisioningServiceDescription{
		Location: to.Ptr("West Europe"),
		SKU:      &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{
			AllocationPolicy: to.Ptr(dps.AllocationPolicyGeoLatency),
			IPFilterRules: []dps.IPFilterRule{{
				FilterName: to.Ptr("office"),
				Action:     to.Ptr(dps.IPFilterActionTypeAccept),
				IPMask:     to.Ptr("131.107.0.0/16"),
				Target:     to.Ptr(dps.IPFilterTargetTypeServiceAPI),
			}},
		},
		Tags: map[string]string{"env": "test"},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	service, err := poller.PollUntilDone(ctx, polling)
	if err != nil {
		log.Fatal(err)
	}
	p := service.Properties
	fmt.Println(*service.Name, *service.Location, *p.ProvisioningState, *p.State)
	fmt.Println(*p.ServiceOperationsHostName)
	fmt.Println(len(p.AuthorizationPolicies), "policy:", *p.AuthorizationPolicies[0].KeyName, "keys returned:", p.AuthorizationPolicies[0].PrimaryKey != nil)
	// Output:
	// my-dps westeurope Succeeded Active
	// my-dps.azure-devices-provisioning.net
	// 1 policy: provisioningserviceowner keys returned: false
}

func ExampleProvisioningServicesClient_BeginModify() {
	emu := fake.NewEmulator(nil)
	client := exampleClient(emu)
	exampleService(client)
	ctx := context.Background()

	// link an IoT hub: everything else, keys included, is kept
	poller, err := client.BeginModify(ctx, "my-rg", "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.IotHubs = append(d.Properties.IotHubs, dps.IotHubDefinitionDescription{
			ConnectionString: to.Ptr("HostName=my-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=bXktaHViLWtleQ=="),
			Location:         to.Ptr("westeurope"),
		})
		return nil
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	service, err := poller.PollUntilDone(ctx, polling)
	if err != nil {
		log.Fatal(err)
	}
	hub := service.Properties.IotHubs[0]
	fmt.Println(*hub.Name, *hub.Location)
	fmt.Println(hub) // String never prints the connection string
	// Output:
	// my-hub.azure-devices.net westeurope
	// IotHub{name=my-hub.azure-devices.net location=westeurope connectionString=(redacted)}
}

func ExampleProvisioningServicesClient_NewListKeysPager() {
	client := exampleClient(fake.NewEmulator(nil))
	exampleService(client)
	ctx := context.Background()

	pager := client.NewListKeysPager("my-rg", "my-dps", nil)
	for pager.More() {
		page, err := pager.NextPage(ctx)
		if err != nil {
			log.Fatal(err)
		}
		for _, policy := range page.Value {
			// the keys are secrets: use them, do not print them
			fmt.Println(*policy.KeyName, "has", len(policy.Rights.Rights()), "rights, device connect:", policy.Rights.Has(dps.AccessRightsDescriptionDeviceConnect),
				"primary key set:", policy.PrimaryKey != nil)
		}
	}
	// Output:
	// provisioningserviceowner has 3 rights, device connect: true primary key set: true
}

func ExampleAccessRights() {
	rights := dps.AccessRights(dps.AccessRightsDescriptionEnrollmentRead, dps.AccessRightsDescriptionEnrollmentWrite)
	fmt.Println(rights)
	fmt.Println(dps.AccessRightsDescription("ServiceConfig, DeviceConnect").Rights())
	fmt.Println(rights.Has(dps.AccessRightsDescriptionEnrollmentWrite), rights.Has(dps.AccessRightsDescriptionServiceConfig))
	// Output:
	// EnrollmentRead, EnrollmentWrite
	// [ServiceConfig DeviceConnect]
	// true false
}

// ensureService is code a user wants to test: it creates the service
// unless it exists.
func ensureService(ctx context.Context, client *dps.ProvisioningServicesClient, name string) (created bool, err error) {
	_, err = client.Get(ctx, "my-rg", name, nil)
	if err == nil {
		return false, nil
	}
	// a *ServiceError from Azure and the fake's error both unwrap to an
	// *azcore.ResponseError
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusNotFound {
		return false, err
	}
	poller, err := client.BeginCreateOrUpdate(ctx, "my-rg", name, dps.ProvisioningServiceDescription{
		Location:   to.Ptr("westeurope"),
		SKU:        &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
		Properties: &dps.IotDpsPropertiesDescription{},
	}, nil)
	if err != nil {
		return false, err
	}
	_, err = poller.PollUntilDone(ctx, polling)
	return err == nil, err
}

// Example_testingWithTheFake tests ensureService with the azfake-style
// fake: each field of the server answers one client method.
func Example_testingWithTheFake() {
	var creates int
	srv := &fake.ProvisioningServicesServer{
		Get: func(_ context.Context, _, name string, _ *dps.ProvisioningServicesClientGetOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetResponse], errResp azfake.ErrorResponder) {
			errResp.SetResponseError(http.StatusNotFound, "404201")
			return
		},
		BeginCreateOrUpdate: func(_ context.Context, _, name string, d dps.ProvisioningServiceDescription, _ *dps.ProvisioningServicesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			creates++
			d.Name = to.Ptr(name)
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusOK, dps.ProvisioningServicesClientCreateOrUpdateResponse{ProvisioningServiceDescription: d}, nil)
			return
		},
	}
	client := exampleClient(fake.NewProvisioningServicesServerTransport(srv))

	created, err := ensureService(context.Background(), client, "my-dps")
	fmt.Println(created, err, creates)
	// Output: true <nil> 1
}
