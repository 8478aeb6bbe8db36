package iotoperations_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/internal/wire"
	"github.com/azclients/azclients/iotoperations"
)

// The seed's sample requests all go to this subscription, resource group
// and instance.
const (
	seedSub      = "F8C729F9-DF9C-4743-848F-96EE433D8E53"
	seedProfiles = "/subscriptions/" + seedSub + "/resourceGroups/rgiotoperations/providers/Microsoft.IoTOperations/instances/resource-name123/dataflowProfiles"
)

// TestSeedSamplesOnTheWire replays the seed's three CreateOrUpdate
// samples: the request the client sends is the sample request, and the
// sample response (201 + Azure-AsyncOperation, already Succeeded) ends
// the operation with the final GET the spec requires, decoding to a
// resource that re-encodes to the sample response.
func TestSeedSamplesOnTheWire(t *testing.T) {
	t.Parallel()
	tests := []struct{ sample, profile string }{
		{"createorupdate", "resource-name123"},
		{"minimal", "aio-dataflowprofile"},
		{"multi", "aio-dataflowprofile"},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			t.Parallel()
			request := testkit.ReadVector(t, tt.sample+"_request.json")
			response := string(testkit.ReadVector(t, tt.sample+"_response.json"))
			var resource iotoperations.DataflowProfileResource
			if err := json.Unmarshal(request, &resource); err != nil {
				t.Fatal(err)
			}
			path := seedProfiles + "/" + tt.profile
			s := newScript(t,
				step{method: http.MethodPut, path: path, status: http.StatusCreated, body: response,
					header: http.Header{"Azure-Asyncoperation": {"https://management.azure.com/providers/Microsoft.IoTOperations/locations/eastus/operationStatuses/op-1"}, "Retry-After": {"0"}}},
				step{method: http.MethodGet, path: path, status: http.StatusOK, body: response},
			)
			client := newClient(t, seedSub, s)
			poller, err := client.BeginCreateOrUpdate(context.Background(), "rgiotoperations", "resource-name123", tt.profile, resource, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), fastPoll)
			if err != nil {
				t.Fatal(err)
			}
			reqs := s.Requests()
			put := reqs[0]
			if put.Query != "api-version=2025-10-01" || put.Header.Get("Content-Type") != "application/json" || put.Header.Get("Accept") != "application/json" {
				t.Errorf("PUT query %q, headers %v", put.Query, put.Header)
			}
			if !strings.HasPrefix(put.Header.Get("Authorization"), "Bearer ") {
				t.Error("the PUT carries no bearer token")
			}
			testkit.SameJSON(t, put.Body, request)
			if reqs[1].Query != "api-version=2025-10-01" {
				t.Errorf("final GET query %q", reqs[1].Query)
			}
			out, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			testkit.SameJSON(t, out, []byte(response))
		})
	}
}

func TestGetAndListRequests(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodGet, path: flowsPath, status: http.StatusOK, body: flowsBody("Succeeded", 2)},
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: `{"value":[` + flowsBody("Succeeded", 2) + `]}`},
	)
	client := newClient(t, subscriptionID, s)
	got, err := client.Get(context.Background(), resourceGroup, instance, "flows", nil)
	if err != nil || *got.Name != "flows" || *got.Properties.InstanceCount != 2 || *got.ExtendedLocation.Name != customLoc {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	page, err := client.NewListPager(resourceGroup, instance, nil).NextPage(context.Background())
	if err != nil || len(page.Value) != 1 || page.NextLink != nil {
		t.Fatalf("list page = %+v, %v", page, err)
	}
	for _, r := range s.Requests() {
		if r.Query != "api-version=2025-10-01" || r.Header.Get("Accept") != "application/json" || len(r.Body) != 0 {
			t.Errorf("%s %s?%s: headers %v, body %q", r.Method, r.Path, r.Query, r.Header, r.Body)
		}
	}
}

func TestAPIVersionOption(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodGet, path: flowsPath, status: http.StatusOK, body: flowsBody("Succeeded", 1)})
	client := newClientWith(t, subscriptionID, s, arm.ClientOptions{ClientOptions: policy.ClientOptions{APIVersion: "2024-11-01"}})
	if _, err := client.Get(context.Background(), resourceGroup, instance, "flows", nil); err != nil {
		t.Fatal(err)
	}
	if q := s.Requests()[0].Query; q != "api-version=2024-11-01" {
		t.Errorf("query %q, want the chosen api-version", q)
	}
}

// TestListFollowsNextLink walks three pages, each nextLink followed as
// the service wrote it.
func TestListFollowsNextLink(t *testing.T) {
	t.Parallel()
	link := func(token string) string {
		return armBase + profilesPath + "?api-version=2025-10-01&%24skiptoken=" + token
	}
	page := func(next string, names ...string) string {
		var items []string
		for _, n := range names {
			items = append(items, `{"name":"`+n+`","properties":{"instanceCount":1}}`)
		}
		body := `{"value":[` + strings.Join(items, ",") + `]`
		if next != "" {
			body += `,"nextLink":"` + next + `"`
		}
		return body + "}"
	}
	s := newScript(t,
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page(link("2"), "a1", "a2")},
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page(link("4"), "a3", "a4")},
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: page("", "a5")},
	)
	client := newClient(t, subscriptionID, s)
	var names []string
	for p, err := range client.ListIter(context.Background(), resourceGroup, instance, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"a1", "a2", "a3", "a4", "a5"}, names); d != "" {
		t.Errorf("items (-want +got):\n%s", d)
	}
	var queries []string
	for _, r := range s.Requests() {
		queries = append(queries, r.Query)
	}
	want := []string{"api-version=2025-10-01", "api-version=2025-10-01&%24skiptoken=2", "api-version=2025-10-01&%24skiptoken=4"}
	if d := cmp.Diff(want, queries); d != "" {
		t.Errorf("queries (-want +got):\n%s", d)
	}
}

// TestListStopsOnARepeatedNextLink checks that a service answering a page
// with the link it was asked for ends paging with an error, not a loop.
func TestListStopsOnARepeatedNextLink(t *testing.T) {
	t.Parallel()
	next := armBase + profilesPath + "?api-version=2025-10-01&%24skiptoken=1"
	body := `{"value":[{"name":"a"}],"nextLink":"` + next + `"}`
	s := newScript(t,
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: body},
		step{method: http.MethodGet, path: profilesPath, status: http.StatusOK, body: body},
	)
	n := 0
	var last error
	for _, err := range newClient(t, subscriptionID, s).ListIter(context.Background(), resourceGroup, instance, nil) {
		if err != nil {
			last = err
			break
		}
		n++
	}
	if !errors.Is(last, pipeline.ErrRepeatedNextLink) || n != 1 {
		t.Errorf("after %d items: %v, want ErrRepeatedNextLink after 1", n, last)
	}
}

// armErrorBody is a complete ARM error document.
const armErrorBody = `{"error":{"code":"InvalidResourceProperties","message":"instanceCount is too large for the cluster",
	"target":"properties.instanceCount",
	"details":[{"code":"QuotaExceeded","message":"the cluster has 4 nodes","target":"instanceCount"}],
	"additionalInfo":[{"type":"PolicyViolation","info":{"policy":"max-instances","limit":4}}]}}`

// TestServiceErrorsThroughEveryMethod checks that each method returns the
// ARM error as a *ServiceError with every member decoded, which unwraps to
// an *azcore.ResponseError.
func TestServiceErrorsThroughEveryMethod(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		method string
		path   string
		call   call
	}{
		{"Get", http.MethodGet, flowsPath, getCall(resourceGroup, instance, "flows")},
		{"BeginCreateOrUpdate", http.MethodPut, flowsPath, createCall(resourceGroup, instance, "flows", profile(12))},
		{"BeginDelete", http.MethodDelete, flowsPath, deleteCall(resourceGroup, instance, "flows")},
		{"NewListPager", http.MethodGet, profilesPath, listCall(resourceGroup, instance)},
		{"List", http.MethodGet, profilesPath, iterCall(resourceGroup, instance)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, step{method: tt.method, path: tt.path, status: http.StatusBadRequest, body: armErrorBody,
				header: http.Header{"X-Ms-Request-Id": {"req-42"}}})
			err := tt.call(context.Background(), newClient(t, subscriptionID, s))
			var se *iotoperations.ServiceError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want a *ServiceError", err, err)
			}
			want := iotoperations.ServiceError{
				StatusCode: http.StatusBadRequest, Code: "InvalidResourceProperties",
				Message: "instanceCount is too large for the cluster", Target: "properties.instanceCount",
				Details:        []iotoperations.ErrorDetail{{Code: "QuotaExceeded", Message: "the cluster has 4 nodes", Target: "instanceCount"}},
				AdditionalInfo: []iotoperations.ErrorAdditionalInfo{{Type: "PolicyViolation", Info: json.RawMessage(`{"policy":"max-instances","limit":4}`)}},
				RequestID:      "req-42", Method: tt.method, Path: tt.path,
			}
			if d := cmp.Diff(want, *se, cmpopts.IgnoreUnexported(iotoperations.ServiceError{})); d != "" {
				t.Errorf("ServiceError (-want +got):\n%s", d)
			}
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.ErrorCode != "InvalidResourceProperties" || re.StatusCode != http.StatusBadRequest {
				t.Errorf("errors.As *azcore.ResponseError: %v", err)
			}
			if !strings.Contains(err.Error(), "InvalidResourceProperties") || strings.Contains(err.Error(), "api-version") {
				t.Errorf("Error() = %q: want the code and no query string", err)
			}
		})
	}
}

// TestServiceErrorWithoutAnARMBody checks that a body that is not an ARM
// error (a proxy's HTML page) still gives a usable error.
func TestServiceErrorWithoutAnARMBody(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodGet, path: flowsPath, status: http.StatusForbidden,
		header: http.Header{"Content-Type": {"text/html"}}, body: "<html><body>Access denied</body></html>"})
	_, err := newClient(t, subscriptionID, s).Get(context.Background(), resourceGroup, instance, "flows", nil)
	var se *iotoperations.ServiceError
	if !errors.As(err, &se) || se.StatusCode != http.StatusForbidden || se.Code != "Forbidden" || !strings.Contains(se.Message, "Access denied") {
		t.Errorf("error = %#v", err)
	}
}

// TestDecodeErrorOfABadBody checks that a 200 whose body is not a profile
// is an error naming the model, not a half-filled result.
func TestDecodeErrorOfABadBody(t *testing.T) {
	t.Parallel()
	s := newScript(t, step{method: http.MethodGet, path: flowsPath, status: http.StatusOK, body: `{"properties":{"instanceCount":"many"}}`})
	_, err := newClient(t, subscriptionID, s).Get(context.Background(), resourceGroup, instance, "flows", nil)
	var de *wire.DecodeError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "DataflowProfileResource") || !strings.Contains(err.Error(), "instanceCount") {
		t.Errorf("error = %v, want a decode error naming instanceCount", err)
	}
}

func TestIsNotFound(t *testing.T) {
	t.Parallel()
	s := newScript(t,
		step{method: http.MethodGet, path: flowsPath, status: http.StatusNotFound, body: `{"error":{"code":"ResourceNotFound","message":"no"}}`},
		step{method: http.MethodGet, path: flowsPath, status: http.StatusBadRequest, body: `{"error":{"code":"BadRequest","message":"no"}}`},
	)
	client := newClient(t, subscriptionID, s)
	_, notFound := client.Get(context.Background(), resourceGroup, instance, "flows", nil)
	_, badRequest := client.Get(context.Background(), resourceGroup, instance, "flows", nil)
	_, invalid := client.Get(context.Background(), resourceGroup, instance, "..", nil)
	for _, tt := range []struct {
		name string
		err  error
		want bool
	}{
		{"404 ServiceError", notFound, true},
		{"404 from a poller", &azcore.ResponseError{StatusCode: http.StatusNotFound}, true},
		{"400", badRequest, false},
		{"validation error", invalid, false},
		{"nil", nil, false},
	} {
		if got := iotoperations.IsNotFound(tt.err); got != tt.want {
			t.Errorf("%s: IsNotFound = %v", tt.name, got)
		}
	}
}
