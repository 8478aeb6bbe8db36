package iotoperations

import (
	"regexp"

	"github.com/azclients/azclients/internal/pipeline"
)

// nameRE is the spec's rule for instance and dataflow profile names (3 to
// 63 characters).
var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*[a-z0-9]$`)

// checkInstanceArgs checks the path arguments that name an instance.
func checkInstanceArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, instanceName string) {
	v.SubscriptionID(subscriptionID)
	v.ResourceGroup(resourceGroupName)
	v.Name("instanceName", instanceName, 3, 63, nameRE)
}

// checkProfileArgs checks the path arguments that name a profile.
func checkProfileArgs(v *pipeline.Validator, subscriptionID, resourceGroupName, instanceName, profileName string) {
	checkInstanceArgs(v, subscriptionID, resourceGroupName, instanceName)
	v.Name("dataflowProfileName", profileName, 3, 63, nameRE)
}

// checkResource checks the body of BeginCreateOrUpdate: the ranges of
// instanceCount and prometheusPort, and a complete extended location.
// Read-only members are not checked: the service ignores them.
func checkResource(v *pipeline.Validator, r DataflowProfileResource) {
	if l := r.ExtendedLocation; l != nil {
		v.Required("resource.extendedLocation.name", l.Name != nil && *l.Name != "")
		v.Required("resource.extendedLocation.type", l.Type != nil && *l.Type != "")
	}
	p := r.Properties
	if p == nil {
		return
	}
	pipeline.Range(v, "resource.properties.instanceCount", p.InstanceCount, 1, 20)
	if p.Diagnostics != nil && p.Diagnostics.Metrics != nil {
		pipeline.Range(v, "resource.properties.diagnostics.metrics.prometheusPort", p.Diagnostics.Metrics.PrometheusPort, 0, 65535)
	}
}
