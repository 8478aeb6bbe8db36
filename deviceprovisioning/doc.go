// Package deviceprovisioning is a client for Azure IoT Hub Device
// Provisioning Service instances (Microsoft.Devices/provisioningServices),
// api-version 2022-12-12 (DefaultAPIVersion) or 2025-02-01-preview
// (PreviewAPIVersion).
//
// ProvisioningServicesClient creates or replaces a service and waits for
// it (BeginCreateOrUpdate), changes part of one without losing its keys
// (BeginModify), replaces its tags (BeginUpdateTags), reads one (Get),
// deletes one (BeginDelete), lists them by resource group or subscription,
// lists their shared access keys (NewListKeysPager, ListKeysForKeyName)
// and valid SKUs, checks whether a name is free (CheckNameAvailability),
// reads the status of an operation (GetOperationResult), and manages
// private endpoint connections and private link resources.
// CertificatesClient uploads the CA certificates of a service and proves
// possession of their private keys (GenerateVerificationCode, then
// VerifyCertificate), so that X.509 enrollment groups can reference them;
// OperationsClient lists the provider's operations; ClientFactory hands
// out all three with one credential and one pipeline.
//
// # The DPS service API
//
// ServiceClient speaks the data plane of one instance
// (https://{instance}.azure-devices-provisioning.net, api-version
// ServiceAPIVersion): Enrollments (individual enrollments), EnrollmentGroups
// and Registrations (device registration states), each with
// create-or-update and delete guarded by etags, queries paged with the
// service's continuation header (NewQueryPager and QueryIter), bulk
// operations with a typed per-item report, and the attestation mechanisms
// with their keys. Attestations are a union (AttestationMechanism):
// symmetric key, X.509 (client, signing or CA references), TPM, none, and
// unknown kinds kept whole. It authenticates with Entra ID
// (NewServiceClient) or a shared access policy: NewServiceClientFromConnectionString,
// NewServiceClientWithSharedAccessKey with a SharedAccessKeyCredential that
// mints and renews the SharedAccessSignature tokens (rotatable with
// Update), or NewServiceClientForProvisioningService, which reads the host
// name and keys through a ProvisioningServicesClient. DeriveDeviceKey
// derives a device's key from a symmetric-key group's.
//
// # Authentication
//
// Requests go to Azure Resource Manager with Entra ID tokens from any
// azcore.TokenCredential, such as azidentity.NewDefaultAzureCredential.
// ClientOptions embeds arm.ClientOptions: Cloud, Transport, Retry, Logging,
// TracingProvider and APIVersion work as in every Azure SDK for Go client.
//
// # The preview api-version
//
// 2025-02-01-preview adds managed identities (ProvisioningServiceDescription.Identity),
// a linked Device Registry namespace (IotDpsPropertiesDescription.DeviceRegistryNamespace)
// and managed-identity authentication to linked hubs. Select it with
// ClientOptions.APIVersion = PreviewAPIVersion. Setting any of those fields
// with the stable api-version is a *ValidationError that names the
// api-version needed; nothing is sent.
//
// # Keys and read-modify-write
//
// The service never returns shared access keys from a read: Get, the lists
// and the answers to a create or update hold the policies without keys.
// A create or update (PUT) replaces the whole service, so writing back what
// Get returned would lose the keys. BeginModify reads the service and its
// keys, lets a function change the description, and writes it back with the
// keys and every member it did not change, including members this version
// does not model:
//
//	client, err := deviceprovisioning.NewProvisioningServicesClient(subscriptionID, cred, nil)
//	if err != nil { ... }
//	poller, err := client.BeginModify(ctx, "rg", "my-dps", func(d *deviceprovisioning.ProvisioningServiceDescription) error {
//		d.Properties.IotHubs = append(d.Properties.IotHubs, deviceprovisioning.IotHubDefinitionDescription{
//			ConnectionString: to.Ptr(hubConnectionString),
//			Location:         to.Ptr("westeurope"),
//		})
//		return nil
//	}, nil)
//	if err != nil { ... }
//	dps, err := poller.PollUntilDone(ctx, nil)
//
// Keys and connection strings are secrets: they never appear in errors of
// this package, and the String methods of the models that hold them print
// "(redacted)" instead.
//
// # Errors
//
// The client checks what it owns before anything is sent: required
// arguments and members, path segments, the subscription ID, the endpoint,
// etags the operation requires, and fields the selected api-version does
// not have. A problem is a *ValidationError (errors.Is ErrInvalidInput)
// naming the field, the value and the rule. Names, capacities, IP filter
// values, registration IDs and bulk sizes are the service's to judge: its
// answer comes back typed. A service failure is a *ServiceError decoded
// from the DPS error shape (a code that is a number or a string,
// httpStatusCode, message, details), the service API's (errorCode,
// message, and the x-ms-error-code header) or the ARM shape that the
// preview's tag update uses; errors.As also finds the
// *azcore.ResponseError. IsNotFound, IsPreconditionFailed and HasCode
// (with the ErrorCode constants) test it.
//
// # Testing
//
// Package fake offers azfake-style servers for every client (ServerFactory,
// ServiceServer) and an emulator of the service (fake.NewEmulator) that keeps services and
// keys, answers name availability from what it holds, runs creates,
// updates and deletes as long-running operations, accepts every published
// api-version, verifies CA certificates, and serves the service API of
// each instance (checking shared access signatures), with
// Emulator.RegisterDevice standing in for a device's registration.
//
// REST reference: https://learn.microsoft.com/rest/api/iot-dps/
// Spec: https://github.com/Azure/azure-rest-api-specs/blob/main/specification/deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-12-12/iotdps.json
package deviceprovisioning
