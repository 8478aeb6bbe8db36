package customerinsights

import (
	"encoding/json"
	"fmt"
	"strings"

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
	// ContentURL is the URL of the image blob to upload to; its query is a
	// shared access signature, a secret that String redacts.
	ContentURL *string `json:"contentUrl,omitempty"`
	// RelativePath is the relative path of the image.
	RelativePath *string `json:"relativePath,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// String describes the image with the query of ContentURL, a shared
// access signature, redacted; it also serves %v and %+v.
func (m ImageDefinition) String() string {
	u := "<nil>"
	if m.ContentURL != nil {
		u, _, _ = strings.Cut(*m.ContentURL, "?")
		if strings.Contains(*m.ContentURL, "?") {
			u += "?(redacted)"
		}
	}
	exists, rel := "<nil>", "<nil>"
	if m.ImageExists != nil {
		exists = fmt.Sprint(*m.ImageExists)
	}
	if m.RelativePath != nil {
		rel = *m.RelativePath
	}
	return fmt.Sprintf("ImageDefinition{ImageExists: %s, ContentURL: %s, RelativePath: %q}", exists, u, rel)
}

// GoString serves %#v, the signature redacted.
func (m ImageDefinition) GoString() string { return m.String() }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m GetImageUploadURLInput) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members GetImageUploadURLInput does not declare are kept in Unknown.
func (m *GetImageUploadURLInput) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ImageDefinition) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ImageDefinition does not declare are kept in Unknown.
func (m *ImageDefinition) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
