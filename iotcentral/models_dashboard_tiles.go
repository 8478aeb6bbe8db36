package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// TileConfiguration is what a dashboard tile shows, told apart by "type":
// *BarChartConfiguration, *CommandTileConfiguration, *LineChartConfiguration,
// *KpiTileConfiguration and the other *...Configuration kinds of the spec,
// or *UnknownTileConfiguration for a type this version does not know.
type TileConfiguration interface {
	// Kind returns the configuration's "type".
	Kind() string
	isTileConfiguration()
}

func init() {
	wire.RegisterUnion[TileConfiguration]("type",
		func(kind string) TileConfiguration {
			switch kind {
			case "barChart":
				return &BarChartConfiguration{}
			case "command":
				return &CommandTileConfiguration{}
			case "dataExplorer":
				return &DataExplorerTileConfiguration{}
			case "deviceCount":
				return &DeviceCountTileConfiguration{}
			case "eventChart":
				return &EventChartConfiguration{}
			case "eventHistoryChart":
				return &EventHistoryChartConfiguration{}
			case "externalContent":
				return &ExternalContentTileConfiguration{}
			case "heatMapChart":
				return &HeatMapConfiguration{}
			case "image":
				return &ImageTileConfiguration{}
			case "kpi":
				return &KpiTileConfiguration{}
			case "label":
				return &LabelTileConfiguration{}
			case "lineChart":
				return &LineChartConfiguration{}
			case "lkv":
				return &LkvTileConfiguration{}
			case "mapProperty":
				return &MapPropertyConfiguration{}
			case "mapTelemetry":
				return &MapTelemetryConfiguration{}
			case "markdown":
				return &MarkdownTileConfiguration{}
			case "pieChart":
				return &PieChartConfiguration{}
			case "property":
				return &PropertyTileConfiguration{}
			case "stateChart":
				return &StateChartConfiguration{}
			case "stateHistoryChart":
				return &StateHistoryChartConfiguration{}
			default:
				return &UnknownTileConfiguration{}
			}
		},
		func(v TileConfiguration) string {
			switch v.(type) {
			case *BarChartConfiguration:
				return "barChart"
			case *CommandTileConfiguration:
				return "command"
			case *DataExplorerTileConfiguration:
				return "dataExplorer"
			case *DeviceCountTileConfiguration:
				return "deviceCount"
			case *EventChartConfiguration:
				return "eventChart"
			case *EventHistoryChartConfiguration:
				return "eventHistoryChart"
			case *ExternalContentTileConfiguration:
				return "externalContent"
			case *HeatMapConfiguration:
				return "heatMapChart"
			case *ImageTileConfiguration:
				return "image"
			case *KpiTileConfiguration:
				return "kpi"
			case *LabelTileConfiguration:
				return "label"
			case *LineChartConfiguration:
				return "lineChart"
			case *LkvTileConfiguration:
				return "lkv"
			case *MapPropertyConfiguration:
				return "mapProperty"
			case *MapTelemetryConfiguration:
				return "mapTelemetry"
			case *MarkdownTileConfiguration:
				return "markdown"
			case *PieChartConfiguration:
				return "pieChart"
			case *PropertyTileConfiguration:
				return "property"
			case *StateChartConfiguration:
				return "stateChart"
			case *StateHistoryChartConfiguration:
				return "stateHistoryChart"
			default:
				return ""
			}
		})
}

// BarChartConfiguration is a tile that shows a bar chart ("barChart").
type BarChartConfiguration struct {
	// Group is the device group shown.
	Group *string `json:"group,omitempty"`
	// Devices are the devices shown.
	Devices []string `json:"devices,omitempty"`
	// Capabilities are the capabilities shown.
	Capabilities []TileCapability `json:"capabilities,omitempty"`
	// Format sets the chart's options.
	Format *ChartFormatConfiguration `json:"format,omitempty"`
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m BarChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members BarChartConfiguration does not declare are kept in Unknown.
func (m *BarChartConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "barChart".
func (*BarChartConfiguration) Kind() string         { return "barChart" }
func (*BarChartConfiguration) isTileConfiguration() {}

// CommandTileConfiguration is a tile that shows a command button ("command").
type CommandTileConfiguration struct {
	// Group is the device group.
	Group *string `json:"group,omitempty"`
	// Command is the command to run.
	Command *string `json:"command,omitempty"`
	// Device is the device (any JSON).
	Device json.RawMessage `json:"device,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m CommandTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members CommandTileConfiguration does not declare are kept in Unknown.
func (m *CommandTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "command".
func (*CommandTileConfiguration) Kind() string         { return "command" }
func (*CommandTileConfiguration) isTileConfiguration() {}

// DataExplorerTileConfiguration is a tile that shows a Data Explorer query ("dataExplorer").
type DataExplorerTileConfiguration struct {
	// QueryRange is the time range of the data.
	QueryRange *TimeQueryRangeConfiguration `json:"queryRange,omitempty"`
	// Query is the ID of the Data Explorer query.
	Query *string `json:"query,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DataExplorerTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DataExplorerTileConfiguration does not declare are kept in Unknown.
func (m *DataExplorerTileConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "dataExplorer".
func (*DataExplorerTileConfiguration) Kind() string         { return "dataExplorer" }
func (*DataExplorerTileConfiguration) isTileConfiguration() {}

// DeviceCountTileConfiguration is a tile that shows a device count ("deviceCount").
type DeviceCountTileConfiguration struct {
	// Group is the device group counted.
	Group *string `json:"group,omitempty"`
	// Format sets the text's options.
	Format *TextFormatConfiguration `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m DeviceCountTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members DeviceCountTileConfiguration does not declare are kept in Unknown.
func (m *DeviceCountTileConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "deviceCount".
func (*DeviceCountTileConfiguration) Kind() string         { return "deviceCount" }
func (*DeviceCountTileConfiguration) isTileConfiguration() {}

// EventChartConfiguration is a tile that shows an event chart ("eventChart").
type EventChartConfiguration struct {
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
func (m EventChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EventChartConfiguration does not declare are kept in Unknown.
func (m *EventChartConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "eventChart".
func (*EventChartConfiguration) Kind() string         { return "eventChart" }
func (*EventChartConfiguration) isTileConfiguration() {}

// EventHistoryChartConfiguration is a tile that shows an event history chart ("eventHistoryChart").
type EventHistoryChartConfiguration struct {
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
func (m EventHistoryChartConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members EventHistoryChartConfiguration does not declare are kept in Unknown.
func (m *EventHistoryChartConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "eventHistoryChart".
func (*EventHistoryChartConfiguration) Kind() string         { return "eventHistoryChart" }
func (*EventHistoryChartConfiguration) isTileConfiguration() {}

// ExternalContentTileConfiguration is a tile that shows external web content ("externalContent").
type ExternalContentTileConfiguration struct {
	// SourceURL is the https page shown.
	SourceURL *string `json:"sourceUrl,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ExternalContentTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ExternalContentTileConfiguration does not declare are kept in Unknown.
func (m *ExternalContentTileConfiguration) UnmarshalJSON(data []byte) error {
	return wire.Unmarshal(data, m)
}

// Kind returns "externalContent".
func (*ExternalContentTileConfiguration) Kind() string         { return "externalContent" }
func (*ExternalContentTileConfiguration) isTileConfiguration() {}

// HeatMapConfiguration is a tile that shows a heat map ("heatMapChart").
type HeatMapConfiguration struct {
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
func (m HeatMapConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members HeatMapConfiguration does not declare are kept in Unknown.
func (m *HeatMapConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "heatMapChart".
func (*HeatMapConfiguration) Kind() string         { return "heatMapChart" }
func (*HeatMapConfiguration) isTileConfiguration() {}

// ImageTileConfiguration is a tile that shows an image ("image").
type ImageTileConfiguration struct {
	// Image is the asset ID of the image.
	Image *string `json:"image,omitempty"`
	// Href is where a click leads.
	Href *string `json:"href,omitempty"`
	// Format sets the image's options.
	Format *ImageTileFormat `json:"format,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m ImageTileConfiguration) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members ImageTileConfiguration does not declare are kept in Unknown.
func (m *ImageTileConfiguration) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// Kind returns "image".
func (*ImageTileConfiguration) Kind() string         { return "image" }
func (*ImageTileConfiguration) isTileConfiguration() {}
