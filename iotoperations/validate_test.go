package iotoperations_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/iotoperations"
	"github.com/azclients/azclients/iotoperations/fake"
)

type call func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error

func getCall(rg, inst, name string) call {
	return func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
		_, err := c.Get(ctx, rg, inst, name, nil)
		return err
	}
}

func createCall(rg, inst, name string, r iotoperations.DataflowProfileResource) call {
	return func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
		_, err := c.BeginCreateOrUpdate(ctx, rg, inst, name, r, nil)
		return err
	}
}

func deleteCall(rg, inst, name string) call {
	return func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
		_, err := c.BeginDelete(ctx, rg, inst, name, nil)
		return err
	}
}

func listCall(rg, inst string) call {
	return func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
		_, err := c.NewListPager(rg, inst, nil).NextPage(ctx)
		return err
	}
}

func iterCall(rg, inst string) call {
	return func(ctx context.Context, c *iotoperations.DataflowProfilesClient) error {
		for _, err := range c.List(ctx, rg, inst, nil) {
			return err
		}
		return errors.New("List yielded nothing")
	}
}

func TestValidationSendsNothing(t *testing.T) {
	t.Parallel()
	withPort := func(port int32) iotoperations.DataflowProfileResource {
		p := profile(1)
		p.Properties.Diagnostics = &iotoperations.ProfileDiagnostics{Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr(port)}}
		return p
	}
	noType := profile(1)
	noType.ExtendedLocation.Type = nil
	long := strings.Repeat("a", 64)
	tests := []struct {
		name  string
		sub   string
		call  call
		field string
		value string
		rule  string
	}{
		{"subscription not a UUID", "sub-1", getCall(resourceGroup, instance, "p1x"), "subscriptionID", `"sub-1"`, "must be a UUID"},
		{"empty resource group", subscriptionID, getCall("", instance, "p1x"), "resourceGroupName", `""`, "is required"},
		{"resource group of 91 characters", subscriptionID, deleteCall(strings.Repeat("r", 91), instance, "p1x"), "resourceGroupName", `"` + strings.Repeat("r", 77) + `..."`, "must be 1 to 90 characters long"},
		{"resource group ending with '.'", subscriptionID, getCall("rg.", instance, "p1x"), "resourceGroupName", `"rg."`, "may hold only letters, digits, '-', '_', '.', '(' and ')', and must not end with '.'"},
		{"instance of 2 characters", subscriptionID, deleteCall(resourceGroup, "ab", "p1x"), "instanceName", `"ab"`, "must be 3 to 63 characters long"},
		{"instance of 64 characters", subscriptionID, getCall(resourceGroup, long, "p1x"), "instanceName", `"` + long + `"`, "must be 3 to 63 characters long"},
		{"empty profile name", subscriptionID, getCall(resourceGroup, instance, ""), "dataflowProfileName", `""`, "is required"},
		{"upper-case profile name", subscriptionID, getCall(resourceGroup, instance, "Profile1"), "dataflowProfileName", `"Profile1"`, "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"},
		{"profile name starting with '-'", subscriptionID, deleteCall(resourceGroup, instance, "-profile"), "dataflowProfileName", `"-profile"`, "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"},
		{"profile name ending with '-'", subscriptionID, getCall(resourceGroup, instance, "profile-"), "dataflowProfileName", `"profile-"`, "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"},
		{"profile name with a path", subscriptionID, getCall(resourceGroup, instance, "a/../b"), "dataflowProfileName", `"a/../b"`, "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"},
		{"instanceCount 0", subscriptionID, createCall(resourceGroup, instance, "p1x", profile(0)), "resource.properties.instanceCount", "0", "must be between 1 and 20"},
		{"instanceCount 21", subscriptionID, createCall(resourceGroup, instance, "p1x", profile(21)), "resource.properties.instanceCount", "21", "must be between 1 and 20"},
		{"prometheusPort -1", subscriptionID, createCall(resourceGroup, instance, "p1x", withPort(-1)), "resource.properties.diagnostics.metrics.prometheusPort", "-1", "must be between 0 and 65535"},
		{"prometheusPort 65536", subscriptionID, createCall(resourceGroup, instance, "p1x", withPort(65536)), "resource.properties.diagnostics.metrics.prometheusPort", "65536", "must be between 0 and 65535"},
		{"extended location without type", subscriptionID, createCall(resourceGroup, instance, "p1x", noType), "resource.extendedLocation.type", "(missing)", "is required"},
		{"pager with a bad instance", subscriptionID, listCall(resourceGroup, "UPPER"), "instanceName", `"UPPER"`, "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"},
		{"iterator with a bad resource group", subscriptionID, iterCall("", instance), "resourceGroupName", `""`, "is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(nil)
			emu.AddInstance(subscriptionID, resourceGroup, instance)
			transport := &counting{next: emu}
			err := tt.call(context.Background(), newClient(t, tt.sub, transport))
			var ve *iotoperations.ValidationError
			if !errors.As(err, &ve) || !errors.Is(err, iotoperations.ErrInvalidInput) {
				t.Fatalf("error = %v, want a *ValidationError", err)
			}
			want := &iotoperations.ValidationError{Field: tt.field, Value: tt.value, Rule: tt.rule}
			if d := cmp.Diff(want, ve); d != "" {
				t.Errorf("validation error (-want +got):\n%s", d)
			}
			if transport.count() != 0 {
				t.Errorf("%d request(s) were sent", transport.count())
			}
		})
	}
}

// TestValidationReportsEveryProblem checks that one call reports all of
// its problems at once, each naming its field.
func TestValidationReportsEveryProblem(t *testing.T) {
	t.Parallel()
	transport := &counting{next: fake.NewEmulator(nil)}
	bad := profile(30)
	bad.Properties.Diagnostics = &iotoperations.ProfileDiagnostics{Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr[int32](-5)}}
	_, err := newClient(t, "not-a-uuid", transport).BeginCreateOrUpdate(context.Background(), "", "-x", "y", bad, nil)
	var fields []string
	for _, ve := range testkit.ValidationErrors(err) {
		fields = append(fields, ve.Field)
	}
	want := []string{
		"subscriptionID", "resourceGroupName", "instanceName", "dataflowProfileName",
		"resource.properties.instanceCount", "resource.properties.diagnostics.metrics.prometheusPort",
	}
	if d := cmp.Diff(want, fields); d != "" {
		t.Errorf("fields (-want +got):\n%s", d)
	}
	if transport.count() != 0 {
		t.Errorf("%d request(s) were sent", transport.count())
	}
}

// TestValidValuesAtTheLimits checks the edges the rules allow.
func TestValidValuesAtTheLimits(t *testing.T) {
	t.Parallel()
	emu := fake.NewEmulator(&fake.EmulatorOptions{Polls: -1})
	name63 := "a" + strings.Repeat("-", 61) + "z"
	emu.AddInstance(subscriptionID, resourceGroup, name63)
	client := newClient(t, subscriptionID, emu)
	ctx := context.Background()
	for _, tt := range []struct {
		name        string
		count, port int32
	}{{"abc", 1, 0}, {name63, 20, 65535}} {
		r := profile(tt.count)
		r.Properties.Diagnostics = &iotoperations.ProfileDiagnostics{Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr(tt.port)}}
		p, err := client.BeginCreateOrUpdate(ctx, resourceGroup, name63, tt.name, r, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got, err := p.PollUntilDone(ctx, fastPoll)
		if err != nil || *got.Properties.InstanceCount != tt.count || *got.Properties.Diagnostics.Metrics.PrometheusPort != tt.port {
			t.Errorf("%s: %+v, %v", tt.name, got.Properties, err)
		}
	}
}
