package iotoperations_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

const (
	subscriptionID = "5d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"
	resourceGroup  = "factory-rg"
	instance       = "aio-line1"
	customLoc      = "/subscriptions/" + subscriptionID + "/resourceGroups/" + resourceGroup + "/providers/Microsoft.ExtendedLocation/customLocations/line1"
)

// fastPoll polls without waiting: tests never sleep.
var fastPoll = &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}

// counting wraps a transport and counts the requests that reach it.
type counting struct {
	mu   sync.Mutex
	n    int
	next policy.Transporter
}

func (c *counting) Do(req *http.Request) (*http.Response, error) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	return c.next.Do(req)
}

func (c *counting) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func newClient(t testing.TB, sub string, transport policy.Transporter) *iotoperations.DataflowProfilesClient {
	t.Helper()
	c, err := iotoperations.NewDataflowProfilesClient(sub, &azfake.TokenCredential{}, &iotoperations.ClientOptions{
		ClientOptions: arm.ClientOptions{ClientOptions: policy.ClientOptions{
			Transport: transport,
			Retry:     policy.RetryOptions{MaxRetries: 2, RetryDelay: time.Millisecond, MaxRetryDelay: time.Millisecond},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func profile(count int32) iotoperations.DataflowProfileResource {
	return iotoperations.DataflowProfileResource{
		ExtendedLocation: &iotoperations.ExtendedLocation{Name: to.Ptr(customLoc), Type: to.Ptr(iotoperations.ExtendedLocationTypeCustomLocation)},
		Properties:       &iotoperations.DataflowProfileProperties{InstanceCount: to.Ptr(count)},
	}
}

func stored(name string, count int32) iotoperations.DataflowProfileResource {
	p := profile(count)
	p.Name = to.Ptr(name)
	p.Properties.ProvisioningState = to.Ptr(iotoperations.ProvisioningStateSucceeded)
	return p
}

func TestEveryMethodThroughTheFakeServer(t *testing.T) {
	t.Parallel()
	var got []string
	srv := fake.DataflowProfilesServer{
		BeginCreateOrUpdate: func(ctx context.Context, rg, inst, name string, r iotoperations.DataflowProfileResource, _ *iotoperations.BeginCreateOrUpdateOptions) (resp azfake.PollerResponder[iotoperations.BeginCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
			got = append(got, "create "+rg+"/"+inst+"/"+name)
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusOK, iotoperations.BeginCreateOrUpdateResponse{DataflowProfileResource: stored(name, *r.Properties.InstanceCount)}, nil)
			return
		},
		Get: func(ctx context.Context, rg, inst, name string, _ *iotoperations.GetOptions) (resp azfake.Responder[iotoperations.GetResponse], errResp azfake.ErrorResponder) {
			got = append(got, "get "+name)
			if name == "missing" {
				errResp.SetResponseError(http.StatusNotFound, "ResourceNotFound")
				return
			}
			resp.SetResponse(http.StatusOK, iotoperations.GetResponse{DataflowProfileResource: stored(name, 4)}, nil)
			return
		},
		BeginDelete: func(ctx context.Context, rg, inst, name string, _ *iotoperations.BeginDeleteOptions) (resp azfake.PollerResponder[iotoperations.BeginDeleteResponse], errResp azfake.ErrorResponder) {
			got = append(got, "delete "+name)
			resp.AddNonTerminalResponse(http.StatusAccepted, nil)
			resp.SetTerminalResponse(http.StatusNoContent, iotoperations.BeginDeleteResponse{}, nil)
			return
		},
		NewListPager: func(rg, inst string, _ *iotoperations.ListOptions) (resp azfake.PagerResponder[iotoperations.ListResponse]) {
			got = append(got, "list "+inst)
			for page := range 3 {
				var r iotoperations.ListResponse
				for i := range 2 {
					r.Value = append(r.Value, stored("p"+string(rune('a'+page*2+i)), 1))
				}
				resp.AddPage(http.StatusOK, r, nil)
			}
			return
		},
	}
	client := newClient(t, subscriptionID, fake.NewDataflowProfilesServerTransport(&srv))
	ctx := context.Background()

	poller, err := client.BeginCreateOrUpdate(ctx, resourceGroup, instance, "scaled", profile(7), nil)
	if err != nil {
		t.Fatal(err)
	}
	created, err := poller.PollUntilDone(ctx, fastPoll)
	if err != nil || *created.Properties.InstanceCount != 7 || *created.Name != "scaled" {
		t.Fatalf("create = %+v, %v", created, err)
	}
	if g, err := client.Get(ctx, resourceGroup, instance, "scaled", nil); err != nil || *g.Properties.InstanceCount != 4 {
		t.Fatalf("get = %+v, %v", g, err)
	}
	_, err = client.Get(ctx, resourceGroup, instance, "missing", nil)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusNotFound || re.ErrorCode != "ResourceNotFound" {
		t.Errorf("get missing: %v", err)
	}
	dp, err := client.BeginDelete(ctx, resourceGroup, instance, "scaled", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dp.PollUntilDone(ctx, fastPoll); err != nil {
		t.Fatal(err)
	}
	var names []string
	for p, err := range client.List(ctx, resourceGroup, instance, nil) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, *p.Name)
	}
	if d := cmp.Diff([]string{"pa", "pb", "pc", "pd", "pe", "pf"}, names); d != "" {
		t.Errorf("list over 3 pages (-want +got):\n%s", d)
	}
	want := []string{"create " + resourceGroup + "/" + instance + "/scaled", "get scaled", "get missing", "delete scaled", "list " + instance}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("server calls (-want +got):\n%s", d)
	}
}

func TestFakeServerMethodNotSet(t *testing.T) {
	t.Parallel()
	client := newClient(t, subscriptionID, fake.NewDataflowProfilesServerTransport(&fake.DataflowProfilesServer{}))
	_, err := client.Get(context.Background(), resourceGroup, instance, "any", nil)
	if err == nil || !strings.Contains(err.Error(), "DataflowProfilesClient.Get") {
		t.Errorf("error = %v, want it to name the missing fake method", err)
	}
}

func TestValidationSendsNothing(t *testing.T) {
	t.Parallel()
	tooMany := profile(21)
	badPort := profile(1)
	badPort.Properties.Diagnostics = &iotoperations.ProfileDiagnostics{Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr[int32](70000)}}
	noType := profile(1)
	noType.ExtendedLocation.Type = nil
	tests := []struct {
		name      string
		sub       string
		call      func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error
		field     string
		ruleWords string
	}{
		{"subscription not a UUID", "sub-1", func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.Get(ctx, resourceGroup, instance, "p1x", nil)
			return err
		}, "subscriptionID", "UUID"},
		{"empty resource group", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.Get(ctx, "", instance, "p1x", nil)
			return err
		}, "resourceGroupName", "required"},
		{"instance too short", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.BeginDelete(ctx, resourceGroup, "ab", "p1x", nil)
			return err
		}, "instanceName", "3"},
		{"upper-case profile name", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.Get(ctx, resourceGroup, instance, "Profile1", nil)
			return err
		}, "dataflowProfileName", "^[a-z0-9]"},
		{"profile name ends with '-'", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.Get(ctx, resourceGroup, instance, "profile-", nil)
			return err
		}, "dataflowProfileName", "^[a-z0-9]"},
		{"profile name with a slash", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.Get(ctx, resourceGroup, instance, "a/../b", nil)
			return err
		}, "dataflowProfileName", "^[a-z0-9]"},
		{"instanceCount 21", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.BeginCreateOrUpdate(ctx, resourceGroup, instance, "p1x", tooMany, nil)
			return err
		}, "resource.properties.instanceCount", "between 1 and 20"},
		{"prometheusPort 70000", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.BeginCreateOrUpdate(ctx, resourceGroup, instance, "p1x", badPort, nil)
			return err
		}, "resource.properties.diagnostics.metrics.prometheusPort", "between 0 and 65535"},
		{"extended location without type", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.BeginCreateOrUpdate(ctx, resourceGroup, instance, "p1x", noType, nil)
			return err
		}, "resource.extendedLocation.type", "required"},
		{"list with a bad instance", subscriptionID, func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
			_, err := c.NewListPager(resourceGroup, "UPPER", nil).NextPage(ctx)
			return err
		}, "instanceName", "^[a-z0-9]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			transport := &counting{next: fake.NewEmulator(nil)}
			err := tt.call(context.Background(), newClient(t, tt.sub, transport))
			var ve *iotoperations.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, iotoperations.ErrInvalidInput) {
				t.Fatalf("error = %v, want a *ValidationError", err)
			}
			if ve.Field != tt.field || !strings.Contains(ve.Rule, tt.ruleWords) {
				t.Errorf("field %q rule %q, want field %q and a rule mentioning %q", ve.Field, ve.Rule, tt.field, tt.ruleWords)
			}
			if transport.count() != 0 {
				t.Errorf("%d request(s) were sent", transport.count())
			}
		})
	}
}

// armError answers every request with an ARM error body.
type armError struct{ status int }

func (a armError) Do(req *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: a.status, Header: http.Header{"Content-Type": {"application/json"}}, Body: http.NoBody, Request: req}, nil
}

func TestServiceErrors(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(nil)
	client := newClient(t, subscriptionID, emu)
	ctx := context.Background()
	_, err := client.Get(ctx, resourceGroup, "no-such-instance", "p1x", nil)
	var se *iotoperations.ServiceError
	if !errors.As(err, &se) || se.StatusCode != 404 || se.Code != "ParentResourceNotFound" || !strings.Contains(se.Message, "no-such-instance") {
		t.Fatalf("missing instance: %#v", err)
	}
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.ErrorCode != "ParentResourceNotFound" {
		t.Errorf("errors.As *azcore.ResponseError: %v", err)
	}
	_, err = newClient(t, subscriptionID, armError{status: http.StatusBadGateway}).Get(ctx, resourceGroup, instance, "p1x", nil)
	if !errors.As(err, &se) || se.StatusCode != http.StatusBadGateway || se.Code == "" {
		t.Errorf("empty 502: %#v", err)
	}
}
