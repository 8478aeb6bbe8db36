// Package fake holds two kinds of test doubles for the clients of package
// iotoperations, both plugged in as ClientOptions.Transport: azfake-style
// Servers (InstancesServer, DataflowProfilesServer, ...) whose function
// fields answer each client method, gathered in a ServerFactory whose
// NewServerFactoryTransport serves every client at once; and Emulator
// (NewEmulator), an in-memory resource provider that speaks the wire
// protocol and keeps state.
//
// The emulator declares each resource type once, in a table (resources.go):
// its path segment, parent, first api-version and the spec's rules for its
// body. PUT, GET, DELETE, list by parent, the instance PATCH and list by
// subscription, ParentResourceNotFound, cascade deletes and the operations
// list all come from that table (routes.go); rules.go holds the rules.
package fake
