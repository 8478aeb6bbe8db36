package iotcentral

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// AppState is the state of an IoT Central application (Microsoft.IoTCentral/iotApps).
type AppState string

// Known AppState values.
const (
	AppStateCreated   AppState = "created"
	AppStateDeleted   AppState = "deleted"
	AppStateSuspended AppState = "suspended"
)

// PossibleAppStateValues returns the known AppState values.
func PossibleAppStateValues() []AppState {
	return []AppState{AppStateCreated, AppStateDeleted, AppStateSuspended}
}

// AppSku is the pricing plan of an IoT Central application.
type AppSku string

// Known AppSku values.
const (
	AppSkuF1  AppSku = "F1"
	AppSkuST0 AppSku = "ST0"
	AppSkuST1 AppSku = "ST1"
	AppSkuST2 AppSku = "ST2"
)

// PossibleAppSkuValues returns the known AppSku values.
func PossibleAppSkuValues() []AppSku { return []AppSku{AppSkuF1, AppSkuST0, AppSkuST1, AppSkuST2} }

// App is an IoT Central application, the ARM resource
// Microsoft.IoTCentral/iotApps.
type App struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the resource name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.IoTCentral/IoTApps". Read-only.
	Type *string `json:"type,omitempty"`
	// Location is the Azure region; set on create only. Required.
	Location *string `json:"location,omitempty"`
	// Tags are the resource tags.
	Tags map[string]*string `json:"tags,omitempty"`
	// SKU is the pricing plan. Required.
	SKU *AppSkuInfo `json:"sku,omitempty"`
	// Properties are the application's settings.
	Properties *AppProperties `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m App) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members App does not declare are kept in Unknown.
func (m *App) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppProperties are the settings of an IoT Central application.
type AppProperties struct {
	// ApplicationID is the application's ID. Read-only.
	ApplicationID *string `json:"applicationId,omitempty"`
	// DisplayName is the application's display name.
	DisplayName *string `json:"displayName,omitempty"`
	// Subdomain makes the application's URL, https://{subdomain}.azureiotcentral.com (see Endpoint).
	Subdomain *string `json:"subdomain,omitempty"`
	// Template is the application template it was created from; set on create only.
	Template *string `json:"template,omitempty"`
	// State is the application's state. Read-only.
	State *AppState `json:"state,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppProperties) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppProperties does not declare are kept in Unknown.
func (m *AppProperties) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppSkuInfo names an application's pricing plan.
type AppSkuInfo struct {
	// Name is the plan. Required.
	Name *AppSku `json:"name,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppSkuInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppSkuInfo does not declare are kept in Unknown.
func (m *AppSkuInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppPatch changes an IoT Central application: tags, plan, display name or
// subdomain.
type AppPatch struct {
	// Tags replace the resource tags.
	Tags map[string]*string `json:"tags,omitempty"`
	// SKU changes the pricing plan.
	SKU *AppSkuInfo `json:"sku,omitempty"`
	// Properties change the application's settings.
	Properties *AppProperties `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppPatch) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppPatch does not declare are kept in Unknown.
func (m *AppPatch) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppListResult is a page of IoT Central applications.
type AppListResult struct {
	// Value holds the items of the page.
	Value []App `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppListResult does not declare are kept in Unknown.
func (m *AppListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// OperationInputs names the application name or subdomain to check.
type OperationInputs struct {
	// Name is the name or subdomain. Required.
	Name *string `json:"name,omitempty"`
	// Type is the resource type; the service's default is "IoTApps".
	Type *string `json:"type,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m OperationInputs) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members OperationInputs does not declare are kept in Unknown.
func (m *OperationInputs) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppAvailabilityInfo says whether a name or subdomain is free.
type AppAvailabilityInfo struct {
	// NameAvailable is true when it is free. Read-only.
	NameAvailable *bool `json:"nameAvailable,omitempty"`
	// Reason says why it is not. Read-only.
	Reason *string `json:"reason,omitempty"`
	// Message explains the reason. Read-only.
	Message *string `json:"message,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppAvailabilityInfo) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppAvailabilityInfo does not declare are kept in Unknown.
func (m *AppAvailabilityInfo) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppTemplate is an application template an application can start from.
type AppTemplate struct {
	// ManifestID is the template's ID (the App's Template). Read-only.
	ManifestID *string `json:"manifestId,omitempty"`
	// ManifestVersion is its version. Read-only.
	ManifestVersion *string `json:"manifestVersion,omitempty"`
	// Name is its name. Read-only.
	Name *string `json:"name,omitempty"`
	// Title is its title. Read-only.
	Title *string `json:"title,omitempty"`
	// Order is its place in the list. Read-only.
	Order *float64 `json:"order,omitempty"`
	// Description describes it. Read-only.
	Description *string `json:"description,omitempty"`
	// Industry is the industry it is for. Read-only.
	Industry *string `json:"industry,omitempty"`
	// Locations are the regions that have it. Read-only.
	Locations []AppTemplateLocations `json:"locations,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppTemplate) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppTemplate does not declare are kept in Unknown.
func (m *AppTemplate) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppTemplateLocations is a region that has an application template.
type AppTemplateLocations struct {
	// ID is the region. Read-only.
	ID *string `json:"id,omitempty"`
	// DisplayName is its display name. Read-only.
	DisplayName *string `json:"displayName,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppTemplateLocations) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppTemplateLocations does not declare are kept in Unknown.
func (m *AppTemplateLocations) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// AppTemplatesResult is a page of application templates.
type AppTemplatesResult struct {
	// Value holds the items of the page.
	Value []AppTemplate `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m AppTemplatesResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members AppTemplatesResult does not declare are kept in Unknown.
func (m *AppTemplatesResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
