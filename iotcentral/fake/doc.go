// Package fake holds test doubles for package iotcentral, plugged in
// through ClientOptions.Transport:
//
//   - One Server per client (DevicesServer, DeviceGroupsServer, JobsServer,
//     ...), azfake style: one function field per client method returning
//     azfake.Responder, azfake.PagerResponder, azfake.PollerResponder and
//     azfake.ErrorResponder. New<X>ServerTransport serves one client;
//     ServerFactory with NewServerFactoryTransport serves every client of
//     one iotcentral.Client.
//   - Emulator, a stateful in-memory application speaking IoT Central's
//     wire protocol and enforcing its rules (ID patterns, command timeouts,
//     page sizes, etags), with scripted faults and a clock.
package fake
