package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// GetImageUploadURLInput names the image an upload URL is asked for.
type GetImageUploadURLInput struct {
	// EntityType is the kind of entity type: Profile or Interaction.
	EntityType *string `json:"entityType,omitempty"`
	// EntityTypeName is the entity type.
	EntityTypeName *string `json:"entityTypeName,omitempty"`
	// RelativePath is the relative path of the image.
	RelativePath *string `json:"relativePath,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// ImageDefinition is where to upload an image.
type ImageDefinition struct {
	// ImageExists says whether the image exists already.
	ImageExists *bool `json:"imageExists,omitempty"`
	// ContentURL is the URL of the image blob to upload to.
	ContentURL *string `json:"contentUrl,omitempty"`
	// RelativePath is the relative path of the image.
	RelativePath *string `json:"relativePath,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GetImageUploadURLInput) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GetImageUploadURLInput does not declare are kept in Unknown.
func (m *GetImageUploadURLInput) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ImageDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ImageDefinition does not declare are kept in Unknown.
func (m *ImageDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
