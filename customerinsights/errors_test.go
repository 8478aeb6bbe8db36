package customerinsights_test

import (
	"context"
	"errors"
	"testing"

	"github.com/azclients/azclients/customerinsights"
)

func TestErrorHelpers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newClient(t, newEmulator(t, nil))
	_, notFound := c.Get(ctx, "rg", "contoso", "Nobody", nil)
	_, invalid := c.Get(ctx, "rg", "contoso", "", nil)
	tests := []struct {
		name                    string
		err                     error
		isNotFound, hasNotFound bool
		hasAny                  bool
	}{
		{"404 from the service", notFound, true, true, true},
		{"validation error", invalid, false, false, false},
		{"other error", errors.New("boom"), false, false, false},
		{"nil", nil, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := customerinsights.IsNotFound(tt.err); got != tt.isNotFound {
				t.Errorf("IsNotFound = %v, want %v", got, tt.isNotFound)
			}
			if got := customerinsights.HasCode(tt.err, "resourcenotfound", customerinsights.ErrorCodeInvalidResourceName); got != tt.hasNotFound {
				t.Errorf("HasCode(ResourceNotFound, InvalidResourceName) = %v, want %v", got, tt.hasNotFound)
			}
			if got := customerinsights.HasCode(tt.err); got != tt.hasAny {
				t.Errorf("HasCode() = %v, want %v", got, tt.hasAny)
			}
			if customerinsights.HasCode(tt.err, customerinsights.ErrorCodeInvalidRequestContent) {
				t.Error("HasCode(InvalidRequestContent) = true")
			}
		})
	}
}
