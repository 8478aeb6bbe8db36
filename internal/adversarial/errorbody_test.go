package adversarial_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotoperations"
)

// errorBody is a body a failing service (or whatever stands in front of
// it) might send.
type errorBody struct {
	name        string
	contentType string
	body        func() []byte
	large       bool // measured for memory in TestErrorBodyMemory
	huge        bool // megabytes: under -race, only the plain call shapes
}

var (
	bigErrorBody = sync.OnceValue(func() []byte {
		var b bytes.Buffer
		b.WriteString(`{"error":{"code":"BigError","message":"`)
		b.Write(bytes.Repeat([]byte("x"), 10<<20))
		b.WriteString(`"}}`)
		return b.Bytes()
	})
	deepErrorBody = sync.OnceValue(func() []byte {
		const depth = 100_000
		var b bytes.Buffer
		b.WriteString(`{"error":`)
		b.WriteString(strings.Repeat(`{"a":`, depth))
		b.WriteString("1")
		b.WriteString(strings.Repeat("}", depth+1))
		return b.Bytes()
	})
	deepArrayBody = sync.OnceValue(func() []byte {
		const depth = 100_000
		return []byte(strings.Repeat("[", depth) + strings.Repeat("]", depth))
	})
)

func constBody(s string) func() []byte { return func() []byte { return []byte(s) } }

var errorBodies = []errorBody{
	{name: "empty", body: constBody("")},
	{name: "HTML", contentType: "text/html", body: constBody("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")},
	{name: "truncated JSON", body: constBody(`{"error":{"code":"Trunc`)},
	{name: "truncated after code", body: constBody(`{"error":{"code":"Truncated","message":"cut he`)},
	{name: "10 MB", body: bigErrorBody, large: true, huge: true},
	{name: "100,000-deep object", body: deepErrorBody, large: true},
	{name: "100,000-deep array", body: deepArrayBody, large: true},
	{name: "ARM code as number", body: constBody(`{"error":{"code":400123,"message":"numeric"}}`)},
	{name: "DPS code as number", body: constBody(`{"code":400123,"httpStatusCode":400,"message":"numeric"}`)},
	{name: "code as float", body: constBody(`{"error":{"code":1e400,"message":"huge"}}`)},
	{name: "null", body: constBody("null")},
	{name: "error null", body: constBody(`{"error":null}`)},
	{name: "code null", body: constBody(`{"error":{"code":null,"message":null}}`)},
	{name: "code object", body: constBody(`{"error":{"code":{"nested":true},"message":["a"]}}`)},
	{name: "JSON string", body: constBody(`"just a string"`)},
	{name: "invalid UTF-8", body: constBody("{\"error\":{\"code\":\"Bad\xff\xfe\",\"message\":\"\xc3\"}}")},
}

var errorStatuses = []int{http.StatusBadRequest, http.StatusNotFound, http.StatusConflict, http.StatusTooManyRequests, http.StatusInternalServerError}

// answer is a canned response.
type answer struct {
	status int
	header http.Header
	body   string
}

// stagedTransport answers with setup in order, then with the failure for
// every request after it.
type stagedTransport struct {
	setup   []answer
	failure func() (int, string, []byte)
	n       atomic.Int64
	failed  atomic.Int64
}

func (tr *stagedTransport) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		_, _ = io.Copy(io.Discard, req.Body)
		_ = req.Body.Close()
	}
	i := int(tr.n.Add(1)) - 1
	resp := &http.Response{Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}, Request: req}
	var body []byte
	if i < len(tr.setup) {
		a := tr.setup[i]
		resp.StatusCode = a.status
		for k, v := range a.header {
			resp.Header[k] = v
		}
		resp.Header.Set("Content-Type", "application/json")
		body = []byte(a.body)
	} else {
		tr.failed.Add(1)
		var contentType string
		resp.StatusCode, contentType, body = tr.failure()
		if contentType == "" {
			contentType = "application/json"
		}
		resp.Header.Set("Content-Type", contentType)
	}
	resp.Status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	resp.ContentLength = int64(len(body))
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// callShape is one way a client meets an error: a plain call, a pager's
// NextPage after a first page with a link, or a poller's Poll after an
// accepted long-running operation.
type callShape struct {
	pkg, name string
	setup     []answer
	call      func(ctx context.Context, transport policy.Transporter) error
}

const (
	armHost  = "https://management.azure.com"
	iotOpsRG = "/subscriptions/" + testSubscription + "/resourceGroups/rg/providers/Microsoft.IoTOperations"
	dpsRG    = "/subscriptions/" + testSubscription + "/resourceGroups/rg/providers/Microsoft.Devices"
	ciRG     = "/subscriptions/" + testSubscription + "/resourceGroups/rg/providers/Microsoft.CustomerInsights"
)

func armOptions(transport policy.Transporter) arm.ClientOptions {
	o := arm.ClientOptions{}
	o.Transport = transport
	o.Retry = noRetry
	return o
}

func dataPlaneOptions(transport policy.Transporter) azcore.ClientOptions {
	return azcore.ClientOptions{Transport: transport, Retry: noRetry}
}

// nextPage reads a pager's first page, which must succeed, then its second.
func nextPage[T any](ctx context.Context, more func() bool, next func(context.Context) (T, error)) error {
	if _, err := next(ctx); err != nil {
		return fmt.Errorf("first page: %w (want it to succeed)", err)
	}
	if !more() {
		return errors.New("no second page after a page with a link")
	}
	_, err := next(ctx)
	return err
}

var asyncHeader = func(path, apiVersion string) http.Header {
	return http.Header{"Azure-Asyncoperation": {armHost + path + "?api-version=" + apiVersion}}
}

// callShapes are the call shapes of at least one client of each package.
var callShapes = []callShape{
	{pkg: "iotoperations", name: "plain", call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotoperations.NewInstancesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
		_, err := c.Get(ctx, "rg", "inst", nil)
		return err
	}},
	{pkg: "iotoperations", name: "pager", setup: []answer{{200, nil, `{"value":[],"nextLink":"` + armHost + iotOpsRG + `/instances?api-version=2025-10-01&$skipToken=2"}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := iotoperations.NewInstancesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
			p := c.NewListByResourceGroupPager("rg", nil)
			return nextPage(ctx, p.More, p.NextPage)
		}},
	{pkg: "iotoperations", name: "poller", setup: []answer{{201, asyncHeader("/providers/Microsoft.IoTOperations/locations/eastus/operationStatuses/op1", "2025-10-01"), `{"name":"inst","properties":{"provisioningState":"Accepted"}}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := iotoperations.NewInstancesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
			p, err := c.BeginCreateOrUpdate(ctx, "rg", "inst", iotoperations.InstanceResource{Location: to.Ptr("eastus")}, nil)
			if err != nil {
				return fmt.Errorf("begin: %w (want it to succeed)", err)
			}
			_, err = p.Poll(ctx)
			return err
		}},
	{pkg: "deviceprovisioning", name: "plain", call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
		_, err := c.Get(ctx, "rg", "dps1", nil)
		return err
	}},
	{pkg: "deviceprovisioning", name: "pager", setup: []answer{{200, nil, `{"value":[],"nextLink":"` + armHost + dpsRG + `/provisioningServices?api-version=2022-12-12&$skipToken=2"}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
			p := c.NewListByResourceGroupPager("rg", nil)
			return nextPage(ctx, p.More, p.NextPage)
		}},
	{pkg: "deviceprovisioning", name: "poller", setup: []answer{{201, asyncHeader(dpsRG+"/provisioningServices/dps1/operationresults/op1", "2022-12-12"), `{"name":"dps1","location":"westus","sku":{"name":"S1","capacity":1},"properties":{"provisioningState":"Accepted","state":"Activating"}}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
			body, err := decodeInto(reflect.TypeFor[deviceprovisioning.ProvisioningServiceDescription](), `{"location":"westus","sku":{"name":"S1","capacity":1},"properties":{}}`)
			if err != nil {
				return err
			}
			p, err := c.BeginCreateOrUpdate(ctx, "rg", "dps1", body.Interface().(deviceprovisioning.ProvisioningServiceDescription), nil)
			if err != nil {
				return fmt.Errorf("begin: %w (want it to succeed)", err)
			}
			_, err = p.Poll(ctx)
			return err
		}},
	{pkg: "deviceprovisioning", name: "service API plain", call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := deviceprovisioning.NewServiceClient(dpsServiceURL, staticCredential{}, &deviceprovisioning.ServiceClientOptions{ClientOptions: dataPlaneOptions(tr)})
		_, err := c.Enrollments().Get(ctx, "r1", nil)
		return err
	}},
	{pkg: "deviceprovisioning", name: "service API pager", setup: []answer{{200, http.Header{"X-Ms-Continuation": {"page2"}}, `[]`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := deviceprovisioning.NewServiceClient(dpsServiceURL, staticCredential{}, &deviceprovisioning.ServiceClientOptions{ClientOptions: dataPlaneOptions(tr)})
			p := c.Enrollments().NewQueryPager(deviceprovisioning.QuerySpecification{Query: to.Ptr("SELECT * FROM enrollments")}, nil)
			return nextPage(ctx, p.More, p.NextPage)
		}},
	{pkg: "customerinsights", name: "plain", call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := customerinsights.NewHubsClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
		_, err := c.Get(ctx, "rg", "hub1", nil)
		return err
	}},
	{pkg: "customerinsights", name: "pager", setup: []answer{{200, nil, `{"value":[],"nextLink":"` + armHost + ciRG + `/hubs?api-version=2017-04-26&$skipToken=2"}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := customerinsights.NewHubsClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
			p := c.NewListByResourceGroupPager("rg", nil)
			return nextPage(ctx, p.More, p.NextPage)
		}},
	{pkg: "customerinsights", name: "poller", setup: []answer{{202, nil, ``}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := customerinsights.NewProfilesClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
			p, err := c.BeginCreateOrUpdate(ctx, "rg", "hub1", "profile1", customerinsights.ProfileResourceFormat{}, nil)
			if err != nil {
				return fmt.Errorf("begin: %w (want it to succeed)", err)
			}
			_, err = p.Poll(ctx)
			return err
		}},
	{pkg: "iotcentral", name: "plain", call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
		_, err := c.Devices().Get(ctx, "dev1", nil)
		return err
	}},
	{pkg: "iotcentral", name: "pager", setup: []answer{{200, nil, `{"value":[],"nextLink":"` + iotCentralURL + `/devices?api-version=2022-07-31&$skiptoken=2"}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
			p := c.Devices().NewListPager(nil)
			return nextPage(ctx, p.More, p.NextPage)
		}},
	{pkg: "iotcentral", name: "poller", setup: []answer{{200, nil, `{"id":"job1","group":"g","data":[],"status":"running"}`}},
		call: func(ctx context.Context, tr policy.Transporter) error {
			c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
			p, err := c.Jobs().BeginWait(ctx, "job1", nil)
			if err != nil {
				return fmt.Errorf("begin: %w (want it to succeed)", err)
			}
			_, err = p.Poll(ctx)
			return err
		}},
}

// checkResponseError fails the test unless err is an *azcore.ResponseError
// with status and a code, after exactly one failing request.
func checkResponseError(t *testing.T, err error, status int, tr *stagedTransport) {
	t.Helper()
	var re *azcore.ResponseError
	if !errors.As(err, &re) {
		t.Fatalf("error %v (%T), want an *azcore.ResponseError", clipErr(err), err)
	}
	if re.StatusCode != status {
		t.Errorf("StatusCode %d, want %d", re.StatusCode, status)
	}
	if strings.TrimSpace(re.ErrorCode) == "" {
		t.Errorf("ErrorCode is empty: %v", clipErr(err))
	}
	if n := tr.failed.Load(); n != 1 {
		t.Errorf("the failing answer was requested %d times, want 1 (no retries)", n)
	}
	if len(err.Error()) > 64<<10 {
		t.Errorf("the error string is %d bytes long; a 10 MB body must not be copied into it", len(err.Error()))
	}
}

func clipErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return clip(err.Error())
}

// TestErrorBodies answers every call shape of every package with every
// error body at every status, and checks each comes back as an
// *azcore.ResponseError with the status and a code, on the first answer.
// Under -race the large bodies are sent at one status, the 10 MB one only
// by TestErrorBodyMemory.
func TestErrorBodies(t *testing.T) {
	t.Parallel()
	var tried atomic.Int64
	t.Run("matrix", func(t *testing.T) {
		for _, shape := range callShapes {
			for _, body := range errorBodies {
				for _, status := range errorStatuses {
					if raceEnabled && body.large && (body.huge || status != http.StatusInternalServerError) {
						continue // TestErrorBodyMemory sends them
					}
					t.Run(fmt.Sprintf("%s/%s/%s/%d", shape.pkg, shape.name, body.name, status), func(t *testing.T) {
						t.Parallel()
						tr := &stagedTransport{setup: shape.setup, failure: func() (int, string, []byte) { return status, body.contentType, body.body() }}
						err := shape.call(context.Background(), tr)
						tried.Add(1)
						checkResponseError(t, err, status, tr)
					})
				}
			}
		}
	})
	t.Logf("error bodies: %d calls of %d bodies, %d statuses and %d call shapes of 4 packages", tried.Load(), len(errorBodies), len(errorStatuses), len(callShapes))
}

// TestErrorBodyMemory measures the heap a call allocates to turn each
// large error body (10 MB, 100,000 levels of nesting) into its error, per
// call shape (under -race, the 10 MB body through each package's plain
// call only); it is not parallel so that nothing else allocates meanwhile.
func TestErrorBodyMemory(t *testing.T) {
	for _, shape := range callShapes {
		for _, body := range errorBodies {
			if !body.large || raceEnabled && body.huge && shape.name != "plain" {
				continue
			}
			t.Run(shape.pkg+"/"+shape.name+"/"+body.name, func(t *testing.T) {
				b := body.body()
				tr := &stagedTransport{setup: shape.setup, failure: func() (int, string, []byte) { return http.StatusInternalServerError, "", b }}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				err := shape.call(context.Background(), tr)
				runtime.ReadMemStats(&after)
				checkResponseError(t, err, http.StatusInternalServerError, tr)
				allocated := after.TotalAlloc - before.TotalAlloc
				if limit := uint64(4*len(b)) + 8<<20; allocated > limit {
					t.Errorf("decoding a %d-byte error body allocated %d bytes, over %d", len(b), allocated, limit)
				}
				t.Logf("%d-byte body: %d bytes allocated", len(b), allocated)
			})
		}
	}
}
