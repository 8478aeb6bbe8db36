package deviceprovisioning_test

import (
	"context"
	"errors"
	"github.com/azclients/azclients/internal/testkit"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// storedBody is a service as Get returns it: the owner policy without its
// keys, a linked hub with a masked connection string, and members this
// version does not model at several levels.
const storedBody = `{"id":"` + servicePath + `","name":"my-dps","location":"eastus","etag":"AAAAAAAADGk=","futureTop":{"keep":true},` +
	`"sku":{"name":"S1","capacity":2},"tags":{"env":"prod"},` +
	`"properties":{"state":"Active","futureProp":[1,2],"idScope":"0ne00000012",` +
	`"iotHubs":[{"name":"hub1.azure-devices.net","connectionString":"HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=****","location":"eastus","futureHub":"h"}],` +
	`"authorizationPolicies":[{"keyName":"provisioningserviceowner","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite","futurePolicy":"p"},{"keyName":"noKeys","rights":"EnrollmentRead"}]}}`

func modifySteps(put step) []step {
	keysPath := servicePath + "/listkeys"
	return []step{
		{method: http.MethodGet, path: servicePath, status: http.StatusOK, header: http.Header{"Etag": {`"etag-1"`}}, body: storedBody},
		{method: http.MethodPost, path: keysPath, status: http.StatusOK,
			body: `{"value":[{"keyName":"ProvisioningServiceOwner","primaryKey":"p1","secondaryKey":"s1","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite"}],"nextLink":"` + armBase + keysPath + `?$skiptoken=1"}`},
		{method: http.MethodGet, path: keysPath, status: http.StatusOK, body: `{"value":[{"keyName":"registrar","primaryKey":"p2","secondaryKey":"s2","rights":"EnrollmentWrite"}]}`},
		put,
	}
}

func TestBeginModifyKeepsKeysHubsAndUnknownMembers(t *testing.T) {
	t.Parallel()
	s := newScript(t, modifySteps(step{method: http.MethodPut, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")})...)
	poller, err := newClient(t, s).BeginModify(context.Background(), "rg", "my-dps", func(d *dps.ProvisioningServiceDescription) error {
		d.Properties.IotHubs = append(d.Properties.IotHubs, dps.IotHubDefinitionDescription{
			ConnectionString: ptr("HostName=hub2.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=aHViMg=="),
			Location:         ptr("westeurope"),
		})
		d.Tags["team"] = "iot"
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), fastPoll); err != nil {
		t.Fatal(err)
	}
	put := s.Requests()[3]
	if got := put.Header.Get("If-Match"); got != `"etag-1"` {
		t.Errorf("If-Match %q, want the etag read", got)
	}
	want := `{"id":"` + servicePath + `","name":"my-dps","location":"eastus","etag":"AAAAAAAADGk=","futureTop":{"keep":true},` +
		`"sku":{"name":"S1","capacity":2},"tags":{"env":"prod","team":"iot"},` +
		`"properties":{"state":"Active","futureProp":[1,2],"idScope":"0ne00000012",` +
		`"iotHubs":[{"name":"hub1.azure-devices.net","connectionString":"HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=****","location":"eastus","futureHub":"h"},` +
		`{"connectionString":"HostName=hub2.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=aHViMg==","location":"westeurope"}],` +
		`"authorizationPolicies":[{"keyName":"provisioningserviceowner","primaryKey":"p1","secondaryKey":"s1","rights":"ServiceConfig, DeviceConnect, EnrollmentWrite","futurePolicy":"p"},` +
		`{"keyName":"noKeys","rights":"EnrollmentRead"},` +
		`{"keyName":"registrar","primaryKey":"p2","secondaryKey":"s2","rights":"EnrollmentWrite"}]}}`
	testkit.SameJSON(t, put.Body, []byte(want))
}

func TestBeginModifyWritesNothingWhenItCannot(t *testing.T) {
	t.Parallel()
	errOops := errors.New("oops")
	tests := []struct {
		name   string
		steps  []step
		modify func(d *dps.ProvisioningServiceDescription) error
		check  func(t *testing.T, err error)
	}{
		{"modify fails", modifySteps(step{})[:3], func(*dps.ProvisioningServiceDescription) error { return errOops }, func(t *testing.T, err error) {
			if !errors.Is(err, errOops) {
				t.Errorf("error %v, want modify's", err)
			}
		}},
		{"the result is invalid", modifySteps(step{})[:3], func(d *dps.ProvisioningServiceDescription) error {
			d.Properties.IPFilterRules = append(d.Properties.IPFilterRules, dps.IPFilterRule{FilterName: ptr("x")})
			return nil
		}, func(t *testing.T, err error) {
			want := []string{"iotDpsDescription.properties.ipFilterRules[0].action: is required", "iotDpsDescription.properties.ipFilterRules[0].ipMask: is required"}
			if diff := cmp.Diff(want, fieldRules(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		}},
		{"the service is missing", []step{{method: http.MethodGet, path: servicePath, status: http.StatusNotFound, body: string(testkit.ReadVector(t, "error_dps.json"))}},
			func(*dps.ProvisioningServiceDescription) error { t.Error("modify called"); return nil }, func(t *testing.T, err error) {
				var se *dps.ServiceError
				if !errors.As(err, &se) || se.StatusCode != http.StatusNotFound {
					t.Errorf("error %v", err)
				}
			}},
		{"the keys cannot be read", []step{
			{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: storedBody},
			{method: http.MethodPost, path: servicePath + "/listkeys", status: http.StatusForbidden, body: `{"code":403001,"message":"no access to keys"}`},
		}, func(*dps.ProvisioningServiceDescription) error { t.Error("modify called"); return nil }, func(t *testing.T, err error) {
			var se *dps.ServiceError
			if !errors.As(err, &se) || se.StatusCode != http.StatusForbidden || se.Code != "403001" {
				t.Errorf("error %v", err)
			}
		}},
		{"someone changed it meanwhile", modifySteps(step{method: http.MethodPut, path: servicePath, status: http.StatusPreconditionFailed,
			body: `{"code":412001,"httpStatusCode":"PreconditionFailed","message":"etag mismatch"}`}),
			func(*dps.ProvisioningServiceDescription) error { return nil }, func(t *testing.T, err error) {
				var se *dps.ServiceError
				if !errors.As(err, &se) || se.StatusCode != http.StatusPreconditionFailed {
					t.Errorf("error %v", err)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			_, err := newClient(t, s).BeginModify(context.Background(), "rg", "my-dps", tt.modify, nil)
			tt.check(t, err)
			// the script fails the test on any request it does not list:
			// without a PUT step, no PUT was sent
		})
	}
}

func TestBeginModifyResumes(t *testing.T) {
	t.Parallel()
	s := newScript(t, append(modifySteps(step{method: http.MethodPut, path: servicePath, status: http.StatusCreated, header: asyncHeader(), body: serviceBody("Accepted")}),
		step{method: http.MethodGet, path: asyncOp, status: http.StatusOK, body: `{"status":"Succeeded"}`},
		step{method: http.MethodGet, path: servicePath, status: http.StatusOK, body: serviceBody("Succeeded")})...)
	ctx := context.Background()
	poller, err := newClient(t, s).BeginModify(ctx, "rg", "my-dps", func(*dps.ProvisioningServiceDescription) error { return nil }, nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err := poller.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	resumed, err := newClient(t, s).BeginModify(ctx, "", "", nil, &dps.ProvisioningServicesClientBeginModifyOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	got, err := resumed.PollUntilDone(ctx, fastPoll)
	if err != nil {
		t.Fatal(err)
	}
	if *got.Properties.ProvisioningState != "Succeeded" {
		t.Errorf("ended %s", *got.Properties.ProvisioningState)
	}
}
