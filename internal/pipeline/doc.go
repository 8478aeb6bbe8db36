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
// Models encode and decode themselves with the helpers in jsondecode.go and
// jsonencode.go: one pass over the bytes, no intermediate maps, and members
// the model does not declare kept in its Unknown map and written back, so
// that GET → modify → PUT loses nothing.
package pipeline
