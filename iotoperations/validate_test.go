package iotoperations_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
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
		for _, err := range c.ListIter(ctx, rg, inst, nil) {
			return err
		}
		return errors.New("ListIter yielded nothing")
	}
}

// TestValidationSendsNothing checks the rules the client owns: a UUID
// subscription ID and path segments that cannot change the path's shape.
func TestValidationSendsNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		sub   string
		call  call
		field string
		value string
		rule  string
	}{
		{"subscription not a UUID", "sub-1", getCall(resourceGroup, instance, "p1x"), "subscriptionID", `"sub-1"`, "must be a UUID"},
		{"empty subscription", "", getCall(resourceGroup, instance, "p1x"), "subscriptionID", `""`, "is required"},
		{"empty resource group", subscriptionID, getCall("", instance, "p1x"), "resourceGroupName", `""`, "is required"},
		{"empty instance", subscriptionID, deleteCall(resourceGroup, "", "p1x"), "instanceName", `""`, "is required"},
		{"empty profile name", subscriptionID, getCall(resourceGroup, instance, ""), "dataflowProfileName", `""`, "is required"},
		{"profile name '..'", subscriptionID, getCall(resourceGroup, instance, ".."), "dataflowProfileName", `".."`, "must not be a dot segment"},
		{"instance '.'", subscriptionID, createCall(resourceGroup, ".", "p1x", profile(1)), "instanceName", `"."`, "must not be a dot segment"},
		{"control character", subscriptionID, deleteCall(resourceGroup, instance, "p1\nx"), "dataflowProfileName", `"p1\nx"`, "must not contain control characters"},
		{"pager with an empty instance", subscriptionID, listCall(resourceGroup, ""), "instanceName", `""`, "is required"},
		{"iterator with an empty resource group", subscriptionID, iterCall("", instance), "resourceGroupName", `""`, "is required"},
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
	_, err := newClient(t, "not-a-uuid", transport).BeginCreateOrUpdate(context.Background(), "", "..", "a\x00b", profile(1), nil)
	var fields []string
	for _, ve := range testkit.ValidationErrors(err) {
		fields = append(fields, ve.Field)
	}
	want := []string{"subscriptionID", "resourceGroupName", "instanceName", "dataflowProfileName"}
	if d := cmp.Diff(want, fields); d != "" {
		t.Errorf("fields (-want +got):\n%s", d)
	}
	if transport.count() != 0 {
		t.Errorf("%d request(s) were sent", transport.count())
	}
}

// TestServiceOwnedRulesComeFromTheService checks that the limits the
// service owns (name pattern and length, instanceCount, prometheusPort, a
// complete extendedLocation) are not checked by the client: the request
// goes out and the service's error comes back typed, with its code.
func TestServiceOwnedRulesComeFromTheService(t *testing.T) {
	t.Parallel()
	withPort := func(port int32) iotoperations.DataflowProfileResource {
		p := profile(1)
		p.Properties.Diagnostics = &iotoperations.ProfileDiagnostics{Metrics: &iotoperations.Metrics{PrometheusPort: to.Ptr(port)}}
		return p
	}
	noType := profile(1)
	noType.ExtendedLocation.Type = nil
	tests := []struct {
		name string
		call call
		code string
	}{
		{"upper-case profile name", createCall(resourceGroup, instance, "Profile1", profile(1)), iotoperations.ErrorCodeInvalidResourceName},
		{"profile name of 64 characters", createCall(resourceGroup, instance, strings.Repeat("a", 64), profile(1)), iotoperations.ErrorCodeInvalidResourceName},
		{"profile name ending with '-'", createCall(resourceGroup, instance, "profile-", profile(1)), iotoperations.ErrorCodeInvalidResourceName},
		{"instanceCount 0", createCall(resourceGroup, instance, "p1x", profile(0)), iotoperations.ErrorCodeInvalidRequestContent},
		{"instanceCount 21", createCall(resourceGroup, instance, "p1x", profile(21)), iotoperations.ErrorCodeInvalidRequestContent},
		{"prometheusPort -1", createCall(resourceGroup, instance, "p1x", withPort(-1)), iotoperations.ErrorCodeInvalidRequestContent},
		{"prometheusPort 65536", createCall(resourceGroup, instance, "p1x", withPort(65536)), iotoperations.ErrorCodeInvalidRequestContent},
		{"extended location without type", createCall(resourceGroup, instance, "p1x", noType), iotoperations.ErrorCodeInvalidRequestContent},
		{"instance that does not exist", getCall(resourceGroup, "UPPER", "p1x"), iotoperations.ErrorCodeParentResourceNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := fake.NewEmulator(nil)
			emu.AddInstance(subscriptionID, resourceGroup, instance)
			transport := &counting{next: emu}
			err := tt.call(context.Background(), newClient(t, subscriptionID, transport))
			if !iotoperations.HasCode(err, tt.code) {
				t.Fatalf("error = %v, want the service's %s", err, tt.code)
			}
			var re *azcore.ResponseError
			if !errors.As(err, &re) || (re.StatusCode != http.StatusBadRequest && re.StatusCode != http.StatusNotFound) {
				t.Errorf("error = %v, want a 400 or 404 *azcore.ResponseError", err)
			}
			if errors.Is(err, iotoperations.ErrInvalidInput) {
				t.Errorf("a service error matches ErrInvalidInput: %v", err)
			}
			if transport.count() != 1 {
				t.Errorf("%d request(s) were sent, want 1", transport.count())
			}
		})
	}
}

// TestValidValuesAtTheLimits checks the edges the service's rules allow.
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
