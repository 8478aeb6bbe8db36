package fake

import (
	"maps"
	"net/http"

	"github.com/azclients/azclients/internal/fakeserver"
)

// ServerFactory holds one fake server per client of an iotcentral.Client,
// so that one transport (NewServerFactoryTransport) backs them all. Set the
// fields of the servers a test uses; a call to a nil field fails with an
// error naming it.
type ServerFactory struct {
	// APITokensServer answers iotcentral.APITokensClient.
	APITokensServer APITokensServer
	// DeviceGroupsServer answers iotcentral.DeviceGroupsClient.
	DeviceGroupsServer DeviceGroupsServer
	// DeviceTemplatesServer answers iotcentral.DeviceTemplatesClient.
	DeviceTemplatesServer DeviceTemplatesServer
	// DashboardsServer answers iotcentral.DashboardsClient.
	DashboardsServer DashboardsServer
	// DeploymentManifestsServer answers iotcentral.DeploymentManifestsClient.
	DeploymentManifestsServer DeploymentManifestsServer
	// DestinationsServer answers iotcentral.DestinationsClient.
	DestinationsServer DestinationsServer
	// DevicesServer answers iotcentral.DevicesClient.
	DevicesServer DevicesServer
	// EnrollmentGroupsServer answers iotcentral.EnrollmentGroupsClient.
	EnrollmentGroupsServer EnrollmentGroupsServer
	// ExportsServer answers iotcentral.ExportsClient.
	ExportsServer ExportsServer
	// FileUploadsServer answers iotcentral.FileUploadsClient.
	FileUploadsServer FileUploadsServer
	// JobsServer answers iotcentral.JobsClient.
	JobsServer JobsServer
	// OrganizationsServer answers iotcentral.OrganizationsClient.
	OrganizationsServer OrganizationsServer
	// QueryServer answers iotcentral.QueryClient.
	QueryServer QueryServer
	// RolesServer answers iotcentral.RolesClient.
	RolesServer RolesServer
	// ScheduledJobsServer answers iotcentral.ScheduledJobsClient.
	ScheduledJobsServer ScheduledJobsServer
	// UsersServer answers iotcentral.UsersClient.
	UsersServer UsersServer
}

// ServerFactoryTransport routes the requests of every client of an
// iotcentral.Client to the servers of a ServerFactory. Use it as
// ClientOptions.Transport.
type ServerFactoryTransport struct {
	t *fakeserver.Transport
}

// NewServerFactoryTransport returns a transport that answers the requests
// of every client of an iotcentral.Client with the servers of srv. The
// servers are read when a request arrives, so fields may be set after the
// transport is made.
func NewServerFactoryTransport(srv *ServerFactory) *ServerFactoryTransport {
	routes := map[string]fakeserver.Handler{}
	for _, r := range []map[string]fakeserver.Handler{
		apiTokensRoutes(&srv.APITokensServer),
		deviceGroupsRoutes(&srv.DeviceGroupsServer),
		deviceTemplatesRoutes(&srv.DeviceTemplatesServer),
		dashboardsRoutes(&srv.DashboardsServer),
		deploymentManifestsRoutes(&srv.DeploymentManifestsServer),
		destinationsRoutes(&srv.DestinationsServer),
		devicesRoutes(&srv.DevicesServer),
		enrollmentGroupsRoutes(&srv.EnrollmentGroupsServer),
		exportsRoutes(&srv.ExportsServer),
		fileUploadsRoutes(&srv.FileUploadsServer),
		jobsRoutes(&srv.JobsServer),
		organizationsRoutes(&srv.OrganizationsServer),
		queryRoutes(&srv.QueryServer),
		rolesRoutes(&srv.RolesServer),
		scheduledJobsRoutes(&srv.ScheduledJobsServer),
		usersRoutes(&srv.UsersServer),
	} {
		maps.Copy(routes, r)
	}
	return &ServerFactoryTransport{fakeserver.NewTransport(routes)}
}

// Do implements policy.Transporter.
func (t *ServerFactoryTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }
