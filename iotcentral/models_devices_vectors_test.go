package iotcentral

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/wire"
)

func viaAttestation(data []byte) ([]byte, error) {
	a, err := unmarshalUnion[Attestation](data)
	if err != nil {
		return nil, err
	}
	return wire.Marshal(&a)
}

func viaProperties(data []byte) ([]byte, error) {
	var p DeviceProperties
	if err := wire.Unmarshal(data, &p); err != nil {
		return nil, err
	}
	return wire.Marshal(p)
}

// deviceVectors names the model of each device-side sample's request body
// and response (the samples are the spec's examples for 2022-07-31).
var deviceVectors = map[string]struct{ request, response roundTrip }{
	"devices_create.json":                        {request: viaModel[Device](), response: viaModel[Device]()},
	"devicecredentials_get.json":                 {response: viaModel[DeviceCredentials]()},
	"devices_attestations_set_symmetricKey.json": {request: viaAttestation, response: viaAttestation},
	"devices_attestations_set_tpm.json":          {request: viaAttestation, response: viaAttestation},
	"devices_attestations_set_x509.json":         {request: viaAttestation, response: viaAttestation},
	"devices_commands_send.json":                 {request: viaModel[DeviceCommand](), response: viaModel[DeviceCommand]()},
	"modules_commands_send.json":                 {request: viaModel[DeviceCommand](), response: viaModel[DeviceCommand]()},
	"modules_commandshistory_get.json":           {response: viaModel[DeviceCommandCollection]()},
	"devices_properties_components_set.json":     {request: viaProperties, response: viaProperties},
	"devices_properties_update.json":             {request: viaProperties, response: viaProperties},
	"modules_properties_components_set.json":     {request: viaProperties, response: viaProperties},
	"devices_relationships_create.json":          {request: viaModel[DeviceRelationship](), response: viaModel[DeviceRelationship]()},
	"devices_telemetry_get.json":                 {response: viaModel[DeviceTelemetry]()},
	"devicegroups_list.json":                     {response: viaModel[DeviceGroupCollection]()},
	"devicetemplates_get.json":                   {response: viaModel[DeviceTemplate]()},
	"devicetemplates_update.json":                {request: viaModel[DeviceTemplate](), response: viaModel[DeviceTemplate]()},
	"devicetemplates_delete.json":                {},
}

func TestDeviceSamplesRoundTripWithoutLoss(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/devices/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(deviceVectors) {
		t.Errorf("%d sample files, %d vectors: every sample needs a vector", len(files), len(deviceVectors))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			t.Parallel()
			vec, ok := deviceVectors[name]
			if !ok {
				t.Fatalf("no vector for %s", name)
			}
			s := readSample(t, path)
			if vec.request != nil {
				got, err := vec.request(s.Parameters.Body)
				if err != nil {
					t.Fatalf("request: %v", err)
				}
				assertSameJSON(t, s.Parameters.Body, got)
			}
			for status, r := range s.Responses {
				if len(r.Body) == 0 {
					continue
				}
				if vec.response == nil {
					t.Fatalf("response %s has a body but no model", status)
				}
				got, err := vec.response(r.Body)
				if err != nil {
					t.Fatalf("response %s: %v", status, err)
				}
				assertSameJSON(t, r.Body, got)
			}
		})
	}
}

func TestTypedDeviceModelsEncodeToTheSampleRequests(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		model any
	}{
		{"devices_create.json", Device{
			DisplayName: to.Ptr("CheckoutThermostatccc"), Template: to.Ptr("dtmi:contoso:testDeviceTemplate;1"),
			Simulated: to.Ptr(true), Enabled: to.Ptr(true), Organizations: []string{"seattle"},
		}},
		{"devices_attestations_set_symmetricKey.json", &SymmetricKeyAttestation{SymmetricKey: &SymmetricKey{
			PrimaryKey: to.Ptr("<primary key>"), SecondaryKey: to.Ptr("<secondary key>"),
		}}},
		{"devices_attestations_set_tpm.json", &TPMAttestation{TPM: &TPM{EndorsementKey: to.Ptr("<endorsement key>")}}},
		{"devices_attestations_set_x509.json", &X509Attestation{X509: &X509{ClientCertificates: &X509Certificates{
			Primary: &X509Certificate{Certificate: to.Ptr("<string representation of the certificate>")},
		}}}},
		{"devices_commands_send.json", DeviceCommand{Request: json.RawMessage(`{"tempVal":30}`)}},
		{"modules_commands_send.json", DeviceCommand{Request: json.RawMessage(`{"SafeMode":true}`)}},
		{"devices_relationships_create.json", DeviceRelationship{Source: to.Ptr("device1"), Target: to.Ptr("device2")}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			got, err := encodeModel(tt.model)
			if err != nil {
				t.Fatal(err)
			}
			assertSameJSON(t, readSample(t, filepath.Join("testdata/devices", tt.file)).Parameters.Body, got)
		})
	}
}

// The samples' 202 answers carry "$metadata": what was asked of the
// device, and whether it acknowledged it.
func TestPropertySamplesShowWhatIsNotYetApplied(t *testing.T) {
	t.Parallel()
	answer := func(t *testing.T, file string) DeviceProperties {
		t.Helper()
		var p DeviceProperties
		if err := p.UnmarshalJSON(readSample(t, filepath.Join("testdata/devices", file)).Responses["202"].Body); err != nil {
			t.Fatal(err)
		}
		return p
	}

	set := answer(t, "devices_properties_components_set.json")
	if d := cmp.Diff([]string{"current", "fanSpeed", "irSwitch", "voltage"}, set.Pending()); d != "" {
		t.Errorf("component set: pending (-want +got):\n%s", d)
	}
	update := answer(t, "devices_properties_update.json")
	if d := cmp.Diff([]string{"current", "voltage"}, update.Component("settings").Pending()); d != "" || update.Pending() != nil {
		t.Errorf("device update: component pending (-want +got):\n%s; device pending %v", d, update.Pending())
	}

	module := answer(t, "modules_properties_components_set.json")
	meta, err := module.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	want := PropertyMetadata{
		DesiredValue: json.RawMessage("300"), DesiredVersion: to.Ptr[int64](3), AckVersion: to.Ptr[int64](1),
		AckCode: to.Ptr[int32](200), AckDescription: to.Ptr("Ok"),
		LastUpdateTime: to.Ptr(time.Date(2020, 4, 27, 22, 8, 55, 114995700, time.UTC)),
	}
	if d := cmp.Diff(want, meta["SensitivityDial"]); d != "" {
		t.Errorf("module metadata (-want +got):\n%s", d)
	}
	// The device still runs the value it acknowledged (version 1), not
	// the one asked for (version 3).
	if module["SensitivityDial"] != json.Number("50") || !cmp.Equal([]string{"SensitivityDial"}, module.Pending()) || meta["SensitivityDial"].Rejected() {
		t.Errorf("module answer = %v", module)
	}
}

func TestPropertyMetadataStates(t *testing.T) {
	t.Parallel()
	v := func(n int64) *int64 { return &n }
	tests := []struct {
		name              string
		m                 PropertyMetadata
		pending, rejected bool
	}{
		{"nothing asked", PropertyMetadata{LastUpdateTime: to.Ptr(time.Time{})}, false, false},
		{"asked, no version, no answer", PropertyMetadata{DesiredValue: json.RawMessage("1")}, true, false},
		{"asked, never answered", PropertyMetadata{DesiredValue: json.RawMessage("1"), DesiredVersion: v(2)}, true, false},
		{"an older version answered", PropertyMetadata{DesiredValue: json.RawMessage("1"), DesiredVersion: v(2), AckVersion: v(1), AckCode: to.Ptr[int32](200)}, true, false},
		{"applied", PropertyMetadata{DesiredValue: json.RawMessage("1"), DesiredVersion: v(2), AckVersion: v(2), AckCode: to.Ptr[int32](200)}, false, false},
		{"refused", PropertyMetadata{DesiredValue: json.RawMessage("1"), DesiredVersion: v(2), AckVersion: v(2), AckCode: to.Ptr[int32](500)}, false, true},
		{"null asked", PropertyMetadata{DesiredValue: json.RawMessage("null")}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.m.Pending() != tt.pending || tt.m.Rejected() != tt.rejected {
				t.Errorf("pending %v rejected %v, want %v %v", tt.m.Pending(), tt.m.Rejected(), tt.pending, tt.rejected)
			}
		})
	}
	for _, bad := range []DeviceProperties{
		{PropertiesMetadataKey: []any{1}},
		{PropertiesMetadataKey: map[string]any{"p": map[string]any{"desiredVersion": "three"}}},
	} {
		if _, err := bad.Metadata(); err == nil {
			t.Errorf("%v decoded", bad)
		}
		if bad.Pending() != nil {
			t.Errorf("%v lists pending values", bad)
		}
	}
	if m, err := (DeviceProperties{"a": 1}).Metadata(); m != nil || err != nil {
		t.Errorf("no metadata = %v, %v", m, err)
	}
	if (DeviceProperties{"c": "not an object"}).Component("c") != nil {
		t.Error("a value read as a component")
	}
}
