package customerinsights

import "github.com/azclients/azclients/internal/pipeline"

// checkSubscriptionID is what the client owns of the subscription path
// segment: it must be a UUID. Everything else in a path is checked by
// pipeline.Path (empty and dot segments) and escaped; name patterns and
// lengths belong to the service, whose error comes back typed.
func checkSubscriptionID(subscriptionID string) error {
	var v pipeline.Validator
	v.SubscriptionID(subscriptionID)
	return v.Err()
}

// requireQuery checks the required query parameters of a call, given as
// name, value pairs: an empty value is a *ValidationError.
func requireQuery(q []string) error {
	var v pipeline.Validator
	for i := 0; i+1 < len(q); i += 2 {
		v.Required(q[i], q[i+1] != "")
	}
	return v.Err()
}
