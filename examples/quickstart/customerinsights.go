package main

import (
	"context"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	cifake "github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/examples/internal/demo"
)

// customerInsights defines a profile type on a hub: the service answers 202
// with no polling header and the poller reads the profile until it is
// provisioned.
func customerInsights(ctx context.Context, t *tour) error {
	var opts customerinsights.ClientOptions
	if !t.target.Live {
		opts.ClientOptions = arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: cifake.NewEmulator(&cifake.EmulatorOptions{Polls: 3})}}
	}
	client, err := customerinsights.NewProfilesClient(t.target.Subscription, t.target.Credential, &opts)
	if err != nil {
		return err
	}
	rg, hub := t.target.ResourceGroup, t.target.CustomerInsightsHub
	if !t.target.Live {
		// every resource lives in a hub: the emulator starts empty
		hubs, err := customerinsights.NewHubsClient(t.target.Subscription, t.target.Credential, &opts)
		if err != nil {
			return err
		}
		if _, err := hubs.CreateOrUpdate(ctx, rg, hub, customerinsights.Hub{Location: to.Ptr("westus")}, nil); err != nil {
			return err
		}
	}

	t.out.Step("Define the profile type Customer on hub %s", hub)
	poller, err := client.BeginCreateOrUpdate(ctx, rg, hub, "Customer", customerinsights.ProfileResourceFormat{
		Properties: &customerinsights.ProfileTypeDefinition{
			APIEntitySetName: to.Ptr("Customers"),
			DisplayName:      map[string]string{"en-us": "Customer"},
			Fields: []customerinsights.PropertyDefinition{
				{FieldName: to.Ptr("CustomerId"), FieldType: to.Ptr(customerinsights.FieldTypeString), IsRequired: to.Ptr(true)},
				{FieldName: to.Ptr("Email"), FieldType: to.Ptr(customerinsights.FieldTypeString)},
				{FieldName: to.Ptr("LifetimeSpend"), FieldType: to.Ptr(customerinsights.FieldTypeDouble)},
			},
			StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("CustomerId"), KeyPropertyNames: []string{"CustomerId"}}},
		},
	}, nil)
	if err != nil {
		return err
	}
	t.out.Info("accepted (202): waiting for provisioning")
	created, err := demo.Wait(ctx, t.target.Live, poller, func() { t.out.Info("still provisioning…") })
	if err != nil {
		return err
	}
	props := created.Properties
	t.out.Info("%s is %s with %d fields", demo.Or(created.Name, "?"), demo.Or(props.ProvisioningState, "?"), len(props.Fields))

	t.out.Step("List the profile types of hub %s", hub)
	var names []string
	for p, err := range client.ListByHubIter(ctx, rg, hub, nil) {
		if err != nil {
			return err
		}
		names = append(names, demo.Or(p.Name, "?"))
	}
	t.out.Info("%s", strings.Join(names, ", "))
	t.done("Customer Insights: profile type Customer provisioned through the 202 flow; %d type(s) on the hub", len(names))
	return nil
}
