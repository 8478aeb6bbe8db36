package customerinsights_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// exampleClient returns a client of the emulator; against Azure, pass a
// credential such as azidentity.NewDefaultAzureCredential and nil options.
func exampleClient(transport policy.Transporter) *customerinsights.ProfilesClient {
	client, err := customerinsights.NewProfilesClient("6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b", &azfake.TokenCredential{},
		&customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: transport}}})
	if err != nil {
		log.Fatal(err)
	}
	return client
}

// exampleEmulator returns an emulator of the service holding the hub
// "contoso" in resource group "rg": every resource lives in a hub.
func exampleEmulator(options *fake.EmulatorOptions) *fake.Emulator {
	emu := fake.NewEmulator(options)
	hubs, err := customerinsights.NewHubsClient("6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b", &azfake.TokenCredential{},
		&customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := hubs.CreateOrUpdate(context.Background(), "rg", "contoso", customerinsights.Hub{Location: to.Ptr("westus")}, nil); err != nil {
		log.Fatal(err)
	}
	return emu
}

// polling polls every millisecond, for the emulator; against Azure, pass
// nil (every 30 seconds) or a few seconds.
var polling = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

func ExampleProfilesClient_BeginCreateOrUpdate() {
	client := exampleClient(exampleEmulator(nil))
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{
		Properties: &customerinsights.ProfileTypeDefinition{
			APIEntitySetName: to.Ptr("Customers"),
			DisplayName:      map[string]string{"en-us": "Customer"},
			Fields: []customerinsights.PropertyDefinition{
				{FieldName: to.Ptr("CustomerId"), FieldType: to.Ptr(customerinsights.FieldTypeString), IsRequired: to.Ptr(true)},
				{FieldName: to.Ptr("Email"), FieldType: to.Ptr(customerinsights.FieldTypeString)},
				{FieldName: to.Ptr("Balance"), FieldType: to.Ptr(customerinsights.FieldTypeInt32)},
			},
			StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("CustomerId"), KeyPropertyNames: []string{"CustomerId"}}},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	profile, err := poller.PollUntilDone(ctx, polling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*profile.Name, *profile.Properties.ProvisioningState, len(profile.Properties.Fields), "fields")
	// Output: contoso/Customer Succeeded 3 fields
}

func ExampleProvisioningError() {
	emu := exampleEmulator(nil)
	if err := emu.ScriptProvisioning("rg", "contoso", "Customer", customerinsights.ProvisioningStatesHumanIntervention); err != nil {
		log.Fatal(err)
	}
	client := exampleClient(emu)
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{}, nil)
	if err != nil {
		log.Fatal(err)
	}
	_, err = poller.PollUntilDone(ctx, polling)
	var pe *customerinsights.ProvisioningError
	if errors.As(err, &pe) {
		fmt.Println("provisioning ended in", pe.State)
	}
	// Output: provisioning ended in HumanIntervention
}

func ExampleProfilesClient_ListByHubIter() {
	emu := exampleEmulator(&fake.EmulatorOptions{PageSize: 2})
	client := exampleClient(emu)
	ctx := context.Background()
	for _, name := range []string{"Customer", "Lead", "Partner"} {
		poller, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", name, customerinsights.ProfileResourceFormat{}, nil)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := poller.PollUntilDone(ctx, polling); err != nil {
			log.Fatal(err)
		}
	}

	// ListByHubIter follows nextLink across the pages.
	for profile, err := range client.ListByHubIter(ctx, "rg", "contoso", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*profile.Name)
	}
	// Output:
	// contoso/Customer
	// contoso/Lead
	// contoso/Partner
}

func ExampleProfilesClient_GetEnrichingKpis() {
	emu := exampleEmulator(&fake.EmulatorOptions{Polls: -1})
	client := exampleClient(emu)
	ctx := context.Background()
	poller, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, polling); err != nil {
		log.Fatal(err)
	}
	kpiClient, err := customerinsights.NewKpiClient("6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b", &azfake.TokenCredential{},
		&customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		log.Fatal(err)
	}
	kpi, err := kpiClient.BeginCreateOrUpdate(ctx, "rg", "contoso", "MonthlyDeposits", customerinsights.KpiResourceFormat{
		Properties: &customerinsights.KpiDefinition{
			EntityType: to.Ptr(customerinsights.EntityTypesProfile), EntityTypeName: to.Ptr("Customer"),
			Function: to.Ptr(customerinsights.KpiFunctionsSum), CalculationWindow: to.Ptr(customerinsights.CalculationWindowTypesMonth),
			Expression: to.Ptr("Deposit"),
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := kpi.PollUntilDone(ctx, polling); err != nil {
		log.Fatal(err)
	}

	kpis, err := client.GetEnrichingKpis(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, k := range kpis.KpiDefinitionArray {
		fmt.Println(*k.KpiName, *k.Function, *k.CalculationWindow)
	}
	// Output: MonthlyDeposits Sum Month
}

func ExampleProfilesClient_BeginDelete() {
	client := exampleClient(exampleEmulator(nil))
	ctx := context.Background()
	create, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := create.PollUntilDone(ctx, polling); err != nil {
		log.Fatal(err)
	}

	poller, err := client.BeginDelete(ctx, "rg", "contoso", "Customer", nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, polling); err != nil {
		log.Fatal(err)
	}
	_, err = client.Get(ctx, "rg", "contoso", "Customer", nil)
	var se *customerinsights.ServiceError
	if errors.As(err, &se) {
		fmt.Println(se.StatusCode, se.Code)
	}
	// Output: 404 ResourceNotFound
}

// A fake.ProfilesServer answers each method with what a test sets.
func ExampleProfilesClient_Get() {
	srv := &fake.ProfilesServer{
		Get: func(_ context.Context, _, hubName, profileName string, options *customerinsights.ProfilesClientGetOptions) (resp azfake.Responder[customerinsights.ProfilesClientGetResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, customerinsights.ProfilesClientGetResponse{ProfileResourceFormat: customerinsights.ProfileResourceFormat{
				Name: to.Ptr(hubName + "/" + profileName),
				Properties: &customerinsights.ProfileTypeDefinition{
					DisplayName: map[string]string{*options.LocaleCode: "Client"},
				},
			}}, nil)
			return
		},
	}
	client := exampleClient(fake.NewProfilesServerTransport(srv))

	profile, err := client.Get(context.Background(), "rg", "contoso", "Customer", &customerinsights.ProfilesClientGetOptions{LocaleCode: to.Ptr("fr-fr")})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*profile.Name, profile.Properties.DisplayName["fr-fr"])
	// Output: contoso/Customer Client
}

// A poller's resume token continues the wait later, in another process.
func ExampleProfilesClientBeginCreateOrUpdateOptions_resumeToken() {
	emu := exampleEmulator(&fake.EmulatorOptions{Polls: 3})
	client := exampleClient(emu)
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{}, nil)
	if err != nil {
		log.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		log.Fatal(err)
	}

	resumed, err := client.BeginCreateOrUpdate(ctx, "", "", "", customerinsights.ProfileResourceFormat{},
		&customerinsights.ProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
	if err != nil {
		log.Fatal(err)
	}
	profile, err := resumed.PollUntilDone(ctx, polling)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*profile.Name, *profile.Properties.ProvisioningState)
	// Output: contoso/Customer Succeeded
}
