package deviceprovisioning

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// capture records the Authorization header of each request.
type capture struct{ got []string }

func (c *capture) Do(req *http.Request) (*http.Response, error) {
	c.got = append(c.got, req.Header.Get("Authorization"))
	return &http.Response{StatusCode: http.StatusOK, Body: http.NoBody, Request: req}, nil
}

// The policy renews the token five minutes before it expires, and at once
// after the credential is updated; between those, every call reuses it.
func TestSASPolicyRenewsBeforeExpiryAndAfterUpdate(t *testing.T) {
	t.Parallel()
	const keyA, keyB = "ZW11bGF0ZWQtcG9saWN5LWtleS0wMTIzNDU2Nzg5YWI=", "ZW11bGF0ZWQtZ3JvdXAta2V5LTAxMjM0NTY3ODlhYmM="
	cred, err := NewSharedAccessKeyCredential("owner", keyA, &SharedAccessKeyCredentialOptions{TokenLifetime: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := start
	cred.now = func() time.Time { return now }
	p := newSASPolicy(cred, "my-dps.azure-devices-provisioning.net")
	sent := &capture{}
	pl := runtime.NewPipeline("test", "v0", runtime.PipelineOptions{
		PerCall:  []policy.Policy{p},
		PerRetry: []policy.Policy{runtime.NewKeyCredentialPolicy(p.key, "Authorization", nil)},
	}, &policy.ClientOptions{Transport: sent, Retry: policy.RetryOptions{MaxRetries: -1}})
	current := func() string {
		t.Helper()
		req, err := runtime.NewRequest(context.Background(), http.MethodGet, "https://my-dps.azure-devices-provisioning.net/enrollments/x")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := pl.Do(req); err != nil {
			t.Fatal(err)
		}
		return sent.got[len(sent.got)-1]
	}
	expiryOf := func(token string) string {
		_, rest, _ := strings.Cut(token, "&se=")
		se, _, _ := strings.Cut(rest, "&")
		return se
	}

	first := current()
	if !strings.HasPrefix(first, "SharedAccessSignature sr=my-dps.azure-devices-provisioning.net&sig=") {
		t.Fatalf("Authorization %q", first)
	}
	if got := expiryOf(first); got != "1767229200" {
		t.Fatalf("first token expires at %s, want an hour after the start (1767229200)", got)
	}
	steps := []struct {
		name    string
		advance time.Duration
		update  string
		renewed bool
	}{
		{"well within the lifetime", 30 * time.Minute, "", false},
		{"just before the renewal window", 24*time.Minute + 59*time.Second, "", false},
		{"in the renewal window", 2 * time.Second, "", true},
		{"right after renewal", time.Minute, "", false},
		{"after an update", 0, keyB, true},
	}
	prev := first
	for _, st := range steps {
		now = now.Add(st.advance)
		if st.update != "" {
			if err := cred.Update("owner", st.update); err != nil {
				t.Fatal(err)
			}
		}
		got := current()
		if renewed := got != prev; renewed != st.renewed {
			t.Errorf("%s: renewed %v, want %v", st.name, renewed, st.renewed)
		}
		prev = got
	}
}

func TestParseConnectionString(t *testing.T) {
	t.Parallel()
	const key = "ZW11bGF0ZWQtcG9saWN5LWtleS0wMTIzNDU2Nzg5YWI="
	host, policy, k, err := parseConnectionString("HostName=my-dps.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=" + key)
	if err != nil || host != "my-dps.azure-devices-provisioning.net" || policy != "provisioningserviceowner" || k != key {
		t.Errorf("got %q %q %q %v", host, policy, k, err)
	}
	for _, cs := range []string{
		"HostName=my-dps.azure-devices-provisioning.net;SharedAccessKey=" + key,
		"SharedAccessKeyName=p;SharedAccessKey=" + key,
		"HostName=evil.example/path;SharedAccessKeyName=p;SharedAccessKey=" + key,
		"HostName=h;SharedAccessKeyName=p",
	} {
		_, _, _, err := parseConnectionString(cs)
		if err == nil || strings.Contains(err.Error(), key) {
			t.Errorf("%q: error %v", strings.ReplaceAll(cs, key, "KEY"), err)
		}
	}
}
