package customerinsights_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
	"github.com/azclients/azclients/internal/testkit"
)

// wantInvalid is a field and a piece of the rule a ValidationError must
// carry.
type wantInvalid struct{ field, rule string }

func checkInvalid(t *testing.T, err error, want []wantInvalid) {
	t.Helper()
	if !errors.Is(err, customerinsights.ErrInvalidInput) {
		t.Fatalf("error %v, want one matching ErrInvalidInput", err)
	}
	got := testkit.ValidationErrors(err)
	if len(got) != len(want) {
		t.Fatalf("%d validation errors (%v), want %d", len(got), err, len(want))
	}
	for i, w := range want {
		if got[i].Field != w.field || !strings.Contains(got[i].Rule, w.rule) {
			t.Errorf("error %d: field %q rule %q, want field %q rule containing %q", i, got[i].Field, got[i].Rule, w.field, w.rule)
		}
	}
}

func TestNewProfilesClientRejectsASubscriptionThatIsNotAUUID(t *testing.T) {
	t.Parallel()
	for _, sub := range []string{"", "subid", subscriptionID + "0"} {
		_, err := customerinsights.NewProfilesClient(sub, &azfake.TokenCredential{}, nil)
		checkInvalid(t, err, []wantInvalid{{"subscriptionID", "UUID"}})
	}
}

func TestPathArgumentsAreValidatedBeforeSending(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		rg, hub, profile string
		want             []wantInvalid
	}{
		{"resource group missing", "", "contoso", "Customer", []wantInvalid{{"resourceGroupName", "required"}}},
		{"hub missing", "rg", "", "Customer", []wantInvalid{{"hubName", "required"}}},
		{"hub a dot segment", "rg", ".", "Customer", []wantInvalid{{"hubName", "dot segment"}}},
		{"profile missing", "rg", "contoso", "", []wantInvalid{{"profileName", "required"}}},
		{"profile a dot segment", "rg", "contoso", "..", []wantInvalid{{"profileName", "dot segment"}}},
		{"profile with a control character", "rg", "contoso", "Cus\ttomer", []wantInvalid{{"profileName", "control characters"}}},
		{"several at once", "..", "", "", []wantInvalid{{"resourceGroupName", "dot segment"}, {"hubName", "required"}, {"profileName", "required"}}},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t) // any request fails the test
			c := newClient(t, s)
			_, err := c.Get(ctx, tt.rg, tt.hub, tt.profile, nil)
			checkInvalid(t, err, tt.want)
			_, err = c.BeginCreateOrUpdate(ctx, tt.rg, tt.hub, tt.profile, customerProfile(), nil)
			checkInvalid(t, err, tt.want)
			_, err = c.BeginDelete(ctx, tt.rg, tt.hub, tt.profile, nil)
			checkInvalid(t, err, tt.want)
			_, err = c.GetEnrichingKpis(ctx, tt.rg, tt.hub, tt.profile, nil)
			checkInvalid(t, err, tt.want)
			if tt.profile == "Customer" {
				_, err = c.NewListByHubPager(tt.rg, tt.hub, nil).NextPage(ctx)
				checkInvalid(t, err, tt.want)
			}
			if n := len(s.Requests()); n != 0 {
				t.Errorf("%d requests were sent", n)
			}
		})
	}
}

// TestServiceOwnedRulesAreLeftToTheService sends what only the service
// may reject (names, body rules): the request goes out and the service's
// error comes back with its code.
func TestServiceOwnedRulesAreLeftToTheService(t *testing.T) {
	t.Parallel()
	field := func(name string, typ customerinsights.FieldType) customerinsights.PropertyDefinition {
		p := customerinsights.PropertyDefinition{}
		if name != "" {
			p.FieldName = to.Ptr(name)
		}
		if typ != "" {
			p.FieldType = to.Ptr(typ)
		}
		return p
	}
	def := func(d customerinsights.ProfileTypeDefinition) customerinsights.ProfileResourceFormat {
		return customerinsights.ProfileResourceFormat{Properties: &d}
	}
	tests := []struct {
		name    string
		profile string
		body    customerinsights.ProfileResourceFormat
		code    string
	}{
		{"profile starting with a digit", "1Customer", customerProfile(), customerinsights.ErrorCodeInvalidResourceName},
		{"profile with a dash", "Cus-tomer", customerProfile(), customerinsights.ErrorCodeInvalidResourceName},
		{"profile too long", "C" + strings.Repeat("a", 128), customerProfile(), customerinsights.ErrorCodeInvalidResourceName},
		{"field without a name", "Customer", def(customerinsights.ProfileTypeDefinition{
			Fields: []customerinsights.PropertyDefinition{field("Id", customerinsights.FieldTypeString), field("", customerinsights.FieldTypeString)},
		}), customerinsights.ErrorCodeInvalidRequestContent},
		{"field without a type", "Customer", def(customerinsights.ProfileTypeDefinition{
			Fields: []customerinsights.PropertyDefinition{field("Id", "")},
		}), customerinsights.ErrorCodeInvalidRequestContent},
		{"strong ID naming an undeclared field", "Customer", def(customerinsights.ProfileTypeDefinition{
			Fields:    []customerinsights.PropertyDefinition{field("Id", customerinsights.FieldTypeString)},
			StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id", "Email"}}},
		}), customerinsights.ErrorCodeInvalidRequestContent},
		{"strong ID without a name or keys", "Customer", def(customerinsights.ProfileTypeDefinition{
			StrongIDs: []customerinsights.StrongID{{}},
		}), customerinsights.ErrorCodeInvalidRequestContent},
		{"unknown entity type", "Customer", def(customerinsights.ProfileTypeDefinition{EntityType: to.Ptr(customerinsights.EntityTypes("Segment"))}),
			customerinsights.ErrorCodeInvalidRequestContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := newEmulator(t, nil)
			_, err := newClient(t, emu).BeginCreateOrUpdate(context.Background(), "rg", "contoso", tt.profile, tt.body, nil)
			if errors.Is(err, customerinsights.ErrInvalidInput) {
				t.Fatalf("rejected on the client: %v", err)
			}
			var re *azcore.ResponseError
			if !customerinsights.HasCode(err, tt.code) || !errors.As(err, &re) || re.StatusCode != http.StatusBadRequest {
				t.Fatalf("error %v, want a 400 with code %s", err, tt.code)
			}
			if n := len(emu.Requests()); n != 2 {
				t.Errorf("%d requests reached the service, want the hub PUT and 1", n)
			}
		})
	}
}

func TestValidProfilesAreAccepted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		profile customerinsights.ProfileResourceFormat
	}{
		{"no properties", customerinsights.ProfileResourceFormat{}},
		{"strong ID keys compare without case", customerinsights.ProfileResourceFormat{Properties: &customerinsights.ProfileTypeDefinition{
			EntityType: to.Ptr(customerinsights.EntityTypesProfile),
			Fields:     []customerinsights.PropertyDefinition{{FieldName: to.Ptr("SavingAccountBalance"), FieldType: to.Ptr(customerinsights.FieldTypeInt32)}},
			StrongIDs:  []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"savingAccountBalance"}}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			emu := newEmulator(t, &fake.EmulatorOptions{Polls: -1})
			c := newClient(t, emu)
			poller, err := c.BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", tt.profile, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil {
				t.Fatal(err)
			}
		})
	}
}
