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
	)
}
