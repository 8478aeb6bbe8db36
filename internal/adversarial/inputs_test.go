package adversarial_test

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotoperations"
)

// hostileStrings are the values put, one at a time, in every string
// parameter of every operation.
var hostileStrings = []struct{ name, value string }{
	{"empty", ""},
	{"dot", "."},
	{"dot-dot", ".."},
	{"slash", "/"},
	{"escaped slash", "%2F"},
	{"question mark", "?"},
	{"hash", "#"},
	{"traversal", "../../subscriptions/other"},
	{"dot slash", "./"},
	{"escaped dot-dot", "%2E%2E"},
	{"percent", "%"},
	{"query injection", "x?api-version=1999-01-01&a=b"},
	{"ampersand", "&api-version=1999-01-01"},
	{"semicolon", ";x=y"},
	{"backslash", `..\x`},
	{"space", " "},
	{"NUL", "a\x00b"},
	{"newline", "a\nb"},
	{"header injection", "a\r\nX-Injected: 1"},
	{"tab", "\t"},
	{"DEL", "\x7f"},
	{"C1 control", "a\u0085b"},
	{"invalid UTF-8", "a\xffb"},
	{"truncated UTF-8", "\xe2\x82"},
	{"right-to-left override", "a\u202eb"},
	{"10,000 characters", strings.Repeat("x", 10000)},
}

// errInvalidInput is each package's ErrInvalidInput, which callers match.
var errInvalidInput = map[string]error{
	"iotoperations":      iotoperations.ErrInvalidInput,
	"deviceprovisioning": deviceprovisioning.ErrInvalidInput,
	"customerinsights":   customerinsights.ErrInvalidInput,
	"iotcentral":         iotcentral.ErrInvalidInput,
}

// union is a union interface: a valid value, as JSON (for the unions a
// method takes as a parameter), and its concrete kinds, whose typed nils
// are hostile values.
type union struct {
	valid string
	kinds []any
}

// unions lists every union interface a method takes, and the unions inside
// body models; a method taking one that is missing here fails the test,
// and a body member of one missing here is only tried with the kind the
// valid body holds.
var unions = map[reflect.Type]union{
	reflect.TypeFor[iotcentral.GroupAttestation](): {
		kinds: []any{&iotcentral.GroupSymmetricKeyAttestation{}, &iotcentral.GroupX509Attestation{}, &iotcentral.UnknownGroupAttestation{}},
	},
	reflect.TypeFor[iotcentral.JobData](): {
		kinds: []any{&iotcentral.CloudPropertyJobData{}, &iotcentral.PropertyJobData{}, &iotcentral.CommandJobData{},
			&iotcentral.DeviceTemplateMigrationJobData{}, &iotcentral.DeviceManifestMigrationJobData{}, &iotcentral.UnknownJobData{}},
	},
	reflect.TypeFor[iotcentral.TileConfiguration](): {
		kinds: []any{&iotcentral.BarChartConfiguration{}, &iotcentral.CommandTileConfiguration{}, &iotcentral.LineChartConfiguration{},
			&iotcentral.KpiTileConfiguration{}, &iotcentral.UnknownTileConfiguration{}},
	},
	reflect.TypeFor[iotcentral.JobScheduleEnd](): {
		kinds: []any{&iotcentral.DateJobScheduleEnd{}, &iotcentral.OccurrencesJobScheduleEnd{}, &iotcentral.UnknownJobScheduleEnd{}},
	},
	reflect.TypeFor[deviceprovisioning.AttestationMechanism](): {
		kinds: []any{&deviceprovisioning.SymmetricKeyAttestationMechanism{}, &deviceprovisioning.X509AttestationMechanism{},
			&deviceprovisioning.TPMAttestationMechanism{}, &deviceprovisioning.NoneAttestationMechanism{}, &deviceprovisioning.UnknownAttestationMechanism{}},
	},
	reflect.TypeFor[iotoperations.AkriConnectorTemplateManagedConfigurationSettings](): {
		kinds: []any{&iotoperations.AkriConnectorTemplateRuntimeImageConfiguration{}, &iotoperations.AkriConnectorTemplateRuntimeStatefulSetConfiguration{},
			&iotoperations.UnknownAkriConnectorTemplateManagedConfigurationSettings{}},
	},
	reflect.TypeFor[iotoperations.DataflowDestinationHeaderAction](): {
		kinds: []any{&iotoperations.DataflowDestinationAddIfNotPresentHeaderAction{}, &iotoperations.DataflowDestinationAddOrReplaceHeaderAction{},
			&iotoperations.DataflowDestinationRemoveHeaderAction{}, &iotoperations.UnknownDataflowDestinationHeaderAction{}},
	},
	reflect.TypeFor[iotoperations.DataflowGraphNode](): {
		kinds: []any{&iotoperations.DataflowGraphSourceNode{}, &iotoperations.DataflowGraphGraphNode{}, &iotoperations.DataflowGraphDestinationNode{},
			&iotoperations.UnknownDataflowGraphNode{}},
	},
	reflect.TypeFor[iotoperations.DataflowOpenTelemetryAuthentication](): {
		kinds: []any{&iotoperations.DataflowOpenTelemetryAnonymousAuthentication{}, &iotoperations.DataflowOpenTelemetryServiceAccountAuthentication{},
			&iotoperations.DataflowOpenTelemetryX509CertificateAuthentication{}, &iotoperations.UnknownDataflowOpenTelemetryAuthentication{}},
	},
	reflect.TypeFor[iotoperations.RegistryEndpointAuthentication](): {
		kinds: []any{&iotoperations.RegistryEndpointSystemAssignedIdentityAuthentication{}, &iotoperations.RegistryEndpointUserAssignedIdentityAuthentication{},
			&iotoperations.RegistryEndpointAnonymousAuthentication{}, &iotoperations.RegistryEndpointArtifactPullSecretAuthentication{},
			&iotoperations.UnknownRegistryEndpointAuthentication{}},
	},
	reflect.TypeFor[iotoperations.RegistryEndpointTrustedSigningKey](): {
		kinds: []any{&iotoperations.RegistryEndpointTrustedSigningKeySecret{}, &iotoperations.RegistryEndpointTrustedSigningKeyConfigMap{},
			&iotoperations.UnknownRegistryEndpointTrustedSigningKey{}},
	},
	reflect.TypeFor[iotcentral.Attestation](): {
		valid: `{"type":"symmetricKey","symmetricKey":{"primaryKey":"cHJpbWFyeQ==","secondaryKey":"c2Vjb25kYXJ5"}}`,
		kinds: []any{&iotcentral.SymmetricKeyAttestation{}, &iotcentral.TPMAttestation{}, &iotcentral.X509Attestation{}, &iotcentral.UnknownAttestation{}},
	},
	reflect.TypeFor[iotcentral.Destination](): {
		valid: `{"type":"webhook@v1","displayName":"destination","url":"https://example.com/hook"}`,
		kinds: []any{&iotcentral.BlobStorageV1Destination{}, &iotcentral.DataExplorerV1Destination{}, &iotcentral.EventHubsV1Destination{},
			&iotcentral.ServiceBusQueueV1Destination{}, &iotcentral.ServiceBusTopicV1Destination{}, &iotcentral.WebhookV1Destination{}, &iotcentral.UnknownDestination{}},
	},
	reflect.TypeFor[iotcentral.User](): {
		valid: `{"type":"email","email":"user@example.com","roles":[{"role":"ca310b8d-2f4a-44e0-a36e-957c202cd8d4"}]}`,
		kinds: []any{&iotcentral.EmailUser{}, &iotcentral.ServicePrincipalUser{}, &iotcentral.ADGroupUser{}, &iotcentral.UnknownUser{}},
	},
}

// validBodies holds, as JSON, a body for each model parameter whose zero
// value the client rejects (a required member missing), so that the valid
// call reaches the wire and every path parameter is checked there.
var validBodies = map[reflect.Type]string{
	reflect.TypeFor[iotcentral.APIToken]():                               `{"roles":[{"role":"ca310b8d-2f4a-44e0-a36e-957c202cd8d4"}]}`,
	reflect.TypeFor[iotcentral.DeviceGroup]():                            `{"displayName":"group","filter":"SELECT * FROM devices"}`,
	reflect.TypeFor[iotcentral.DeviceTemplate]():                         `{"@type":["ModelDefinition","DeviceModel"],"capabilityModel":{"@id":"dtmi:adversarial:model;1","@type":"Interface","contents":[]}}`,
	reflect.TypeFor[iotcentral.Job]():                                    `{"group":"group","data":[{"type":"cloudProperty","target":"dtmi:adversarial:model;1","path":"p","value":1}]}`,
	reflect.TypeFor[iotcentral.ScheduledJob]():                           `{"group":"group","data":[{"type":"cloudProperty","target":"dtmi:adversarial:model;1","path":"p","value":1}],"schedule":{"start":"2026-01-01T00:00:00Z"}}`,
	reflect.TypeFor[iotcentral.EnrollmentGroup]():                        `{"displayName":"group","type":"iot","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"cHJpbWFyeQ==","secondaryKey":"c2Vjb25kYXJ5"}}}`,
	reflect.TypeFor[iotcentral.SigningX509Certificate]():                 `{"certificate":"MIIBdummy"}`,
	reflect.TypeFor[iotcentral.X509VerificationCertificate]():            `{"certificate":"MIIBdummy"}`,
	reflect.TypeFor[iotcentral.Dashboard]():                              `{"displayName":"dashboard"}`,
	reflect.TypeFor[iotcentral.DeploymentManifest]():                     `{"data":{"modulesContent":{}}}`,
	reflect.TypeFor[iotcentral.Export]():                                 `{"displayName":"export","enabled":true,"source":"telemetry","destinations":[{"id":"d1"}]}`,
	reflect.TypeFor[iotcentral.FileUpload]():                             `{"connectionString":"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=a2V5;EndpointSuffix=core.windows.net","container":"files"}`,
	reflect.TypeFor[deviceprovisioning.VerificationCodeRequest]():        `{"certificate":"MIIBdummy"}`,
	reflect.TypeFor[deviceprovisioning.ProvisioningServiceDescription](): `{"location":"westus","sku":{"name":"S1","capacity":1},"properties":{}}`,
	reflect.TypeFor[deviceprovisioning.PrivateEndpointConnection]():      `{"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"ok"}}}`,
	reflect.TypeFor[deviceprovisioning.OperationInputs]():                `{"name":"dps1"}`,
	reflect.TypeFor[deviceprovisioning.QuerySpecification]():             `{"query":"SELECT * FROM enrollments"}`,
	reflect.TypeFor[deviceprovisioning.IndividualEnrollment]():           `{"registrationId":"r1","attestation":{"type":"symmetricKey"}}`,
	reflect.TypeFor[deviceprovisioning.EnrollmentGroup]():                `{"enrollmentGroupId":"g1","attestation":{"type":"symmetricKey"}}`,
	reflect.TypeFor[deviceprovisioning.BulkEnrollmentOperation]():        `{"mode":"create","enrollments":[{"registrationId":"r1","attestation":{"type":"symmetricKey"}}]}`,
	reflect.TypeFor[deviceprovisioning.BulkEnrollmentGroupOperation]():   `{"mode":"create","enrollmentGroups":[{"enrollmentGroupId":"g1","attestation":{"type":"symmetricKey"}}]}`,
}

// decodeInto decodes the JSON data into a new value of type t (an
// interface type takes the union's registered kinds).
func decodeInto(t reflect.Type, data string) (reflect.Value, error) {
	v := reflect.New(t)
	if err := wire.Unmarshal([]byte(data), v.Interface()); err != nil {
		return reflect.Value{}, fmt.Errorf("decoding %v from %s: %w", t, data, err)
	}
	return v.Elem(), nil
}

// constructors lists, for each parameter type that callers build from
// strings with constructor functions (iotcentral.Target), every
// constructor: an operation taking one is tried with each, and the hostile
// values go into each of the constructor's arguments.
var constructors = map[reflect.Type][]any{
	reflect.TypeFor[iotcentral.Target](): {iotcentral.DeviceTarget, iotcentral.ComponentTarget, iotcentral.ModuleTarget, iotcentral.ModuleComponentTarget},
}
