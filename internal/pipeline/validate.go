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

// Length checks a string's length in characters.
func (v *Validator) Length(field, value string, min, max int) {
	if n := utf8.RuneCountInString(value); n < min || n > max {
		v.Fail(field, value, fmt.Sprintf("must be %d to %d characters long", min, max))
	}
}

// Pattern checks a string against a regular expression; rule describes it
// when the expression alone would not help (defaults to "must match <re>").
func (v *Validator) Pattern(field, value string, re *regexp.Regexp, rule string) {
	if !re.MatchString(value) {
		if rule == "" {
			rule = "must match " + re.String()
		}
		v.Fail(field, value, rule)
	}
}

// Name checks the usual resource-name rule: a length range and a pattern.
func (v *Validator) Name(field, value string, min, max int, re *regexp.Regexp) {
	if value == "" {
		v.Fail(field, value, "is required")
		return
	}
	n := len(v.errs)
	v.Length(field, value, min, max)
	if len(v.errs) == n {
		v.Pattern(field, value, re, "")
	}
}

// Range checks an optional integer against inclusive bounds.
func Range[T Integer](v *Validator, field string, value *T, min, max T) {
	if value != nil && (*value < min || *value > max) {
		v.Fail(field, int64(*value), fmt.Sprintf("must be between %d and %d", min, max))
	}
}

var uuidRE = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// SubscriptionID checks an ARM subscription ID (a UUID).
func (v *Validator) SubscriptionID(value string) {
	v.Pattern("subscriptionID", value, uuidRE, "must be a UUID")
}

var resourceGroupRE = regexp.MustCompile(`^[-\w._()]*[-\w_()]$`)

// ResourceGroup checks an ARM resource group name: 1 to 90 characters of
// letters, digits, '-', '_', '.', '(' and ')', not ending with '.'.
func (v *Validator) ResourceGroup(value string) {
	if value == "" {
		v.Fail("resourceGroupName", value, "is required")
		return
	}
	v.Length("resourceGroupName", value, 1, 90)
	v.Pattern("resourceGroupName", value, resourceGroupRE, "may hold only letters, digits, '-', '_', '.', '(' and ')', and must not end with '.'")
}
