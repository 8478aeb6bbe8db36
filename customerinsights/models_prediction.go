package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// PredictionResourceFormat is a prediction of a hub (api-version 2017-04-26
// and later): an ARM proxy resource whose definition is in Properties
// (nested under "properties" on the wire).
type PredictionResourceFormat struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is "{hub}/{prediction}". Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs/predictions". Read-only.
	Type *string `json:"type,omitempty"`
	// Properties holds the definition.
	Properties *Prediction `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// Prediction defines a prediction: the outcome to predict for a primary
// profile type, and how its scores map to grades.
type Prediction struct {
	// Description holds localized descriptions, by locale ("en-us").
	Description map[string]string `json:"description,omitempty"`
	// DisplayName holds localized display names, by locale ("en-us").
	DisplayName map[string]string `json:"displayName,omitempty"`
	// InvolvedInteractionTypes are the interaction types involved.
	InvolvedInteractionTypes []string `json:"involvedInteractionTypes,omitempty"`
	// InvolvedKpiTypes are the KPI types involved.
	InvolvedKpiTypes []string `json:"involvedKpiTypes,omitempty"`
	// InvolvedRelationships are the relationships involved.
	InvolvedRelationships []string `json:"involvedRelationships,omitempty"`
	// NegativeOutcomeExpression is the negative outcome expression. Required.
	NegativeOutcomeExpression *string `json:"negativeOutcomeExpression,omitempty"`
	// PositiveOutcomeExpression is the positive outcome expression. Required.
	PositiveOutcomeExpression *string `json:"positiveOutcomeExpression,omitempty"`
	// PrimaryProfileType is the primary profile type. Required.
	PrimaryProfileType *string `json:"primaryProfileType,omitempty"`
	// ProvisioningState is the provisioning state. Read-only.
	ProvisioningState *ProvisioningStates `json:"provisioningState,omitempty"`
	// PredictionName is the prediction name.
	PredictionName *string `json:"predictionName,omitempty"`
	// ScopeExpression is the scope expression. Required.
	ScopeExpression *string `json:"scopeExpression,omitempty"`
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// AutoAnalyze says whether to analyze automatically. Required.
	AutoAnalyze *bool `json:"autoAnalyze,omitempty"`
	// Mappings is the link mapping of the prediction. Required.
	Mappings *PredictionMappings `json:"mappings,omitempty"`
	// ScoreLabel is the score label. Required.
	ScoreLabel *string `json:"scoreLabel,omitempty"`
	// Grades are the prediction grades.
	Grades []PredictionGradesItem `json:"grades,omitempty"`
	// SystemGeneratedEntities are the entities the service generated. Read-
	// only.
	SystemGeneratedEntities *PredictionSystemGeneratedEntities `json:"systemGeneratedEntities,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionMappings is the link mapping of a prediction.
type PredictionMappings struct {
	// Score is the score of the link mapping. Required.
	Score *string `json:"score,omitempty"`
	// Grade is the grade of the link mapping. Required.
	Grade *string `json:"grade,omitempty"`
	// Reason is the reason of the link mapping. Required.
	Reason *string `json:"reason,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionGradesItem is a grade of a prediction.
type PredictionGradesItem struct {
	// GradeName is the grade name.
	GradeName *string `json:"gradeName,omitempty"`
	// MinScoreThreshold is the minimum score.
	MinScoreThreshold *int32 `json:"minScoreThreshold,omitempty"`
	// MaxScoreThreshold is the maximum score.
	MaxScoreThreshold *int32 `json:"maxScoreThreshold,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionSystemGeneratedEntities are the entities the service generated
// for a prediction.
type PredictionSystemGeneratedEntities struct {
	// GeneratedInteractionTypes are the generated interaction types.
	GeneratedInteractionTypes []string `json:"generatedInteractionTypes,omitempty"`
	// GeneratedLinks are the generated links.
	GeneratedLinks []string `json:"generatedLinks,omitempty"`
	// GeneratedKpis are the generated KPIs.
	GeneratedKpis map[string]string `json:"generatedKpis,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionTrainingResults are the training results of a prediction. Every
// field is read-only.
type PredictionTrainingResults struct {
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// ScoreName is the score name.
	ScoreName *string `json:"scoreName,omitempty"`
	// PredictionDistribution is the distribution of the prediction.
	PredictionDistribution *PredictionDistributionDefinition `json:"predictionDistribution,omitempty"`
	// CanonicalProfiles are the canonical profiles.
	CanonicalProfiles []CanonicalProfileDefinition `json:"canonicalProfiles,omitempty"`
	// PrimaryProfileInstanceCount is the instance count of the primary
	// profile.
	PrimaryProfileInstanceCount *int64 `json:"primaryProfileInstanceCount,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionDistributionDefinition is the distribution of a prediction.
type PredictionDistributionDefinition struct {
	// TotalPositives is the total of positives.
	TotalPositives *int64 `json:"totalPositives,omitempty"`
	// TotalNegatives is the total of negatives.
	TotalNegatives *int64 `json:"totalNegatives,omitempty"`
	// Distributions are the distributions.
	Distributions []PredictionDistributionDefinitionDistributionsItem `json:"distributions,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionDistributionDefinitionDistributionsItem is one distribution of
// a prediction.
type PredictionDistributionDefinitionDistributionsItem struct {
	// ScoreThreshold is the score threshold.
	ScoreThreshold *int32 `json:"scoreThreshold,omitempty"`
	// Positives is the number of positives.
	Positives *int64 `json:"positives,omitempty"`
	// Negatives is the number of negatives.
	Negatives *int64 `json:"negatives,omitempty"`
	// PositivesAboveThreshold is the number of positives above the threshold.
	PositivesAboveThreshold *int64 `json:"positivesAboveThreshold,omitempty"`
	// NegativesAboveThreshold is the number of negatives above the threshold.
	NegativesAboveThreshold *int64 `json:"negativesAboveThreshold,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// CanonicalProfileDefinition is a canonical profile of a prediction.
type CanonicalProfileDefinition struct {
	// CanonicalProfileID is the canonical profile ID.
	CanonicalProfileID *int32 `json:"canonicalProfileId,omitempty"`
	// Properties are the properties of the canonical profile.
	Properties []CanonicalProfileDefinitionPropertiesItem `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// CanonicalProfileDefinitionPropertiesItem is a property of a canonical
// profile.
type CanonicalProfileDefinitionPropertiesItem struct {
	// ProfileName is the profile name.
	ProfileName *string `json:"profileName,omitempty"`
	// ProfilePropertyName is the property of the profile.
	ProfilePropertyName *string `json:"profilePropertyName,omitempty"`
	// Rank is the rank.
	Rank *int32 `json:"rank,omitempty"`
	// Type is the type of the value.
	Type *CanonicalPropertyValueType `json:"type,omitempty"`
	// Value is the value.
	Value *string `json:"value,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionModelStatus is the status of a prediction's model. Only Status
// can be set (PredictionsClient.ModelStatus); the service allows it to move
// from PendingModelConfirmation to PendingFeaturing or Active.
type PredictionModelStatus struct {
	// TenantID is the hub name. Read-only.
	TenantID *string `json:"tenantId,omitempty"`
	// PredictionName is the prediction name. Read-only.
	PredictionName *string `json:"predictionName,omitempty"`
	// PredictionGUIDID is the prediction GUID. Read-only.
	PredictionGUIDID *string `json:"predictionGuidId,omitempty"`
	// Status is the model's life-cycle stage. Required.
	Status *PredictionModelLifeCycle `json:"status,omitempty"`
	// Message is the status message. Read-only.
	Message *string `json:"message,omitempty"`
	// TrainingSetCount is the size of the training set. Read-only.
	TrainingSetCount *int32 `json:"trainingSetCount,omitempty"`
	// TestSetCount is the size of the test set. Read-only.
	TestSetCount *int32 `json:"testSetCount,omitempty"`
	// ValidationSetCount is the size of the validation set. Read-only.
	ValidationSetCount *int32 `json:"validationSetCount,omitempty"`
	// TrainingAccuracy is the training accuracy (a decimal). Read-only.
	TrainingAccuracy *float64 `json:"trainingAccuracy,omitempty"`
	// SignalsUsed is the number of signals used. Read-only.
	SignalsUsed *int32 `json:"signalsUsed,omitempty"`
	// ModelVersion is the model version. Read-only.
	ModelVersion *string `json:"modelVersion,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// PredictionListResult is one page of predictions.
type PredictionListResult struct {
	// Value holds the predictions of the page.
	Value []PredictionResourceFormat `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// CanonicalPropertyValueType is the type of a canonical property value. A
// value this version does not list decodes as is.
type CanonicalPropertyValueType string

// Values of CanonicalPropertyValueType.
const (
	CanonicalPropertyValueTypeNumeric            CanonicalPropertyValueType = "Numeric"
	CanonicalPropertyValueTypeCategorical        CanonicalPropertyValueType = "Categorical"
	CanonicalPropertyValueTypeDerivedCategorical CanonicalPropertyValueType = "DerivedCategorical"
	CanonicalPropertyValueTypeDerivedNumeric     CanonicalPropertyValueType = "DerivedNumeric"
)

// PossibleCanonicalPropertyValueTypeValues returns every CanonicalPropertyValueType value.
func PossibleCanonicalPropertyValueTypeValues() []CanonicalPropertyValueType {
	return []CanonicalPropertyValueType{CanonicalPropertyValueTypeNumeric, CanonicalPropertyValueTypeCategorical, CanonicalPropertyValueTypeDerivedCategorical, CanonicalPropertyValueTypeDerivedNumeric}
}

// PredictionModelLifeCycle is the life-cycle stage of a prediction's model.
// A value this version does not list decodes as is.
type PredictionModelLifeCycle string

// Values of PredictionModelLifeCycle.
const (
	PredictionModelLifeCycleNew                      PredictionModelLifeCycle = "New"
	PredictionModelLifeCycleProvisioning             PredictionModelLifeCycle = "Provisioning"
	PredictionModelLifeCycleProvisioningFailed       PredictionModelLifeCycle = "ProvisioningFailed"
	PredictionModelLifeCyclePendingDiscovering       PredictionModelLifeCycle = "PendingDiscovering"
	PredictionModelLifeCycleDiscovering              PredictionModelLifeCycle = "Discovering"
	PredictionModelLifeCyclePendingFeaturing         PredictionModelLifeCycle = "PendingFeaturing"
	PredictionModelLifeCycleFeaturing                PredictionModelLifeCycle = "Featuring"
	PredictionModelLifeCycleFeaturingFailed          PredictionModelLifeCycle = "FeaturingFailed"
	PredictionModelLifeCyclePendingTraining          PredictionModelLifeCycle = "PendingTraining"
	PredictionModelLifeCycleTraining                 PredictionModelLifeCycle = "Training"
	PredictionModelLifeCycleTrainingFailed           PredictionModelLifeCycle = "TrainingFailed"
	PredictionModelLifeCycleEvaluating               PredictionModelLifeCycle = "Evaluating"
	PredictionModelLifeCycleEvaluatingFailed         PredictionModelLifeCycle = "EvaluatingFailed"
	PredictionModelLifeCyclePendingModelConfirmation PredictionModelLifeCycle = "PendingModelConfirmation"
	PredictionModelLifeCycleActive                   PredictionModelLifeCycle = "Active"
	PredictionModelLifeCycleDeleted                  PredictionModelLifeCycle = "Deleted"
	PredictionModelLifeCycleHumanIntervention        PredictionModelLifeCycle = "HumanIntervention"
	PredictionModelLifeCycleFailed                   PredictionModelLifeCycle = "Failed"
)

// PossiblePredictionModelLifeCycleValues returns every PredictionModelLifeCycle value.
func PossiblePredictionModelLifeCycleValues() []PredictionModelLifeCycle {
	return []PredictionModelLifeCycle{PredictionModelLifeCycleNew, PredictionModelLifeCycleProvisioning, PredictionModelLifeCycleProvisioningFailed, PredictionModelLifeCyclePendingDiscovering, PredictionModelLifeCycleDiscovering, PredictionModelLifeCyclePendingFeaturing, PredictionModelLifeCycleFeaturing, PredictionModelLifeCycleFeaturingFailed, PredictionModelLifeCyclePendingTraining, PredictionModelLifeCycleTraining, PredictionModelLifeCycleTrainingFailed, PredictionModelLifeCycleEvaluating, PredictionModelLifeCycleEvaluatingFailed, PredictionModelLifeCyclePendingModelConfirmation, PredictionModelLifeCycleActive, PredictionModelLifeCycleDeleted, PredictionModelLifeCycleHumanIntervention, PredictionModelLifeCycleFailed}
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionResourceFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionResourceFormat does not declare are kept in Unknown.
func (m *PredictionResourceFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Prediction) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Prediction does not declare are kept in Unknown.
func (m *Prediction) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionMappings) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionMappings does not declare are kept in Unknown.
func (m *PredictionMappings) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionGradesItem) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionGradesItem does not declare are kept in Unknown.
func (m *PredictionGradesItem) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionSystemGeneratedEntities) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionSystemGeneratedEntities does not declare are kept in Unknown.
func (m *PredictionSystemGeneratedEntities) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionTrainingResults) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionTrainingResults does not declare are kept in Unknown.
func (m *PredictionTrainingResults) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionDistributionDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionDistributionDefinition does not declare are kept in Unknown.
func (m *PredictionDistributionDefinition) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionDistributionDefinitionDistributionsItem) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members PredictionDistributionDefinitionDistributionsItem does not declare are kept in Unknown.
func (m *PredictionDistributionDefinitionDistributionsItem) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CanonicalProfileDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CanonicalProfileDefinition does not declare are kept in Unknown.
func (m *CanonicalProfileDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CanonicalProfileDefinitionPropertiesItem) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members CanonicalProfileDefinitionPropertiesItem does not declare are kept in Unknown.
func (m *CanonicalProfileDefinitionPropertiesItem) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionModelStatus) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionModelStatus does not declare are kept in Unknown.
func (m *PredictionModelStatus) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PredictionListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PredictionListResult does not declare are kept in Unknown.
func (m *PredictionListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
