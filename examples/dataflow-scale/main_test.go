package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/azclients/azclients/iotoperations"
)

func TestScale(t *testing.T) {
	tests := []struct {
		count    int
		want     string
		rejected bool
	}{
		{7, "factory-aio/default: 7 instance(s), Succeeded", false},
		{21, "", true}, // the service owns the 1..20 range and answers 400
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := run(context.Background(), &out, config{resourceGroup: "rg", instance: "factory-aio", profile: "default", count: tt.count, timeout: time.Minute})
		if tt.rejected {
			if !iotoperations.HasCode(err, iotoperations.ErrorCodeInvalidRequestContent) {
				t.Errorf("count %d: %v, want the service's %s", tt.count, err, iotoperations.ErrorCodeInvalidRequestContent)
			}
			continue
		}
		if err != nil || !strings.Contains(out.String(), tt.want) || !strings.Contains(out.String(), "scaling 1 → 7") {
			t.Errorf("count %d: %v\n%s", tt.count, err, out.String())
		}
	}
}
