package adversarial_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azlog "github.com/Azure/azure-sdk-for-go/sdk/azcore/log"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	azruntime "github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	cifake "github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/deviceprovisioning"
	dpsfake "github.com/azclients/azclients/deviceprovisioning/fake"
	"github.com/azclients/azclients/emulation"
	"github.com/azclients/azclients/iotcentral"
	centralfake "github.com/azclients/azclients/iotcentral/fake"
)

// openLogLeaks are secrets whose log check is an open defect, with the
// reason; every secret is still looked for in errors and printed values.
// None is open: issue 17 item 5 is fixed for every secret the sweep knows.
var openLogLeaks = map[string]string{}

// fastPoll polls the emulators without waiting.
var fastPoll = &azruntime.PollUntilDoneOptions{Frequency: time.Millisecond}

// sweep gathers, for one operation, the secrets it carries and everything
// it returned, and checks none of the secrets shows.
type sweep struct {
	t       *testing.T
	secrets map[string]string // secret → what it is
	printed []string          // %v, %+v and %#v of every returned value
	log     string            // what azcore logged meanwhile
	checked int               // secrets looked for
}

// secret records a secret to look for; an empty one fails the test, since
// looking for "" proves nothing.
func (s *sweep) secret(what string, value *string) {
	s.t.Helper()
	if value == nil || len(*value) < 8 {
		s.t.Fatalf("%s: no secret to look for (%v)", what, value)
	}
	s.secrets[*value] = what
}

// returned prints every value an operation returned, and every struct,
// pointer, interface and element reachable from it, with %v, %+v and %#v.
func (s *sweep) returned(values ...any) {
	for _, v := range values {
		if err, ok := v.(error); ok && err != nil {
			s.printed = append(s.printed, err.Error())
		}
		s.walk(reflect.ValueOf(v), 0)
	}
}

// failed records the error of a call the fault script made fail.
func (s *sweep) failed(err error) {
	s.t.Helper()
	if err == nil {
		s.t.Error("a call the fault script resets succeeded: the fault did not apply")
		return
	}
	s.returned(err)
}

func (s *sweep) walk(v reflect.Value, depth int) {
	if !v.IsValid() || depth > 8 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.CanInterface() && v.Elem().Kind() == reflect.Struct {
			s.print(v.Interface())
		}
		s.walk(v.Elem(), depth+1)
	case reflect.Struct:
		if v.CanInterface() {
			s.print(v.Interface())
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				s.walk(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range min(v.Len(), 16) {
			s.walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			s.walk(iter.Value(), depth+1)
		}
	}
}

func (s *sweep) print(v any) {
	s.printed = append(s.printed, fmt.Sprintf("%v", v), fmt.Sprintf("%+v", v), fmt.Sprintf("%#v", v))
}

// check fails the test for every secret found in the log or in what was
// printed.
func (s *sweep) check() {
	s.t.Helper()
	for secret, what := range s.secrets {
		s.checked++
		if reason, open := openLogLeaks[what]; open {
			s.t.Logf("%s: log not checked: %s", what, reason)
		} else if strings.Contains(s.log, secret) {
			s.t.Errorf("the azcore log holds %s", what)
		}
		for _, p := range s.printed {
			if strings.Contains(p, secret) {
				s.t.Errorf("%s is printed: %s", what, clip(p))
				break
			}
		}
	}
}

// logCapture collects everything azcore logs.
type logCapture struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *logCapture) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.buf.String()
	l.buf.Reset()
	return s
}

func bodyLogging() policy.LogOptions {
	return policy.LogOptions{IncludeBody: true}
}

// TestSecretsSweep runs every operation that carries a secret on the
// emulators with azcore logging on at every level and body logging on,
// then looks for each secret in the log, in every error string and in
// %v, %+v and %#v of every value returned. azcore's log listener is
// process-wide: the subtests run one after the other and the test is not
// parallel.
func TestSecretsSweep(t *testing.T) {
	capture := &logCapture{}
	azlog.SetEvents()
	azlog.SetListener(func(ev azlog.Event, msg string) {
		capture.mu.Lock()
		defer capture.mu.Unlock()
		capture.buf.WriteString(string(ev) + ": " + msg + "\n")
	})
	t.Cleanup(func() { azlog.SetListener(nil) })
	ctx := context.Background()
	total, operations := 0, 0

	run := func(name string, op func(s *sweep)) {
		t.Run(name, func(t *testing.T) {
			capture.take()
			s := &sweep{t: t, secrets: map[string]string{}}
			op(s)
			log := capture.take()
			if !strings.Contains(log, "OUTGOING REQUEST") {
				t.Fatalf("nothing was logged: the sweep proves nothing:\n%s", clip(log))
			}
			s.log = log
			s.check()
			total += s.checked
			operations++
		})
	}

	// Body logging is on: a body without secrets shows in the log.
	centralEmu := centralfake.NewEmulator(nil)
	centralOpts := &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: centralEmu, Retry: noRetry, Logging: bodyLogging()}}
	central, err := iotcentral.NewClient(iotCentralURL, staticCredential{}, centralOpts)
	if err != nil {
		t.Fatal(err)
	}
	capture.take()
	if _, err := central.DeviceGroups().Create(ctx, "proof", iotcentral.DeviceGroup{DisplayName: to.Ptr("body-logging-proof"), Filter: to.Ptr("SELECT * FROM devices")}, nil); err != nil {
		t.Fatal(err)
	}
	if log := capture.take(); !strings.Contains(log, "body-logging-proof") {
		t.Fatalf("a request body is not logged: body logging is off and the sweep proves nothing:\n%s", clip(log))
	}

	// Device Provisioning Service: the resource provider.
	dpsEmu := dpsfake.NewEmulator(&dpsfake.EmulatorOptions{Polls: -1})
	armOpts := arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: dpsEmu, Retry: noRetry, Logging: bodyLogging()}}
	services, err := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOpts})
	if err != nil {
		t.Fatal(err)
	}
	const hubKey = "aHViLWtleS1zZWNyZXQtMDAwMQ=="
	run("deviceprovisioning/ProvisioningServicesClient.BeginCreateOrUpdate", func(s *sweep) {
		owner := &deviceprovisioning.SharedAccessSignatureAuthorizationRule{
			KeyName:      to.Ptr("provisioningserviceowner"),
			PrimaryKey:   to.Ptr("cHV0LXByaW1hcnkta2V5LXNlY3JldA=="),
			SecondaryKey: to.Ptr("cHV0LXNlY29uZGFyeS1rZXktc2VjcmV0"),
			Rights:       to.Ptr(deviceprovisioning.AccessRightsDescription("ServiceConfig, DeviceConnect, EnrollmentWrite")),
		}
		s.secret("a policy's primary key in the PUT body", owner.PrimaryKey)
		s.secret("a policy's secondary key in the PUT body", owner.SecondaryKey)
		hub := "HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=" + hubKey
		s.secret("a linked hub's key in the PUT body", to.Ptr(hubKey))
		p, err := services.BeginCreateOrUpdate(ctx, "rg", "secret-dps", deviceprovisioning.ProvisioningServiceDescription{
			Location: to.Ptr("logged-dps-location"),
			SKU:      &deviceprovisioning.IotDpsSkuInfo{Name: to.Ptr(deviceprovisioning.IotDpsSkuS1), Capacity: to.Ptr[int64](1)},
			Properties: &deviceprovisioning.IotDpsPropertiesDescription{
				AuthorizationPolicies: []deviceprovisioning.SharedAccessSignatureAuthorizationRule{*owner},
				IotHubs:               []deviceprovisioning.IotHubDefinitionDescription{{ConnectionString: &hub, Location: to.Ptr("eastus")}},
			},
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.PollUntilDone(ctx, fastPoll)
		s.returned(p, got, err)
		if err != nil {
			t.Fatal(err)
		}
	})
	var dpsKey string
	run("deviceprovisioning/ProvisioningServicesClient.ListKeys", func(s *sweep) {
		for rule, err := range services.ListKeysIter(ctx, "rg", "secret-dps", nil) {
			if err != nil {
				t.Fatal(err)
			}
			dpsKey = *rule.PrimaryKey
			s.secret("listkeys' primary key", rule.PrimaryKey)
			s.secret("listkeys' secondary key", rule.SecondaryKey)
			s.returned(rule)
		}
		page, err := services.NewListKeysPager("rg", "secret-dps", nil).NextPage(ctx)
		s.returned(page, err)
		one, err := services.ListKeysForKeyName(ctx, "rg", "secret-dps", "provisioningserviceowner", nil)
		s.returned(one, err)
	})
	run("deviceprovisioning/ProvisioningServicesClient.BeginModify", func(s *sweep) {
		for rule, err := range services.ListKeysIter(ctx, "rg", "secret-dps", nil) {
			if err != nil {
				t.Fatal(err)
			}
			s.secret("a key BeginModify reads and writes back", rule.PrimaryKey)
		}
		p, err := services.BeginModify(ctx, "rg", "secret-dps", func(d *deviceprovisioning.ProvisioningServiceDescription) error {
			d.Tags = map[string]string{"modified": "yes"}
			return nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.PollUntilDone(ctx, fastPoll)
		s.returned(p, got, err)
		if err != nil {
			t.Fatal(err)
		}
	})

	// Device Provisioning Service: the service API, signed with a policy key.
	dpsService, err := deviceprovisioning.NewServiceClientForProvisioningService(ctx, services, "rg", "secret-dps", "", &deviceprovisioning.ServiceClientOptions{
		ClientOptions: azcore.ClientOptions{Transport: dpsEmu, Retry: noRetry, Logging: bodyLogging()},
	})
	if err != nil {
		t.Fatal(err)
	}
	symmetric := func(primary, secondary string) deviceprovisioning.AttestationMechanism {
		return &deviceprovisioning.SymmetricKeyAttestationMechanism{SymmetricKey: &deviceprovisioning.SymmetricKeyAttestation{PrimaryKey: &primary, SecondaryKey: &secondary}}
	}
	run("deviceprovisioning/EnrollmentsClient", func(s *sweep) {
		s.secret("an enrollment's primary key", to.Ptr("ZW5yb2xsbWVudC1wcmltYXJ5LXNlY3JldA=="))
		s.secret("an enrollment's secondary key", to.Ptr("ZW5yb2xsbWVudC1zZWNvbmRhcnktc2VjcmV0"))
		e := dpsService.Enrollments()
		created, err := e.CreateOrUpdate(ctx, "logged-registration", deviceprovisioning.IndividualEnrollment{
			Attestation: symmetric("ZW5yb2xsbWVudC1wcmltYXJ5LXNlY3JldA==", "ZW5yb2xsbWVudC1zZWNvbmRhcnktc2VjcmV0"),
		}, nil)
		s.returned(created, err)
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.Get(ctx, "logged-registration", nil)
		s.returned(got, err)
		mech, err := e.GetAttestationMechanism(ctx, "logged-registration", nil)
		s.returned(mech, err)
		for item, err := range e.QueryIter(ctx, deviceprovisioning.QuerySpecification{Query: to.Ptr("SELECT * FROM enrollments")}, nil) {
			s.returned(item, err)
		}
		bulk, err := e.RunBulkOperation(ctx, deviceprovisioning.BulkEnrollmentOperation{
			Mode: to.Ptr(deviceprovisioning.BulkOperationModeCreate),
			Enrollments: []deviceprovisioning.IndividualEnrollment{{
				RegistrationID: to.Ptr("bulk-device"),
				Attestation:    symmetric("YnVsay1wcmltYXJ5LWtleS1zZWNyZXQ=", "YnVsay1zZWNvbmRhcnkta2V5LXNlY3JldA=="),
			}},
		}, nil)
		s.secret("a bulk enrollment's key", to.Ptr("YnVsay1wcmltYXJ5LWtleS1zZWNyZXQ="))
		s.returned(bulk, err)
	})
	run("deviceprovisioning/EnrollmentGroupsClient", func(s *sweep) {
		s.secret("a group's primary key", to.Ptr("Z3JvdXAtcHJpbWFyeS1rZXktc2VjcmV0"))
		g := dpsService.EnrollmentGroups()
		created, err := g.CreateOrUpdate(ctx, "logged-group", deviceprovisioning.EnrollmentGroup{
			Attestation: symmetric("Z3JvdXAtcHJpbWFyeS1rZXktc2VjcmV0", "Z3JvdXAtc2Vjb25kYXJ5LWtleS1zZWNyZXQ="),
		}, nil)
		s.returned(created, err)
		if err != nil {
			t.Fatal(err)
		}
		mech, err := g.GetAttestationMechanism(ctx, "logged-group", nil)
		s.returned(mech, err)
	})

	// IoT Central.
	var token string
	run("iotcentral/APITokensClient.Create", func(s *sweep) {
		created, err := central.APITokens().Create(ctx, "logged-token", iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleAdministrator)}}}, nil)
		s.returned(created, err)
		if err != nil {
			t.Fatal(err)
		}
		s.secret("the API token Create returns", created.Token)
		token = *created.Token
	})
	run("iotcentral/NewClientWithAPITokenString", func(s *sweep) {
		s.secret("the API token as a credential", &token)
		byToken, err := iotcentral.NewClientWithAPITokenString(iotCentralURL, token, centralOpts)
		s.returned(byToken, err)
		if err != nil {
			t.Fatal(err)
		}
		got, err := byToken.Devices().Create(ctx, "logged-by-token", iotcentral.Device{DisplayName: to.Ptr("logged-by-token")}, nil)
		s.returned(got, err)
		_, err = byToken.Devices().Get(ctx, "missing-device", nil)
		s.returned(err)
	})
	run("iotcentral/DevicesClient attestation and credentials", func(s *sweep) {
		devices := central.Devices()
		if _, err := devices.Create(ctx, "logged-device", iotcentral.Device{DisplayName: to.Ptr("logged-device")}, nil); err != nil {
			t.Fatal(err)
		}
		generated, err := devices.GetAttestation(ctx, "logged-device", nil)
		s.returned(generated, err)
		if sym, ok := generated.Attestation.(*iotcentral.SymmetricKeyAttestation); ok {
			s.secret("a generated attestation key", sym.SymmetricKey.PrimaryKey)
		}
		creds, err := devices.GetCredentials(ctx, "logged-device", nil)
		s.returned(creds, err)
		if err != nil {
			t.Fatal(err)
		}
		s.secret("a device credential's primary key", creds.SymmetricKey.PrimaryKey)
		s.secret("a device credential's secondary key", creds.SymmetricKey.SecondaryKey)
		set := &iotcentral.SymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{
			PrimaryKey: to.Ptr("YXR0ZXN0YXRpb24tcHJpbWFyeS1zZWNyZXQ="), SecondaryKey: to.Ptr("YXR0ZXN0YXRpb24tc2Vjb25kYXJ5LXNlY3JldA=="),
		}}
		s.secret("an attestation key sent with CreateAttestation", set.SymmetricKey.PrimaryKey)
		created, err := devices.CreateAttestation(ctx, "logged-device", set, nil)
		s.returned(created, err)
		patch := &iotcentral.SymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{
			PrimaryKey: to.Ptr("dXBkYXRlZC1wcmltYXJ5LWtleS1zZWNyZXQ="), SecondaryKey: to.Ptr("dXBkYXRlZC1zZWNvbmRhcnkta2V5LXNlY3JldA=="),
		}}
		s.secret("an attestation key sent with UpdateAttestation", patch.SymmetricKey.PrimaryKey)
		updated, err := devices.UpdateAttestation(ctx, "logged-device", patch, nil)
		s.returned(updated, err)
		again, err := devices.GetAttestation(ctx, "logged-device", nil)
		s.returned(again, err)
	})
	run("iotcentral/EnrollmentGroupsClient.Create", func(s *sweep) {
		group := iotcentral.EnrollmentGroup{
			DisplayName: to.Ptr("logged-group"),
			Type:        to.Ptr(iotcentral.EnrollmentGroupTypeIoT),
			Attestation: &iotcentral.GroupSymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{
				PrimaryKey: to.Ptr("Y2VudHJhbC1ncm91cC1wcmltYXJ5LXNlY3JldA=="), SecondaryKey: to.Ptr("Y2VudHJhbC1ncm91cC1zZWNvbmRhcnktc2VjcmV0"),
			}},
		}
		s.secret("a group key sent with Create", to.Ptr("Y2VudHJhbC1ncm91cC1wcmltYXJ5LXNlY3JldA=="))
		created, err := central.EnrollmentGroups().Create(ctx, "logged-group", group, nil)
		s.returned(created, err)
		got, err := central.EnrollmentGroups().Get(ctx, "logged-group", nil)
		s.returned(got, err)
	})
	run("iotcentral/FileUploadsClient.Create", func(s *sweep) {
		const key = "ZmlsZS11cGxvYWQtYWNjb3VudC1rZXk="
		s.secret("a file upload connection string's key", to.Ptr(key))
		created, err := central.FileUploads().Create(ctx, iotcentral.FileUpload{
			ConnectionString: to.Ptr("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + key + ";EndpointSuffix=core.windows.net"),
			Container:        to.Ptr("logged-container"),
		}, nil)
		s.returned(created, err)
		got, err := central.FileUploads().Get(ctx, nil)
		s.returned(got, err)
	})

	run("iotcentral/DestinationsClient", func(s *sweep) {
		previewOpts := *centralOpts
		previewOpts.APIVersion = iotcentral.QueryPreviewAPIVersion
		preview, err := iotcentral.NewClient(iotCentralURL, staticCredential{}, &previewOpts)
		if err != nil {
			t.Fatal(err)
		}
		const accountKey = "ZXhwb3J0LWFjY291bnQta2V5LXNlY3JldA=="
		const headerValue = "Bearer d2ViaG9vay1oZWFkZXItc2VjcmV0"
		s.secret("an export destination's connection string key", to.Ptr(accountKey))
		s.secret("a webhook destination's authorization header", to.Ptr(headerValue))
		blob, err := preview.Destinations().Create(ctx, "blob", &iotcentral.BlobStorageV1Destination{
			DisplayName: to.Ptr("blob"),
			Authorization: &iotcentral.BlobStorageV1DestinationConnectionStringAuth{
				ConnectionString: to.Ptr("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + accountKey + ";EndpointSuffix=core.windows.net"),
				ContainerName:    to.Ptr("exports"),
			},
		}, nil)
		s.returned(blob, err)
		if err != nil {
			t.Fatal(err)
		}
		hook, err := preview.Destinations().Create(ctx, "hook", &iotcentral.WebhookV1Destination{
			DisplayName:   to.Ptr("hook"),
			URL:           to.Ptr("https://example.com/hook"),
			Authorization: &iotcentral.WebhookV1DestinationHeaderAuth{Value: to.Ptr(headerValue)},
		}, nil)
		s.returned(hook, err)
		if err != nil {
			t.Fatal(err)
		}
		got, err := preview.Destinations().Get(ctx, "blob", nil)
		s.returned(got, err)
		for d, err := range preview.Destinations().ListIter(ctx, nil) {
			s.returned(d, err)
		}
	})

	// Customer Insights.
	ciEmu := cifake.NewEmulator(&cifake.EmulatorOptions{Polls: -1})
	ci, err := customerinsights.NewClientFactory(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: ciEmu, Retry: noRetry, Logging: bodyLogging()}}})
	if err != nil {
		t.Fatal(err)
	}
	run("customerinsights/AuthorizationPoliciesClient", func(s *sweep) {
		if _, err := ci.NewHubsClient().CreateOrUpdate(ctx, "rg", "hub1", customerinsights.Hub{Location: to.Ptr("logged-hub-location")}, nil); err != nil {
			t.Fatal(err)
		}
		policies := ci.NewAuthorizationPoliciesClient()
		s.secret("a policy key sent with CreateOrUpdate", to.Ptr("Y2ktcG9saWN5LXByaW1hcnkta2V5"))
		created, err := policies.CreateOrUpdate(ctx, "rg", "hub1", "ingest", customerinsights.AuthorizationPolicyResourceFormat{Properties: &customerinsights.AuthorizationPolicy{
			Permissions: []customerinsights.PermissionTypes{customerinsights.PermissionTypesRead}, PrimaryKey: to.Ptr("Y2ktcG9saWN5LXByaW1hcnkta2V5"),
		}}, nil)
		s.returned(created, err)
		if err != nil {
			t.Fatal(err)
		}
		s.secret("a generated secondary key", created.Properties.SecondaryKey)
		regenerated, err := policies.RegeneratePrimaryKey(ctx, "rg", "hub1", "ingest", nil)
		s.returned(regenerated, err)
		if err == nil {
			s.secret("a regenerated primary key", regenerated.PrimaryKey)
		}
		got, err := policies.Get(ctx, "rg", "hub1", "ingest", nil)
		s.returned(got, err)
	})

	// Constructors refusing a credential: the error must not quote it.
	t.Run("constructors refusing a credential", func(t *testing.T) {
		s := &sweep{t: t, secrets: map[string]string{}}
		const key = "Y29uc3RydWN0b3Ita2V5LXNlY3JldC12YWx1ZQ=="
		s.secret("a shared access key in a connection string", to.Ptr(key))
		for _, cs := range []string{
			"HostName=dps.azure-devices-provisioning.net;SharedAccessKeyName=owner;SharedAccessKey=" + key + ";Extra",
			"SharedAccessKeyName=owner;SharedAccessKey=" + key,
			"HostName=;SharedAccessKeyName=owner;SharedAccessKey=" + key,
			"HostName=http://dps.example;SharedAccessKeyName=owner;SharedAccessKey=" + key,
			"HostName=dps.azure-devices-provisioning.net;SharedAccessKey=" + key,
			"HostName=dps.azure-devices-provisioning.net;SharedAccessKeyName=owner;SharedAccessKey=" + key + "%%not-base64",
			"HostName=dps.azure-devices-provisioning.net;SharedAccessKeyName=owner;SharedAccessKey=" + key + ";SharedAccessKey=" + key,
		} {
			c, err := deviceprovisioning.NewServiceClientFromConnectionString(cs, nil)
			s.returned(c, err)
		}
		cred, err := deviceprovisioning.NewSharedAccessKeyCredential("", key, nil)
		s.returned(cred, err)
		cred, err = deviceprovisioning.NewSharedAccessKeyCredential("owner", key+"!!", nil)
		s.returned(cred, err)
		const token = "SharedAccessSignature sr=app&sig=Y29uc3RydWN0b3ItdG9rZW4&se=1&skn=t"
		s.secret("an IoT Central API token refused over http", to.Ptr(token))
		c, err := iotcentral.NewClientWithAPITokenString("http://app.azureiotcentral.com/api", token, nil)
		s.returned(c, err)
		if err == nil {
			t.Error("an API token over plain http was accepted")
		}
		c, err = iotcentral.NewClientWithAPITokenString("not a url", token, nil)
		s.returned(c, err)
		s.check()
		total += s.checked
		operations++
	})

	// Transport failures on secret-carrying requests: the errors must not
	// carry a secret either.
	run("transport resets on secret-carrying requests", func(s *sweep) {
		s.secret("a key of the service whose requests reset", &dpsKey)
		dpsEmu.AddFaults(emulation.Fault{Kind: emulation.FaultReset, Times: 3})
		_, err := services.ListKeysForKeyName(ctx, "rg", "secret-dps", "provisioningserviceowner", nil)
		s.failed(err)
		_, err = dpsService.Enrollments().Get(ctx, "logged-registration", nil)
		s.failed(err)
		_, err = dpsService.Enrollments().GetAttestationMechanism(ctx, "logged-registration", nil)
		s.failed(err)
		centralEmu.AddFaults(emulation.Fault{Kind: emulation.FaultReset, Times: 2})
		s.secret("the API token of a request that resets", &token)
		byToken, _ := iotcentral.NewClientWithAPITokenString(iotCentralURL, token, centralOpts)
		_, err = byToken.Devices().GetCredentials(ctx, "logged-device", nil)
		s.failed(err)
		_, err = byToken.APITokens().Get(ctx, "logged-token", nil)
		s.failed(err)
	})
	t.Logf("secrets sweep: %d secrets checked over %d operations groups", total, operations)
}
