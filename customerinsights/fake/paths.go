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

	imagesEntityTypePath = hubPath + "/images/getEntityTypeImageUploadUrl"
	imagesDataPath       = hubPath + "/images/getDataImageUploadUrl"

	operationsPath = "/providers/Microsoft.CustomerInsights/operations"

	interactionsPath                         = hubPath + "/interactions"
	interactionsItemPath                     = interactionsPath + "/{interactionName}"
	interactionsSuggestRelationshipLinksPath = interactionsItemPath + "/suggestRelationshipLinks"

	relationshipsPath     = hubPath + "/relationships"
	relationshipsItemPath = relationshipsPath + "/{relationshipName}"

	relationshipLinksPath     = hubPath + "/relationshipLinks"
	relationshipLinksItemPath = relationshipLinksPath + "/{relationshipLinkName}"

	linksPath     = hubPath + "/links"
	linksItemPath = linksPath + "/{linkName}"

	viewsPath     = hubPath + "/views"
	viewsItemPath = viewsPath + "/{viewName}"

	rolesPath = hubPath + "/roles"

	roleAssignmentsPath     = hubPath + "/roleAssignments"
	roleAssignmentsItemPath = roleAssignmentsPath + "/{assignmentName}"

	authorizationPoliciesPath                       = hubPath + "/authorizationPolicies"
	authorizationPoliciesItemPath                   = authorizationPoliciesPath + "/{authorizationPolicyName}"
	authorizationPoliciesRegeneratePrimaryKeyPath   = authorizationPoliciesItemPath + "/regeneratePrimaryKey"
	authorizationPoliciesRegenerateSecondaryKeyPath = authorizationPoliciesItemPath + "/regenerateSecondaryKey"

	connectorsPath     = hubPath + "/connectors"
	connectorsItemPath = connectorsPath + "/{connectorName}"

	connectorMappingsPath     = connectorsItemPath + "/mappings"
	connectorMappingsItemPath = connectorMappingsPath + "/{mappingName}"

	widgetTypesPath     = hubPath + "/widgetTypes"
	widgetTypesItemPath = widgetTypesPath + "/{widgetTypeName}"

	predictionsPath                   = hubPath + "/predictions"
	predictionsItemPath               = predictionsPath + "/{predictionName}"
	predictionsGetTrainingResultsPath = predictionsItemPath + "/getTrainingResults"
	predictionsGetModelStatusPath     = predictionsItemPath + "/getModelStatus"
	predictionsModelStatusPath        = predictionsItemPath + "/modelStatus"
)
