package customerinsights_test

import (
	"context"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/customerinsights"
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

func TestPathArgumentsAreValidatedBeforeSending(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a", 129)
	tests := []struct {
		name                  string
		sub, rg, hub, profile string
		want                  []wantInvalid
	}{
		{"subscription not a UUID", "subid", "rg", "contoso", "Customer", []wantInvalid{{"subscriptionID", "UUID"}}},
		{"resource group missing", subscriptionID, "", "contoso", "Customer", []wantInvalid{{"resourceGroupName", "required"}}},
		{"resource group with a slash", subscriptionID, "a/b", "contoso", "Customer", []wantInvalid{{"resourceGroupName", "letters"}}},
		{"hub missing", subscriptionID, "rg", "", "Customer", []wantInvalid{{"hubName", "required"}}},
		{"hub with a dash", subscriptionID, "rg", "con-toso", "Customer", []wantInvalid{{"hubName", "^[a-zA-Z][a-zA-Z0-9]+$"}}},
		{"hub too long", subscriptionID, "rg", strings.Repeat("h", 65), "Customer", []wantInvalid{{"hubName", "1 to 64"}}},
		{"profile missing", subscriptionID, "rg", "contoso", "", []wantInvalid{{"profileName", "required"}}},
		{"profile starting with a digit", subscriptionID, "rg", "contoso", "1Customer", []wantInvalid{{"profileName", "^[a-zA-Z][a-zA-Z0-9_]+$"}}},
		{"profile with a dot segment", subscriptionID, "rg", "contoso", "..", []wantInvalid{{"profileName", "^[a-zA-Z]"}}},
		{"profile too long", subscriptionID, "rg", "contoso", long, []wantInvalid{{"profileName", "1 to 128"}}},
		{"several at once", "x", "rg", "-", "-", []wantInvalid{{"subscriptionID", "UUID"}, {"hubName", "must match"}, {"profileName", "must match"}}},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t) // any request fails the test
			c := newClientFor(t, tt.sub, s)
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

func TestProfileBodyIsValidatedBeforeSending(t *testing.T) {
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
	tests := []struct {
		name string
		def  customerinsights.ProfileTypeDefinition
		want []wantInvalid
	}{
		{"field without a name", customerinsights.ProfileTypeDefinition{
			Fields: []customerinsights.PropertyDefinition{field("Id", customerinsights.FieldTypeString), field("", customerinsights.FieldTypeString)},
		}, []wantInvalid{{"profile.properties.fields[1].fieldName", "required"}}},
		{"field without a type", customerinsights.ProfileTypeDefinition{
			Fields: []customerinsights.PropertyDefinition{field("Id", "")},
		}, []wantInvalid{{"profile.properties.fields[0].fieldType", "required"}}},
		{"strong ID naming an undeclared field", customerinsights.ProfileTypeDefinition{
			Fields:    []customerinsights.PropertyDefinition{field("Id", customerinsights.FieldTypeString)},
			StrongIDs: []customerinsights.StrongID{{StrongIDName: to.Ptr("Id"), KeyPropertyNames: []string{"Id", "Email"}}},
		}, []wantInvalid{{"profile.properties.strongIds[0].keyPropertyNames[1]", "must name a field declared"}}},
		{"strong ID without a name or keys", customerinsights.ProfileTypeDefinition{
			StrongIDs: []customerinsights.StrongID{{}},
		}, []wantInvalid{{"profile.properties.strongIds[0].strongIdName", "required"}, {"profile.properties.strongIds[0].keyPropertyNames", "at least one"}}},
		{"unknown entity type", customerinsights.ProfileTypeDefinition{EntityType: to.Ptr(customerinsights.EntityTypes("Segment"))},
			[]wantInvalid{{"profile.properties.entityType", "must be one of"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t)
			def := tt.def
			_, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{Properties: &def}, nil)
			checkInvalid(t, err, tt.want)
			if n := len(s.Requests()); n != 0 {
				t.Errorf("%d requests were sent", n)
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
			s := newScript(t, step{method: "PUT", path: customerPath, status: 200, body: profileBody("Succeeded")})
			if _, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", tt.profile, nil); err != nil {
				t.Fatal(err)
			}
		})
	}
}
