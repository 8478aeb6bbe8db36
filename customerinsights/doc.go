// Package customerinsights is a client for the profile types of Azure
// Customer Insights hubs (Microsoft.CustomerInsights/hubs/profiles,
// api-version 2017-04-26, see DefaultAPIVersion).
//
// ProfilesClient creates or replaces a profile type and waits for its
// provisioning (BeginCreateOrUpdate), reads one (Get), deletes one
// (BeginDelete), lists those of a hub (NewListByHubPager, ListByHubIter) and
// returns the KPIs that enrich one (GetEnrichingKpis).
//
// # Authentication
//
// Requests go to Azure Resource Manager with Entra ID tokens from any
// azcore.TokenCredential, such as azidentity.NewDefaultAzureCredential.
// ClientOptions embeds arm.ClientOptions: Cloud, Transport, Retry, Logging,
// TracingProvider and APIVersion work as in every Azure SDK for Go client.
//
// # Provisioning
//
// The service answers a create or update with 200 and the profile, or
// with 202 and, as the spec declares, no polling header. The poller then
// reads the profile until its provisioningState is Succeeded (the result),
// Failed or HumanIntervention (a *ProvisioningError). When the service does
// send Azure-AsyncOperation or Location, the poller follows it instead.
//
//	client, err := customerinsights.NewProfilesClient(subscriptionID, cred, nil)
//	if err != nil { ... }
//	poller, err := client.BeginCreateOrUpdate(ctx, "rg", "hub", "Customer", customerinsights.ProfileResourceFormat{
//		Properties: &customerinsights.ProfileTypeDefinition{
//			Fields: []customerinsights.PropertyDefinition{
//				{FieldName: to.Ptr("Id"), FieldType: to.Ptr(customerinsights.FieldTypeString)},
//			},
//			StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id"}}},
//		},
//	}, nil)
//	if err != nil { ... }
//	profile, err := poller.PollUntilDone(ctx, nil)
//
// # Errors
//
// Input is checked before anything is sent; a problem is a
// *ValidationError (errors.Is ErrInvalidInput) naming the field, the value
// and the rule. A service failure is a *ServiceError, decoded from an ARM
// error body or, for any other body, from the status; errors.As also finds
// the *azcore.ResponseError.
//
// # Testing
//
// Package fake offers ProfilesServer, an azfake-style fake, and an
// emulator of the service (fake.NewEmulator) that provisions profiles over
// a configurable number of reads and can be scripted to fail.
//
// REST reference: https://learn.microsoft.com/rest/api/customer-insights/profiles
// Spec: https://github.com/Azure/azure-rest-api-specs/blob/main/specification/customer-insights/resource-manager/Microsoft.CustomerInsights/stable/2017-04-26/customer-insights.json
package customerinsights
