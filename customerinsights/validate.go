package customerinsights

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/azclients/azclients/internal/pipeline"
)

// Name rules of the spec. A hub or profile can only be created with a name
// that follows them, so every operation checks them: a name that breaks
// them cannot exist.
var (
	hubNameRE     = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9]+$`)
	profileNameRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]+$`)
)

// checkHubArgs checks the path arguments that name a hub.
func checkHubArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, hubName string) {
	v.SubscriptionID(subscriptionID)
	v.ResourceGroup(resourceGroupName)
	v.Name("hubName", hubName, 1, 64, hubNameRE)
}

// checkProfileArgs checks the path arguments that name a profile.
func checkProfileArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, hubName, profileName string) {
	checkHubArgs(v, subscriptionID, resourceGroupName, hubName)
	v.Name("profileName", profileName, 1, 128, profileNameRE)
}

// checkProfile checks the body of BeginCreateOrUpdate: every field has a
// name and a type, every strong ID has a name and names only declared
// fields (compared case-insensitively, as the service does), and the
// closed entityType enum holds a known value.
func checkProfile(v *pipeline.Validator, field string, profile ProfileResourceFormat) {
	d := profile.Properties
	if d == nil {
		return
	}
	prefix := field + ".properties"
	if d.EntityType != nil && !slices.Contains(PossibleEntityTypesValues(), *d.EntityType) {
		v.Fail(prefix+".entityType", string(*d.EntityType), "must be one of None, Profile, Interaction, Relationship")
	}
	declared := make(map[string]bool, len(d.Fields))
	for i, f := range d.Fields {
		at := fmt.Sprintf("%s.fields[%d]", prefix, i)
		v.Required(at+".fieldName", f.FieldName != nil && *f.FieldName != "")
		v.Required(at+".fieldType", f.FieldType != nil && *f.FieldType != "")
		if f.FieldName != nil {
			declared[strings.ToLower(*f.FieldName)] = true
		}
	}
	for i, s := range d.StrongIDs {
		at := fmt.Sprintf("%s.strongIds[%d]", prefix, i)
		v.Required(at+".strongIdName", s.StrongIDName != nil && *s.StrongIDName != "")
		if len(s.KeyPropertyNames) == 0 {
			v.Fail(at+".keyPropertyNames", nil, "must name at least one field")
		}
		for j, key := range s.KeyPropertyNames {
			if !declared[strings.ToLower(key)] {
				v.Fail(fmt.Sprintf("%s.keyPropertyNames[%d]", at, j), key, "must name a field declared in "+prefix+".fields")
			}
		}
	}
}
