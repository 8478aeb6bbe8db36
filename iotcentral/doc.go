// Package iotcentral is a client for the IoT Central application REST API
// (https://{subdomain}.azureiotcentral.com/api, api-version 2022-07-31, see
// DefaultAPIVersion; ClientOptions.APIVersion selects a preview such as
// 2022-10-31-preview).
//
// A Client is built once per application and hands out one client per
// area: Devices (devices, attestations, credentials, components, modules,
// capabilities and relationships), DeviceTemplates, DeviceGroups, Jobs
// (with BeginWait, an azcore poller that follows a job to its end),
// ScheduledJobs, Organizations, Users, Roles, APITokens, EnrollmentGroups
// (with their X.509 CA certificates: set, generate a verification code,
// verify) and FileUploads (the storage account devices upload to; its
// connection string is never logged or printed). With a preview
// api-version (QueryPreviewAPIVersion) it also hands out Query (the IoT
// Central query language), Destinations and Exports (data export),
// DeploymentManifests and Dashboards (tiles typed by kind); with the stable
// one their calls are a *ValidationError naming the version.
//
// AppsClient (NewAppsClient) manages the applications themselves through
// Azure Resource Manager (Microsoft.IoTCentral/iotApps): create, update and
// delete pollers, lists, templates and name checks. The emulator in package
// fake plays both sides, so one test can create an application and then
// fill it with devices. NewRuleWebhookHandler receives the
// webhook of IoT Central rules.
//
// # Authentication
//
//   - NewClient takes an azcore.TokenCredential (for example
//     azidentity.NewDefaultAzureCredential) and requests tokens for Scope.
//   - NewClientWithAPIToken sends an IoT Central API token, held in an
//     azcore.KeyCredential (Update rotates it), as the Authorization
//     header ("SharedAccessSignature sr=..."); NewClientWithAPITokenString
//     takes the token as a string. The token never appears in logs or
//     errors, and no credential is sent over plain http:// unless
//     ClientOptions.InsecureAllowCredentialWithHTTP is set.
//
// Endpoint builds the API URL from an application subdomain and, for other
// clouds or custom domains, a base domain.
//
// # Capabilities
//
// The API repeats every property, telemetry and command operation for a
// device, a component, a module and a module's component. DevicesClient
// has each once, taking a Target (DeviceTarget, ComponentTarget,
// ModuleTarget, ModuleComponentTarget). Property replaces and updates are
// answered 202: the response's Accepted says the service took the values,
// not that the device applied them. DeviceProperties.Pending names the
// values the device has not acknowledged yet, and Metadata gives, per
// property, the desired value and version and the device's acknowledgement
// (PropertyMetadata.Rejected when it refused one).
//
// # Lists
//
// Every list has a New...Pager returning an azcore *runtime.Pager and an
// iterator named after it (ListIter, ListDevicesIter, CommandHistoryIter,
// ...) that walks all pages
// holding one page at a time.
//
// # Errors
//
// A service failure is a *ServiceError carrying IoT Central's
// {"error":{code,message,requestId,time}} (Code falls back to the
// x-ms-error-code header); errors.As also finds the *azcore.ResponseError.
// IsPreconditionFailed tells an etag mismatch (412) apart, IsNotFound a 404,
// and HasCode any of the codes the service documents (ErrorCodeBadRequest,
// ErrorCodeUnprocessableEntity, ...).
//
// The client checks only what it owns before anything is sent, as a
// *ValidationError naming the field, the value and the rule: required IDs
// and bodies, path segments ("", ".", "..", control characters), the
// endpoint, and options the selected api-version does not carry (a preview
// option with the stable version). Limits the service owns (ID patterns and
// lengths, command timeouts, page sizes, occurrences, batch sizes) are
// left to the service, whose error comes back typed. IDs are escaped, so an
// ID holding '/', '?', '#' or spaces stays inside its path segment.
//
// # From the IoT Central connector
//
// Each action of the Azure IoT Central V3 connector (Power Automate, Logic
// Apps), deprecated ones mapped to their current equivalent, and the method
// that performs it (CONNECTOR.md in the source has the REST operations too):
//
//	Create a device group                                        DeviceGroupsClient.Create
//	Create a device relationship                                 DevicesClient.CreateRelationship (Source = the device ID of the path)
//	Create a job                                                 JobsClient.Create, then JobsClient.BeginWait to follow it
//	Create a scheduled job                                       ScheduledJobsClient.Create
//	Create an organization                                       OrganizationsClient.Create
//	Create or update a device                                    DevicesClient.Create
//	Create or update a device (deprecated, DeviceV1)             DevicesClient.Create
//	Create or update a device (deprecated, instanceOf/approved)  DevicesClient.Create (Template for instanceOf, Enabled for approved)
//	Create user                                                  UsersClient.Create (*EmailUser, *ServicePrincipalUser, *ADGroupUser)
//	Delete a device                                              DevicesClient.Delete
//	Delete a device (deprecated)                                 DevicesClient.Delete
//	Delete a device relationship                                 DevicesClient.DeleteRelationship
//	Delete a device template                                     DeviceTemplatesClient.Delete
//	Delete a scheduled job                                       ScheduledJobsClient.Delete
//	Delete device group                                          DeviceGroupsClient.Delete
//	Delete organization                                          OrganizationsClient.Delete
//	Delete user                                                  UsersClient.Delete
//	Execute a device command (deprecated)                        DevicesClient.RunCommand with a component target
//	Get a device by ID                                           DevicesClient.Get
//	Get a device by ID (deprecated)                              DevicesClient.Get
//	Get a device group                                           DeviceGroupsClient.Get
//	Get a device template by ID                                  DeviceTemplatesClient.Get
//	Get a job                                                    JobsClient.Get
//	Get a scheduled job                                          ScheduledJobsClient.Get
//	Get an organization                                          OrganizationsClient.Get
//	Get component command response                               DevicesClient.GetLatestCommandResponse, component target
//	Get component telemetry value                                DevicesClient.GetTelemetryValue, component target
//	Get device cloud properties (deprecated)                     DevicesClient.GetProperties, device target (cloud properties included)
//	Get device command response                                  DevicesClient.GetLatestCommandResponse, device target
//	Get device properties                                        DevicesClient.GetProperties, device target
//	Get device properties (deprecated)                           DevicesClient.GetProperties, device target
//	Get device relationship                                      DevicesClient.GetRelationship
//	Get device statuses                                          JobsClient.NewListDeviceStatusesPager / JobsClient.ListDeviceStatusesIter
//	Get device telemetry value                                   DevicesClient.GetTelemetryValue, device target
//	Get device telemetry value (deprecated)                      DevicesClient.GetTelemetryValue, component target
//	Get devices by device group ID                               DeviceGroupsClient.NewListDevicesPager / DeviceGroupsClient.ListDevicesIter
//	Get jobs by scheduled job ID                                 ScheduledJobsClient.NewListJobsPager / ScheduledJobsClient.ListJobsIter
//	Get module command response                                  DevicesClient.GetLatestCommandResponse, module target
//	Get module component command response                        DevicesClient.GetLatestCommandResponse, module component target
//	Get module component telemetry value                         DevicesClient.GetTelemetryValue, module component target
//	Get module properties                                        DevicesClient.GetProperties, module target
//	Get module telemetry value                                   DevicesClient.GetTelemetryValue, module target
//	Get role                                                     RolesClient.Get (built-ins: RoleAdministrator, RoleBuilder, RoleOperator)
//	Get user                                                     UsersClient.Get
//	List device groups                                           DeviceGroupsClient.NewListPager / DeviceGroupsClient.ListIter
//	List device templates                                        DeviceTemplatesClient.NewListPager / DeviceTemplatesClient.ListIter
//	List devices                                                 DevicesClient.NewListPager / DevicesClient.ListIter
//	List jobs                                                    JobsClient.NewListPager / JobsClient.ListIter
//	List organizations                                           OrganizationsClient.NewListPager / OrganizationsClient.ListIter
//	List relationships                                           DevicesClient.NewListRelationshipsPager / DevicesClient.ListRelationshipsIter
//	List roles                                                   RolesClient.NewListPager / RolesClient.ListIter
//	List scheduled jobs                                          ScheduledJobsClient.NewListPager / ScheduledJobsClient.ListIter
//	List users                                                   UsersClient.NewListPager / UsersClient.ListIter
//	Resume a job on failed devices                               JobsClient.Rerun, then JobsClient.BeginWait on the rerun ID
//	Resume a stopped job                                         JobsClient.Resume
//	Run a component command                                      DevicesClient.RunCommand, component target
//	Run a device command                                         DevicesClient.RunCommand, device target
//	Run a module command                                         DevicesClient.RunCommand, module target
//	Run a module component command                               DevicesClient.RunCommand, module component target
//	Stop a running job                                           JobsClient.Stop
//	Update a device relationship                                 DevicesClient.UpdateRelationship (merge patch)
//	Update a scheduled job                                       ScheduledJobsClient.Update (merge patch)
//	Update device cloud properties (deprecated)                  DevicesClient.UpdateProperties, device target (cloud properties included)
//	Update device properties                                     DevicesClient.UpdateProperties, device target
//	Update device properties (deprecated)                        DevicesClient.UpdateProperties, device target
//	Update module properties                                     DevicesClient.UpdateProperties, module target
//	Update user                                                  UsersClient.Update (merge patch)
//
// The trigger "When a rule is fired" has no public API to register it:
// serve NewRuleWebhookHandler over HTTPS and point a Webhook action of the
// rule at it (see RuleWebhookOptions).
//
// # Testing
//
// Package fake has an azfake-style server per client (DevicesServer,
// JobsServer, ...) and NewEmulator, an in-memory application that speaks
// the wire protocol; its AcknowledgeProperties, ReportProperties,
// SetTelemetry and HandleCommand play the devices' side.
//
// REST reference: https://learn.microsoft.com/rest/api/iotcentral/
package iotcentral
