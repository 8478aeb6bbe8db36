// Package pipeline is the one place where azclients talks to azcore.
//
// Every service client is built on a *Client (NewARMClient for Azure
// Resource Manager, NewDataPlaneClient for data-plane APIs such as IoT
// Central). An operation follows the same four steps everywhere:
//
//	ctx, end := c.Start(ctx, "ThingsClient.Get")   // fake routing + tracing span
//	path, err := Path(template, segments...)       // escaped, validated segments
//	req, err := c.NewRequest(ctx, method, path)    // api-version, Accept
//	resp, err := c.Send(req, http.StatusOK)        // *ServiceError otherwise
//	err = DecodeBody(resp, &result)
//
// Client-side input problems are *ValidationError values (errors.Is
// ErrInvalidInput) returned before anything is sent. Service failures are
// *ServiceError values that unwrap to *azcore.ResponseError.
//
// A Client sends requests only to its endpoint's host (ARM: the cloud's
// resource manager host) and the hosts given with WithAllowedHosts, over
// https: a nextLink, polling link or resume token pointing anywhere else is
// a *LinkError (errors.Is ErrUntrustedLink), refused before any credential
// policy runs. Every error a Client, pager or poller returns has the query
// of its URLs redacted (RedactError), since queries carry signatures.
//
// Bodies are written and read with the lossless codec of internal/wire:
// models are declared structs, and members a model does not declare are
// kept in its Unknown map and written back, so that GET → modify → PUT
// loses nothing.
package pipeline
