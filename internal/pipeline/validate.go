package pipeline

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf8"
)

// ErrInvalidInput is matched by errors.Is for every client-side validation
// failure; nothing was sent when it is returned.
var ErrInvalidInput = errors.New("invalid input")

// ValidationError reports one input value that breaks a rule, found before
// any request was sent.
type ValidationError struct {
	Field string // the parameter or the JSON path, e.g. "properties.instanceCount"
	Value string // the offending value, quoted; "(redacted)" for secrets
	Rule  string // the rule it breaks, e.g. "must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$"
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s %s: %s", e.Field, e.Value, e.Rule)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalidInput }

// Validator collects validation errors so that a caller sees every problem
// at once; Err joins them.
type Validator struct {
	errs []error
}

// Fail records a broken rule for field.
func (v *Validator) Fail(field string, value any, rule string) {
	v.errs = append(v.errs, &ValidationError{Field: field, Value: quoteValue(value), Rule: rule})
}

// Err returns nil, the single ValidationError, or all of them joined.
func (v *Validator) Err() error {
	switch len(v.errs) {
	case 0:
		return nil
	case 1:
		return v.errs[0]
	}
	return errors.Join(v.errs...)
}

func quoteValue(value any) string {
	switch x := value.(type) {
	case nil:
		return "(missing)"
	case string:
		if len(x) > 80 {
			cut := 77
			for cut > 0 && !utf8.RuneStart(x[cut]) {
				cut--
			}
			x = x[:cut] + "..."
		}
		return strconv.Quote(x)
	case Secret:
		return "(redacted)"
	default:
		return fmt.Sprint(x)
	}
}

// Secret marks a value that must not appear in an error.
type Secret struct{}

// Required records a missing value.
func (v *Validator) Required(field string, present bool) {
	if !present {
		v.Fail(field, nil, "is required")
	}
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// SubscriptionID checks an ARM subscription ID (a UUID): the client owns
// this rule, since the ID is part of every path it builds.
func (v *Validator) SubscriptionID(value string) {
	if !uuidRE.MatchString(value) {
		v.Fail("subscriptionID", value, "must be a UUID")
	}
}
