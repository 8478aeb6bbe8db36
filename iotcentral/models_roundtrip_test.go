package iotcentral

import (
	"testing"

	"github.com/azclients/azclients/internal/testkit"
)

// Every model keeps every field, at every level, through encode → decode →
// encode, unknown members included; a model added without its tags, or
// left out of this list, fails here.
func TestEveryModelRoundTrips(t *testing.T) {
	t.Parallel()
	testkit.CheckModels(t, ".",
		&ADGroupUser{},
		&NamedObject{},
		&APIToken{},
		&APITokenCollection{},
		&CloudPropertyJobData{},
		&Collection{},
		&CommandJobData{},
		&DateJobScheduleEnd{},
		&Device{},
		&DeviceCollection{},
		&DeviceCommand{},
		&DeviceCommandCollection{},
		&DeviceCredentials{},
		&DeviceGroup{},
		&DeviceGroupCollection{},
		&DeviceManifestMigrationJobData{},
		&DeviceRelationship{},
		&DeviceRelationshipCollection{},
		&DeviceTelemetry{},
		&DeviceTemplate{},
		&DeviceTemplateCollection{},
		&DeviceTemplateMigrationJobData{},
		&EmailUser{},
		&Job{},
		&JobBatch{},
		&JobCancellationThreshold{},
		&JobCollection{},
		&JobDeviceStatus{},
		&JobDeviceStatusCollection{},
		&JobProgress{},
		&JobSchedule{},
		&OccurrencesJobScheduleEnd{},
		&Organization{},
		&OrganizationCollection{},
		&PropertyJobData{},
		&PropertyMetadata{},
		&Role{},
		&RoleAssignment{},
		&RoleCollection{},
		&RuleFiredEvent{},
		&ScheduledJob{},
		&ScheduledJobCollection{},
		&ServicePrincipalUser{},
		&SymmetricKey{},
		&SymmetricKeyAttestation{},
		&TPM{},
		&TPMAttestation{},
		&UnknownAttestation{},
		&UnknownJobData{},
		&UnknownJobScheduleEnd{},
		&UnknownUser{},
		&UserCollection{},
		&WebhookAction{},
		&WebhookApplication{},
		&WebhookDevice{},
		&WebhookRule{},
		&WebhookValue{},
		&X509{},
		&X509Attestation{},
		&X509Certificate{},
		&X509CertificateInfo{},
		&X509Certificates{},
	)
}
