package main

// chapters is the story, in order.
var chapters = []chapter{
	{"Customer Insights: a profile type (202 poller)", customerInsights},
}
