// Package customerinsights is a client for Azure Customer Insights
// (Microsoft.CustomerInsights, api-version 2017-04-26, see
// DefaultAPIVersion): hubs and everything in them. It covers every
// operation of the 2017-04-26 REST spec, one client per operation group:
//
//   - HubsClient: hubs (create or replace, update, get, delete, list by
//     resource group and subscription).
//   - ProfilesClient, InteractionsClient, RelationshipsClient,
//     RelationshipLinksClient, LinksClient: the data model — profile and
//     interaction types, relationships between profiles, the links that
//     feed them; InteractionsClient.SuggestRelationshipLinks,
//     ProfilesClient.GetEnrichingKpis.
//   - KpiClient (with Reprocess), PredictionsClient (with training results
//     and model status), ViewsClient, WidgetTypesClient, ImagesClient: what
//     the hub computes and shows.
//   - ConnectorsClient, ConnectorMappingsClient: where data comes from.
//   - RolesClient, RoleAssignmentsClient, AuthorizationPoliciesClient
//     (with key regeneration): who may do what.
//   - OperationsClient: the provider's operations.
//
// ClientFactory hands out all of them with one credential and one set of
// options. Every method takes one Options type and returns one Response
// type of its own (<Client><Method>Options, <Client><Method>Response); every
// list has a pager (New<Op>Pager) and, beside it, an iterator (<Op>Iter)
// that holds one page at a time.
//
// # Authentication
//
// Requests go to Azure Resource Manager with Entra ID tokens from any
// azcore.TokenCredential, such as azidentity.NewDefaultAzureCredential.
// ClientOptions embeds arm.ClientOptions: Cloud, Transport, Retry, Logging,
// TracingProvider and APIVersion work as in every Azure SDK for Go client.
//
// # Long-running operations
//
// The spec declares most creates and deletes long-running, answered 200 or
// 202 with no polling header. The Begin methods return a runtime.Poller
// that follows Azure-AsyncOperation or Location when the service sends
// one, and otherwise reads the resource until its provisioningState is
// Succeeded (the result), Failed or HumanIntervention (a
// *ProvisioningError), or, for a delete, until it is gone.
//
//	hubs, _ := customerinsights.NewHubsClient(subscriptionID, cred, nil)
//	_, err := hubs.CreateOrUpdate(ctx, "rg", "contoso", customerinsights.Hub{Location: to.Ptr("westus")}, nil)
//	if err != nil { ... }
//	profiles, _ := customerinsights.NewProfilesClient(subscriptionID, cred, nil)
//	poller, err := profiles.BeginCreateOrUpdate(ctx, "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{
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
// # Models
//
// Models are plain structs named as the spec names them. Each keeps the
// members this version does not know in Unknown and writes them back, so a
// Get → modify → CreateOrUpdate round trip loses nothing. Authorization
// policy keys are secrets: String, GoString and the fmt verbs print them
// redacted.
//
// # Errors
//
// The client checks only what it owns before sending: a subscription ID
// that is not a UUID (at construction), empty or dot path arguments, and
// missing required parameters, each a *ValidationError (errors.Is
// ErrInvalidInput). Name patterns, lengths and the other rules of the
// service are the service's: its error comes back typed. A service failure
// is a *ServiceError, decoded from an ARM error body or, for any other
// body, from the status; errors.As also finds the *azcore.ResponseError.
// IsNotFound and HasCode (with the ErrorCode constants) test for them.
//
// # Testing
//
// Package fake offers an azfake-style server per client (HubsServer,
// ProfilesServer, ...), ServerFactory for a ClientFactory, and an emulator
// of the whole provider (fake.NewEmulator) that enforces the service's
// rules, provisions over a configurable number of reads and can be
// scripted to fail.
//
// REST reference: https://learn.microsoft.com/rest/api/customer-insights/
// Spec: https://github.com/Azure/azure-rest-api-specs/blob/main/specification/customer-insights/resource-manager/Microsoft.CustomerInsights/stable/2017-04-26/customer-insights.json
package customerinsights
