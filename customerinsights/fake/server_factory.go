package fake

import "net/http"

// ServerFactory gathers the fakes of every client of the package behind
// one transport, for a customerinsights.ClientFactory: set the servers a
// test uses; a call to a client whose server field is unset, or to a
// method whose function field is nil, fails with an error naming it.
type ServerFactory struct {
	// AuthorizationPoliciesServer answers the factory's AuthorizationPoliciesClient.
	AuthorizationPoliciesServer AuthorizationPoliciesServer
	// ConnectorMappingsServer answers the factory's ConnectorMappingsClient.
	ConnectorMappingsServer ConnectorMappingsServer
	// ConnectorsServer answers the factory's ConnectorsClient.
	ConnectorsServer ConnectorsServer
	// HubsServer answers the factory's HubsClient.
	HubsServer HubsServer
	// ImagesServer answers the factory's ImagesClient.
	ImagesServer ImagesServer
	// InteractionsServer answers the factory's InteractionsClient.
	InteractionsServer InteractionsServer
	// KpiServer answers the factory's KpiClient.
	KpiServer KpiServer
	// LinksServer answers the factory's LinksClient.
	LinksServer LinksServer
	// OperationsServer answers the factory's OperationsClient.
	OperationsServer OperationsServer
	// PredictionsServer answers the factory's PredictionsClient.
	PredictionsServer PredictionsServer
	// ProfilesServer answers the factory's ProfilesClient.
	ProfilesServer ProfilesServer
	// RelationshipLinksServer answers the factory's RelationshipLinksClient.
	RelationshipLinksServer RelationshipLinksServer
	// RelationshipsServer answers the factory's RelationshipsClient.
	RelationshipsServer RelationshipsServer
	// RoleAssignmentsServer answers the factory's RoleAssignmentsClient.
	RoleAssignmentsServer RoleAssignmentsServer
	// RolesServer answers the factory's RolesClient.
	RolesServer RolesServer
	// ViewsServer answers the factory's ViewsClient.
	ViewsServer ViewsServer
	// WidgetTypesServer answers the factory's WidgetTypesClient.
	WidgetTypesServer WidgetTypesServer
}

// ServerFactoryTransport routes the requests of every client of a
// ClientFactory to the servers of a ServerFactory. Use it as
// ClientOptions.Transport.
type ServerFactoryTransport struct{ transport }

// NewServerFactoryTransport returns a transport that answers every
// client's requests with the servers of srv.
func NewServerFactoryTransport(srv *ServerFactory) *ServerFactoryTransport {
	all := routes{}
	for _, r := range []routes{
		srv.AuthorizationPoliciesServer.routes(), srv.ConnectorMappingsServer.routes(), srv.ConnectorsServer.routes(),
		srv.HubsServer.routes(), srv.ImagesServer.routes(), srv.InteractionsServer.routes(), srv.KpiServer.routes(),
		srv.LinksServer.routes(), srv.OperationsServer.routes(), srv.PredictionsServer.routes(), srv.ProfilesServer.routes(),
		srv.RelationshipLinksServer.routes(), srv.RelationshipsServer.routes(), srv.RoleAssignmentsServer.routes(),
		srv.RolesServer.routes(), srv.ViewsServer.routes(), srv.WidgetTypesServer.routes(),
	} {
		for name, h := range r {
			all[name] = h
		}
	}
	return &ServerFactoryTransport{newTransport(all)}
}

// Do implements policy.Transporter.
func (t *ServerFactoryTransport) Do(req *http.Request) (*http.Response, error) {
	return t.transport.Do(req)
}
