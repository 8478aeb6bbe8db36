package iotcentral_test

import (
	"context"
	"errors"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// The error helpers recognise the service's answers by status and by the
// codes IoT Central documents, and nothing else.
func TestErrorHelpersOnTheEmulatorsAnswers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := newTestClient(t, fake.NewEmulator(nil))
	groups := c.DeviceGroups()
	created, err := groups.Create(ctx, "g1", iotcentral.DeviceGroup{DisplayName: to.Ptr("all"), Filter: to.Ptr("SELECT * FROM devices")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groups.Update(ctx, "g1", iotcentral.DeviceGroup{Description: to.Ptr("one")}, nil); err != nil {
		t.Fatal(err)
	}
	_, notFound := groups.Get(ctx, "missing", nil)
	stale := created.DeviceGroup
	_, precondition := groups.Create(ctx, "g1", stale, nil)
	_, invalid := groups.Get(ctx, "", nil)

	tests := []struct {
		name                 string
		err                  error
		notFound, precondErr bool
		code                 string
	}{
		{"404", notFound, true, false, iotcentral.ErrorCodeNotFound},
		{"412", precondition, false, true, iotcentral.ErrorCodePreconditionFailed},
		{"validation", invalid, false, false, ""},
		{"nil", nil, false, false, ""},
		{"other error", errors.New("boom"), false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := iotcentral.IsNotFound(tt.err); got != tt.notFound {
				t.Errorf("IsNotFound(%v) = %v", tt.err, got)
			}
			if got := iotcentral.IsPreconditionFailed(tt.err); got != tt.precondErr {
				t.Errorf("IsPreconditionFailed(%v) = %v", tt.err, got)
			}
			service := tt.code != ""
			if got := iotcentral.HasCode(tt.err); got != service {
				t.Errorf("HasCode(%v) = %v, want %v", tt.err, got, service)
			}
			if service && (!iotcentral.HasCode(tt.err, iotcentral.ErrorCodeBadRequest, tt.code) || iotcentral.HasCode(tt.err, iotcentral.ErrorCodeInternalServerError)) {
				t.Errorf("HasCode(%v) does not single out %s", tt.err, tt.code)
			}
		})
	}
}
