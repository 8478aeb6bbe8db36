package deviceprovisioning_test

import (
	"context"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

const (
	asyncOpURL = armBase + "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/locations/eastus/operationResults/op1?api-version=2022-12-12&asyncinfo"
	asyncOp    = "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/locations/eastus/operationResults/op1"
	locationOp = "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/locations/eastus/operationResults/loc1"
)

func asyncHeader() http.Header { return http.Header{"Azure-Asyncoperation": {asyncOpURL}} }

func TestGet(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodGet, path: servicePath, status: http.StatusOK,
		header: http.Header{"Etag": {`"0x8D"`}}, body: serviceBody("Succeeded")})
	got, err := newClient(t, s).Get(context.Background(), "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if *got.ETag != `"0x8D"` || *got.Etag != "AAAAAAAADGk=" || *got.Name != "my-dps" || *got.Properties.ProvisioningState != "Succeeded" ||
		*got.Properties.AuthorizationPolicies[0].KeyName != "provisioningserviceowner" || got.Properties.AuthorizationPolicies[0].PrimaryKey != nil {
		t.Errorf("Get = %+v", got)
	}
	req := s.Requests()[0]
	if req.Query != "api-version=2022-12-12" || req.Header.Get("Accept") != "application/json" || len(req.Body) != 0 {
		t.Errorf("request %+v", req)
	}
}

func TestAPIVersionSelectsThePreview(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: string(testkit.ReadVector(t, "preview_response.json"))})
	c := newClient(t, s, dps.PreviewAPIVersion)
	got, err := c.Get(context.Background(), "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.APIVersion() != "2025-02-01-preview" || s.Requests()[0].Query != "api-version=2025-02-01-preview" || *got.Identity.Type != dps.ManagedServiceIdentityTypeSystemAssignedUserAssigned {
		t.Errorf("api-version %s, query %s, identity %+v", c.APIVersion(), s.Requests()[0].Query, got.Identity)
	}
}

func TestBeginCreateOrUpdateFlows(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		steps []step
		state string // provisioningState of the result
	}{
		{"200 is done at once", []step{
			{method: http.MethodPut, path: servicePath, status: http.StatusOK, body: serviceBody("")},
		}, ""},
		{"201 with Azure-AsyncOperation, then a final GET", []step{
			{method: http.MethodPut, path: servicePath, status: http.StatusCreated, header: asyncHeader(), body: serviceBody("Accepted")},
			{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Running"}`},
			{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
			{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")},
		}, "Succeeded"},
		{"201 without a header polls the resource", []step{
			{method: http.MethodPut, path: servicePath, status: http.StatusCreated, body: serviceBody("Accepted")},
			{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: serviceBody("Activating")},
			{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")},
		}, "Succeeded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", newService(), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), fastPoll)
			if err != nil {
				t.Fatal(err)
			}
			state := ""
			if got.Properties.ProvisioningState != nil {
				state = *got.Properties.ProvisioningState
			}
			if *got.Name != "my-dps" || state != tt.state {
				t.Errorf("result %s in state %q, want %q", *got.Name, state, tt.state)
			}
			testkit.SameJSON(t, s.Requests()[0].Body, []byte(`{"location":"eastus","sku":{"name":"S1","capacity":1},"properties":{}}`))
		})
	}
}

func TestBeginCreateOrUpdateFailedOperation(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodPut, path: servicePath, status: http.StatusCreated, header: asyncHeader(), body: serviceBody("Accepted")},
		step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Failed","error":{"code":"IotHubUnreachable","message":"the linked hub did not answer"}}`},
	)
	poller, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(context.Background(), fastPoll)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.ErrorCode != "IotHubUnreachable" {
		t.Fatalf("error %v, want a ResponseError with the operation's code", err)
	}
}

func TestBeginUpdateTags(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodPatch, path: servicePath, status: http.StatusOK,
		body: `{"name":"my-dps","tags":{"env":"prod","team":"iot"},"properties":{"provisioningState":"Succeeded"}}`})
	poller, err := newClient(t, s).BeginUpdateTags(context.Background(), "rg", "my-dps", dps.TagsResource{Tags: map[string]string{"env": "prod", "team": "iot"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := poller.PollUntilDone(context.Background(), fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"env": "prod", "team": "iot"}, got.Tags); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
	if len(s.Requests()) != 1 {
		t.Errorf("%d requests, want 1", len(s.Requests()))
	}
	testkit.SameJSON(t, s.Requests()[0].Body, []byte(`{"tags":{"env":"prod","team":"iot"}}`))
}

func TestBeginDeleteFlows(t *testing.T) {
	t.Parallel()
	locHeader := http.Header{"Location": {armBase + locationOp + "?api-version=2022-12-12"}}
	bothHeaders := http.Header{"Location": locHeader["Location"], "Azure-Asyncoperation": {asyncOpURL}, "Retry-After": {"0"}}
	tests := []struct {
		name  string
		steps []step
	}{
		{"200 is done", []step{{method: http.MethodDelete, path: servicePath, status: http.StatusOK}}},
		{"204 is done", []step{{method: http.MethodDelete, path: servicePath, status: http.StatusNoContent}}},
		{"404 means already gone", []step{{method: http.MethodDelete, path: servicePath, status: http.StatusNotFound,
			body: `{"code":404201,"httpStatusCode":"NotFound","message":"ProvisioningServiceNotFound"}`}}},
		{"202 with Location", []step{
			{method: http.MethodDelete, path: servicePath, status: http.StatusAccepted, header: locHeader},
			{method: http.MethodGet, path: locationOp, status: http.StatusAccepted, header: locHeader},
			{method: http.MethodGet, path: locationOp, status: http.StatusNoContent},
		}},
		{"202 with Azure-AsyncOperation and Location", []step{
			{method: http.MethodDelete, path: servicePath, status: http.StatusAccepted, header: bothHeaders},
			{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Running"}`},
			{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, s).BeginDelete(context.Background(), "rg", "my-dps", nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil {
				t.Fatal(err)
			}
			if !poller.Done() {
				t.Error("the poller is not done")
			}
		})
	}
}

func TestBeginDeleteFailures(t *testing.T) {
	t.Parallel()
	t.Run("the DELETE is refused", func(t *testing.T) {
		t.Parallel()
		s := newScript(t, step{method: http.MethodDelete, path: servicePath, status: http.StatusConflict,
			body: `{"code":409001,"httpStatusCode":"Conflict","message":"the service is being updated","details":"retry later"}`})
		_, err := newClient(t, s).BeginDelete(context.Background(), "rg", "my-dps", nil)
		var se *dps.ServiceError
		if !errors.As(err, &se) || se.StatusCode != http.StatusConflict || se.Code != "409001" || se.DetailText != "retry later" {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("the operation fails", func(t *testing.T) {
		t.Parallel()
		s := newScript(t,
			step{method: http.MethodDelete, path: servicePath, status: http.StatusAccepted, header: asyncHeader()},
			step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Failed","error":{"code":"DeletionFailed","message":"no"}}`},
		)
		poller, err := newClient(t, s).BeginDelete(context.Background(), "rg", "my-dps", nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = poller.PollUntilDone(context.Background(), fastPoll)
		var re *azcore.ResponseError
		if !errors.As(err, &re) || re.ErrorCode != "DeletionFailed" {
			t.Fatalf("error %v", err)
		}
	})
}

func TestResumeTokensContinueOperations(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodPut, path: servicePath, status: http.StatusCreated, header: asyncHeader(), body: serviceBody("Accepted")},
		step{method: http.MethodDelete, path: servicePath, status: http.StatusAccepted, header: asyncHeader()},
		step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
		step{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")},
		step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
	)
	ctx := context.Background()
	first := newClient(t, s)
	create, err := first.BeginCreateOrUpdate(ctx, "rg", "my-dps", newService(), nil)
	if err != nil {
		t.Fatal(err)
	}
	createToken, err := create.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	del, err := first.BeginDelete(ctx, "rg", "my-dps", nil)
	if err != nil {
		t.Fatal(err)
	}
	deleteToken, err := del.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}

	// a new client, as a new process would make, continues both
	second := newClient(t, s)
	resumed, err := second.BeginCreateOrUpdate(ctx, "", "", dps.ProvisioningServiceDescription{}, &dps.ProvisioningServicesClientBeginCreateOrUpdateOptions{ResumeToken: createToken})
	if err != nil {
		t.Fatal(err)
	}
	got, err := resumed.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Properties.ProvisioningState != "Succeeded" {
		t.Errorf("resumed create ended %s", *got.Properties.ProvisioningState)
	}
	resumedDelete, err := second.BeginDelete(ctx, "", "", &dps.ProvisioningServicesClientBeginDeleteOptions{ResumeToken: deleteToken})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := resumedDelete.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	// a malformed token is an error, not a new operation
	if _, err := second.BeginCreateOrUpdate(ctx, "", "", dps.ProvisioningServiceDescription{}, &dps.ProvisioningServicesClientBeginCreateOrUpdateOptions{ResumeToken: "not a token"}); err == nil {
		t.Error("a malformed token resumed")
	}
}
