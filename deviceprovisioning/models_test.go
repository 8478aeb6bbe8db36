package deviceprovisioning_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// seedRequest is seed 001's request as a user writes it.
func seedRequest() dps.ProvisioningServiceDescription {
	return dps.ProvisioningServiceDescription{
		Location:   ptr("East US"),
		Properties: &dps.IotDpsPropertiesDescription{EnableDataResidency: ptr(false)},
		SKU:        &dps.IotDpsSkuInfo{Name: ptr(dps.IotDpsSkuS1), Capacity: ptr[int64](1)},
		Tags:       map[string]string{},
	}
}

func TestSeed001RequestVector(t *testing.T) {
	t.Parallel()
	want := testkit.ReadVector(t, "seed001_request.json")

	t.Run("typed model encodes to the sample", func(t *testing.T) {
		t.Parallel()
		got, err := json.Marshal(seedRequest())
		if err != nil {
			t.Fatal(err)
		}
		testkit.SameJSON(t, got, want)
	})
	t.Run("sample decodes to the typed model", func(t *testing.T) {
		t.Parallel()
		var d dps.ProvisioningServiceDescription
		if err := json.Unmarshal(want, &d); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(seedRequest(), d); diff != "" {
			t.Errorf("decoded sample (-want +got):\n%s", diff)
		}
	})
	t.Run("the PUT sends it", func(t *testing.T) {
		t.Parallel()
		s := newScript(t, step{method: http.MethodPut, path: servicePath, status: http.StatusOK, body: string(testkit.ReadVector(t, "seed001_response.json"))})
		poller, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", seedRequest(), nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := poller.PollUntilDone(context.Background(), fastPoll)
		if err != nil {
			t.Fatal(err)
		}
		req := s.Requests()[0]
		testkit.SameJSON(t, req.Body, want)
		if ct := req.Header.Get("Content-Type"); ct != "application/json" {
			t.Errorf("Content-Type %q", ct)
		}
		if req.Query != "api-version=2022-12-12" {
			t.Errorf("query %q", req.Query)
		}
		if *got.Properties.IDScope != "0ne00000012" {
			t.Errorf("result %+v", got.Properties)
		}
	})
}

func TestResponseVectorsAreLossless(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		into  interface{ json.Unmarshaler }
		check func(t *testing.T, v any)
	}{
		{"seed001_response.json", new(dps.ProvisioningServiceDescription), func(t *testing.T, v any) {
			d := v.(*dps.ProvisioningServiceDescription)
			p := d.Properties
			if *d.Etag != "AAAAAAAADGk=" || *d.ResourceGroup != "myResourceGroup" || *d.SubscriptionID != subscriptionID ||
				*p.State != dps.StateActive || *p.AllocationPolicy != dps.AllocationPolicyHashed || *d.SKU.Tier != "Standard" ||
				d.Tags == nil || len(d.Tags) != 0 || p.AuthorizationPolicies == nil || len(p.AuthorizationPolicies) != 0 ||
				*p.EnableDataResidency || *p.PortalOperationsHostName != "myFirstProvisioningService.services.azure-devices-provisioning.net" {
				t.Errorf("decoded %+v %+v", d, p)
			}
		}},
		{"preview_response.json", new(dps.ProvisioningServiceDescription), func(t *testing.T, v any) {
			d := v.(*dps.ProvisioningServiceDescription)
			p := d.Properties
			ns, hub, id := p.DeviceRegistryNamespace, p.IotHubs[0], d.Identity
			if *id.Type != dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned || len(id.UserAssignedIdentities) != 2 ||
				*ns.AuthenticationType != dps.DeviceRegistryNamespaceAuthenticationTypeUserAssigned || ns.SelectedUserAssignedIdentityResourceID == nil ||
				*hub.AuthenticationType != dps.IotHubAuthenticationTypeUserAssigned || *hub.AllocationWeight != 2 || hub.ConnectionString != nil ||
				*p.IPFilterRules[0].Target != dps.IPFilterTargetTypeServiceAPI || !p.AuthorizationPolicies[0].Rights.Has(dps.AccessRightsDescriptionDeviceConnect) ||
				*d.SystemData.LastModifiedByType != dps.CreatedByTypeApplication ||
				!d.SystemData.LastModifiedAt.Equal(time.Date(2025, 3, 2, 11, 30, 15, 5e8, time.UTC)) {
				t.Errorf("decoded %+v %+v", d, p)
			}
		}},
		{"listkeys_response.json", new(dps.SharedAccessSignatureAuthorizationRuleListResult), func(t *testing.T, v any) {
			r := v.(*dps.SharedAccessSignatureAuthorizationRuleListResult)
			if len(r.Value) != 2 || *r.Value[1].KeyName != "key2" || r.Value[1].SecondaryKey == nil || r.NextLink != nil {
				t.Errorf("decoded %v", r.Value)
			}
		}},
		{"private_endpoint_connections_response.json", new(connectionArray), func(t *testing.T, v any) {
			l := *v.(*connectionArray)
			if len(l) != 1 || *l[0].Properties.PrivateLinkServiceConnectionState.Status != dps.PrivateLinkServiceConnectionStatusApproved {
				t.Errorf("decoded %+v", l)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			data := testkit.ReadVector(t, tt.file)
			if err := tt.into.UnmarshalJSON(data); err != nil {
				t.Fatal(err)
			}
			tt.check(t, tt.into)
			got, err := json.Marshal(tt.into)
			if err != nil {
				t.Fatal(err)
			}
			testkit.SameJSON(t, got, data)
		})
	}
}

func TestSeed001EmptyCollectionsStayEmpty(t *testing.T) {
	t.Parallel()
	var d dps.ProvisioningServiceDescription
	if err := d.UnmarshalJSON(testkit.ReadVector(t, "seed001_response.json")); err != nil {
		t.Fatal(err)
	}
	got, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"tags":{}`, `"authorizationPolicies":[]`} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("re-encoding lacks %s: %s", want, got)
		}
	}
}

// The service writes the combined identity type with and without a space:
// the model keeps what was sent (a round trip changes nothing), and
// ParseManagedServiceIdentityType and the Has methods accept both.
func TestIdentityTypeKeepsEitherSpelling(t *testing.T) {
	t.Parallel()
	tests := []struct {
		wire string
		want dps.ManagedServiceIdentityType
	}{
		{"SystemAssigned,UserAssigned", dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned},
		{"SystemAssigned, UserAssigned", dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned},
		{" systemassigned ,  userassigned ", dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned},
		{"UserAssigned", dps.ManagedServiceIdentityTypeUserAssigned},
		{"None", dps.ManagedServiceIdentityTypeNone},
		{"SystemAssigned, Federated", "SystemAssigned, Federated"},
	}
	for _, tt := range tests {
		t.Run(tt.wire, func(t *testing.T) {
			t.Parallel()
			doc := `{"type":"` + tt.wire + `"}`
			var m dps.ManagedServiceIdentity
			if err := json.Unmarshal([]byte(doc), &m); err != nil {
				t.Fatal(err)
			}
			if got := dps.ParseManagedServiceIdentityType(string(*m.Type)); got != tt.want {
				t.Errorf("parsed %q, want %q", got, tt.want)
			}
			got, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != doc {
				t.Errorf("encoded %s, want %s as sent", got, doc)
			}
		})
	}
	if !dps.ManagedServiceIdentityType("SystemAssigned, UserAssigned").HasUserAssigned() ||
		!dps.ManagedServiceIdentityType("SystemAssigned, UserAssigned").HasSystemAssigned() ||
		!dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned.HasSystemAssigned() ||
		dps.ManagedServiceIdentityTypeUserAssigned.HasSystemAssigned() || dps.ManagedServiceIdentityTypeNone.HasUserAssigned() {
		t.Error("HasSystemAssigned / HasUserAssigned disagree with the type")
	}
}

func TestAccessRights(t *testing.T) {
	t.Parallel()
	combined := dps.AccessRights(dps.AccessRightsDescriptionServiceConfig, dps.AccessRightsDescriptionDeviceConnect, "serviceconfig", "EnrollmentWrite, DeviceConnect")
	if combined != "ServiceConfig, DeviceConnect, EnrollmentWrite" {
		t.Errorf("AccessRights = %q", combined)
	}
	if diff := cmp.Diff([]dps.AccessRightsDescription{"ServiceConfig", "DeviceConnect", "EnrollmentWrite"}, dps.AccessRightsDescription(" ServiceConfig,DeviceConnect ,, EnrollmentWrite").Rights()); diff != "" {
		t.Errorf("Rights (-want +got):\n%s", diff)
	}
	tests := []struct {
		have, want dps.AccessRightsDescription
		ok         bool
	}{
		{combined, dps.AccessRightsDescriptionDeviceConnect, true},
		{combined, "deviceconnect, serviceConfig", true},
		{combined, dps.AccessRightsDescriptionEnrollmentRead, false},
		{combined, "DeviceConnect, RegistrationStatusRead", false},
		{"", dps.AccessRightsDescriptionDeviceConnect, false},
		{"DeviceConnect", "", true},
	}
	for _, tt := range tests {
		if got := tt.have.Has(tt.want); got != tt.ok {
			t.Errorf("%q.Has(%q) = %v", tt.have, tt.want, got)
		}
	}
	if dps.AccessRights() != "" || dps.AccessRightsDescription("").Rights() != nil {
		t.Error("empty rights are not empty")
	}
}

func TestUnknownMembersSurviveAModification(t *testing.T) {
	t.Parallel()
	in := `{"location":"eastus","futureTopLevel":{"a":[1,2]},"sku":{"name":"S1","capacity":1,"futureSku":true},` +
		`"properties":{"futureProp":"x","iotHubs":[{"connectionString":"HostName=h;SharedAccessKey=****","location":"eastus","futureHub":1}],` +
		`"ipFilterRules":[{"filterName":"a","action":"Accept","ipMask":"10.0.0.0/8","futureRule":null}],` +
		`"authorizationPolicies":[{"keyName":"k","rights":"ServiceConfig","futurePolicy":"p"}],` +
		`"privateEndpointConnections":[{"properties":{"privateLinkServiceConnectionState":{"status":"Pending","description":"","futureState":2},"futurePec":3}}],` +
		`"deviceRegistryNamespace":{"resourceId":"r","authenticationType":"SystemAssigned","futureNs":[]}},` +
		`"identity":{"type":"SystemAssigned","futureIdentity":{},"userAssignedIdentities":{"u":{"futureUai":"x"}}},"systemData":{"futureSd":1}}`
	var d dps.ProvisioningServiceDescription
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	d.Tags = map[string]string{"env": "prod"}
	d.Properties.IotHubs[0].AllocationWeight = ptr[int32](5)
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(in, `"location":"eastus","futureTopLevel"`, `"location":"eastus","tags":{"env":"prod"},"futureTopLevel"`, 1)
	want = strings.Replace(want, `"futureHub":1`, `"futureHub":1,"allocationWeight":5`, 1)
	testkit.SameJSON(t, out, []byte(want))
}

func TestSecretsAreNotPrinted(t *testing.T) {
	t.Parallel()
	const primary, secondary, hubKey = "cHJpbWFyeS1rZXk=", "c2Vjb25kYXJ5LWtleQ==", "aHViLWtleQ=="
	rule := dps.SharedAccessSignatureAuthorizationRule{KeyName: ptr("owner"), PrimaryKey: ptr(primary), SecondaryKey: ptr(secondary), Rights: ptr(dps.AccessRightsDescriptionServiceConfig)}
	hub := dps.IotHubDefinitionDescription{Name: ptr("h.azure-devices.net"), ConnectionString: ptr("HostName=h;SharedAccessKeyName=o;SharedAccessKey=" + hubKey), Location: ptr("eastus")}
	resp := dps.ProvisioningServicesClientListKeysForKeyNameResponse{SharedAccessSignatureAuthorizationRule: rule}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		for _, v := range []any{rule, &rule, hub, resp, []dps.SharedAccessSignatureAuthorizationRule{rule}} {
			out := fmt.Sprintf(format, v)
			for _, secret := range []string{primary, secondary, hubKey} {
				if strings.Contains(out, secret) {
					t.Errorf("%s of %T prints a secret: %s", format, v, out)
				}
			}
		}
	}
	if got := rule.String(); got != "SharedAccessPolicy{keyName=owner rights=ServiceConfig keys=(redacted)}" {
		t.Errorf("String() = %s", got)
	}
}

func TestDecodeErrorsNameTheMember(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`{"sku":{"capacity":"one"}}`, "IotDpsSkuInfo.capacity"},
		{`{"properties":{"iotHubs":{}}}`, "IotDpsPropertiesDescription.iotHubs"},
		{`{"identity":{"type":7}}`, "ManagedServiceIdentity.type"},
		{`{"tags":{"a":1}}`, "ProvisioningServiceDescription.tags"},
		{`[]`, "ProvisioningServiceDescription"},
	}
	for _, tt := range tests {
		var d dps.ProvisioningServiceDescription
		err := json.Unmarshal([]byte(tt.in), &d)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("decode %s: error %v, want one naming %s", tt.in, err, tt.want)
		}
	}
}

// connectionArray is the bare JSON array ListPrivateEndpointConnections
// answers with.
type connectionArray []dps.PrivateEndpointConnection

func (a *connectionArray) UnmarshalJSON(data []byte) error {
	return json.Unmarshal(data, (*[]dps.PrivateEndpointConnection)(a))
}
