package iotcentral_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	azlog "github.com/Azure/azure-sdk-for-go/sdk/azcore/log"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
	"github.com/google/go-cmp/cmp"
)

const tokenSecret = "SharedAccessSignature sr=myapp&sig=VGhpc0lzU2VjcmV0&skn=ci&se=4102444800"

func TestAPITokensClientThroughFakeServer(t *testing.T) {
	t.Parallel()
	expiry := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	srv := fake.APITokensServer{
		NewListPager: func(*iotcentral.APITokensClientListOptions) azfake.PagerResponder[iotcentral.APITokensClientListResponse] {
			var p azfake.PagerResponder[iotcentral.APITokensClientListResponse]
			for i := range 3 {
				p.AddPage(http.StatusOK, iotcentral.APITokensClientListResponse{APITokenCollection: iotcentral.APITokenCollection{
					Value: []iotcentral.APIToken{{ID: to.Ptr(fmt.Sprint("tok-", i))}},
				}}, nil)
			}
			return p
		},
		Get: func(_ context.Context, id string, _ *iotcentral.APITokensClientGetOptions) (resp azfake.Responder[iotcentral.APITokensClientGetResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, iotcentral.APITokensClientGetResponse{APIToken: iotcentral.APIToken{ID: to.Ptr(id), Expiry: &expiry}}, nil)
			return
		},
		Create: func(_ context.Context, id string, tok iotcentral.APIToken, _ *iotcentral.APITokensClientCreateOptions) (resp azfake.Responder[iotcentral.APITokensClientCreateResponse], errResp azfake.ErrorResponder) {
			tok.ID, tok.Token = to.Ptr(id), to.Ptr(tokenSecret)
			resp.SetResponse(http.StatusOK, iotcentral.APITokensClientCreateResponse{APIToken: tok}, nil)
			return
		},
		Delete: func(_ context.Context, id string, _ *iotcentral.APITokensClientDeleteOptions) (resp azfake.Responder[iotcentral.APITokensClientDeleteResponse], errResp azfake.ErrorResponder) {
			if id != "ci token" {
				errResp.SetResponseError(http.StatusNotFound, "NotFound")
				return
			}
			resp.SetResponse(http.StatusNoContent, iotcentral.APITokensClientDeleteResponse{}, nil)
			return
		},
	}
	tc := newTestClient(t, fake.NewAPITokensServerTransport(&srv)).APITokens()
	ctx := context.Background()
	var ids []string
	for tok, err := range tc.ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *tok.ID)
	}
	if diff := cmp.Diff([]string{"tok-0", "tok-1", "tok-2"}, ids); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	cr, err := tc.Create(ctx, "ci token", iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}, Expiry: &expiry}, nil)
	if err != nil || cr.Token == nil || *cr.Token != tokenSecret {
		t.Fatalf("Create did not return the secret: %v", err)
	}
	if s := fmt.Sprint(cr); strings.Contains(s, "sig=") {
		t.Errorf("printing the response shows the secret: %s", s)
	}
	got, err := tc.Get(ctx, "ci token", nil)
	if err != nil || got.Token != nil || !got.Expiry.Equal(expiry) {
		t.Errorf("Get = %v, %v", got, err)
	}
	if _, err := tc.Delete(ctx, "ci token", nil); err != nil {
		t.Fatal(err)
	}
	var respErr *azcore.ResponseError
	if _, err := tc.Delete(ctx, "other", nil); !errors.As(err, &respErr) || respErr.StatusCode != http.StatusNotFound {
		t.Errorf("Delete(other) = %v", err)
	}
}

// TestAPITokenSecretIsNeverLogged turns on azcore's logging with bodies
// and checks that the secret of a new token stays out of it. It sets the
// process-wide log listener, so it does not run in parallel.
func TestAPITokenSecretIsNeverLogged(t *testing.T) {
	var mu sync.Mutex
	var logs strings.Builder
	azlog.SetListener(func(_ azlog.Event, msg string) {
		mu.Lock()
		defer mu.Unlock()
		logs.WriteString(msg)
	})
	defer azlog.SetListener(nil)

	transport := httpFunc(func(req *http.Request) (*http.Response, error) {
		return jsonResponse(req, http.StatusOK, `{"id":"t1","roles":[{"role":"`+iotcentral.RoleOperator+`"}],"token":"`+tokenSecret+`"}`), nil
	})
	c, err := iotcentral.NewClientWithAPITokenString(testEndpoint, testAPIToken, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport,
		Logging:   policy.LogOptions{IncludeBody: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.APITokens().Create(context.Background(), "t1", iotcentral.APIToken{Roles: []iotcentral.RoleAssignment{{Role: to.Ptr(iotcentral.RoleOperator)}}}, nil)
	if err != nil || *resp.Token != tokenSecret {
		t.Fatalf("Create: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(logs.String(), "/apiTokens/t1") {
		t.Fatalf("nothing was logged; the test proves nothing:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "VGhpc0lzU2VjcmV0") || strings.Contains(logs.String(), "dGVzdA") {
		t.Errorf("a secret was logged:\n%s", logs.String())
	}
}

// TestDeviceKeysAreNeverLogged turns on azcore's logging with bodies and
// sends and reads a device's attestation and credentials, which carry its
// keys: none of them reaches the log (issue 17 item 5). It sets the
// process-wide log listener, so it does not run in parallel.
func TestDeviceKeysAreNeverLogged(t *testing.T) {
	const deviceKey = "ZGV2aWNlLWtleS1zZWNyZXQtdmFsdWU="
	var mu sync.Mutex
	var logs strings.Builder
	azlog.SetListener(func(_ azlog.Event, msg string) {
		mu.Lock()
		defer mu.Unlock()
		logs.WriteString(msg)
	})
	defer azlog.SetListener(nil)

	transport := httpFunc(func(req *http.Request) (*http.Response, error) {
		if strings.HasSuffix(req.URL.Path, "/credentials") {
			return jsonResponse(req, http.StatusOK, `{"idScope":"0ne1","symmetricKey":{"primaryKey":"`+deviceKey+`","secondaryKey":"`+deviceKey+`"}}`), nil
		}
		return jsonResponse(req, http.StatusOK, `{"type":"symmetricKey","symmetricKey":{"primaryKey":"`+deviceKey+`","secondaryKey":"`+deviceKey+`"}}`), nil
	})
	c, err := iotcentral.NewClientWithAPITokenString(testEndpoint, testAPIToken, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: transport,
		Logging:   policy.LogOptions{IncludeBody: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	devices := c.Devices()
	att := &iotcentral.SymmetricKeyAttestation{SymmetricKey: &iotcentral.SymmetricKey{PrimaryKey: to.Ptr(deviceKey), SecondaryKey: to.Ptr(deviceKey)}}
	if _, err := devices.CreateAttestation(ctx, "d1", att, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := devices.UpdateAttestation(ctx, "d1", att, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := devices.GetAttestation(ctx, "d1", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := devices.GetCredentials(ctx, "d1", nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(logs.String(), "/devices/d1/attestation") || !strings.Contains(logs.String(), "/devices/d1/credentials") {
		t.Fatalf("nothing was logged; the test proves nothing:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), deviceKey) {
		t.Errorf("a device key was logged:\n%s", logs.String())
	}
}
