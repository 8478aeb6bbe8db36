package fake_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	azlog "github.com/Azure/azure-sdk-for-go/sdk/azcore/log"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// TestSecretsStayOutOfBodyLogs runs every operation that carries a key with
// azcore logging on and Logging.IncludeBody set, and finds none of the keys
// in the log (issue 17 item 5). azcore's listener is process-wide, so this
// test does not run in parallel.
func TestSecretsStayOutOfBodyLogs(t *testing.T) {
	const (
		policyKey = "cG9saWN5LXByaW1hcnkta2V5LXNlY3JldA=="
		deviceKey = "ZGV2aWNlLXByaW1hcnkta2V5LXNlY3JldA=="
	)
	var mu sync.Mutex
	var logged strings.Builder
	azlog.SetListener(func(_ azlog.Event, msg string) {
		mu.Lock()
		defer mu.Unlock()
		logged.WriteString(msg + "\n")
	})
	defer azlog.SetListener(nil)

	ctx := context.Background()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	logging := policy.LogOptions{IncludeBody: true}
	services, err := dps.NewProvisioningServicesClient("91d12660-3dec-467a-be2a-213b5544ddc0", &azfake.TokenCredential{}, &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: emu, Logging: logging, Retry: policy.RetryOptions{MaxRetries: -1},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	d := newService()
	d.Properties.AuthorizationPolicies = []dps.SharedAccessSignatureAuthorizationRule{
		{KeyName: to.Ptr("mine"), PrimaryKey: to.Ptr(policyKey), SecondaryKey: to.Ptr(policyKey), Rights: to.Ptr(dps.AccessRights(dps.AccessRightsDescriptionServiceConfig, dps.AccessRightsDescriptionEnrollmentWrite, dps.AccessRightsDescriptionEnrollmentRead, dps.AccessRightsDescriptionRegistrationStatusRead, dps.AccessRightsDescriptionRegistrationStatusWrite))},
	}
	poller, err := services.BeginCreateOrUpdate(ctx, "rg", "logged-dps", d, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	for _, err := range services.ListKeysIter(ctx, "rg", "logged-dps", nil) {
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := services.ListKeysForKeyName(ctx, "rg", "logged-dps", "mine", nil); err != nil {
		t.Fatal(err)
	}
	svc, err := dps.NewServiceClientForProvisioningService(ctx, services, "rg", "logged-dps", "mine",
		&dps.ServiceClientOptions{ClientOptions: policy.ClientOptions{Transport: emu, Logging: logging}})
	if err != nil {
		t.Fatal(err)
	}
	sym := &dps.SymmetricKeyAttestationMechanism{SymmetricKey: &dps.SymmetricKeyAttestation{PrimaryKey: to.Ptr(deviceKey), SecondaryKey: to.Ptr(deviceKey)}}
	if _, err := svc.EnrollmentGroups().CreateOrUpdate(ctx, "logged", dps.EnrollmentGroup{Attestation: sym}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.EnrollmentGroups().Get(ctx, "logged", nil); err != nil {
		t.Fatal(err)
	}

	mu.Lock()
	got := logged.String()
	mu.Unlock()
	if !strings.Contains(got, "listkeys") || !strings.Contains(got, "enrollmentGroups/logged") {
		t.Fatalf("the operations were not logged at all:\n%s", got)
	}
	for name, secret := range map[string]string{"policy key": policyKey, "device key": deviceKey} {
		if strings.Contains(got, secret) {
			t.Errorf("the %s is in the log", name)
		}
	}
}
