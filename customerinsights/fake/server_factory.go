package fake

import "net/http"

// ServerFactory gathers the fakes of every client of the package behind
// one transport, for a customerinsights.ClientFactory: set the servers a
// test uses; a call to a client whose server field is unset, or to a
// method whose function field is nil, fails with an error naming it.
type ServerFactory struct {
	AuthorizationPoliciesServer AuthorizationPoliciesServer
	ConnectorMappingsServer     ConnectorMappingsServer
	ConnectorsServer            ConnectorsServer
	HubsServer                  HubsServer
	ImagesServer                ImagesServer
	InteractionsServer          InteractionsServer
	KpiServer                   KpiServer
	LinksServer                 LinksServer
	OperationsServer            OperationsServer
	PredictionsServer           PredictionsServer
	ProfilesServer              ProfilesServer
	RelationshipLinksServer     RelationshipLinksServer
	RelationshipsServer         RelationshipsServer
	RoleAssignmentsServer       RoleAssignmentsServer
	RolesServer                 RolesServer
	ViewsServer                 ViewsServer
	WidgetTypesServer           WidgetTypesServer
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
