package deviceprovisioning

import (
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// ProvisioningServiceDescriptionListResult is one page of provisioning
// services.
type ProvisioningServiceDescriptionListResult struct {
	// Value holds the services of the page.
	Value []ProvisioningServiceDescription
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r ProvisioningServiceDescriptionListResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", r.Value, pipeline.ModelValue[ProvisioningServiceDescription])
	pipeline.WriteString(&w, "nextLink", r.NextLink)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r ProvisioningServiceDescriptionListResult) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(r)
}

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *ProvisioningServiceDescriptionListResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ProvisioningServiceDescriptionListResult", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &r.Value, pipeline.ModelElem[ProvisioningServiceDescription])
		case "nextLink":
			return true, pipeline.DecodeString(v, &r.NextLink)
		}
		return false, nil
	})
}

// SharedAccessSignatureAuthorizationRuleListResult is one page of shared
// access policies, with their keys.
type SharedAccessSignatureAuthorizationRuleListResult struct {
	// Value holds the policies of the page.
	Value []SharedAccessSignatureAuthorizationRule
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r SharedAccessSignatureAuthorizationRuleListResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", r.Value, pipeline.ModelValue[SharedAccessSignatureAuthorizationRule])
	pipeline.WriteString(&w, "nextLink", r.NextLink)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r SharedAccessSignatureAuthorizationRuleListResult) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(r)
}

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *SharedAccessSignatureAuthorizationRuleListResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "SharedAccessSignatureAuthorizationRuleListResult", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &r.Value, pipeline.ModelElem[SharedAccessSignatureAuthorizationRule])
		case "nextLink":
			return true, pipeline.DecodeString(v, &r.NextLink)
		}
		return false, nil
	})
}

// IotDpsSkuDefinitionListResult is one page of the SKUs a provisioning
// service can use.
type IotDpsSkuDefinitionListResult struct {
	// Value holds the SKUs of the page.
	Value []IotDpsSkuDefinition
	// NextLink is the URL of the next page; nil on the last page.
	NextLink *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r IotDpsSkuDefinitionListResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", r.Value, pipeline.ModelValue[IotDpsSkuDefinition])
	pipeline.WriteString(&w, "nextLink", r.NextLink)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r IotDpsSkuDefinitionListResult) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *IotDpsSkuDefinitionListResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IotDpsSkuDefinitionListResult", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "value":
			return true, pipeline.DecodeSlice(v, &r.Value, pipeline.ModelElem[IotDpsSkuDefinition])
		case "nextLink":
			return true, pipeline.DecodeString(v, &r.NextLink)
		}
		return false, nil
	})
}

// IotDpsSkuDefinition is a SKU a provisioning service can use.
type IotDpsSkuDefinition struct {
	// Name is the SKU name.
	Name *IotDpsSku

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of d to b.
func (d IotDpsSkuDefinition) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "name", d.Name)
	return w.Close(d.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (d IotDpsSkuDefinition) MarshalJSON() ([]byte, error) { return pipeline.Marshal(d) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (d *IotDpsSkuDefinition) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "IotDpsSkuDefinition", &d.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "name" {
			return true, pipeline.DecodeString(v, &d.Name)
		}
		return false, nil
	})
}

// OperationInputs is the body of CheckNameAvailability. Name is required.
type OperationInputs struct {
	// Name is the provisioning service name to check.
	Name *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of o to b.
func (o OperationInputs) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "name", o.Name)
	return w.Close(o.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (o OperationInputs) MarshalJSON() ([]byte, error) { return pipeline.Marshal(o) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (o *OperationInputs) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "OperationInputs", &o.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "name" {
			return true, pipeline.DecodeString(v, &o.Name)
		}
		return false, nil
	})
}

// NameAvailabilityInfo says whether a provisioning service name can be
// used, and if not, why.
type NameAvailabilityInfo struct {
	// NameAvailable is true when the name can be used.
	NameAvailable *bool
	// Reason says why it cannot.
	Reason *NameUnavailabilityReason
	// Message explains the reason.
	Message *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of n to b.
func (n NameAvailabilityInfo) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	w.Bool("nameAvailable", n.NameAvailable)
	pipeline.WriteString(&w, "reason", n.Reason)
	pipeline.WriteString(&w, "message", n.Message)
	return w.Close(n.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (n NameAvailabilityInfo) MarshalJSON() ([]byte, error) { return pipeline.Marshal(n) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (n *NameAvailabilityInfo) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "NameAvailabilityInfo", &n.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "nameAvailable":
			return true, pipeline.DecodeBool(v, &n.NameAvailable)
		case "reason":
			return true, pipeline.DecodeString(v, &n.Reason)
		case "message":
			return true, pipeline.DecodeString(v, &n.Message)
		}
		return false, nil
	})
}

// AsyncOperationResult is the status of a long-running operation.
type AsyncOperationResult struct {
	// Status is the operation's status, such as "Running", "Succeeded" or
	// "Failed".
	Status *string
	// Error says why the operation failed.
	Error *ErrorMessage

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r AsyncOperationResult) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "status", r.Status)
	pipeline.WriteModel(&w, "error", r.Error)
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r AsyncOperationResult) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *AsyncOperationResult) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "AsyncOperationResult", &r.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "status":
			return true, pipeline.DecodeString(v, &r.Status)
		case "error":
			return true, pipeline.DecodeModel(v, &r.Error)
		}
		return false, nil
	})
}

// ErrorMessage is the error of a failed long-running operation.
type ErrorMessage struct {
	// Code is the error code.
	Code *string
	// Message describes the error.
	Message *string
	// Details summarizes the error in detail.
	Details *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of m to b.
func (m ErrorMessage) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "code", m.Code)
	pipeline.WriteString(&w, "message", m.Message)
	pipeline.WriteString(&w, "details", m.Details)
	return w.Close(m.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (m ErrorMessage) MarshalJSON() ([]byte, error) { return pipeline.Marshal(m) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (m *ErrorMessage) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "ErrorMessage", &m.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "code":
			return true, pipeline.DecodeString(v, &m.Code)
		case "message":
			return true, pipeline.DecodeString(v, &m.Message)
		case "details":
			return true, pipeline.DecodeString(v, &m.Details)
		}
		return false, nil
	})
}
