package main

// chapters is the story, in order.
var chapters = []chapter{
	{"Azure IoT Operations: a dataflow profile, created and scaled", iotOperations},
	{"Customer Insights: a profile type (202 poller)", customerInsights},
}
