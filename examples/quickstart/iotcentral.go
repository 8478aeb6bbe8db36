package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotcentral"
	centralfake "github.com/azclients/azclients/iotcentral/fake"
)

// quickstartTemplate is the device template the chapter publishes: a
// thermostat with one component.
const quickstartTemplate = "dtmi:azclients:quickstart:Thermostat;1"

var quickstartModel = json.RawMessage(`{
  "@id": "dtmi:azclients:quickstart:Thermostat;1", "@type": "Interface", "displayName": "Quickstart thermostat",
  "contents": [
    {"@type": "Component", "name": "thermostat1", "schema": "dtmi:azclients:quickstart:ThermostatComponent;1"},
    {"@type": "Property", "name": "serialNumber", "schema": "string"}
  ],
  "@context": ["dtmi:iotcentral:context;2", "dtmi:dtdl:context;2"]
}`)

// newCentralClient returns the IoT Central client of the target, and the
// emulator behind it when not live.
func newCentralClient(target demo.Target) (*iotcentral.Client, *centralfake.Emulator, error) {
	if !target.Live {
		emu := centralfake.NewEmulator(nil)
		c, err := iotcentral.NewClient(target.CentralApp, target.Credential, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu}})
		return c, emu, err
	}
	if target.CentralToken != "" {
		c, err := iotcentral.NewClientWithAPITokenString(target.CentralApp, target.CentralToken, nil)
		return c, nil, err
	}
	c, err := iotcentral.NewClient(target.CentralApp, target.Credential, nil)
	return c, nil, err
}

// iotCentral registers devices, configures one, runs a command, runs a
// job on a device group and walks the devices.
func iotCentral(ctx context.Context, t *tour) error {
	client, emu, err := newCentralClient(t.target)
	if err != nil {
		return err
	}
	devices := client.Devices()

	t.out.Step("Publish device template %s", quickstartTemplate)
	if _, err := client.DeviceTemplates().Create(ctx, quickstartTemplate, iotcentral.DeviceTemplate{
		Types: []string{"ModelDefinition", "DeviceModel"}, DisplayName: to.Ptr("Quickstart thermostat"), CapabilityModel: quickstartModel,
	}, nil); err != nil {
		return err
	}

	ids := []string{"qs-thermostat-1", "qs-thermostat-2", "qs-thermostat-3"}
	t.out.Step("Register %d devices", len(ids))
	for _, id := range ids {
		d, err := devices.Create(ctx, id, iotcentral.Device{DisplayName: to.Ptr("Quickstart " + id), Template: to.Ptr(quickstartTemplate)}, nil)
		if err != nil {
			return err
		}
		t.out.Info("%s (enabled %v)", *d.ID, demo.Or(d.Enabled, false))
	}

	target := iotcentral.ComponentTarget(ids[0], "thermostat1")
	t.out.Step("Set targetTemperature on %s/thermostat1", ids[0])
	upd, err := devices.UpdateProperties(ctx, target, iotcentral.DeviceProperties{"targetTemperature": 21.5}, nil)
	if err != nil {
		return err
	}
	t.out.Info("accepted by IoT Central (202): %v; the device applies it when it next syncs", upd.Accepted)

	t.out.Step("Run the command getMaxMinReport and read its response")
	if emu != nil {
		emu.HandleCommand("getMaxMinReport", func(iotcentral.Target, json.RawMessage) (int32, json.RawMessage) {
			return 200, json.RawMessage(`{"maxTemp":23.1,"minTemp":18.4,"avgTemp":20.6}`)
		})
	}
	run, err := devices.RunCommand(ctx, target, "getMaxMinReport", iotcentral.DeviceCommand{
		Request: json.RawMessage(`"2026-11-22T00:00:00Z"`), ResponseTimeout: to.Ptr[int32](30),
	}, nil)
	if err != nil {
		return err
	}
	t.out.Info("response %d: %s", demo.Or(run.ResponseCode, 0), run.Response)
	latest, err := devices.GetLatestCommandResponse(ctx, target, "getMaxMinReport", nil)
	if err != nil {
		return err
	}
	t.out.Info("latest in the command history: %s", latest.Response)

	t.out.Step("Run a job on a device group and wait for it")
	if _, err := client.DeviceGroups().Create(ctx, "qs-thermostats", iotcentral.DeviceGroup{
		DisplayName: to.Ptr("Quickstart thermostats"),
		Filter:      to.Ptr(`SELECT * FROM devices WHERE $template = "` + quickstartTemplate + `"`),
	}, nil); err != nil {
		return err
	}
	jobID := "qs-job-" + t.suffix
	if _, err := client.Jobs().Create(ctx, jobID, iotcentral.Job{
		DisplayName: to.Ptr("Set target temperature"),
		Group:       to.Ptr("qs-thermostats"),
		Data: []iotcentral.JobData{&iotcentral.PropertyJobData{
			Target: to.Ptr(quickstartTemplate), Path: to.Ptr("thermostat1.targetTemperature"), Value: json.RawMessage("20"),
		}},
	}, nil); err != nil {
		return err
	}
	poller, err := client.Jobs().BeginWait(ctx, jobID, &iotcentral.JobsClientBeginWaitOptions{OnProgress: func(j iotcentral.Job) {
		t.out.Info("job %s: %s", demo.Or(j.Status, "?"), progress(j.Progress))
	}})
	if err != nil {
		return err
	}
	job, err := demo.Wait(ctx, t.target.Live, poller, nil)
	if err != nil {
		return err
	}

	t.out.Step("Walk every device with the iterator")
	n := 0
	for d, err := range devices.ListIter(ctx, nil) {
		if err != nil {
			return err
		}
		n++
		t.out.Info("%s  %s", *d.ID, demo.Or(d.DisplayName, ""))
	}
	t.done("IoT Central: %d devices registered, properties accepted, command answered %d, job %s (%s), %d devices walked",
		len(ids), demo.Or(run.ResponseCode, 0), demo.Or(job.Status, "?"), progress(job.Progress), n)
	return nil
}

func progress(p *iotcentral.JobProgress) string {
	if p == nil {
		return "no progress yet"
	}
	return fmt.Sprintf("%d/%d completed, %d failed, %d pending", demo.Or(p.Completed, 0), demo.Or(p.Total, 0), demo.Or(p.Failed, 0), demo.Or(p.Pending, 0))
}
