package customerinsights_test

import (
	"context"
	"fmt"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// exampleFactory returns a factory of clients of the emulator; against
// Azure, pass a credential such as azidentity.NewDefaultAzureCredential
// and nil options.
func exampleFactory(emu *fake.Emulator) *customerinsights.ClientFactory {
	f, err := customerinsights.NewClientFactory("6f4c1a3e-2b7d-4e8f-9a0b-1c2d3e4f5a6b", &azfake.TokenCredential{},
		&customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: emu}}})
	if err != nil {
		log.Fatal(err)
	}
	return f
}

func ExampleHubsClient_CreateOrUpdate() {
	hubs := exampleFactory(fake.NewEmulator(nil)).NewHubsClient()
	hub, err := hubs.CreateOrUpdate(context.Background(), "rg", "contoso", customerinsights.Hub{
		Location: to.Ptr("westus"),
		Properties: &customerinsights.HubPropertiesFormat{
			HubBillingInfo: &customerinsights.HubBillingInfoFormat{SKUName: to.Ptr("B0"), MinUnits: to.Ptr[int32](1), MaxUnits: to.Ptr[int32](5)},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*hub.Name, *hub.Properties.ProvisioningState, *hub.Properties.APIEndpoint)
	// Output: contoso Succeeded https://contoso.api.ci.ai.dynamics.com/
}

func ExampleClientFactory() {
	f := exampleFactory(exampleEmulator(&fake.EmulatorOptions{Polls: -1}))
	ctx := context.Background()
	for role, err := range f.NewRolesClient().ListByHubIter(ctx, "rg", "contoso", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*role.Properties.RoleName)
	}
	// Output:
	// Admin
	// DataAdmin
	// DataReader
	// ManageAdmin
	// ManageReader
	// Reader
}

func ExampleAuthorizationPolicy_String() {
	policies := exampleFactory(exampleEmulator(nil)).NewAuthorizationPoliciesClient()
	policy, err := policies.CreateOrUpdate(context.Background(), "rg", "contoso", "ingest", customerinsights.AuthorizationPolicyResourceFormat{
		Properties: &customerinsights.AuthorizationPolicy{Permissions: []customerinsights.PermissionTypes{customerinsights.PermissionTypesWrite}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	// the keys are there to use, never to print
	fmt.Println(len(*policy.Properties.PrimaryKey) > 0)
	fmt.Println(policy.Properties)
	// Output:
	// true
	// AuthorizationPolicy{PolicyName: "ingest", Permissions: [Write], PrimaryKey: (redacted), SecondaryKey: (redacted)}
}

func ExampleViewsClient_ListByHubIter() {
	views := exampleFactory(exampleEmulator(nil)).NewViewsClient()
	ctx := context.Background()
	for _, v := range []struct{ name, user string }{{"Mine", "alice"}, {"Team", "*"}} {
		_, err := views.CreateOrUpdate(ctx, "rg", "contoso", v.name, customerinsights.ViewResourceFormat{
			Properties: &customerinsights.View{UserID: to.Ptr(v.user), Definition: to.Ptr(`{}`)},
		}, nil)
		if err != nil {
			log.Fatal(err)
		}
	}
	// a user's views; "*" lists every view of the hub
	for view, err := range views.ListByHubIter(ctx, "rg", "contoso", "alice", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*view.Properties.ViewName, *view.Properties.UserID)
	}
	// Output: Mine alice
}
