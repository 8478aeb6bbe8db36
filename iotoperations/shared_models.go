package iotoperations

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// TLSProperties configures TLS for a connection an endpoint makes.
type TLSProperties struct {
	// Mode turns TLS on or off (Enabled when unset).
	Mode *OperationalMode `json:"mode,omitempty"`
	// TrustedCaCertificateConfigMapRef names the config map holding the CA
	// certificates to trust.
	TrustedCaCertificateConfigMapRef *string `json:"trustedCaCertificateConfigMapRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TLSProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TLSProperties does not declare are kept in Unknown.
func (m *TLSProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// BatchingConfiguration configures how an endpoint batches messages.
type BatchingConfiguration struct {
	// LatencySeconds is the longest a batch waits, in seconds (60 when unset).
	LatencySeconds *int32 `json:"latencySeconds,omitempty"`
	// MaxMessages is the most messages a batch holds (100000 when unset).
	MaxMessages *int32 `json:"maxMessages,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BatchingConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BatchingConfiguration does not declare are kept in Unknown.
func (m *BatchingConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// X509ManualCertificate names a Kubernetes secret holding an X.509
// certificate.
type X509ManualCertificate struct {
	// SecretRef is the secret's name (a reference, not the secret). Required.
	SecretRef *string `json:"secretRef,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m X509ManualCertificate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members X509ManualCertificate does not declare are kept in Unknown.
func (m *X509ManualCertificate) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// KubernetesReference names a Kubernetes object.
type KubernetesReference struct {
	// APIGroup is the object's API group; empty for the core group.
	APIGroup *string `json:"apiGroup,omitempty"`
	// Kind is the object's kind. Required.
	Kind *string `json:"kind,omitempty"`
	// Name is the object's name. Required.
	Name *string `json:"name,omitempty"`
	// Namespace is the object's namespace, for namespaced kinds.
	Namespace *string `json:"namespace,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KubernetesReference) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KubernetesReference does not declare are kept in Unknown.
func (m *KubernetesReference) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// LocalKubernetesReference names a Kubernetes object in the same namespace.
type LocalKubernetesReference struct {
	// APIGroup is the object's API group; empty for the core group.
	APIGroup *string `json:"apiGroup,omitempty"`
	// Kind is the object's kind. Required.
	Kind *string `json:"kind,omitempty"`
	// Name is the object's name. Required.
	Name *string `json:"name,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LocalKubernetesReference) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LocalKubernetesReference does not declare are kept in Unknown.
func (m *LocalKubernetesReference) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// VolumeClaimSpec is a Kubernetes persistent volume claim template.
type VolumeClaimSpec struct {
	// VolumeName binds the claim to this persistent volume.
	VolumeName *string `json:"volumeName,omitempty"`
	// VolumeMode is the volume mode (Filesystem when unset).
	VolumeMode *string `json:"volumeMode,omitempty"`
	// StorageClassName is the storage class the claim asks for.
	StorageClassName *string `json:"storageClassName,omitempty"`
	// AccessModes are the access modes the volume must offer.
	AccessModes []string `json:"accessModes,omitempty"`
	// DataSource is a snapshot or claim to populate the volume from.
	DataSource *LocalKubernetesReference `json:"dataSource,omitempty"`
	// DataSourceRef is any object to populate the volume from.
	DataSourceRef *KubernetesReference `json:"dataSourceRef,omitempty"`
	// Resources are the least resources the volume must have.
	Resources *VolumeClaimResourceRequirements `json:"resources,omitempty"`
	// Selector selects the volumes the claim may bind to.
	Selector *VolumeClaimSpecSelector `json:"selector,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VolumeClaimSpec) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VolumeClaimSpec does not declare are kept in Unknown.
func (m *VolumeClaimSpec) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// VolumeClaimResourceRequirements are the compute resources of a volume
// claim.
type VolumeClaimResourceRequirements struct {
	// Limits are the most resources allowed, by resource name.
	Limits map[string]*string `json:"limits,omitempty"`
	// Requests are the least resources required, by resource name.
	Requests map[string]*string `json:"requests,omitempty"`
	// Claims names the resource claims used.
	Claims []VolumeClaimResourceRequirementsClaims `json:"claims,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VolumeClaimResourceRequirements) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VolumeClaimResourceRequirements does not declare are kept in Unknown.
func (m *VolumeClaimResourceRequirements) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// VolumeClaimResourceRequirementsClaims names one resource claim.
type VolumeClaimResourceRequirementsClaims struct {
	// Name is the claim's name. Required.
	Name *string `json:"name,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VolumeClaimResourceRequirementsClaims) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VolumeClaimResourceRequirementsClaims does not declare are kept in Unknown.
func (m *VolumeClaimResourceRequirementsClaims) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// VolumeClaimSpecSelector is a Kubernetes label selector.
type VolumeClaimSpecSelector struct {
	// MatchExpressions are requirements that must all hold.
	MatchExpressions []VolumeClaimSpecSelectorMatchExpressions `json:"matchExpressions,omitempty"`
	// MatchLabels are labels that must all match.
	MatchLabels map[string]*string `json:"matchLabels,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VolumeClaimSpecSelector) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members VolumeClaimSpecSelector does not declare are kept in Unknown.
func (m *VolumeClaimSpecSelector) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// VolumeClaimSpecSelectorMatchExpressions is one label selector requirement.
type VolumeClaimSpecSelectorMatchExpressions struct {
	// Key is the label key. Required.
	Key *string `json:"key,omitempty"`
	// Operator relates the key to the values. Required.
	Operator *OperatorValues `json:"operator,omitempty"`
	// Values are the values, for In and NotIn.
	Values []string `json:"values,omitempty"`

	// Unknown holds the members this version does not model; they are
	// written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m VolumeClaimSpecSelectorMatchExpressions) MarshalJSON() ([]byte, error) {
	return wire.Marshal(m)
}

// UnmarshalJSON decodes data into m; members VolumeClaimSpecSelectorMatchExpressions does not declare are kept in Unknown.
func (m *VolumeClaimSpecSelectorMatchExpressions) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// OperatorValues relates a label key to values in a selector. Values this
// version does not know decode as they are.
type OperatorValues string

// Known OperatorValues values.
const (
	OperatorValuesIn           OperatorValues = "In"
	OperatorValuesNotIn        OperatorValues = "NotIn"
	OperatorValuesExists       OperatorValues = "Exists"
	OperatorValuesDoesNotExist OperatorValues = "DoesNotExist"
)

// PossibleOperatorValuesValues returns the known OperatorValues values.
func PossibleOperatorValuesValues() []OperatorValues {
	return []OperatorValues{OperatorValuesIn, OperatorValuesNotIn, OperatorValuesExists, OperatorValuesDoesNotExist}
}
