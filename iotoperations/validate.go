package iotoperations

import (
	"strings"
	"unicode"

	"github.com/azclients/azclients/internal/pipeline"
)

// resourcePath fills an ARM path template whose first placeholder is the
// subscription ID. It checks only what the client owns (Azure SDK guideline
// golang-params-service-validation): a subscription ID that is a UUID, and
// path segments that are not empty, "." or "..", and hold no control
// character. Name patterns and lengths belong to the service, whose error
// comes back typed. Every problem is reported at once, each a
// *ValidationError.
func resourcePath(template, subscriptionID string, values ...string) (string, error) {
	var v pipeline.Validator
	all := append([]string{subscriptionID}, values...)
	for i, name := range placeholders(template) {
		if i == 0 {
			name = "subscriptionID"
		}
		switch value := all[i]; {
		case value == "":
			v.Fail(name, value, "is required")
		case value == "." || value == "..":
			v.Fail(name, value, "must not be a dot segment")
		case strings.IndexFunc(value, unicode.IsControl) >= 0:
			v.Fail(name, value, "must not contain control characters")
		case i == 0:
			v.SubscriptionID(value)
		}
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	return pipeline.Path(template, all...)
}

// placeholders returns the names of the {placeholders} of template, in
// order.
func placeholders(template string) []string {
	var names []string
	for {
		open := strings.IndexByte(template, '{')
		if open < 0 {
			return names
		}
		end := strings.IndexByte(template[open:], '}')
		if end < 0 {
			return names
		}
		names = append(names, template[open+1:open+end])
		template = template[open+end+1:]
	}
}
