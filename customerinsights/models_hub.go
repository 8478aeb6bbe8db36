package customerinsights

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/wire"
)

// Hub is a Customer Insights hub: the tracked ARM resource every other
// resource of the service lives in.
type Hub struct {
	// ID is the ARM resource ID. Read-only.
	ID *string `json:"id,omitempty"`
	// Name is the hub name. Read-only.
	Name *string `json:"name,omitempty"`
	// Type is "Microsoft.CustomerInsights/hubs". Read-only.
	Type *string `json:"type,omitempty"`
	// Location is the Azure region of the hub; required on create.
	Location *string `json:"location,omitempty"`
	// Tags are the resource tags.
	Tags map[string]string `json:"tags,omitempty"`
	// Properties are the hub's properties (nested under "properties" on
	// the wire).
	Properties *HubPropertiesFormat `json:"properties,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// HubPropertiesFormat holds the properties of a hub.
type HubPropertiesFormat struct {
	// APIEndpoint is the URL of the hub's API. Read-only.
	APIEndpoint *string `json:"apiEndpoint,omitempty"`
	// WebEndpoint is the URL of the hub's web application. Read-only.
	WebEndpoint *string `json:"webEndpoint,omitempty"`
	// ProvisioningState is the hub's provisioning state; the spec types it
	// as a free string. Read-only.
	ProvisioningState *string `json:"provisioningState,omitempty"`
	// TenantFeatures holds feature bit flags: bit 0 set enables the graph,
	// bit 1 set disables the hub.
	TenantFeatures *int32 `json:"tenantFeatures,omitempty"`
	// HubBillingInfo holds the billing settings.
	HubBillingInfo *HubBillingInfoFormat `json:"hubBillingInfo,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// HubBillingInfoFormat holds the billing settings of a hub. One unit is
// 10,000 profiles and 100,000 interactions.
type HubBillingInfoFormat struct {
	// SKUName is the SKU name.
	SKUName *string `json:"skuName,omitempty"`
	// MinUnits is the minimum number of units billed (the service accepts
	// 1 to 10).
	MinUnits *int32 `json:"minUnits,omitempty"`
	// MaxUnits is the maximum number of units used (the service accepts 1
	// to 10).
	MaxUnits *int32 `json:"maxUnits,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// HubListResult is one page of hubs.
type HubListResult struct {
	// Value holds the hubs of the page.
	Value []Hub `json:"value,omitempty"`
	// NextLink is the URL of the next page; nil on the last one.
	NextLink *string `json:"nextLink,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m Hub) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members Hub does not declare are kept in Unknown.
func (m *Hub) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m HubPropertiesFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members HubPropertiesFormat does not declare are kept in Unknown.
func (m *HubPropertiesFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m HubBillingInfoFormat) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members HubBillingInfoFormat does not declare are kept in Unknown.
func (m *HubBillingInfoFormat) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m HubListResult) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members HubListResult does not declare are kept in Unknown.
func (m *HubListResult) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }
