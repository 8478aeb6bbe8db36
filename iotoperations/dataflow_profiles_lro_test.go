package iotoperations_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"

	"github.com/azclients/azclients/iotoperations"
)

// Polling URLs the scripted service hands out.
const (
	asyncOpPath  = "/providers/Microsoft.IoTOperations/locations/eastus/operationStatuses/op-1"
	locationPath = "/providers/Microsoft.IoTOperations/locations/eastus/operationResults/op-2"
)

func asyncHeader() http.Header {
	return http.Header{"Azure-Asyncoperation": {armBase + asyncOpPath + "?api-version=2025-10-01"}, "Retry-After": {"0"}}
}

func locationHeader() http.Header {
	return http.Header{"Location": {armBase + locationPath + "?api-version=2025-10-01"}, "Retry-After": {"0"}}
}

func opStatus(status string) step {
	return step{method: http.MethodGet, path: asyncOpPath, status: http.StatusOK, body: `{"status":"` + status + `"}`}
}

func TestBeginCreateOrUpdateFlows(t *testing.T) {
	t.Parallel()
	put := func(status int, header http.Header, body string) step {
		return step{method: http.MethodPut, path: flowsPath, status: status, header: header, body: body}
	}
	get := func(state string) step {
		return step{method: http.MethodGet, path: flowsPath, status: http.StatusOK, body: flowsBody(state, 3)}
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"201 + Azure-AsyncOperation: status polls, then the final GET", []step{
			put(http.StatusCreated, asyncHeader(), flowsBody("Accepted", 3)),
			opStatus("InProgress"), opStatus("InProgress"), opStatus("Succeeded"),
			get("Succeeded"),
		}},
		{"201 + Azure-AsyncOperation without a body", []step{
			put(http.StatusCreated, asyncHeader(), ""), opStatus("Succeeded"), get("Succeeded"),
		}},
		{"201 already Succeeded: only the final GET", []step{
			put(http.StatusCreated, asyncHeader(), flowsBody("Succeeded", 3)), get("Succeeded"),
		}},
		{"200 + Azure-AsyncOperation (an update) is polled the same way", []step{
			put(http.StatusOK, asyncHeader(), flowsBody("Updating", 3)), opStatus("Succeeded"), get("Succeeded"),
		}},
		{"200 Succeeded without a header: done at once", []step{put(http.StatusOK, nil, flowsBody("Succeeded", 3))}},
		{"200 without provisioningState: done at once", []step{put(http.StatusOK, nil, flowsBody("", 3))}},
		{"200 Provisioning without a header: GET until terminal", []step{
			put(http.StatusOK, nil, flowsBody("Provisioning", 3)), get("Provisioning"), get("Succeeded"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, subscriptionID, s).BeginCreateOrUpdate(context.Background(), resourceGroup, instance, "flows", profile(3), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), fastPoll)
			if err != nil {
				t.Fatal(err)
			}
			if *got.Name != "flows" || *got.Properties.InstanceCount != 3 {
				t.Errorf("result %+v", got.DataflowProfileResource)
			}
			if ps := got.Properties.ProvisioningState; ps != nil && *ps != iotoperations.ProvisioningStateSucceeded {
				t.Errorf("result provisioningState %s", *ps)
			}
		})
	}
}

func TestBeginCreateOrUpdateFailures(t *testing.T) {
	t.Parallel()
	failed := step{method: http.MethodGet, path: asyncOpPath, status: http.StatusOK,
		body: `{"status":"Failed","error":{"code":"InsufficientCapacity","message":"the cluster has no room for 20 instances"}}`}
	tests := []struct {
		name  string
		steps []step
		code  string
	}{
		{"the async operation ends Failed", []step{
			{method: http.MethodPut, path: flowsPath, status: http.StatusCreated, header: asyncHeader(), body: flowsBody("Accepted", 3)},
			opStatus("InProgress"), failed,
		}, "InsufficientCapacity"},
		{"the async operation ends Canceled", []step{
			{method: http.MethodPut, path: flowsPath, status: http.StatusCreated, header: asyncHeader()},
			{method: http.MethodGet, path: asyncOpPath, status: http.StatusOK, body: `{"status":"Canceled","error":{"code":"OperationCanceled","message":"canceled"}}`},
		}, "OperationCanceled"},
		{"200 already Failed", []step{
			{method: http.MethodPut, path: flowsPath, status: http.StatusOK, body: flowsBody("Failed", 3)},
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			poller, err := newClient(t, subscriptionID, newScript(t, tt.steps...)).BeginCreateOrUpdate(context.Background(), resourceGroup, instance, "flows", profile(3), nil)
			if err != nil {
				t.Fatal(err)
			}
			_, err = poller.PollUntilDone(context.Background(), fastPoll)
			var re *azcore.ResponseError
			if !errors.As(err, &re) {
				t.Fatalf("error %v (%T), want an *azcore.ResponseError", err, err)
			}
			if tt.code != "" && re.ErrorCode != tt.code {
				t.Errorf("ErrorCode %q, want %q", re.ErrorCode, tt.code)
			}
		})
	}
}

func TestBeginDeleteFlows(t *testing.T) {
	t.Parallel()
	del := func(status int, header http.Header) step {
		return step{method: http.MethodDelete, path: flowsPath, status: status, header: header}
	}
	loc := func(status int) step {
		var h http.Header
		if status == http.StatusAccepted {
			h = locationHeader()
		}
		return step{method: http.MethodGet, path: locationPath, status: status, header: h}
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"202 + Location, then 204", []step{del(http.StatusAccepted, locationHeader()), loc(http.StatusAccepted), loc(http.StatusAccepted), loc(http.StatusNoContent)}},
		{"202 + Location, then 200", []step{del(http.StatusAccepted, locationHeader()), loc(http.StatusOK)}},
		{"204: nothing to delete", []step{del(http.StatusNoContent, nil)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			poller, err := newClient(t, subscriptionID, s).BeginDelete(context.Background(), resourceGroup, instance, "flows", nil)
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

func TestBeginDeleteFailure(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodDelete, path: flowsPath, status: http.StatusAccepted, header: locationHeader()},
		step{method: http.MethodGet, path: locationPath, status: http.StatusConflict, body: `{"error":{"code":"ProfileInUse","message":"dataflows still use the profile"}}`},
	)
	poller, err := newClient(t, subscriptionID, s).BeginDelete(context.Background(), resourceGroup, instance, "flows", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(context.Background(), fastPoll)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusConflict || re.ErrorCode != "ProfileInUse" {
		t.Errorf("error = %v, want the 409 ProfileInUse", err)
	}
}

// TestResumeTokens saves each kind of operation after one poll and
// finishes it from another client, as another process would, given only
// the token.
func TestResumeTokens(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	t.Run("create", func(t *testing.T) {
		t.Parallel()
		first := newScript(t,
			step{method: http.MethodPut, path: flowsPath, status: http.StatusCreated, header: asyncHeader(), body: flowsBody("Accepted", 3)},
			opStatus("InProgress"),
		)
		poller, err := newClient(t, subscriptionID, first).BeginCreateOrUpdate(ctx, resourceGroup, instance, "flows", profile(3), nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := poller.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		token, err := poller.ResumeToken()
		if err != nil {
			t.Fatal(err)
		}
		second := newScript(t, opStatus("Succeeded"), step{method: http.MethodGet, path: flowsPath, status: http.StatusOK, body: flowsBody("Succeeded", 3)})
		resumed, err := newClient(t, subscriptionID, second).BeginCreateOrUpdate(ctx, "", "", "", iotoperations.DataflowProfileResource{},
			&iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: token})
		if err != nil {
			t.Fatal(err)
		}
		got, err := resumed.PollUntilDone(ctx, fastPoll)
		if err != nil || *got.Name != "flows" || *got.Properties.ProvisioningState != iotoperations.ProvisioningStateSucceeded {
			t.Fatalf("resumed create = %+v, %v", got, err)
		}
	})
	t.Run("delete", func(t *testing.T) {
		t.Parallel()
		first := newScript(t,
			step{method: http.MethodDelete, path: flowsPath, status: http.StatusAccepted, header: locationHeader()},
			step{method: http.MethodGet, path: locationPath, status: http.StatusAccepted, header: locationHeader()},
		)
		poller, err := newClient(t, subscriptionID, first).BeginDelete(ctx, resourceGroup, instance, "flows", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := poller.Poll(ctx); err != nil {
			t.Fatal(err)
		}
		token, err := poller.ResumeToken()
		if err != nil {
			t.Fatal(err)
		}
		second := newScript(t, step{method: http.MethodGet, path: locationPath, status: http.StatusNoContent})
		resumed, err := newClient(t, subscriptionID, second).BeginDelete(ctx, "", "", "", &iotoperations.DataflowProfilesClientBeginDeleteOptions{ResumeToken: token})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := resumed.PollUntilDone(ctx, fastPoll); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("invalid tokens", func(t *testing.T) {
		t.Parallel()
		client := newClient(t, subscriptionID, newScript(t))
		if _, err := client.BeginCreateOrUpdate(ctx, "", "", "", iotoperations.DataflowProfileResource{}, &iotoperations.DataflowProfilesClientBeginCreateOrUpdateOptions{ResumeToken: "not a token"}); err == nil {
			t.Error("BeginCreateOrUpdate accepted a malformed resume token")
		}
		if _, err := client.BeginDelete(ctx, "", "", "", &iotoperations.DataflowProfilesClientBeginDeleteOptions{ResumeToken: `{"type":"other"}`}); err == nil {
			t.Error("BeginDelete accepted a malformed resume token")
		}
	})
}

// TestCancelledContextStopsWaiting checks that cancelling the context ends
// PollUntilDone with the context's error while the operation still runs:
// after the poll that reports it running, no further request is sent.
func TestCancelledContextStopsWaiting(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodPut, path: flowsPath, status: http.StatusCreated, header: asyncHeader(), body: flowsBody("Accepted", 3)},
		// an hour's Retry-After: only the cancelled context can end the wait
		step{method: http.MethodGet, path: asyncOpPath, status: http.StatusOK, header: http.Header{"Retry-After": {"3600"}}, body: `{"status":"InProgress"}`},
	)
	poller, err := newClient(t, subscriptionID, s).BeginCreateOrUpdate(context.Background(), resourceGroup, instance, "flows", profile(3), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := poller.PollUntilDone(ctx, fastPoll); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
	if poller.Done() {
		t.Error("the poller reports the operation done")
	}
}
