package fake_test

import (
	"context"
	"testing"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

func TestEmulatorAcceptsEveryPublishedAPIVersion(t *testing.T) {
	t.Parallel()
	for _, v := range fake.APIVersions {
		t.Run(v, func(t *testing.T) {
			t.Parallel()
			c := newClient(t, fake.NewEmulator(&fake.EmulatorOptions{Polls: -1}), func(o *customerinsights.ClientOptions) { o.APIVersion = v })
			if _, err := create(t, c, "contoso", "Customer"); err != nil {
				t.Fatal(err)
			}
			got, err := c.Get(context.Background(), "rg", "contoso", "Customer", nil)
			if err != nil || got.Name == nil || *got.Name != "contoso/Customer" {
				t.Fatalf("Get = %v, %v", got.Name, err)
			}
		})
	}
}
