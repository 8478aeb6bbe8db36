package pipeline

import (
	"encoding/json"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

// widget is a declared model, as the service packages write them, for the
// request and response tests of this package.
type widget struct {
	Name     *string                    `json:"name,omitempty"`
	Kind     *widgetKind                `json:"kind,omitempty"`
	Count    *int32                     `json:"count,omitempty"`
	Big      *int64                     `json:"big,omitempty"`
	Ratio    *float64                   `json:"ratio,omitempty"`
	Enabled  *bool                      `json:"enabled,omitempty"`
	Created  *time.Time                 `json:"created,omitempty"`
	Sub      *widget                    `json:"sub,omitempty"`
	Children []widget                   `json:"children,omitempty"`
	Labels   []widgetKind               `json:"labels,omitempty"`
	Tags     map[string]string          `json:"tags,omitempty"`
	Extra    json.RawMessage            `json:"extra,omitempty"`
	Unknown  map[string]json.RawMessage `json:"-"`
}

type widgetKind string

func (w widget) MarshalJSON() ([]byte, error)     { return wire.Marshal(w) }
func (w *widget) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, w) }
