package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/azclients/azclients/iotoperations"
)

func TestScale(t *testing.T) {
	tests := []struct {
		count   int
		want    string
		invalid bool
	}{
		{7, "factory-aio/default: 7 instance(s), Succeeded", false},
		{21, "", true},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(context.Background(), &out, config{resourceGroup: "rg", instance: "factory-aio", profile: "default", count: tt.count, timeout: time.Minute})
		if tt.invalid {
			if !errors.Is(err, iotoperations.ErrInvalidInput) {
				t.Errorf("count %d: %v, want a validation error", tt.count, err)
			}
			continue
		}
		if err != nil || !strings.Contains(out.String(), tt.want) || !strings.Contains(out.String(), "scaling 1 → 7") {
			t.Errorf("count %d: %v\n%s", tt.count, err, out.String())
		}
	}
}
