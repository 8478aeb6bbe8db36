package deviceprovisioning_test

import (
	"context"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

func TestBodyValidationSendsNothing(t *testing.T) {
	t.Parallel()
	const preview = "requires api-version 2025-02-01-preview (set ClientOptions.APIVersion to PreviewAPIVersion); this client sends 2022-12-12"
	with := func(f func(d *dps.ProvisioningServiceDescription)) dps.ProvisioningServiceDescription {
		d := newService()
		f(&d)
		return d
	}
	tests := []struct {
		name string
		body dps.ProvisioningServiceDescription
		want []string
	}{
		{"nothing", dps.ProvisioningServiceDescription{}, []string{
			"iotDpsDescription.location: is required", "iotDpsDescription.sku: is required", "iotDpsDescription.properties: is required"}},
		{"blank location", with(func(d *dps.ProvisioningServiceDescription) {
			d.Location = ptr(" ")
		}), []string{"iotDpsDescription.location: is required"}},
		{"incomplete IP filter rules", with(func(d *dps.ProvisioningServiceDescription) {
			d.Properties.IPFilterRules = []dps.IPFilterRule{
				{},
				{FilterName: ptr("b"), Action: ptr(dps.IPFilterActionTypeReject), IPMask: ptr("2001:db8::1")},
			}
		}), []string{
			"iotDpsDescription.properties.ipFilterRules[0].filterName: is required",
			"iotDpsDescription.properties.ipFilterRules[0].action: is required",
			"iotDpsDescription.properties.ipFilterRules[0].ipMask: is required",
		}},
		{"incomplete hubs and policies", with(func(d *dps.ProvisioningServiceDescription) {
			d.Properties.IotHubs = []dps.IotHubDefinitionDescription{{ConnectionString: ptr("HostName=h;SharedAccessKey=c2VjcmV0")}, {Location: ptr("eastus")}}
			d.Properties.AuthorizationPolicies = []dps.SharedAccessSignatureAuthorizationRule{{Rights: ptr(dps.AccessRightsDescription(" , "))}}
		}), []string{
			"iotDpsDescription.properties.iotHubs[0].location: is required",
			"iotDpsDescription.properties.iotHubs[1].connectionString: is required with key-based authentication",
			"iotDpsDescription.properties.authorizationPolicies[0].keyName: is required",
			"iotDpsDescription.properties.authorizationPolicies[0].rights: is required (build it with AccessRights)",
		}},
		{"preview fields with the stable api-version", with(func(d *dps.ProvisioningServiceDescription) {
			d.Identity = &dps.ManagedServiceIdentity{Type: ptr(dps.ManagedServiceIdentityTypeSystemAssigned)}
			d.Properties.DeviceRegistryNamespace = &dps.DeviceRegistryNamespaceDescription{ResourceID: ptr("/ns"), AuthenticationType: ptr(dps.DeviceRegistryNamespaceAuthenticationTypeSystemAssigned)}
			d.Properties.IotHubs = []dps.IotHubDefinitionDescription{{Location: ptr("eastus"), AuthenticationType: ptr(dps.IotHubAuthenticationTypeSystemAssigned)}}
		}), []string{
			"iotDpsDescription.identity: " + preview,
			"iotDpsDescription.properties.iotHubs[0].authenticationType: " + preview,
			"iotDpsDescription.properties.deviceRegistryNamespace: " + preview,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t)
			_, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", tt.body, nil)
			if !errors.Is(err, dps.ErrInvalidInput) {
				t.Fatalf("error %v, want a validation error", err)
			}
			got := fieldRules(err)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if strings.Contains(err.Error(), "c2VjcmV0") {
				t.Errorf("the error holds a connection string: %v", err)
			}
			if n := len(s.Requests()); n != 0 {
				t.Errorf("%d requests sent", n)
			}
		})
	}
}

func TestPreviewFieldsWithThePreviewAPIVersion(t *testing.T) {
	t.Parallel()
	d := newService()
	d.Identity = &dps.ManagedServiceIdentity{Type: ptr(dps.ManagedServiceIdentityTypeUserAssigned), UserAssignedIdentities: map[string]dps.UserAssignedIdentity{"/mi/1": {}}}
	d.Properties.DeviceRegistryNamespace = &dps.DeviceRegistryNamespaceDescription{ResourceID: ptr("/ns"), AuthenticationType: ptr(dps.DeviceRegistryNamespaceAuthenticationTypeUserAssigned)}
	d.Properties.IotHubs = []dps.IotHubDefinitionDescription{{Location: ptr("eastus"), AuthenticationType: ptr(dps.IotHubAuthenticationTypeUserAssigned)}}

	t.Run("their own rules still apply", func(t *testing.T) {
		t.Parallel()
		_, err := newClient(t, newScript(t), dps.PreviewAPIVersion).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", d, nil)
		want := []string{
			"iotDpsDescription.properties.deviceRegistryNamespace.selectedUserAssignedIdentityResourceId: is required when authenticationType is UserAssigned",
			"iotDpsDescription.properties.iotHubs[0].selectedUserAssignedIdentityResourceId: is required when authenticationType is UserAssigned",
		}
		got := fieldRules(err)
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("errors (-want +got):\n%s", diff)
		}
	})
	t.Run("complete, they are sent", func(t *testing.T) {
		t.Parallel()
		d := d
		props := *d.Properties
		props.DeviceRegistryNamespace = &dps.DeviceRegistryNamespaceDescription{ResourceID: ptr("/ns"), AuthenticationType: ptr(dps.DeviceRegistryNamespaceAuthenticationTypeUserAssigned), SelectedUserAssignedIdentityResourceID: ptr("/mi/1")}
		props.IotHubs = []dps.IotHubDefinitionDescription{{Location: ptr("eastus"), AuthenticationType: ptr(dps.IotHubAuthenticationTypeUserAssigned), SelectedUserAssignedIdentityResourceID: ptr("/mi/1")}}
		d.Properties = &props
		s := newScript(t, step{method: http.MethodPut, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")})
		if _, err := newClient(t, s, dps.PreviewAPIVersion).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", d, nil); err != nil {
			t.Fatal(err)
		}
		testkit.SameJSON(t, s.Requests()[0].Body, []byte(`{"location":"eastus","sku":{"name":"S1","capacity":1},"identity":{"type":"UserAssigned","userAssignedIdentities":{"/mi/1":{}}},`+
			`"properties":{"deviceRegistryNamespace":{"resourceId":"/ns","authenticationType":"UserAssigned","selectedUserAssignedIdentityResourceId":"/mi/1"},`+
			`"iotHubs":[{"location":"eastus","authenticationType":"UserAssigned","selectedUserAssignedIdentityResourceId":"/mi/1"}]}}`))
	})
}

func TestArgumentValidationSendsNothing(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		name string
		call func(c *dps.ProvisioningServicesClient) error
		want []string
	}{
		{"resource group", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.Get(ctx, "", "my-dps", nil)
			return err
		}, []string{"resourceGroupName: is required"}},
		{"subscription ID", func(c *dps.ProvisioningServicesClient) error {
			_, err := newClientFor(t, "not-a-uuid", newScript(t)).Get(ctx, "rg", "my-dps", nil)
			return err
		}, []string{"subscriptionID: must be a UUID"}},
		{"key name", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.ListKeysForKeyName(ctx, "rg", "my-dps", "", nil)
			return err
		}, []string{"keyName: is required"}},
		{"operation ID", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.GetOperationResult(ctx, "rg", "my-dps", "", nil)
			return err
		}, []string{"operationID: is required"}},
		{"name to check", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.CheckNameAvailability(ctx, dps.OperationInputs{}, nil)
			return err
		}, []string{"arguments.name: is required"}},
		{"tags of a dot segment", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.BeginUpdateTags(ctx, "rg", "..", dps.TagsResource{}, nil)
			return err
		}, []string{"provisioningServiceName: must not be a dot segment"}},
		{"delete of a bad name", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.BeginDelete(ctx, "rg", "", nil)
			return err
		}, []string{"provisioningServiceName: is required"}},
		{"modify without a function", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.BeginModify(ctx, "rg", "my-dps", nil, nil)
			return err
		}, []string{"modify: is required"}},
		{"connection without a state", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "", dps.PrivateEndpointConnection{Properties: &dps.PrivateEndpointConnectionProperties{}}, nil)
			return err
		}, []string{"privateEndpointConnectionName: is required", "privateEndpointConnection.properties.privateLinkServiceConnectionState: is required"}},
		{"connection state incomplete", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "pe", dps.PrivateEndpointConnection{Properties: &dps.PrivateEndpointConnectionProperties{
				PrivateLinkServiceConnectionState: &dps.PrivateLinkServiceConnectionState{}}}, nil)
			return err
		}, []string{"privateEndpointConnection.properties.privateLinkServiceConnectionState.status: is required", "privateEndpointConnection.properties.privateLinkServiceConnectionState.description: is required"}},
		{"link resource group ID", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.GetPrivateLinkResources(ctx, "rg", "my-dps", "", nil)
			return err
		}, []string{"groupID: is required"}},
		{"dot segment", func(c *dps.ProvisioningServicesClient) error {
			_, err := c.GetPrivateEndpointConnection(ctx, "rg", "my-dps", "..", nil)
			return err
		}, []string{"privateEndpointConnectionName: must not be a dot segment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t)
			err := tt.call(newClient(t, s))
			if !errors.Is(err, dps.ErrInvalidInput) {
				t.Fatalf("error %v, want a validation error", err)
			}
			if diff := cmp.Diff(tt.want, fieldRules(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if n := len(s.Requests()); n != 0 {
				t.Errorf("%d requests sent", n)
			}
		})
	}
}
