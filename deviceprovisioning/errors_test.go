package deviceprovisioning_test

import (
	"context"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/pipeline"
)

func TestServiceErrorsDecodeBothShapes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	get := func(c *dps.ProvisioningServicesClient) error { _, err := c.Get(ctx, "rg", "my-dps", nil); return err }
	patch := func(c *dps.ProvisioningServicesClient) error {
		_, err := c.BeginUpdateTags(ctx, "rg", "my-dps", dps.TagsResource{Tags: map[string]string{"": "x"}}, nil)
		return err
	}
	tests := []struct {
		name       string
		apiVersion string
		step       step
		call       func(*dps.ProvisioningServicesClient) error
		want       dps.ServiceError
	}{
		{"DPS, numeric code", dps.DefaultAPIVersion,
			step{method: http.MethodGet, path: servicePath, status: http.StatusNotFound, body: string(testkit.ReadVector(t, "error_dps.json"))}, get,
			dps.ServiceError{StatusCode: 404, Code: "404201", Message: "ProvisioningServiceNotFound",
				DetailText: "Provisioning service 'missing-dps' was not found in resource group 'myResourceGroup'.", Method: "GET", Path: servicePath}},
		{"DPS, string code", dps.DefaultAPIVersion,
			step{method: http.MethodGet, path: servicePath, status: http.StatusBadRequest, body: `{"code":"InvalidProvisioningServiceName","httpStatusCode":"BadRequest","message":"bad name"}`}, get,
			dps.ServiceError{StatusCode: 400, Code: "InvalidProvisioningServiceName", Message: "bad name", Method: "GET", Path: servicePath}},
		{"ARM, from the preview PATCH", dps.PreviewAPIVersion,
			step{method: http.MethodPatch, path: servicePath, status: http.StatusBadRequest, body: string(testkit.ReadVector(t, "error_arm.json"))}, patch,
			dps.ServiceError{StatusCode: 400, Code: "InvalidTagName", Message: "The tag name '' is invalid.", Target: "tags",
				Details: []pipeline.ErrorDetail{{Code: "TagNameEmpty", Message: "Tag names must not be empty."}}, Method: "PATCH", Path: servicePath}},
		{"not JSON", dps.DefaultAPIVersion,
			step{method: http.MethodGet, path: servicePath, status: http.StatusBadGateway, body: "<html><body>bad gateway</body></html>"}, get,
			dps.ServiceError{StatusCode: 502, Code: "BadGateway", Message: "<html><body>bad gateway</body></html>", Method: "GET", Path: servicePath}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.call(newClient(t, newScript(t, tt.step), tt.apiVersion))
			var se *dps.ServiceError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want a *ServiceError", err, err)
			}
			if diff := cmp.Diff(&tt.want, se, cmpopts.IgnoreUnexported(dps.ServiceError{})); diff != "" {
				t.Errorf("ServiceError (-want +got):\n%s", diff)
			}
			var re *azcore.ResponseError
			if !errors.As(err, &re) || re.ErrorCode != tt.want.Code || re.StatusCode != tt.want.StatusCode {
				t.Errorf("ResponseError %+v", re)
			}
			if strings.Contains(err.Error(), "api-version") {
				t.Errorf("the error holds the query string: %v", err)
			}
		})
	}
}
