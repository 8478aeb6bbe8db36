package pipeline

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

func TestValidatorReportsFieldValueAndRule(t *testing.T) {
	t.Parallel()
	nameRE := regexp.MustCompile(`^[a-z0-9][a-z0-9-]*[a-z0-9]$`)
	count := int32(21)
	tests := []struct {
		name  string
		check func(v *Validator)
		want  []string // each error must contain one of these, in order
	}{
		{"valid", func(v *Validator) {
			v.Name("instanceName", "my-instance", 3, 63, nameRE)
			v.SubscriptionID("F8C729F9-DF9C-4743-848F-96EE433D8E53")
			v.ResourceGroup("rg.iot(ops)_1")
		}, nil},
		{"too short", func(v *Validator) { v.Name("instanceName", "ab", 3, 63, nameRE) },
			[]string{`invalid instanceName "ab": must be 3 to 63 characters long`}},
		{"bad pattern", func(v *Validator) { v.Name("instanceName", "Bad_Name", 3, 63, nameRE) },
			[]string{`invalid instanceName "Bad_Name": must match ^[a-z0-9][a-z0-9-]*[a-z0-9]$`}},
		{"empty", func(v *Validator) { v.Name("instanceName", "", 3, 63, nameRE) },
			[]string{`invalid instanceName "": is required`}},
		{"range", func(v *Validator) { Range(v, "properties.instanceCount", &count, 1, 20) },
			[]string{`invalid properties.instanceCount 21: must be between 1 and 20`}},
		{"unset optional passes range", func(v *Validator) { Range[int32](v, "x", nil, 1, 20) }, nil},
		{"subscription", func(v *Validator) { v.SubscriptionID("not-a-uuid") },
			[]string{`invalid subscriptionID "not-a-uuid": must be a UUID`}},
		{"resource group ending in dot and too long", func(v *Validator) {
			v.ResourceGroup("rg.")
			v.ResourceGroup(strings.Repeat("r", 91))
		}, []string{`resourceGroupName "rg."`, "must be 1 to 90 characters long"}},
		{"secret value is redacted", func(v *Validator) { v.Fail("apiToken", Secret{}, "must be a SharedAccessSignature") },
			[]string{"invalid apiToken (redacted): must be a SharedAccessSignature"}},
		{"required", func(v *Validator) { v.Required("location", false) }, []string{"invalid location (missing): is required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var v Validator
			tt.check(&v)
			err := v.Err()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("errors.Is(ErrInvalidInput) = false for %v", err)
			}
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("not a *ValidationError: %T", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestPathEscapesAndRejectsShapeChanges(t *testing.T) {
	t.Parallel()
	const tmpl = "/devices/{deviceId}/components/{componentName}"
	tests := []struct {
		values  []string
		want    string
		wantErr string
	}{
		{[]string{"d1", "c1"}, "/devices/d1/components/c1", ""},
		{[]string{"a/b", "c?d#e"}, "/devices/a%2Fb/components/c%3Fd%23e", ""},
		{[]string{"with space", "ünï"}, "/devices/with%20space/components/%C3%BCn%C3%AF", ""},
		{[]string{"../admin", "x"}, "/devices/..%2Fadmin/components/x", ""},
		{[]string{"..", "x"}, "", `invalid deviceId "..": must not be a dot segment`},
		{[]string{".", "x"}, "", `invalid deviceId ".": must not be a dot segment`},
		{[]string{"", ""}, "", `invalid deviceId "": is required`},
	}
	for _, tt := range tests {
		got, err := Path(tmpl, tt.values...)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, ErrInvalidInput) {
				t.Errorf("Path(%q) error = %v, want %q", tt.values, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Path(%q) = %q, %v; want %q", tt.values, got, err, tt.want)
		}
	}
}
