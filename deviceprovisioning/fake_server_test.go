package deviceprovisioning_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/deviceprovisioning/fake"
)

// calls records what a fake server saw, "Method(args)".
type calls struct {
	mu   sync.Mutex
	list []string
}

func (c *calls) add(s ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.list = append(c.list, strings.Join(s, " "))
}

func (c *calls) get() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.list...)
}

func described(name, state string) dps.ProvisioningServiceDescription {
	return dps.ProvisioningServiceDescription{Name: ptr(name), Location: ptr("eastus"), SKU: &dps.IotDpsSkuInfo{Name: ptr(dps.IotDpsSkuS1)},
		Properties: &dps.IotDpsPropertiesDescription{ProvisioningState: ptr(state)}}
}

// fakeServer answers every method of the client and records its
// arguments.
func fakeServer(rec *calls) *fake.ProvisioningServicesServer {
	names := func(names ...string) []dps.ProvisioningServiceDescription {
		var out []dps.ProvisioningServiceDescription
		for _, n := range names {
			out = append(out, described(n, "Succeeded"))
		}
		return out
	}
	pec := dps.PrivateEndpointConnection{Name: ptr("pe1"), Properties: approved().Properties}
	group := dps.GroupIDInformation{Name: ptr("iotDps"), Properties: &dps.GroupIDInformationProperties{GroupID: ptr("iotDps")}}
	return &fake.ProvisioningServicesServer{
		BeginCreateOrUpdate: func(_ context.Context, rg, name string, d dps.ProvisioningServiceDescription, _ *dps.ProvisioningServicesClientBeginCreateOrUpdateOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			rec.add("BeginCreateOrUpdate", rg, name, *d.Location)
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusOK, dps.ProvisioningServicesClientCreateOrUpdateResponse{ProvisioningServiceDescription: described(name, "Succeeded")}, nil)
			return
		},
		Get: func(_ context.Context, rg, name string, _ *dps.ProvisioningServicesClientGetOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetResponse], errResp azfake.ErrorResponder) {
			rec.add("Get", rg, name)
			if name == "missing" {
				errResp.SetResponseError(http.StatusNotFound, "404201")
				return
			}
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientGetResponse{ProvisioningServiceDescription: described(name, "Succeeded")}, nil)
			return
		},
		BeginUpdateTags: func(_ context.Context, rg, name string, tags dps.TagsResource, _ *dps.ProvisioningServicesClientBeginUpdateTagsOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientUpdateTagsResponse], errResp azfake.ErrorResponder) {
			rec.add("BeginUpdateTags", rg, name, tags.Tags["env"])
			d := described(name, "Succeeded")
			d.Tags = tags.Tags
			resp.SetTerminalResponse(http.StatusOK, dps.ProvisioningServicesClientUpdateTagsResponse{ProvisioningServiceDescription: d}, nil)
			return
		},
		BeginDelete: func(_ context.Context, rg, name string, _ *dps.ProvisioningServicesClientBeginDeleteOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientDeleteResponse], errResp azfake.ErrorResponder) {
			rec.add("BeginDelete", rg, name)
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusNoContent, dps.ProvisioningServicesClientDeleteResponse{}, nil)
			return
		},
		NewListByResourceGroupPager: func(rg string, _ *dps.ProvisioningServicesClientListByResourceGroupOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListByResourceGroupResponse]) {
			rec.add("NewListByResourceGroupPager", rg)
			for _, n := range []string{"a", "b", "c"} {
				resp.AddPage(http.StatusOK, dps.ProvisioningServicesClientListByResourceGroupResponse{ProvisioningServiceDescriptionListResult: dps.ProvisioningServiceDescriptionListResult{Value: names(n)}}, nil)
			}
			return
		},
		NewListBySubscriptionPager: func(*dps.ProvisioningServicesClientListBySubscriptionOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListBySubscriptionResponse]) {
			rec.add("NewListBySubscriptionPager")
			resp.AddPage(http.StatusOK, dps.ProvisioningServicesClientListBySubscriptionResponse{ProvisioningServiceDescriptionListResult: dps.ProvisioningServiceDescriptionListResult{Value: names("x", "y")}}, nil)
			resp.AddPage(http.StatusOK, dps.ProvisioningServicesClientListBySubscriptionResponse{ProvisioningServiceDescriptionListResult: dps.ProvisioningServiceDescriptionListResult{Value: names("z")}}, nil)
			return
		},
		NewListKeysPager: func(rg, name string, _ *dps.ProvisioningServicesClientListKeysOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListKeysResponse]) {
			rec.add("NewListKeysPager", rg, name)
			for _, k := range []string{"provisioningserviceowner", "registrar"} {
				resp.AddPage(http.StatusOK, dps.ProvisioningServicesClientListKeysResponse{SharedAccessSignatureAuthorizationRuleListResult: dps.SharedAccessSignatureAuthorizationRuleListResult{
					Value: []dps.SharedAccessSignatureAuthorizationRule{{KeyName: ptr(k), PrimaryKey: ptr("p-" + k), Rights: ptr(dps.AccessRightsDescriptionServiceConfig)}},
				}}, nil)
			}
			return
		},
		ListKeysForKeyName: func(_ context.Context, rg, name, key string, _ *dps.ProvisioningServicesClientListKeysForKeyNameOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListKeysForKeyNameResponse], errResp azfake.ErrorResponder) {
			rec.add("ListKeysForKeyName", rg, name, key)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientListKeysForKeyNameResponse{SharedAccessSignatureAuthorizationRule: dps.SharedAccessSignatureAuthorizationRule{KeyName: ptr(key), PrimaryKey: ptr("p")}}, nil)
			return
		},
		CheckNameAvailability: func(_ context.Context, args dps.OperationInputs, _ *dps.ProvisioningServicesClientCheckNameAvailabilityOptions) (resp azfake.Responder[dps.ProvisioningServicesClientCheckNameAvailabilityResponse], errResp azfake.ErrorResponder) {
			rec.add("CheckNameAvailability", *args.Name)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientCheckNameAvailabilityResponse{NameAvailabilityInfo: dps.NameAvailabilityInfo{NameAvailable: ptr(true)}}, nil)
			return
		},
		GetOperationResult: func(_ context.Context, rg, name, op string, o *dps.ProvisioningServicesClientGetOperationResultOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetOperationResultResponse], errResp azfake.ErrorResponder) {
			rec.add("GetOperationResult", rg, name, op, *o.AsyncInfo)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientGetOperationResultResponse{AsyncOperationResult: dps.AsyncOperationResult{Status: ptr("Succeeded")}}, nil)
			return
		},
		NewListValidSKUsPager: func(rg, name string, _ *dps.ProvisioningServicesClientListValidSKUsOptions) (resp azfake.PagerResponder[dps.ProvisioningServicesClientListValidSKUsResponse]) {
			rec.add("NewListValidSKUsPager", rg, name)
			resp.AddPage(http.StatusOK, dps.ProvisioningServicesClientListValidSKUsResponse{IotDpsSkuDefinitionListResult: dps.IotDpsSkuDefinitionListResult{Value: []dps.IotDpsSkuDefinition{{Name: ptr(dps.IotDpsSkuS1)}}}}, nil)
			return
		},
		GetPrivateEndpointConnection: func(_ context.Context, rg, name, pe string, _ *dps.ProvisioningServicesClientGetPrivateEndpointConnectionOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetPrivateEndpointConnectionResponse], errResp azfake.ErrorResponder) {
			rec.add("GetPrivateEndpointConnection", rg, name, pe)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientGetPrivateEndpointConnectionResponse{PrivateEndpointConnection: pec}, nil)
			return
		},
		ListPrivateEndpointConnections: func(_ context.Context, rg, name string, _ *dps.ProvisioningServicesClientListPrivateEndpointConnectionsOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListPrivateEndpointConnectionsResponse], errResp azfake.ErrorResponder) {
			rec.add("ListPrivateEndpointConnections", rg, name)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientListPrivateEndpointConnectionsResponse{PrivateEndpointConnectionArray: []dps.PrivateEndpointConnection{pec, pec}}, nil)
			return
		},
		BeginCreateOrUpdatePrivateEndpointConnection: func(_ context.Context, rg, name, pe string, c dps.PrivateEndpointConnection, _ *dps.ProvisioningServicesClientBeginCreateOrUpdatePrivateEndpointConnectionOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse], errResp azfake.ErrorResponder) {
			rec.add("BeginCreateOrUpdatePrivateEndpointConnection", rg, name, pe, string(*c.Properties.PrivateLinkServiceConnectionState.Status))
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusOK, dps.ProvisioningServicesClientCreateOrUpdatePrivateEndpointConnectionResponse{PrivateEndpointConnection: c}, nil)
			return
		},
		BeginDeletePrivateEndpointConnection: func(_ context.Context, rg, name, pe string, _ *dps.ProvisioningServicesClientBeginDeletePrivateEndpointConnectionOptions) (resp azfake.PollerResponder[dps.ProvisioningServicesClientDeletePrivateEndpointConnectionResponse], errResp azfake.ErrorResponder) {
			rec.add("BeginDeletePrivateEndpointConnection", rg, name, pe)
			resp.SetTerminalResponse(http.StatusOK, dps.ProvisioningServicesClientDeletePrivateEndpointConnectionResponse{}, nil)
			return
		},
		GetPrivateLinkResources: func(_ context.Context, rg, name, groupID string, _ *dps.ProvisioningServicesClientGetPrivateLinkResourcesOptions) (resp azfake.Responder[dps.ProvisioningServicesClientGetPrivateLinkResourcesResponse], errResp azfake.ErrorResponder) {
			rec.add("GetPrivateLinkResources", rg, name, groupID)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientGetPrivateLinkResourcesResponse{GroupIDInformation: group}, nil)
			return
		},
		ListPrivateLinkResources: func(_ context.Context, rg, name string, _ *dps.ProvisioningServicesClientListPrivateLinkResourcesOptions) (resp azfake.Responder[dps.ProvisioningServicesClientListPrivateLinkResourcesResponse], errResp azfake.ErrorResponder) {
			rec.add("ListPrivateLinkResources", rg, name)
			resp.SetResponse(http.StatusOK, dps.ProvisioningServicesClientListPrivateLinkResourcesResponse{PrivateLinkResources: dps.PrivateLinkResources{Value: []dps.GroupIDInformation{group}}}, nil)
			return
		},
	}
}

func TestFakeServerAnswersEveryMethod(t *testing.T) {
	t.Parallel()
	rec := &calls{}
	c := newClient(t, fake.NewProvisioningServicesServerTransport(fakeServer(rec)))
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	note := func(s ...string) { got = append(got, strings.Join(s, " ")) }

	create, err := c.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	must(err)
	created, err := create.PollUntilDone(ctx, fastPoll)
	must(err)
	note("created", *created.Name, *created.Properties.ProvisioningState)

	g, err := c.Get(ctx, "rg", "my-dps", nil)
	must(err)
	note("got", *g.Name)
	_, err = c.Get(ctx, "rg", "missing", nil)
	// azfake's ErrorResponder fails the transport with an
	// *azcore.ResponseError, which is what a caller sees
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusNotFound || re.ErrorCode != "404201" {
		t.Errorf("Get missing: %v", err)
	}

	tags, err := c.BeginUpdateTags(ctx, "rg", "my-dps", dps.TagsResource{Tags: map[string]string{"env": "dev"}}, nil)
	must(err)
	tagged, err := tags.PollUntilDone(ctx, fastPoll)
	must(err)
	note("tagged", tagged.Tags["env"])

	del, err := c.BeginDelete(ctx, "rg", "my-dps", nil)
	must(err)
	_, err = del.PollUntilDone(ctx, fastPoll)
	must(err)

	for s, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
		must(err)
		note("in group", *s.Name)
	}
	for s, err := range c.ListBySubscriptionIter(ctx, nil) {
		must(err)
		note("in subscription", *s.Name)
	}
	for k, err := range c.ListKeysIter(ctx, "rg", "my-dps", nil) {
		must(err)
		note("key", *k.KeyName, *k.PrimaryKey)
	}
	key, err := c.ListKeysForKeyName(ctx, "rg", "my-dps", "registrar", nil)
	must(err)
	note("key by name", *key.KeyName)
	avail, err := c.CheckNameAvailability(ctx, dps.OperationInputs{Name: ptr("free-name")}, nil)
	must(err)
	note("available", map[bool]string{true: "yes", false: "no"}[*avail.NameAvailable])
	op, err := c.GetOperationResult(ctx, "rg", "my-dps", "op1", nil)
	must(err)
	note("operation", *op.Status)
	for sku, err := range c.ListValidSKUsIter(ctx, "rg", "my-dps", nil) {
		must(err)
		note("sku", string(*sku.Name))
	}
	pe, err := c.GetPrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
	must(err)
	note("connection", *pe.Name)
	pes, err := c.ListPrivateEndpointConnections(ctx, "rg", "my-dps", nil)
	must(err)
	note("connections", string(rune('0'+len(pes.PrivateEndpointConnectionArray))))
	put, err := c.BeginCreateOrUpdatePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", approved(), nil)
	must(err)
	updated, err := put.PollUntilDone(ctx, fastPoll)
	must(err)
	note("connection now", string(*updated.Properties.PrivateLinkServiceConnectionState.Status))
	pdel, err := c.BeginDeletePrivateEndpointConnection(ctx, "rg", "my-dps", "pe1", nil)
	must(err)
	_, err = pdel.PollUntilDone(ctx, fastPoll)
	must(err)
	grp, err := c.GetPrivateLinkResources(ctx, "rg", "my-dps", "iotDps", nil)
	must(err)
	note("group", *grp.Properties.GroupID)
	grps, err := c.ListPrivateLinkResources(ctx, "rg", "my-dps", nil)
	must(err)
	note("groups", *grps.Value[0].Name)

	wantGot := []string{
		"created my-dps Succeeded", "got my-dps", "tagged dev", "in group a", "in group b", "in group c",
		"in subscription x", "in subscription y", "in subscription z", "key provisioningserviceowner p-provisioningserviceowner", "key registrar p-registrar",
		"key by name registrar", "available yes", "operation Succeeded", "sku S1", "connection pe1", "connections 2", "connection now Approved", "group iotDps", "groups iotDps",
	}
	if diff := cmp.Diff(wantGot, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	wantCalls := []string{
		"BeginCreateOrUpdate rg my-dps eastus", "Get rg my-dps", "Get rg missing", "BeginUpdateTags rg my-dps dev", "BeginDelete rg my-dps",
		"NewListByResourceGroupPager rg", "NewListBySubscriptionPager", "NewListKeysPager rg my-dps", "ListKeysForKeyName rg my-dps registrar",
		"CheckNameAvailability free-name", "GetOperationResult rg my-dps op1 true", "NewListValidSKUsPager rg my-dps",
		"GetPrivateEndpointConnection rg my-dps pe1", "ListPrivateEndpointConnections rg my-dps", "BeginCreateOrUpdatePrivateEndpointConnection rg my-dps pe1 Approved",
		"BeginDeletePrivateEndpointConnection rg my-dps pe1", "GetPrivateLinkResources rg my-dps iotDps", "ListPrivateLinkResources rg my-dps",
	}
	if diff := cmp.Diff(wantCalls, rec.get()); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
}

func TestFakeServerAnswersBeginModifyWithItsParts(t *testing.T) {
	t.Parallel()
	rec := &calls{}
	srv := fakeServer(rec)
	var sent dps.ProvisioningServiceDescription
	create := srv.BeginCreateOrUpdate
	srv.BeginCreateOrUpdate = func(ctx context.Context, rg, name string, d dps.ProvisioningServiceDescription, o *dps.ProvisioningServicesClientBeginCreateOrUpdateOptions) (azfake.PollerResponder[dps.ProvisioningServicesClientCreateOrUpdateResponse], azfake.ErrorResponder) {
		sent = d
		return create(ctx, rg, name, d, o)
	}
	c := newClient(t, fake.NewProvisioningServicesServerTransport(srv))
	poller, err := c.BeginModify(context.Background(), "rg", "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.AllocationPolicy = ptr(dps.AllocationPolicyGeoLatency)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Get rg my-dps", "NewListKeysPager rg my-dps", "BeginCreateOrUpdate rg my-dps eastus"}, rec.get()); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
	if *sent.Properties.AllocationPolicy != dps.AllocationPolicyGeoLatency || len(sent.Properties.AuthorizationPolicies) != 2 ||
		*sent.Properties.AuthorizationPolicies[1].PrimaryKey != "p-registrar" {
		t.Errorf("sent %+v", sent.Properties)
	}
}

func TestFakeServerNamesAMissingMethod(t *testing.T) {
	t.Parallel()
	c := newClient(t, fake.NewProvisioningServicesServerTransport(&fake.ProvisioningServicesServer{}))
	_, err := c.Get(context.Background(), "rg", "my-dps", nil)
	if err == nil || !strings.Contains(err.Error(), "ProvisioningServicesClient.Get is not implemented") {
		t.Errorf("error %v", err)
	}
}
