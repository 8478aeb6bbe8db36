package iotcentral

import "github.com/azclients/azclients/internal/pipeline"

// Pacer paces the requests of every client it is given to (through
// ClientOptions.Pacer), together: when IoT Central throttles any of them
// (429), every request waits until the Retry-After has passed instead of
// each worker meeting the limit itself, and with PacerOptions.RequestsPerSecond
// they keep to a steady rate (ApplicationRateLimit requests per second is
// IoT Central's documented limit per application). Waiting honours each
// request's context; a Pacer starts no goroutine and is safe for concurrent
// use.
type Pacer = pipeline.Pacer

// PacerOptions configures NewPacer: RequestsPerSecond (zero: no steady
// rate, only shared Retry-After) and Burst (default 1).
type PacerOptions = pipeline.PacerOptions

// ApplicationRateLimit is IoT Central's documented limit of requests per
// second per application, a good PacerOptions.RequestsPerSecond.
const ApplicationRateLimit = 20

// NewPacer returns a Pacer to share between the clients of one
// application; nil options mean no steady rate.
func NewPacer(options *PacerOptions) *Pacer { return pipeline.NewPacer(options) }
