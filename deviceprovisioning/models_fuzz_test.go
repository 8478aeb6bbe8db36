package deviceprovisioning_test

import (
	"github.com/azclients/azclients/internal/testkit"
	"testing"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

var vectors = []string{"seed001_request.json", "seed001_response.json", "preview_response.json", "listkeys_response.json",
	"private_endpoint_connections_response.json", "error_dps.json", "error_arm.json"}

func addSeeds(f *testing.F, extra ...string) {
	f.Helper()
	for _, name := range vectors {
		f.Add(testkit.ReadVector(f, name))
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

func FuzzProvisioningServiceDescription(f *testing.F) {
	addSeeds(f, serviceBody("Accepted"), storedBody, `null`, `{"properties":null,"sku":{}}`,
		`{"identity":{"type":"SystemAssigned, UserAssigned","userAssignedIdentities":{"a":null,"b":{}}},"systemData":{"createdAt":"2026-01-02"}}`,
		`{"properties":{"iotHubs":[{"allocationWeight":1e3}],"ipFilterRules":[{"x":[1,{"y":2}]}],"authorizationPolicies":[{"rights":"A,\u00e9"}]}}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.ProvisioningServiceDescription](t, data)
	})
}

func FuzzProvisioningServiceDescriptionListResult(f *testing.F) {
	addSeeds(f, `{"value":[`+serviceBody("")+`],"nextLink":null}`, `{"value":[],"nextLink":"https://x/y?$skiptoken=2"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.ProvisioningServiceDescriptionListResult](t, data)
	})
}

func FuzzSharedAccessSignatureAuthorizationRuleListResult(f *testing.F) {
	addSeeds(f, `{"value":[{"keyName":"k","primaryKey":null}]}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.SharedAccessSignatureAuthorizationRuleListResult](t, data)
	})
}

func FuzzSharedAccessSignatureAuthorizationRule(f *testing.F) {
	addSeeds(f, `{"keyName":"k","primaryKey":"p","secondaryKey":"s","rights":"ServiceConfig, DeviceConnect"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.SharedAccessSignatureAuthorizationRule](t, data)
	})
}

func FuzzIotDpsSkuDefinitionListResult(f *testing.F) {
	addSeeds(f, `{"value":[{"name":"S1"}]}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.IotDpsSkuDefinitionListResult](t, data)
	})
}

func FuzzNameAvailabilityInfo(f *testing.F) {
	addSeeds(f, `{"nameAvailable":false,"reason":"Invalid","message":"m"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.NameAvailabilityInfo](t, data)
	})
}

func FuzzAsyncOperationResult(f *testing.F) {
	addSeeds(f, `{"status":"Failed","error":{"code":"c","message":"m","details":"d"}}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.AsyncOperationResult](t, data)
	})
}

func FuzzPrivateEndpointConnection(f *testing.F) {
	addSeeds(f, connectionBody)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.PrivateEndpointConnection](t, data)
	})
}

func FuzzPrivateLinkResources(f *testing.F) {
	addSeeds(f, `{"value":[`+groupBody+`]}`, groupBody)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.PrivateLinkResources](t, data)
		testkit.CheckStable[dps.GroupIDInformation](t, data)
	})
}

func FuzzRequestBodies(f *testing.F) {
	addSeeds(f, `{"tags":{"a":"b"}}`, `{"name":"x"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[dps.TagsResource](t, data)
		testkit.CheckStable[dps.OperationInputs](t, data)
	})
}
