package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPipelineOnTheEmulator(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), &out, config{
		instance: "factory-aio", eventHubNamespace: "contoso-ehns", eventHub: "thermostats",
		topic: "azure-iot-operations/data/thermostat", timeout: time.Minute,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `instance factory-aio: created (Succeeded)
endpoints: mqtt-source (MQTT), eventhubs-destination (Event Hubs contoso-ehns)
profile pipeline: 1 instance
dataflow thermostats-to-eventhubs: azure-iot-operations/data/thermostat → thermostats (Succeeded)
under instance factory-aio:
  dataflow endpoint eventhubs-destination (Kafka)
  dataflow endpoint mqtt-source (Mqtt)
  dataflow profile pipeline
    dataflow thermostats-to-eventhubs: 3 operation(s)
`
	if d := cmp.Diff(want, out.String()); d != "" {
		t.Errorf("output (-want +got):\n%s", d)
	}
}
