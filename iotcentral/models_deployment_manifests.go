package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// DeploymentManifest is an IoT Edge deployment manifest the application
// assigns to edge devices (preview api-versions).
type DeploymentManifest struct {
	// ID is the manifest's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the manifest's display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Data is the manifest itself (modulesContent, ...), as JSON. Required.
	Data json.RawMessage `json:"data,omitempty"`
	// ETag guards updates.
	ETag *string `json:"etag,omitempty"`
	// Organizations holds the manifest's organization (one).
	Organizations []string `json:"organizations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeploymentManifest) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeploymentManifest does not declare are kept in Unknown.
func (m *DeploymentManifest) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DeploymentManifestCollection is a page of deployment manifests.
type DeploymentManifestCollection struct {
	// Value holds the items of the page.
	Value []DeploymentManifest `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeploymentManifestCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeploymentManifestCollection does not declare are kept in Unknown.
func (m *DeploymentManifestCollection) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}
