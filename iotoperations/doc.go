// Package iotoperations manages Azure IoT Operations through Azure
// Resource Manager (Microsoft.IoTOperations, api-version 2025-10-01, see
// DefaultAPIVersion): one client per resource type of the provider.
//
//   - InstancesClient: instances, the tracked resources everything else
//     lives under (create or replace, get, update tags and identity,
//     delete, list by resource group or subscription).
//   - BrokersClient, BrokerListenersClient, BrokerAuthenticationsClient,
//     BrokerAuthorizationsClient: the MQTT broker and its listeners,
//     authentication and authorization policies.
//   - DataflowEndpointsClient: sources and destinations (Azure Data
//     Explorer, Data Lake Storage Gen2, Fabric OneLake, Kafka and Event Hubs,
//     MQTT and Event Grid, local storage, OpenTelemetry).
//   - DataflowProfilesClient, DataflowsClient, DataflowGraphsClient:
//     dataflow runtimes and the dataflows and graphs they run.
//   - RegistryEndpointsClient, AkriConnectorTemplatesClient,
//     AkriConnectorsClient: container registries and Akri connectors.
//   - OperationsClient: the provider's operations.
//
// ClientFactory hands out every client with one credential and one set of
// options. Child clients create or replace (BeginCreateOrUpdate), read
// (Get), delete (BeginDelete) and list by parent (NewListPager, ListIter).
// Scaling a dataflow runtime is a create-or-update of its profile with a
// new instanceCount.
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
// A create or update answered 201 is followed through its
// Azure-AsyncOperation header; a delete answered 202 through its Location
// header. Both return an azcore *runtime.Poller: call PollUntilDone, or
// save Poller.ResumeToken and continue later with the ResumeToken option.
//
//	cred, err := azidentity.NewDefaultAzureCredential(nil)
//	if err != nil { ... }
//	client, err := iotoperations.NewDataflowProfilesClient(subscriptionID, cred, nil)
//	if err != nil { ... }
//	poller, err := client.BeginCreateOrUpdate(ctx, "factory-rg", "aio-line1", "telemetry", iotoperations.DataflowProfileResource{
//		ExtendedLocation: &iotoperations.ExtendedLocation{
//			Name: to.Ptr(customLocationID),
//			Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation),
//		},
//		Properties: &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr[int32](3)},
//	}, nil)
//	if err != nil { ... }
//	profile, err := poller.PollUntilDone(ctx, nil)
//
// # Errors
//
// The client checks only what it owns, before anything is sent: a UUID
// subscription ID and path arguments that are not empty, "." or "..", and
// hold no control character. A problem is a *ValidationError (errors.Is
// ErrInvalidInput) naming the field, the value and the rule. The rules the
// service owns (names of 3 to 63 lower-case letters, digits and '-';
// instanceCount 1..20; prometheusPort 0..65535) are the service's to
// enforce: its answer is a *ServiceError decoded from the ARM error
// document, and errors.As also finds the *azcore.ResponseError. Test it
// with IsNotFound, or HasCode and the ErrorCode constants:
//
//	if iotoperations.HasCode(err, iotoperations.ErrorCodeParentResourceNotFound) { ... }
//
// # Lossless updates
//
// Every model keeps the JSON members this version does not know in its
// Unknown map and writes them back, so a resource read with Get, changed
// and sent with BeginCreateOrUpdate loses nothing the service added.
// Polymorphic members (registry and OpenTelemetry authentication, header
// actions, graph nodes, Akri runtime settings) are interfaces whose
// Unknown<X> kind keeps a kind this version does not know whole. Where the
// spec selects settings with a type member instead (a dataflow endpoint's
// endpointType, a dataflow operation's operationType), the model has one
// optional settings member per kind, and the settings of a new kind stay
// in Unknown. Times may change their text form in a round trip (RFC 3339,
// nanosecond precision as needed), never their instant.
//
// # Testing
//
// Package fake offers an azfake-style Server per client, gathered in a
// ServerFactory, and NewEmulator, an in-memory resource provider that
// speaks the wire protocol: every resource type with its parent, the same
// polling headers, nextLink pages and ARM errors, cascade deletes, every
// published api-version, with a scriptable number of polls, Retry-After
// and faults.
//
// REST reference: https://learn.microsoft.com/rest/api/iotoperations
// Spec: https://github.com/Azure/azure-rest-api-specs/blob/main/specification/iotoperations/resource-manager/Microsoft.IoTOperations/stable/2025-10-01/iotoperations.json
package iotoperations
