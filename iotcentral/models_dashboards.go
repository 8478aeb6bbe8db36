package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// Dashboard is a dashboard of the application (preview api-versions).
type Dashboard struct {
	// ID is the dashboard's ID. Read-only: it is the path of Create.
	ID *string `json:"id,omitempty"`
	// DisplayName is the dashboard's display name. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Tiles are the tiles shown.
	Tiles []Tile `json:"tiles,omitempty"`
	// Personal says only its owner sees it. Read-only.
	Personal *bool `json:"personal,omitempty"`
	// Favorite marks it as a favorite.
	Favorite *bool `json:"favorite,omitempty"`
	// ETag guards updates.
	ETag *string `json:"etag,omitempty"`
	// Organizations holds its organization (one).
	Organizations []string `json:"organizations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Dashboard) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Dashboard does not declare are kept in Unknown.
func (m *Dashboard) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// DashboardCollection is a page of dashboards.
type DashboardCollection struct {
	// Value holds the items of the page.
	Value []Dashboard `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DashboardCollection) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DashboardCollection does not declare are kept in Unknown.
func (m *DashboardCollection) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Tile is a tile of a dashboard: what it shows and where.
type Tile struct {
	// ID is the tile's ID. Read-only.
	ID *string `json:"id,omitempty"`
	// DisplayName is the tile's title. Required.
	DisplayName *string `json:"displayName,omitempty"`
	// Configuration is what the tile shows. Required.
	Configuration TileConfiguration `json:"configuration,omitempty"`
	// Height is the tile's height. Required.
	Height *float64 `json:"height,omitempty"`
	// Width is the tile's width. Required.
	Width *float64 `json:"width,omitempty"`
	// X is the tile's horizontal position. Required.
	X *float64 `json:"x,omitempty"`
	// Y is the tile's vertical position. Required.
	Y *float64 `json:"y,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Tile) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Tile does not declare are kept in Unknown.
func (m *Tile) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// TileCapability is a capability a tile shows, with its aggregation.
type TileCapability struct {
	// Capability is the capability's path. Required.
	Capability *string `json:"capability,omitempty"`
	// AggregateFunction is sum, count, max, min or avg. Required.
	AggregateFunction *string `json:"aggregateFunction,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TileCapability) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TileCapability does not declare are kept in Unknown.
func (m *TileCapability) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ChartFormatConfiguration sets a chart tile's options.
type ChartFormatConfiguration struct {
	// XAxisEnabled shows the x-axis.
	XAxisEnabled *bool `json:"xAxisEnabled,omitempty"`
	// YAxisEnabled shows the y-axis.
	YAxisEnabled *bool `json:"yAxisEnabled,omitempty"`
	// LegendEnabled shows the legend.
	LegendEnabled *bool `json:"legendEnabled,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ChartFormatConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ChartFormatConfiguration does not declare are kept in Unknown.
func (m *ChartFormatConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// TextFormatConfiguration sets a text tile's options.
type TextFormatConfiguration struct {
	// AbbreviateValue abbreviates the value.
	AbbreviateValue *bool `json:"abbreviateValue,omitempty"`
	// DecimalPlaces is how many decimals are shown.
	DecimalPlaces *int32 `json:"decimalPlaces,omitempty"`
	// TextSize is the font size.
	TextSize *float64 `json:"textSize,omitempty"`
	// Unit is the unit of TextSize ("pt").
	Unit *string `json:"unit,omitempty"`
	// WordWrap wraps the text.
	WordWrap *bool `json:"wordWrap,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TextFormatConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TextFormatConfiguration does not declare are kept in Unknown.
func (m *TextFormatConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// ImageTileFormat sets an image tile's options.
type ImageTileFormat struct {
	// BackgroundColor is shown behind the image.
	BackgroundColor *string `json:"backgroundColor,omitempty"`
	// FitImage stretches the image to the tile.
	FitImage *bool `json:"fitImage,omitempty"`
	// TextColor is the text's color.
	TextColor *string `json:"textColor,omitempty"`
	// TextSize is the text's size.
	TextSize *float64 `json:"textSize,omitempty"`
	// TextSizeUnit is the unit of TextSize ("px").
	TextSizeUnit *string `json:"textSizeUnit,omitempty"`
	// ShowTitle shows the display name.
	ShowTitle *bool `json:"showTitle,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ImageTileFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ImageTileFormat does not declare are kept in Unknown.
func (m *ImageTileFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// QueryRangeConfiguration is how much data a line chart shows, told apart
// by "type": *TimeQueryRangeConfiguration, *CountQueryRangeConfiguration or
// *UnknownQueryRangeConfiguration.
type QueryRangeConfiguration interface {
	// Kind returns the range's "type".
	Kind() string
	isQueryRangeConfiguration()
}

func init() {
	wire.RegisterUnion[QueryRangeConfiguration]("type",
		func(kind string) QueryRangeConfiguration {
			switch kind {
			case "time":
				return &TimeQueryRangeConfiguration{}
			case "count":
				return &CountQueryRangeConfiguration{}
			default:
				return &UnknownQueryRangeConfiguration{}
			}
		},
		func(v QueryRangeConfiguration) string {
			switch v.(type) {
			case *TimeQueryRangeConfiguration:
				return "time"
			case *CountQueryRangeConfiguration:
				return "count"
			default:
				return ""
			}
		})
}

// TimeQueryRangeConfiguration is a time range of data ("time").
type TimeQueryRangeConfiguration struct {
	// Type is "time" (written when nil).
	Type *string `json:"type,omitempty"`
	// Duration is how far back to look: PT30M, PT1H, PT12H, P1D, P1W or P30D. Required.
	Duration *string `json:"duration,omitempty"`
	// Resolution is the aggregation window.
	Resolution *string `json:"resolution,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m TimeQueryRangeConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members TimeQueryRangeConfiguration does not declare are kept in Unknown.
func (m *TimeQueryRangeConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "time".
func (*TimeQueryRangeConfiguration) Kind() string               { return "time" }
func (*TimeQueryRangeConfiguration) isQueryRangeConfiguration() {}

// CountQueryRangeConfiguration is a number of data points ("count").
type CountQueryRangeConfiguration struct {
	// Type is "count" (written when nil).
	Type *string `json:"type,omitempty"`
	// Count is the number of points. Required.
	Count *int32 `json:"count,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CountQueryRangeConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CountQueryRangeConfiguration does not declare are kept in Unknown.
func (m *CountQueryRangeConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "count".
func (*CountQueryRangeConfiguration) Kind() string               { return "count" }
func (*CountQueryRangeConfiguration) isQueryRangeConfiguration() {}

// UnknownQueryRangeConfiguration is a range of a type this version does not
// know: every member is kept.
type UnknownQueryRangeConfiguration struct {
	// Type is the range's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the range's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownQueryRangeConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownQueryRangeConfiguration does not declare are kept in Unknown.
func (m *UnknownQueryRangeConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns the range's type.
func (c *UnknownQueryRangeConfiguration) Kind() string {
	if c == nil || c.Type == nil {
		return ""
	}
	return *c.Type
}
func (*UnknownQueryRangeConfiguration) isQueryRangeConfiguration() {}
