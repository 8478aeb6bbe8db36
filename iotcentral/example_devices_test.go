package iotcentral_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// exampleApp returns a client of an emulated application holding the
// template "dtmi:contoso:Thermostat;1". Against Azure, use
// iotcentral.NewClient(iotcentral.Endpoint("myapp", ""), cred, nil) with an
// azidentity credential, or NewClientWithAPIToken.
func exampleApp() (*iotcentral.Client, *fake.Emulator) {
	emu := fake.NewEmulator(nil)
	client, err := iotcentral.NewClient("https://myapp.azureiotcentral.com/api", &azfake.TokenCredential{},
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu}})
	if err != nil {
		log.Fatal(err)
	}
	_, err = client.DeviceTemplates().Create(context.Background(), "dtmi:contoso:Thermostat;1", iotcentral.DeviceTemplate{
		Types:           []string{"ModelDefinition", "DeviceModel"},
		CapabilityModel: json.RawMessage(`{"@id":"dtmi:contoso:Thermostat;1","@type":"Interface","contents":[{"@type":"Component","name":"thermostat1","schema":"dtmi:contoso:T;1"}]}`),
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	return client, emu
}

func ExampleDevicesClient_Create() {
	client, _ := exampleApp()
	device, err := client.Devices().Create(context.Background(), "thermostat-01", iotcentral.Device{
		DisplayName: to.Ptr("Thermostat 01"),
		Template:    to.Ptr("dtmi:contoso:Thermostat;1"),
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*device.ID, *device.Enabled)
	// Output: thermostat-01 true
}

// Property updates are accepted (202) before the device applies them:
// Pending names the values the device has not acknowledged yet.
func ExampleDevicesClient_UpdateProperties() {
	client, emu := exampleApp()
	ctx := context.Background()
	if _, err := client.Devices().Create(ctx, "thermostat-01", iotcentral.Device{Template: to.Ptr("dtmi:contoso:Thermostat;1")}, nil); err != nil {
		log.Fatal(err)
	}
	target := iotcentral.ComponentTarget("thermostat-01", "thermostat1")
	resp, err := client.Devices().UpdateProperties(ctx, target, iotcentral.DeviceProperties{"targetTemperature": 21.5}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("accepted:", resp.Accepted, "pending:", resp.Properties.Pending())

	// The emulator plays the device: it applies the value.
	if err := emu.AcknowledgeProperties(target, 200, "completed"); err != nil {
		log.Fatal(err)
	}
	got, err := client.Devices().GetProperties(ctx, target, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("applied:", got.Properties["targetTemperature"], "pending:", got.Properties.Pending())
	// Output:
	// accepted: true pending: [targetTemperature]
	// applied: 21.5 pending: []
}

func ExampleDevicesClient_RunCommand() {
	client, emu := exampleApp()
	ctx := context.Background()
	if _, err := client.Devices().Create(ctx, "thermostat-01", iotcentral.Device{Template: to.Ptr("dtmi:contoso:Thermostat;1")}, nil); err != nil {
		log.Fatal(err)
	}
	emu.HandleCommand("getMaxMinReport", func(iotcentral.Target, json.RawMessage) (int32, json.RawMessage) {
		return 200, json.RawMessage(`{"maxTemp":23.1,"minTemp":18.4}`)
	})
	run, err := client.Devices().RunCommand(ctx, iotcentral.ComponentTarget("thermostat-01", "thermostat1"), "getMaxMinReport",
		iotcentral.DeviceCommand{Request: json.RawMessage(`"2026-01-01T00:00:00Z"`), ResponseTimeout: to.Ptr[int32](10)}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*run.ResponseCode, string(run.Response))
	// Output: 200 {"maxTemp":23.1,"minTemp":18.4}
}

// List walks every page; memory holds one page at a time.
func ExampleDevicesClient_ListIter() {
	client, _ := exampleApp()
	ctx := context.Background()
	for _, id := range []string{"b-2", "a-1", "c-3"} {
		if _, err := client.Devices().Create(ctx, id, iotcentral.Device{}, nil); err != nil {
			log.Fatal(err)
		}
	}
	for device, err := range client.Devices().ListIter(ctx, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*device.ID)
	}
	// Output:
	// a-1
	// b-2
	// c-3
}

// Groups select devices with a query; the emulator evaluates $template.
func ExampleDeviceGroupsClient_ListDevicesIter() {
	client, _ := exampleApp()
	ctx := context.Background()
	for _, id := range []string{"t-1", "t-2"} {
		if _, err := client.Devices().Create(ctx, id, iotcentral.Device{Template: to.Ptr("dtmi:contoso:Thermostat;1")}, nil); err != nil {
			log.Fatal(err)
		}
	}
	if _, err := client.Devices().Create(ctx, "other", iotcentral.Device{}, nil); err != nil {
		log.Fatal(err)
	}
	_, err := client.DeviceGroups().Create(ctx, "thermostats", iotcentral.DeviceGroup{
		DisplayName: to.Ptr("Thermostats"),
		Filter:      to.Ptr(`SELECT * FROM devices WHERE $template = "dtmi:contoso:Thermostat;1"`),
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	for device, err := range client.DeviceGroups().ListDevicesIter(ctx, "thermostats", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(*device.ID)
	}
	// Output:
	// t-1
	// t-2
}

// An etag mismatch is a distinct condition: read again and retry.
func ExampleIsPreconditionFailed() {
	client, _ := exampleApp()
	ctx := context.Background()
	created, err := client.Devices().Create(ctx, "d1", iotcentral.Device{DisplayName: to.Ptr("one")}, nil)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Devices().Update(ctx, "d1", iotcentral.Device{DisplayName: to.Ptr("two")}, nil); err != nil {
		log.Fatal(err)
	}
	_, err = client.Devices().Update(ctx, "d1", iotcentral.Device{DisplayName: to.Ptr("three"), ETag: created.ETag}, nil)
	fmt.Println("stale etag:", iotcentral.IsPreconditionFailed(err))
	// Output: stale etag: true
}

// An IoT Central API token authenticates without Entra ID; it is sent as
// the Authorization header and never logged. Update rotates it.
func ExampleNewClientWithAPIToken() {
	emu := fake.NewEmulator(nil)
	token := azcore.NewKeyCredential("SharedAccessSignature sr=myapp&sig=...&skn=automation&se=1893456000000")
	client, err := iotcentral.NewClientWithAPIToken(iotcentral.Endpoint("myapp", ""), token,
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu}})
	if err != nil {
		log.Fatal(err)
	}
	_, err = client.Devices().Get(context.Background(), "thermostat-01", nil)
	fmt.Println("not found:", iotcentral.IsNotFound(err))
	token.Update("SharedAccessSignature sr=myapp&sig=...&skn=automation2&se=1893456000000")
	_, err = client.Devices().Get(context.Background(), "thermostat-01", nil)
	fmt.Println("not found:", iotcentral.IsNotFound(err))
	// Output:
	// not found: true
	// not found: true
}
