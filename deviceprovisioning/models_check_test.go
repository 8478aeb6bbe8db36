package deviceprovisioning_test

import (
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/testkit"
)

// Every exported model survives encode → decode → encode with every field
// filled at every level, plus unknown members at each level.
func TestEveryModelRoundTrips(t *testing.T) {
	t.Parallel()
	testkit.CheckModels(t, ".",
		// provisioning services
		new(dps.ProvisioningServiceDescription), new(dps.IotDpsPropertiesDescription), new(dps.IotDpsSkuInfo),
		new(dps.IotHubDefinitionDescription), new(dps.IPFilterRule), new(dps.SharedAccessSignatureAuthorizationRule),
		new(dps.DeviceRegistryNamespaceDescription), new(dps.TagsResource),
		new(dps.ManagedServiceIdentity), new(dps.UserAssignedIdentity), new(dps.SystemData),
		// results
		new(dps.ProvisioningServiceDescriptionListResult), new(dps.SharedAccessSignatureAuthorizationRuleListResult),
		new(dps.IotDpsSkuDefinitionListResult), new(dps.IotDpsSkuDefinition), new(dps.OperationInputs),
		new(dps.NameAvailabilityInfo), new(dps.AsyncOperationResult), new(dps.ErrorMessage),
		// private endpoints and link resources
		new(dps.PrivateEndpointConnection), new(dps.PrivateEndpointConnectionProperties), new(dps.PrivateEndpoint),
		new(dps.PrivateLinkServiceConnectionState), new(dps.GroupIDInformation), new(dps.GroupIDInformationProperties),
		new(dps.PrivateLinkResources),
		// certificates and the operation list
		new(dps.CertificateResponse), new(dps.CertificateProperties), new(dps.CertificateListDescription),
		new(dps.VerificationCodeResponse), new(dps.VerificationCodeResponseProperties), new(dps.VerificationCodeRequest),
		new(dps.Operation), new(dps.OperationDisplay), new(dps.OperationListResult),
		// the service API
		new(dps.IndividualEnrollment), new(dps.EnrollmentGroup), new(dps.DeviceRegistrationState),
		new(dps.DeviceCapabilities), new(dps.InitialTwin), new(dps.InitialTwinProperties), new(dps.TwinCollection),
		new(dps.TwinMetadata), new(dps.ReprovisionPolicy), new(dps.CustomAllocationDefinition), new(dps.QuerySpecification),
		new(dps.BulkEnrollmentOperation), new(dps.BulkEnrollmentOperationResult), new(dps.BulkEnrollmentOperationError),
		new(dps.BulkEnrollmentGroupOperation), new(dps.BulkEnrollmentGroupOperationResult), new(dps.BulkEnrollmentGroupOperationError),
		// attestations
		new(dps.SymmetricKeyAttestationMechanism), new(dps.X509AttestationMechanism), new(dps.TPMAttestationMechanism),
		new(dps.NoneAttestationMechanism), new(dps.UnknownAttestationMechanism), new(dps.SymmetricKeyAttestation),
		new(dps.TPMAttestation), new(dps.X509Attestation), new(dps.X509Certificates), new(dps.X509CAReferences),
		new(dps.X509CertificateWithInfo), new(dps.X509CertificateInfo),
	)
}
