package deviceprovisioning_test

import (
	"context"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

const (
	connectionPath = servicePath + "/privateEndpointConnections/pe1"
	connectionBody = `{"id":"` + connectionPath + `","name":"pe1","type":"Microsoft.Devices/ProvisioningServices/PrivateEndpointConnections",` +
		`"properties":{"privateEndpoint":{"id":"/pe"},"privateLinkServiceConnectionState":{"status":"Approved","description":"ok","actionsRequired":"None"}}}`
	groupBody = `{"id":"` + servicePath + `/privateLinkResources/iotDps","name":"iotDps","type":"Microsoft.Devices/ProvisioningServices/PrivateLinkResources",` +
		`"properties":{"groupId":"iotDps","requiredMembers":["iotDps"],"requiredZoneNames":["privatelink.azure-devices-provisioning.net"]}}`
)

func approved() dps.PrivateEndpointConnection {
	return dps.PrivateEndpointConnection{Properties: &dps.PrivateEndpointConnectionProperties{
		PrivateLinkServiceConnectionState: &dps.PrivateLinkServiceConnectionState{Status: ptr(dps.PrivateLinkServiceConnectionStatusApproved), Description: ptr("ok")},
	}}
}

func TestPrivateEndpointConnections(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newScript(t,
		step{method: http.MethodGet, path: connectionPath, status: http.StatusOK, body: connectionBody},
		step{method: http.MethodGet, path: servicePath + "/privateEndpointConnections", status: http.StatusOK, body: string(testkit.ReadVector(t, "private_endpoint_connections_response.json"))},
		step{method: http.MethodPut, path: connectionPath, status: http.StatusCreated, header: asyncHeader(), body: connectionBody},
		step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
		step{method: http.MethodGet, path: connectionPath, status: http.StatusOK, body: connectionBody},
		step{method: http.MethodDelete, path: connectionPath, status: http.StatusAccepted, header: http.Header{"Location": {armBase + locationOp}}},
		step{method: http.MethodGet, path: locationOp, status: http.StatusOK},
		step{method: http.MethodDelete, path: connectionPath, status: http.StatusNoContent},
	)
	c := newClient(t, s)

	got, err := c.GetPrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Name != "pe1" || *got.Properties.PrivateEndpoint.ID != "/pe" || *got.Properties.PrivateLinkServiceConnectionState.ActionsRequired != "None" {
		t.Errorf("Get = %+v", got)
	}
	list, err := c.ListPrivateEndpointConnections(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(list.PrivateEndpointConnectionArray) != 1 || *list.PrivateEndpointConnectionArray[0].Name != "myPrivateEndpointConnection" {
		t.Errorf("List = %+v", list)
	}
	put, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", approved(), nil)
	if err != nil {
		t.Fatal(err)
	}
	updated, err := put.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if *updated.Properties.PrivateLinkServiceConnectionState.Status != dps.PrivateLinkServiceConnectionStatusApproved {
		t.Errorf("update = %+v", updated)
	}
	testkit.SameJSON(t, s.Requests()[2].Body, []byte(`{"properties":{"privateLinkServiceConnectionState":{"status":"Approved","description":"ok"}}}`))
	for range 2 {
		del, err := c.BeginDeletePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := del.PollUntilDone(ctx, fastPoll); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPrivateLinkResources(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newScript(t,
		step{method: http.MethodGet, path: servicePath + "/privateLinkResources/iotDps", status: http.StatusOK, body: groupBody},
		step{method: http.MethodGet, path: servicePath + "/privateLinkResources", status: http.StatusOK, body: `{"value":[` + groupBody + `]}`},
	)
	c := newClient(t, s)
	got, err := c.GetPrivateLinkResources(ctx, "rg", "my-dps", "iotDps", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := dps.GroupIDInformationProperties{GroupID: ptr("iotDps"), RequiredMembers: []string{"iotDps"}, RequiredZoneNames: []string{"privatelink.azure-devices-provisioning.net"}}
	if diff := cmp.Diff(want, *got.Properties); diff != "" {
		t.Errorf("Get (-want +got):\n%s", diff)
	}
	list, err := c.ListPrivateLinkResources(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got.GroupIDInformation, list.Value[0]); diff != "" || len(list.Value) != 1 {
		t.Errorf("List (-get +list):\n%s", diff)
	}
}

func TestKeyNameAvailabilityAndOperationResult(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	opPath := servicePath + "/operationresults/op1"
	s := newScript(t,
		step{method: http.MethodPost, path: servicePath + "/keys/provisioningserviceowner/listkeys", status: http.StatusOK,
			body: `{"keyName":"provisioningserviceowner","primaryKey":"p","secondaryKey":"s","rights":"ServiceConfig, DeviceConnect"}`},
		step{method: http.MethodPost, path: "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/checkProvisioningServiceNameAvailability", status: http.StatusOK,
			body: `{"nameAvailable":false,"reason":"AlreadyExists","message":"taken"}`},
		step{method: http.MethodGet, path: opPath, status: http.StatusOK, body: `{"status":"Failed","error":{"code":"500","message":"boom","details":"more"}}`},
		step{method: http.MethodGet, path: opPath, status: http.StatusOK, body: `{"status":"Succeeded"}`},
	)
	c := newClient(t, s)

	key, err := c.ListKeysForKeyName(ctx, "rg", "my-dps", "provisioningserviceowner", nil)
	if err != nil {
		t.Fatal(err)
	}
	if *key.PrimaryKey != "p" || !key.Rights.Has(dps.AccessRightsDescriptionDeviceConnect) {
		t.Errorf("key %v", key)
	}
	avail, err := c.CheckNameAvailability(ctx, dps.OperationInputs{Name: ptr("my-dps")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if *avail.NameAvailable || *avail.Reason != dps.NameUnavailabilityReasonAlreadyExists || *avail.Message != "taken" {
		t.Errorf("availability %+v", avail)
	}
	testkit.SameJSON(t, s.Requests()[1].Body, []byte(`{"name":"my-dps"}`))

	failed, err := c.GetOperationResult(ctx, "rg", "my-dps", "op1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if *failed.Status != "Failed" || *failed.Error.Code != "500" || *failed.Error.Details != "more" {
		t.Errorf("result %+v", failed)
	}
	if _, err := c.GetOperationResult(ctx, "rg", "my-dps", "op1", &dps.ProvisioningServicesClientGetOperationResultOptions{AsyncInfo: ptr("abc")}); err != nil {
		t.Fatal(err)
	}
	reqs := s.Requests()
	if reqs[2].Query != "api-version=2022-12-12&asyncinfo=true" || reqs[3].Query != "api-version=2022-12-12&asyncinfo=abc" {
		t.Errorf("queries %q, %q", reqs[2].Query, reqs[3].Query)
	}
}
