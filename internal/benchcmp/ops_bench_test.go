package benchcmp

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/deviceprovisioningservices/armdeviceprovisioningservices"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

const (
	opsBase   = "https://management.azure.com/subscriptions/" + officialSub + "/resourceGroups/rg/providers/Microsoft.Devices/provisioningServices"
	statusURL = "https://management.azure.com/subscriptions/" + officialSub + "/providers/Microsoft.Devices/locations/eastus/operationStatuses/op1"
	resultURL = "https://management.azure.com/subscriptions/" + officialSub + "/providers/Microsoft.Devices/locations/eastus/operationResults/op1"
)

// cannedARM answers both SDKs' requests with the same prepared documents,
// in process, so that a benchmark measures the clients and nothing else:
// GET of a service, PUT 201 + Azure-AsyncOperation with one running and one
// finished status poll, DELETE 202 + Location with one 202 and a 204, and
// a list of ten pages.
type cannedARM struct {
	body  []byte
	pages [][]byte

	mu             sync.Mutex
	statusPolls    int
	locationPolls  int
	requestsServed int
}

func newCannedARM(body []byte) *cannedARM {
	c := &cannedARM{body: body}
	for p := range 10 {
		var b strings.Builder
		b.WriteString(`{"value":[`)
		for i := range 100 {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"name":"dps-%d-%d","location":"eastus","id":"/subscriptions/%s/resourceGroups/rg/providers/Microsoft.Devices/provisioningServices/dps-%d-%d","type":"Microsoft.Devices/provisioningServices","etag":"AAAAAAAADGk=","sku":{"name":"S1","tier":"Standard","capacity":1},"properties":{"state":"Active","provisioningState":"Succeeded","idScope":"0ne00000012","allocationPolicy":"Hashed","enableDataResidency":false},"tags":{}}`, p, i, officialSub, p, i)
		}
		b.WriteString(`]`)
		if p < 9 {
			fmt.Fprintf(&b, `,"nextLink":"%s?api-version=2022-12-12&page=%d"`, opsBase, p+1)
		}
		b.WriteString(`}`)
		c.pages = append(c.pages, []byte(b.String()))
	}
	return c
}

func (c *cannedARM) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		_, _ = io.Copy(io.Discard, req.Body)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requestsServed++
	url := strings.SplitN(req.URL.String(), "?", 2)[0]
	answer := func(status int, body []byte, header ...string) (*http.Response, error) {
		h := http.Header{"Content-Type": {"application/json"}}
		for i := 0; i+1 < len(header); i += 2 {
			h.Set(header[i], header[i+1])
		}
		return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader(string(body))), Request: req, ContentLength: int64(len(body))}, nil
	}
	switch {
	case req.Method == http.MethodPut:
		return answer(http.StatusCreated, c.body, "Azure-AsyncOperation", statusURL+"?api-version=2022-12-12", "Retry-After", "0")
	case req.Method == http.MethodDelete:
		return answer(http.StatusAccepted, nil, "Location", resultURL+"?api-version=2022-12-12", "Retry-After", "0")
	case url == statusURL:
		c.statusPolls++
		if c.statusPolls%2 == 1 {
			return answer(http.StatusOK, []byte(`{"status":"Running","name":"op1"}`))
		}
		return answer(http.StatusOK, []byte(`{"status":"Succeeded","name":"op1"}`))
	case url == resultURL:
		c.locationPolls++
		if c.locationPolls%2 == 1 {
			return answer(http.StatusAccepted, nil, "Location", resultURL+"?api-version=2022-12-12", "Retry-After", "0")
		}
		return answer(http.StatusNoContent, nil)
	case url == opsBase:
		page := 0
		fmt.Sscanf(req.URL.Query().Get("page"), "%d", &page)
		return answer(http.StatusOK, c.pages[page])
	default:
		return answer(http.StatusOK, c.body)
	}
}

// opsClients builds both SDKs' clients on one canned transport.
func opsClients(tb testing.TB, body []byte) (*dps.ProvisioningServicesClient, *armdeviceprovisioningservices.IotDpsResourceClient) {
	tb.Helper()
	transport := newCannedARM(body)
	opts := policy.ClientOptions{Transport: transport, Retry: policy.RetryOptions{MaxRetries: -1}}
	ours, err := dps.NewProvisioningServicesClient(officialSub, &azfake.TokenCredential{}, &dps.ClientOptions{ClientOptions: arm.ClientOptions{ClientOptions: opts}})
	if err != nil {
		tb.Fatal(err)
	}
	official, err := armdeviceprovisioningservices.NewIotDpsResourceClient(officialSub, &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: opts})
	if err != nil {
		tb.Fatal(err)
	}
	return ours, official
}

// bigBody is a service description of about 100 KB (many linked hubs).
var bigBody = func() []byte {
	var b strings.Builder
	b.WriteString(`{"name":"big","location":"eastus","etag":"AAAAAAAADGk=","sku":{"name":"S1","tier":"Standard","capacity":1},"properties":{"state":"Active","provisioningState":"Succeeded","idScope":"0ne00000012","iotHubs":[`)
	for i := 0; b.Len() < 100<<10; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"applyAllocationPolicy":true,"allocationWeight":%d,"name":"hub%04d.azure-devices.net","connectionString":"HostName=hub%04d.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=****","location":"eastus"}`, i%10, i, i)
	}
	b.WriteString(`]}}`)
	return []byte(b.String())
}()

var opsPoll = &runtime.PollUntilDoneOptions{Frequency: time.Nanosecond}

// TestBothClientsRunTheCannedOperations checks that the benchmarks below
// measure successful operations of both clients.
func TestBothClientsRunTheCannedOperations(t *testing.T) {
	for name, op := range opsBenchmarks(seed001(t)) {
		ours, official := opsClients(t, seed001(t))
		if err := op.ours(ours); err != nil {
			t.Errorf("%s, ours: %v", name, err)
		}
		if err := op.official(official); err != nil {
			t.Errorf("%s, official: %v", name, err)
		}
	}
}

type opPair struct {
	ours     func(*dps.ProvisioningServicesClient) error
	official func(*armdeviceprovisioningservices.IotDpsResourceClient) error
}

func opsBenchmarks(body []byte) map[string]opPair {
	ctx := context.Background()
	desc := func() dps.ProvisioningServiceDescription {
		return dps.ProvisioningServiceDescription{Location: to.Ptr("eastus"), SKU: &dps.IotDpsSkuInfo{Name: to.Ptr(dps.IotDpsSkuS1), Capacity: to.Ptr[int64](1)}, Properties: &dps.IotDpsPropertiesDescription{}}
	}
	officialDesc := func() armdeviceprovisioningservices.ProvisioningServiceDescription {
		return armdeviceprovisioningservices.ProvisioningServiceDescription{Location: to.Ptr("eastus"), SKU: &armdeviceprovisioningservices.IotDpsSKUInfo{Name: to.Ptr(armdeviceprovisioningservices.IotDpsSKUS1), Capacity: to.Ptr[int64](1)}, Properties: &armdeviceprovisioningservices.IotDpsPropertiesDescription{}}
	}
	return map[string]opPair{
		"Get": {
			ours: func(c *dps.ProvisioningServicesClient) error {
				_, err := c.Get(ctx, "rg", "dps1", nil)
				return err
			},
			official: func(c *armdeviceprovisioningservices.IotDpsResourceClient) error {
				_, err := c.Get(ctx, "dps1", "rg", nil)
				return err
			},
		},
		"CreateUntilDone": {
			ours: func(c *dps.ProvisioningServicesClient) error {
				p, err := c.BeginCreateOrUpdate(ctx, "rg", "dps1", desc(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, opsPoll)
				}
				return err
			},
			official: func(c *armdeviceprovisioningservices.IotDpsResourceClient) error {
				p, err := c.BeginCreateOrUpdate(ctx, "rg", "dps1", officialDesc(), nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, opsPoll)
				}
				return err
			},
		},
		"DeleteUntilDone": {
			ours: func(c *dps.ProvisioningServicesClient) error {
				p, err := c.BeginDelete(ctx, "rg", "dps1", nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, opsPoll)
				}
				return err
			},
			official: func(c *armdeviceprovisioningservices.IotDpsResourceClient) error {
				p, err := c.BeginDelete(ctx, "dps1", "rg", nil)
				if err == nil {
					_, err = p.PollUntilDone(ctx, opsPoll)
				}
				return err
			},
		},
		"List1000": {
			ours: func(c *dps.ProvisioningServicesClient) error {
				n := 0
				for _, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
					if err != nil {
						return err
					}
					n++
				}
				if n != 1000 {
					return fmt.Errorf("listed %d", n)
				}
				return nil
			},
			official: func(c *armdeviceprovisioningservices.IotDpsResourceClient) error {
				n := 0
				pager := c.NewListByResourceGroupPager("rg", nil)
				for pager.More() {
					page, err := pager.NextPage(ctx)
					if err != nil {
						return err
					}
					n += len(page.Value)
				}
				if n != 1000 {
					return fmt.Errorf("listed %d", n)
				}
				return nil
			},
		},
	}
}

// BenchmarkOps runs each whole operation with both clients on the same
// canned transport; run with -count and compare with cmd/ratios.
func BenchmarkOps(b *testing.B) {
	bodies := map[string][]byte{"seed": seed001(b), "100KB": bigBody}
	for _, name := range []string{"Get", "CreateUntilDone", "DeleteUntilDone", "List1000"} {
		for _, bodyName := range []string{"seed", "100KB"} {
			if bodyName == "100KB" && name != "Get" {
				continue
			}
			op := opsBenchmarks(bodies[bodyName])[name]
			label := name
			if name == "Get" {
				label += "-" + bodyName
			}
			b.Run(label+"/azclients", func(b *testing.B) {
				ours, _ := opsClients(b, bodies[bodyName])
				b.ReportAllocs()
				for b.Loop() {
					if err := op.ours(ours); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(label+"/official", func(b *testing.B) {
				_, official := opsClients(b, bodies[bodyName])
				b.ReportAllocs()
				for b.Loop() {
					if err := op.official(official); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
