package fake

// Path templates of the operations, as the clients fill them; the fake
// servers read path parameters with them.
const (
	subscriptionHubsPath = "/subscriptions/{subscriptionId}/providers/Microsoft.CustomerInsights/hubs"
	hubsPath             = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CustomerInsights/hubs"
	hubPath              = hubsPath + "/{hubName}"

	profilesPath      = hubPath + "/profiles"
	profilePath       = profilesPath + "/{profileName}"
	enrichingKpisPath = profilePath + "/getEnrichingKpis"

	kpisPath      = hubPath + "/kpi"
	kpiPath       = kpisPath + "/{kpiName}"
	kpiReprocPath = kpiPath + "/reprocess"
)
