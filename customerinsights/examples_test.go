package customerinsights_test

import (
	"fmt"
	"reflect"
	"testing"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/internal/testkit"
	"github.com/azclients/azclients/internal/wire"
)

// TestSpecExamplesAreLossless decodes the response body of each spec
// example into the model the client returns and checks that encoding it
// gives the same JSON: no member is lost or changed.
func TestSpecExamplesAreLossless(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		model any
	}{
		{"Hubs_Get.json", &ci.Hub{}},
		{"Interactions_CreateOrUpdate.json", &ci.InteractionResourceFormat{}},
		{"Interactions_SuggestRelationshipLinks.json", &ci.SuggestRelationshipLinksResponse{}},
		{"Kpi_Get.json", &ci.KpiResourceFormat{}},
		{"Links_CreateOrUpdate.json", &ci.LinkResourceFormat{}},
		{"RelationshipLinks_Get.json", &ci.RelationshipLinkResourceFormat{}},
		{"RoleAssignments_ListByHub.json", &ci.RoleAssignmentListResult{}},
		{"Connectors_Get.json", &ci.ConnectorResourceFormat{}},
		{"ConnectorMappings_ListByConnector.json", &ci.ConnectorMappingListResult{}},
		{"Predictions_Get.json", &ci.PredictionResourceFormat{}},
		{"Predictions_GetTrainingResults.json", &ci.PredictionTrainingResults{}},
		{"WidgetTypes_ListByHub.json", &ci.WidgetTypeListResult{}},
		{"AuthorizationPolicies_Get.json", &ci.AuthorizationPolicyResourceFormat{}},
		{"Views_CreateOrUpdate.json", &ci.ViewResourceFormat{}},
		{"Images_GetUploadUrlForEntityType.json", &ci.ImageDefinition{}},
		{"Predictions_ModelStatus_request.json", &ci.PredictionModelStatus{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			body := testkit.ReadVector(t, "examples/"+tt.file)
			if err := wire.Unmarshal(body, tt.model); err != nil {
				t.Fatal(err)
			}
			out, err := wire.Marshal(tt.model)
			if err != nil {
				t.Fatal(err)
			}
			testkit.SameJSON(t, out, body)
			if unknown := unknownMembers(reflect.ValueOf(tt.model), tt.file); len(unknown) != 0 {
				t.Errorf("members the models do not declare: %v", unknown)
			}
		})
	}
}

// unknownMembers walks v and returns the path of every member kept in an
// Unknown map: a spec example must decode into declared fields only.
func unknownMembers(v reflect.Value, at string) []string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return unknownMembers(v.Elem(), at)
	case reflect.Slice:
		var out []string
		for i := range v.Len() {
			out = append(out, unknownMembers(v.Index(i), fmt.Sprintf("%s[%d]", at, i))...)
		}
		return out
	case reflect.Struct:
		var out []string
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Name == "Unknown" {
				for _, k := range v.Field(i).MapKeys() {
					out = append(out, at+"."+k.String())
				}
				continue
			}
			if f.IsExported() {
				out = append(out, unknownMembers(v.Field(i), at+"."+f.Name)...)
			}
		}
		return out
	}
	return nil
}
