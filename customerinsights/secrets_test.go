package customerinsights_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	azlog "github.com/Azure/azure-sdk-for-go/sdk/azcore/log"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	ci "github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/customerinsights/fake"
)

// TestSecretsAreNeverLogged turns body logging on and checks that the
// keys of an authorization policy, the properties of a connector and the
// signature of an image upload URL never reach the log (nor %v), while the body of a hub does (logging is on). It sets
// azcore's global log listener, so it does not run in parallel.
func TestSecretsAreNeverLogged(t *testing.T) {
	var mu sync.Mutex
	var logged strings.Builder
	azlog.SetListener(func(_ azlog.Event, msg string) {
		mu.Lock()
		defer mu.Unlock()
		logged.WriteString(msg + "\n")
	})
	t.Cleanup(func() { azlog.SetListener(nil) })

	ctx := context.Background()
	opts := clientOptions(fake.NewEmulator(&fake.EmulatorOptions{Polls: 1}))
	opts.Logging.IncludeBody = true
	f := try(ci.NewClientFactory(subscriptionID, &azfake.TokenCredential{}, opts)).must(t)
	try(f.NewHubsClient().CreateOrUpdate(ctx, "rg", "contoso", ci.Hub{Location: to.Ptr("logged-location")}, nil)).must(t)

	policies := f.NewAuthorizationPoliciesClient()
	created := try(policies.CreateOrUpdate(ctx, "rg", "contoso", "ingest", ci.AuthorizationPolicyResourceFormat{Properties: &ci.AuthorizationPolicy{
		Permissions: []ci.PermissionTypes{ci.PermissionTypesRead}, PrimaryKey: to.Ptr("sent-primary-key-123"),
	}}, nil)).must(t)
	regenerated := try(policies.RegeneratePrimaryKey(ctx, "rg", "contoso", "ingest", nil)).must(t)
	try(policies.Get(ctx, "rg", "contoso", "ingest", nil)).must(t)
	try(policies.NewListByHubPager("rg", "contoso", nil).NextPage(ctx)).must(t)
	conn := wait(f.NewConnectorsClient().BeginCreateOrUpdate(ctx, "rg", "contoso", "Crm", ci.ConnectorResourceFormat{Properties: &ci.Connector{
		ConnectorType: to.Ptr(ci.ConnectorTypesCRM), ConnectorProperties: map[string]any{"accessToken": "connector-token-456"},
	}}, nil)).must(t)
	for _, out := range []string{fmt.Sprint(*conn.Properties), fmt.Sprintf("%+v", conn.Properties), fmt.Sprintf("%#v", *conn.Properties)} {
		if strings.Contains(out, "connector-token-456") || !strings.Contains(out, "redacted") {
			t.Errorf("a connector secret is printed: %s", out)
		}
	}

	image := try(f.NewImagesClient().GetUploadURLForEntityType(ctx, "rg", "contoso", ci.GetImageUploadURLInput{RelativePath: to.Ptr("a.png")}, nil)).must(t)
	_, sas, _ := strings.Cut(*image.ContentURL, "?")
	if !strings.Contains(sas, "sig=") {
		t.Fatalf("the upload URL carries no signature: %s", *image.ContentURL)
	}
	for _, out := range []string{fmt.Sprint(image), fmt.Sprintf("%+v", image.ImageDefinition), fmt.Sprintf("%#v", image.ImageDefinition)} {
		if strings.Contains(out, sas) || !strings.Contains(out, "(redacted)") {
			t.Errorf("the signature is printed: %s", out)
		}
	}

	mu.Lock()
	out := logged.String()
	mu.Unlock()
	if !strings.Contains(out, "logged-location") {
		t.Fatalf("body logging is off; the test proves nothing:\n%s", out)
	}
	for _, secret := range []string{"sent-primary-key-123", *created.Properties.SecondaryKey, *regenerated.PrimaryKey, "connector-token-456", sas} {
		if strings.Contains(out, secret) {
			t.Errorf("the log holds a secret %q", secret)
		}
	}
}
