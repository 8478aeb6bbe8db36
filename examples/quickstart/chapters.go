package main

// chapters is the story, in order.
var chapters = []chapter{
	{"Device Provisioning Service: create, link a hub, list keys", deviceProvisioning},
	{"Azure IoT Operations: a dataflow profile, created and scaled", iotOperations},
	{"Customer Insights: a profile type (202 poller)", customerInsights},
	{"IoT Central: devices, properties, a command, a job", iotCentral},
}
