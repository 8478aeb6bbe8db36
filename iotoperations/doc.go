// Package iotoperations is a client for the dataflow profiles of Azure IoT
// Operations instances (Microsoft.IoTOperations/instances/dataflowProfiles,
// api-version 2025-10-01, see DefaultAPIVersion).
//
// DataflowProfilesClient creates or replaces a profile and waits for it
// (BeginCreateOrUpdate), reads one (Get), deletes one (BeginDelete) and
// lists those of an instance (NewListPager, ListIter). Scaling a dataflow
// runtime is a create-or-update with a new instanceCount.
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
// Unknown map and writes them back, so a profile read with Get, changed and
// sent with BeginCreateOrUpdate loses nothing the service added.
//
// # Testing
//
// Package fake offers DataflowProfilesServer, an azfake-style fake, and
// NewEmulator, an in-memory service that speaks the wire protocol: profiles
// kept per instance, the same polling headers, nextLink pages and ARM
// errors, with a scriptable number of polls, Retry-After and faults.
//
// REST reference: https://learn.microsoft.com/rest/api/iotoperations/dataflow-profile
// Spec: https://github.com/Azure/azure-rest-api-specs/blob/main/specification/iotoperations/resource-manager/Microsoft.IoTOperations/stable/2025-10-01/iotoperations.json
package iotoperations
