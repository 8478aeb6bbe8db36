package fake

import (
	"slices"

	dps "github.com/azclients/azclients/deviceprovisioning"
)

// apiVersions are the published api-versions of
// Microsoft.Devices/provisioningServices (the folders of
// specification/deviceprovisioningservices/resource-manager in
// Azure/azure-rest-api-specs), oldest first. The emulator accepts each of
// them, so that any client, the official ones included, works against it.
var apiVersions = []string{
	"2017-08-21-preview",
	"2017-11-15",
	"2018-01-22",
	"2020-01-01",
	"2020-03-01",
	"2020-09-01-preview",
	"2021-02-01-preview",
	"2021-10-15",
	"2022-02-05",
	dps.DefaultAPIVersion, // 2022-12-12
	"2023-03-01-preview",
	dps.PreviewAPIVersion, // 2025-02-01-preview
}

// APIVersions returns the api-versions the emulator accepts, oldest first.
func APIVersions() []string { return slices.Clone(apiVersions) }

func knownAPIVersion(v string) bool { return slices.Contains(apiVersions, v) }

// features are the members of a provisioning service that not every
// api-version has.
type features struct {
	ipFilterRules      bool // 2020-01-01
	privateEndpoints   bool // 2020-03-01: publicNetworkAccess, privateEndpointConnections
	dataResidency      bool // 2021-10-15: enableDataResidency, systemData
	resourceNames      bool // 2022-12-12: resourcegroup, subscriptionid, portalOperationsHostName
	identity           bool // 2023-03-01-preview and 2025-02-01-preview
	registryNamespaces bool // 2025-02-01-preview: deviceRegistryNamespace, hubs' authenticationType
}

// featuresOf returns what apiVersion knows. Previews branch off the stable
// line: 2020-09-01-preview and 2021-02-01-preview know what 2020-03-01
// knows (their own encryption and identity shapes are not modelled).
func featuresOf(apiVersion string) features {
	atLeast := func(v string) bool { return apiVersion >= v }
	f := features{
		ipFilterRules:    atLeast("2020-01-01"),
		privateEndpoints: atLeast("2020-03-01"),
		dataResidency:    atLeast("2021-10-15"),
		resourceNames:    atLeast("2022-12-12"),
	}
	f.identity = apiVersion == "2023-03-01-preview" || atLeast("2025-02-01")
	f.registryNamespaces = atLeast("2025-02-01")
	return f
}

// shape leaves out of d the members apiVersion does not know, as the
// service answers with that version.
func shape(d *dps.ProvisioningServiceDescription, apiVersion string) {
	f := featuresOf(apiVersion)
	if !f.dataResidency {
		d.SystemData = nil
	}
	if !f.resourceNames {
		d.ResourceGroup, d.SubscriptionID = nil, nil
	}
	if !f.identity {
		d.Identity = nil
	}
	p := d.Properties
	if p == nil {
		return
	}
	if !f.ipFilterRules {
		p.IPFilterRules = nil
	}
	if !f.privateEndpoints {
		p.PublicNetworkAccess, p.PrivateEndpointConnections = nil, nil
	}
	if !f.dataResidency {
		p.EnableDataResidency = nil
	}
	if !f.resourceNames {
		p.PortalOperationsHostName = nil
	}
	if !f.registryNamespaces {
		p.DeviceRegistryNamespace = nil
		for i := range p.IotHubs {
			p.IotHubs[i].AuthenticationType, p.IotHubs[i].SelectedUserAssignedIdentityResourceID = nil, nil
		}
	}
}

// keepUnknownToVersion copies into d, a PUT body sent with apiVersion, the
// members of prev that apiVersion does not know, so that a client of an
// older version does not erase what a newer one set.
func keepUnknownToVersion(d, prev *dps.ProvisioningServiceDescription, apiVersion string) {
	f := featuresOf(apiVersion)
	p, was := d.Properties, prev.Properties
	if !f.ipFilterRules {
		p.IPFilterRules = was.IPFilterRules
	}
	if !f.privateEndpoints {
		p.PublicNetworkAccess = was.PublicNetworkAccess
	}
	if !f.dataResidency {
		p.EnableDataResidency = was.EnableDataResidency
	}
	if !f.resourceNames {
		p.PortalOperationsHostName = was.PortalOperationsHostName
	}
	if !f.identity {
		d.Identity = prev.Identity
	}
	if !f.registryNamespaces {
		p.DeviceRegistryNamespace = was.DeviceRegistryNamespace
	}
}
