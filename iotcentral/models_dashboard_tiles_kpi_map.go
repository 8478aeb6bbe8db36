package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// KpiTileConfiguration is a tile that shows a KPI ("kpi").
type KpiTileConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`
	// Format sets the text's options.
	Format *TextFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m KpiTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members KpiTileConfiguration does not declare are kept in Unknown.
func (m *KpiTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "kpi".
func (*KpiTileConfiguration) Kind() string         { return "kpi" }
func (*KpiTileConfiguration) isTileConfiguration() {}

// LabelTileConfiguration is a tile that shows a text label ("label").
type LabelTileConfiguration struct {
	// Text is the label. Required.
	Text *string `json:"text,omitempty"`
	// TextSize is the font size.
	TextSize *float64 `json:"textSize,omitempty"`
	// TextSizeUnit is the unit of TextSize ("pt").
	TextSizeUnit *string `json:"textSizeUnit,omitempty"`
	// WordWrap wraps the text.
	WordWrap *bool `json:"wordWrap,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LabelTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LabelTileConfiguration does not declare are kept in Unknown.
func (m *LabelTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "label".
func (*LabelTileConfiguration) Kind() string         { return "label" }
func (*LabelTileConfiguration) isTileConfiguration() {}

// LineChartConfiguration is a tile that shows a line chart ("lineChart").
type LineChartConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// QueryRange is the time or count range of the data.
	QueryRange QueryRangeConfiguration `json:"queryRange,omitempty"`
	// Format sets the chart's options.
	Format *ChartFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LineChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LineChartConfiguration does not declare are kept in Unknown.
func (m *LineChartConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "lineChart".
func (*LineChartConfiguration) Kind() string         { return "lineChart" }
func (*LineChartConfiguration) isTileConfiguration() {}

// LkvTileConfiguration is a tile that shows a last known value ("lkv").
type LkvTileConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// ShowTrend shows the change from the previous value.
	ShowTrend *bool `json:"showTrend,omitempty"`
	// Format sets the text's options.
	Format *TextFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m LkvTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members LkvTileConfiguration does not declare are kept in Unknown.
func (m *LkvTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "lkv".
func (*LkvTileConfiguration) Kind() string         { return "lkv" }
func (*LkvTileConfiguration) isTileConfiguration() {}

// MapPropertyConfiguration is a tile that shows a map of a location property ("mapProperty").
type MapPropertyConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// ZoomLevel is the map's zoom.
	ZoomLevel *float64 `json:"zoomLevel,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m MapPropertyConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members MapPropertyConfiguration does not declare are kept in Unknown.
func (m *MapPropertyConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "mapProperty".
func (*MapPropertyConfiguration) Kind() string         { return "mapProperty" }
func (*MapPropertyConfiguration) isTileConfiguration() {}

// MapTelemetryConfiguration is a tile that shows a map of a location telemetry ("mapTelemetry").
type MapTelemetryConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// ZoomLevel is the map's zoom.
	ZoomLevel *float64 `json:"zoomLevel,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m MapTelemetryConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members MapTelemetryConfiguration does not declare are kept in Unknown.
func (m *MapTelemetryConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "mapTelemetry".
func (*MapTelemetryConfiguration) Kind() string         { return "mapTelemetry" }
func (*MapTelemetryConfiguration) isTileConfiguration() {}

// MarkdownTileConfiguration is a tile that shows Markdown text ("markdown").
type MarkdownTileConfiguration struct {
	// Href is where a click leads.
	Href *string `json:"href,omitempty"`
	// Description is the Markdown shown. Required.
	Description *string `json:"description,omitempty"`
	// Image is a base64 image.
	Image *string `json:"image,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m MarkdownTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members MarkdownTileConfiguration does not declare are kept in Unknown.
func (m *MarkdownTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "markdown".
func (*MarkdownTileConfiguration) Kind() string         { return "markdown" }
func (*MarkdownTileConfiguration) isTileConfiguration() {}

// PieChartConfiguration is a tile that shows a pie chart ("pieChart").
type PieChartConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`
	// Format sets the chart's options.
	Format *ChartFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PieChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PieChartConfiguration does not declare are kept in Unknown.
func (m *PieChartConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "pieChart".
func (*PieChartConfiguration) Kind() string         { return "pieChart" }
func (*PieChartConfiguration) isTileConfiguration() {}

// PropertyTileConfiguration is a tile that shows property values ("property").
type PropertyTileConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// Format sets the text's options.
	Format *TextFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m PropertyTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members PropertyTileConfiguration does not declare are kept in Unknown.
func (m *PropertyTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "property".
func (*PropertyTileConfiguration) Kind() string         { return "property" }
func (*PropertyTileConfiguration) isTileConfiguration() {}

// StateChartConfiguration is a tile that shows a state chart ("stateChart").
type StateChartConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m StateChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members StateChartConfiguration does not declare are kept in Unknown.
func (m *StateChartConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "stateChart".
func (*StateChartConfiguration) Kind() string         { return "stateChart" }
func (*StateChartConfiguration) isTileConfiguration() {}

// StateHistoryChartConfiguration is a tile that shows a state history chart ("stateHistoryChart").
type StateHistoryChartConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`
	// Format sets the text's options.
	Format *TextFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m StateHistoryChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members StateHistoryChartConfiguration does not declare are kept in Unknown.
func (m *StateHistoryChartConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "stateHistoryChart".
func (*StateHistoryChartConfiguration) Kind() string         { return "stateHistoryChart" }
func (*StateHistoryChartConfiguration) isTileConfiguration() {}

// UnknownTileConfiguration is a tile of a type this version does not know:
// every member is kept and written back.
type UnknownTileConfiguration struct {
	// Type is the tile's "type".
	Type *string `json:"type,omitempty"`

	// Unknown holds the tile's other members.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m UnknownTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members UnknownTileConfiguration does not declare are kept in Unknown.
func (m *UnknownTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns the tile's type.
func (c *UnknownTileConfiguration) Kind() string {
	if c == nil || c.Type == nil {
		return ""
	}
	return *c.Type
}
func (*UnknownTileConfiguration) isTileConfiguration() {}
