package pipeline

import (
	"errors"
	"strings"
	"testing"
)

func TestValidatorReportsFieldValueAndRule(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		check func(v *Validator)
		want  []string // each error must contain one of these, in order
	}{
		{"valid", func(v *Validator) {
			v.SubscriptionID("F8C729F9-DF9C-4743-848F-96EE433D8E53")
			v.Required("location", true)
		}, nil},
		{"subscription", func(v *Validator) { v.SubscriptionID("not-a-uuid") },
			[]string{`invalid subscriptionID "not-a-uuid": must be a UUID`}},
		{"every failure is kept, in order", func(v *Validator) {
			v.SubscriptionID("")
			v.Required("sku", false)
		}, []string{`invalid subscriptionID ""`, "invalid sku (missing): is required"}},
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
		{[]string{"d1", "c\n1"}, "", `invalid componentName "c\n1": must not contain control characters`},
		{[]string{"d\x7f", "c1"}, "", `invalid deviceId "d\x7f": must not contain control characters`},
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
