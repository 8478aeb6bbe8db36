package deviceprovisioning_test

import (
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/testkit"
)

const (
	enrollmentBody = `{"registrationId":"d-1","deviceId":"d","attestation":{"type":"x509","x509":{"clientCertificates":{"primary":{"info":{"subjectName":"CN=d","notBeforeUtc":"2026-01-01T00:00:00Z","version":3}}}}},` +
		`"initialTwin":{"tags":{"site":"a"},"properties":{"desired":{"interval":30,"$metadata":{"x":1}}}},"capabilities":{"iotEdge":true},"provisioningStatus":"enabled",` +
		`"reprovisionPolicy":{"updateHubAssignment":true,"migrateDeviceData":false},"allocationPolicy":"custom","customAllocationDefinition":{"webhookUrl":"https://f","apiVersion":"2021-10-01"},` +
		`"registrationState":{"registrationId":"d-1","status":"assigned","errorCode":400209,"payload":{"a":[1]}},"iotHubs":["h"],"etag":"\"e\"","createdDateTimeUtc":"2026-01-01T00:00:00.1234567Z"}`
	enrollmentGroupBody = `{"enrollmentGroupId":"g","attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"a2V5","secondaryKey":null}},"iotHubs":[]}`
	certBody            = `{"id":"/x","name":"root","etag":"AAAA","properties":{"subject":"CN=root","expiry":"Sat, 01 Jan 2035 00:00:00 GMT","isVerified":false,"certificate":"LS0t","created":"Thu, 01 Jan 2026 00:00:00 GMT"}}`
)

func FuzzIndividualEnrollment(f *testing.F) {
	for _, s := range []string{enrollmentBody, enrollmentGroupBody, `{"attestation":{"type":"none"}}`, `{"attestation":{"type":"future","future":{}}}`, `{"attestation":null}`, `{"attestation":{"type":7}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.IndividualEnrollment](t, data)
		testkit.CheckStable[dps.EnrollmentGroup](t, data)
		testkit.CheckStable[dps.DeviceRegistrationState](t, data)
	})
}

func FuzzBulkResults(f *testing.F) {
	for _, s := range []string{`{"isSuccessful":false,"errors":[{"registrationId":"a","errorCode":409001,"errorStatus":"exists"}]}`, `{"errors":[{"enrollmentGroupId":"g","errorCode":1e2}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.BulkEnrollmentOperationResult](t, data)
		testkit.CheckStable[dps.BulkEnrollmentGroupOperationResult](t, data)
	})
}

func FuzzCertificateResponse(f *testing.F) {
	for _, s := range []string{certBody, `{"properties":{"expiry":"2035-01-01T00:00:00Z"}}`, `{"properties":{"verificationCode":"ABC","expiry":"x"}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.CertificateResponse](t, data)
		testkit.CheckStable[dps.VerificationCodeResponse](t, data)
		testkit.CheckStable[dps.OperationListResult](t, data)
	})
}
