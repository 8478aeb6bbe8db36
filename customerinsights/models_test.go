package customerinsights_test

import (
	"context"
	"encoding/json"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/customerinsights"
)

// seedProfile is the profile type of seed 004 as a user writes it.
func seedProfile() customerinsights.ProfileTypeDefinition {
	field := func(name string, typ customerinsights.FieldType) customerinsights.PropertyDefinition {
		return customerinsights.PropertyDefinition{FieldName: to.Ptr(name), FieldType: to.Ptr(typ), IsArray: to.Ptr(false), IsRequired: to.Ptr(true)}
	}
	return customerinsights.ProfileTypeDefinition{
		SchemaItemTypeLink: to.Ptr("SchemaItemTypeLink"),
		SmallImage:         to.Ptr(`\\Images\\smallImage.jpg`),
		LargeImage:         to.Ptr(`\\Images\\LargeImage.jpg`),
		StrongIDs: []customerinsights.StrongID{
			{KeyPropertyNames: []string{"Id", "SavingAccountBalance"}, StrongIDName: to.Ptr("Id")},
			{KeyPropertyNames: []string{"ProfileId", "LastName"}, StrongIDName: to.Ptr("ProfileId")},
		},
		APIEntitySetName: to.Ptr("TestProfileType396"),
		Fields: []customerinsights.PropertyDefinition{
			field("Id", customerinsights.FieldTypeString),
			field("ProfileId", customerinsights.FieldTypeString),
			field("LastName", customerinsights.FieldTypeString),
			field("TestProfileType396", customerinsights.FieldTypeString),
			field("SavingAccountBalance", customerinsights.FieldTypeInt32),
		},
	}
}

func TestSeedRequestVector(t *testing.T) {
	t.Parallel()
	want := testkit.ReadVector(t, "seed004_request.json")

	t.Run("typed model encodes to the sample", func(t *testing.T) {
		t.Parallel()
		got, err := json.Marshal(seedProfile())
		if err != nil {
			t.Fatal(err)
		}
		testkit.SameJSON(t, got, want)
	})
	t.Run("sample decodes and re-encodes without loss", func(t *testing.T) {
		t.Parallel()
		var d customerinsights.ProfileTypeDefinition
		if err := json.Unmarshal(want, &d); err != nil {
			t.Fatal(err)
		}
		if d.Unknown != nil {
			t.Errorf("members not modelled: %v", d.Unknown)
		}
		if diff := cmp.Diff(seedProfile(), d); diff != "" {
			t.Errorf("decoded sample (-want +got):\n%s", diff)
		}
		got, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		testkit.SameJSON(t, got, want)
	})
	t.Run("the PUT sends it nested under properties", func(t *testing.T) {
		t.Parallel()
		s := newScript(t, step{method: http.MethodPut, path: customerPath, status: http.StatusOK, body: profileBody("Succeeded")})
		def := seedProfile()
		if _, err := newClient(t, s).BeginCreateOrUpdate(context.Background(), "rg", "contoso", "Customer", customerinsights.ProfileResourceFormat{Properties: &def}, nil); err != nil {
			t.Fatal(err)
		}
		testkit.SameJSON(t, s.Requests()[0].Body, []byte(`{"properties":`+string(want)+`}`))
	})
}

func TestResponseVectorsAreLossless(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		into  interface{ json.Unmarshaler }
		check func(t *testing.T, v any)
	}{
		{"profile_response.json", new(customerinsights.ProfileResourceFormat), func(t *testing.T, v any) {
			p := v.(*customerinsights.ProfileResourceFormat)
			if *p.Name != "azSdkTestHub/TestProfileType396" || *p.Properties.ProvisioningState != customerinsights.ProvisioningStatesProvisioning ||
				*p.Properties.EntityType != customerinsights.EntityTypesProfile || len(p.Properties.Fields) != 5 || len(p.Properties.StrongIDs) != 3 ||
				*p.Properties.Fields[4].FieldType != customerinsights.FieldTypeInt32 || *p.Properties.InstancesCount != 0 {
				t.Errorf("decoded %+v", p)
			}
		}},
		{"seed004_request.json", new(customerinsights.ProfileTypeDefinition), func(t *testing.T, v any) {
			if d := v.(*customerinsights.ProfileTypeDefinition); *d.SmallImage != `\\Images\\smallImage.jpg` {
				t.Errorf("smallImage = %q", *d.SmallImage)
			}
		}},
		{"enriching_kpis_response.json", new(customerinsights.ProfilesClientGetEnrichingKpisResponse), func(t *testing.T, v any) {
			k := v.(*customerinsights.ProfilesClientGetEnrichingKpisResponse).KpiDefinitionArray
			if len(k) != 1 || *k[0].ThresHolds.IncreasingKpi != true || *k[0].Function != customerinsights.KpiFunctionsSum ||
				*k[0].CalculationWindow != customerinsights.CalculationWindowTypesMonth || len(k[0].GroupByMetadata) != 5 ||
				k[0].ParticipantProfilesMetadata == nil || *k[0].GroupByMetadata[1].FieldType != customerinsights.FieldTypeInt32 {
				t.Errorf("decoded %+v", k)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			data := testkit.ReadVector(t, tt.file)
			if err := tt.into.UnmarshalJSON(data); err != nil {
				t.Fatal(err)
			}
			tt.check(t, tt.into)
			got, err := json.Marshal(tt.into)
			if err != nil {
				t.Fatal(err)
			}
			testkit.SameJSON(t, got, data)
		})
	}
}

// TestEveryMemberRoundTrips covers the members the vectors do not hold.
func TestEveryMemberRoundTrips(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		into json.Unmarshaler
		doc  string
	}{
		{"profile definition", new(customerinsights.ProfileTypeDefinition), `{
			"attributes":{"segment":["a","b"],"none":null,"empty":[]},
			"description":{"en-us":"Customers"},"displayName":{"en-us":"Customer","fr-fr":"Client"},
			"localizedAttributes":{"tier":{"en-us":"Gold","fr-fr":"Or"},"gone":null},
			"smallImage":"s","mediumImage":"m","largeImage":"l","apiEntitySetName":"Customers","entityType":"Profile",
			"fields":[{"arrayValueSeparator":";","enumValidValues":[{"value":1,"localizedValueNames":{"en-us":"One"}}],
				"fieldName":"Tier","fieldType":"Edm.Int32","isArray":true,"isEnum":true,"isFlagEnum":false,"isImage":false,
				"isLocalizedString":false,"isName":true,"isRequired":false,"propertyId":"p1","schemaItemPropLink":"https%3A%2F%2Fschema.org",
				"maxLength":64,"isAvailableInGraph":true,
				"dataSourcePrecedenceRules":[{"dataSource":{"name":"crm","dataSourceType":"Connector","status":"Active","id":7,"dataSourceReferenceId":"r"},"precedence":1}]}],
			"instancesCount":12,"lastChangedUtc":"2026-01-02T03:04:05.123Z","provisioningState":"Succeeded",
			"schemaItemTypeLink":"x","tenantId":"contoso","timestampFieldName":"Updated","typeName":"Customer",
			"strongIds":[{"keyPropertyNames":["Tier"],"strongIdName":"T","displayName":{"en-us":"T"},"description":{"en-us":"d"}}]}`},
		{"kpi", new(customerinsights.KpiDefinition), `{
			"entityType":"Profile","entityTypeName":"Customer","tenantId":"contoso","kpiName":"Spend",
			"displayName":{"en-us":"Spend"},"description":{"en-us":"d"},"calculationWindow":"Lifetime","calculationWindowFieldName":"w",
			"function":"CountDistinct","expression":"Amount","unit":"USD","filter":"Amount > 0","groupBy":["Tier"],
			"groupByMetadata":[{"displayName":{"en-us":"Tier"},"fieldName":"Tier","fieldType":"Edm.String"}],
			"participantProfilesMetadata":[{"typeName":"Customer"}],"provisioningState":"Provisioning",
			"thresHolds":{"lowerLimit":1.5,"upperLimit":1e21,"increasingKpi":false},
			"aliases":[{"aliasName":"a","expression":"e"}],"extracts":[{"extractName":"x","expression":"e"}]}`},
		{"list", new(customerinsights.ProfileListResult), `{"value":[` + profileBody("Succeeded") + `],"nextLink":null}`},
		{"unknown members everywhere", new(customerinsights.ProfileResourceFormat), `{"systemData":{"createdBy":"me"},
			"properties":{"future":1,"fields":[{"fieldName":"a","fieldType":"Edm.Geography","new":[1]}],
			"strongIds":[{"keyPropertyNames":["a"],"strongIdName":"a","x":true}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.into.UnmarshalJSON([]byte(tt.doc)); err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(tt.into)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.doc
			if tt.name == "list" {
				want = `{"value":[` + profileBody("Succeeded") + `]}` // a null nextLink is the same as none
			}
			testkit.SameJSON(t, got, []byte(want))
		})
	}
}

func TestDecodedTypesAndUnknownEnumValues(t *testing.T) {
	t.Parallel()
	var p customerinsights.ProfileResourceFormat
	doc := `{"properties":{"entityType":"Segment","provisioningState":"Migrating","lastChangedUtc":"2026-01-02T03:04:05Z",
		"fields":[{"fieldName":"a","fieldType":"Edm.Geography","dataSourcePrecedenceRules":[{"dataSource":{"dataSourceType":"Stream","status":"Paused"}}]}]}}`
	if err := json.Unmarshal([]byte(doc), &p); err != nil {
		t.Fatal(err)
	}
	d := p.Properties
	ds := d.Fields[0].DataSourcePrecedenceRules[0].DataSource
	if *d.EntityType != "Segment" || *d.ProvisioningState != "Migrating" || *d.Fields[0].FieldType != "Edm.Geography" ||
		*ds.DataSourceType != "Stream" || *ds.Status != "Paused" {
		t.Errorf("unknown enum values changed: %+v", d)
	}
	if want := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC); !d.LastChangedUTC.Equal(want) {
		t.Errorf("lastChangedUtc = %v, want %v", d.LastChangedUTC, want)
	}
}

func TestDecodeRejectsWrongTypes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		into json.Unmarshaler
		doc  string
	}{
		{"instancesCount out of int32", new(customerinsights.ProfileTypeDefinition), `{"instancesCount":4294967296}`},
		{"fields not an array", new(customerinsights.ProfileTypeDefinition), `{"fields":{}}`},
		{"attributes values not arrays", new(customerinsights.ProfileTypeDefinition), `{"attributes":{"a":"b"}}`},
		{"threshold not a number", new(customerinsights.KpiThresholds), `{"lowerLimit":"1"}`},
		{"kpis not an array", new(customerinsights.ProfilesClientGetEnrichingKpisResponse), `{"value":[]}`},
		{"kpis followed by junk", new(customerinsights.ProfilesClientGetEnrichingKpisResponse), `[] []`},
		{"profile not an object", new(customerinsights.ProfileResourceFormat), `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.into.UnmarshalJSON([]byte(tt.doc)); err == nil {
				t.Errorf("decoded %s without error", tt.doc)
			}
		})
	}
}

func TestPossibleValuesAreTheSpecValues(t *testing.T) {
	t.Parallel()
	got := map[string][]string{
		"EntityTypes":            strs(customerinsights.PossibleEntityTypesValues()),
		"ProvisioningStates":     strs(customerinsights.PossibleProvisioningStatesValues()),
		"CalculationWindowTypes": strs(customerinsights.PossibleCalculationWindowTypesValues()),
		"KpiFunctions":           strs(customerinsights.PossibleKpiFunctionsValues()),
		"DataSourceType":         strs(customerinsights.PossibleDataSourceTypeValues()),
		"Status":                 strs(customerinsights.PossibleStatusValues()),
	}
	want := map[string][]string{
		"EntityTypes":            {"None", "Profile", "Interaction", "Relationship"},
		"ProvisioningStates":     {"Provisioning", "Succeeded", "Expiring", "Deleting", "HumanIntervention", "Failed"},
		"CalculationWindowTypes": {"Lifetime", "Hour", "Day", "Week", "Month"},
		"KpiFunctions":           {"Sum", "Avg", "Min", "Max", "Last", "Count", "None", "CountDistinct"},
		"DataSourceType":         {"Connector", "LinkInteraction", "SystemDefault"},
		"Status":                 {"None", "Active", "Deleted"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("enum values (-spec +got):\n%s", diff)
	}
	for _, ft := range customerinsights.PossibleFieldTypeValues() {
		if !strings.HasPrefix(string(ft), "Edm.") {
			t.Errorf("field type %q is not an EDM type name", ft)
		}
	}
}

func strs[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
