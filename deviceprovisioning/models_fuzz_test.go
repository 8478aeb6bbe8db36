package deviceprovisioning_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// model is what every decoder's fuzz target exercises.
type model interface {
	json.Unmarshaler
	json.Marshaler
}

// checkStable is the property of every decoder: it never panics, and what
// it decodes re-encodes to valid JSON that decodes to the same value (for
// valid UTF-8 input; invalid UTF-8 is re-encoded as U+FFFD, as
// encoding/json does) and encodes to the same document again.
func checkStable[T any, PT interface {
	*T
	model
}](t *testing.T, data []byte) {
	t.Helper()
	first := PT(new(T))
	if err := first.UnmarshalJSON(data); err != nil {
		return // not a document of this model: fine, as long as it did not panic
	}
	enc1, err := first.MarshalJSON()
	if err != nil {
		t.Fatalf("decoded %q but cannot encode it: %v", data, err)
	}
	if !json.Valid(enc1) {
		t.Fatalf("re-encoded %q to invalid JSON %q", data, enc1)
	}
	second := PT(new(T))
	if err := second.UnmarshalJSON(enc1); err != nil {
		t.Fatalf("the re-encoding %q does not decode: %v", enc1, err)
	}
	enc2, err := second.MarshalJSON()
	if err != nil {
		t.Fatalf("cannot encode %q again: %v", enc1, err)
	}
	if utf8.Valid(data) {
		if diff := cmp.Diff(first, second); diff != "" {
			t.Fatalf("decode(encode(v)) differs from v for %q (-v +decoded):\n%s", data, diff)
		}
		if !bytes.Equal(enc1, enc2) {
			t.Fatalf("encoding is not stable: %q then %q", enc1, enc2)
		}
		return
	}
	var a, b any
	if json.Unmarshal(enc1, &a) != nil || json.Unmarshal(enc2, &b) != nil || !cmp.Equal(a, b) {
		t.Fatalf("encoding is not stable: %q then %q", enc1, enc2)
	}
}

var vectors = []string{"seed001_request.json", "seed001_response.json", "preview_response.json", "listkeys_response.json",
	"private_endpoint_connections_response.json", "error_dps.json", "error_arm.json"}

func addSeeds(f *testing.F, extra ...string) {
	f.Helper()
	for _, name := range vectors {
		f.Add(readVector(f, name))
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
		checkStable[dps.ProvisioningServiceDescription](t, data)
	})
}

func FuzzProvisioningServiceDescriptionListResult(f *testing.F) {
	addSeeds(f, `{"value":[`+serviceBody("")+`],"nextLink":null}`, `{"value":[],"nextLink":"https://x/y?$skiptoken=2"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.ProvisioningServiceDescriptionListResult](t, data)
	})
}

func FuzzSharedAccessSignatureAuthorizationRuleListResult(f *testing.F) {
	addSeeds(f, `{"value":[{"keyName":"k","primaryKey":null}]}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.SharedAccessSignatureAuthorizationRuleListResult](t, data)
	})
}

func FuzzSharedAccessSignatureAuthorizationRule(f *testing.F) {
	addSeeds(f, `{"keyName":"k","primaryKey":"p","secondaryKey":"s","rights":"ServiceConfig, DeviceConnect"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.SharedAccessSignatureAuthorizationRule](t, data)
	})
}

func FuzzIotDpsSkuDefinitionListResult(f *testing.F) {
	addSeeds(f, `{"value":[{"name":"S1"}]}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.IotDpsSkuDefinitionListResult](t, data)
	})
}

func FuzzNameAvailabilityInfo(f *testing.F) {
	addSeeds(f, `{"nameAvailable":false,"reason":"Invalid","message":"m"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.NameAvailabilityInfo](t, data)
	})
}

func FuzzAsyncOperationResult(f *testing.F) {
	addSeeds(f, `{"status":"Failed","error":{"code":"c","message":"m","details":"d"}}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.AsyncOperationResult](t, data)
	})
}

func FuzzPrivateEndpointConnection(f *testing.F) {
	addSeeds(f, connectionBody)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.PrivateEndpointConnection](t, data)
	})
}

func FuzzPrivateEndpointConnectionList(f *testing.F) {
	addSeeds(f, `[]`, ` [ `+connectionBody+` ] `, `[null]`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.PrivateEndpointConnectionList](t, data)
	})
}

func FuzzPrivateLinkResources(f *testing.F) {
	addSeeds(f, `{"value":[`+groupBody+`]}`, groupBody)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.PrivateLinkResources](t, data)
		checkStable[dps.GroupIDInformation](t, data)
	})
}

func FuzzRequestBodies(f *testing.F) {
	addSeeds(f, `{"tags":{"a":"b"}}`, `{"name":"x"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable[dps.TagsResource](t, data)
		checkStable[dps.OperationInputs](t, data)
	})
}
