package deviceprovisioning

import (
	"bytes"
	"encoding/json"

	"github.com/azclients/azclients/internal/pipeline"
)

// PrivateEndpointConnection is a private endpoint connection of a
// provisioning service. Properties is required.
type PrivateEndpointConnection struct {
	// ID is the resource ID. Read-only.
	ID *string
	// Name is the connection name. Read-only.
	Name *string
	// Type is the resource type. Read-only.
	Type *string
	// Properties are the connection's properties.
	Properties *PrivateEndpointConnectionProperties
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of c to b.
func (c PrivateEndpointConnection) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", c.ID)
	pipeline.WriteString(&w, "name", c.Name)
	pipeline.WriteString(&w, "type", c.Type)
	pipeline.WriteModel(&w, "properties", c.Properties)
	pipeline.WriteModel(&w, "systemData", c.SystemData)
	return w.Close(c.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (c PrivateEndpointConnection) MarshalJSON() ([]byte, error) { return pipeline.Marshal(c) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (c *PrivateEndpointConnection) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PrivateEndpointConnection", &c.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &c.ID)
		case "name":
			return true, pipeline.DecodeString(v, &c.Name)
		case "type":
			return true, pipeline.DecodeString(v, &c.Type)
		case "properties":
			return true, pipeline.DecodeModel(v, &c.Properties)
		case "systemData":
			return true, pipeline.DecodeModel(v, &c.SystemData)
		}
		return false, nil
	})
}

// PrivateEndpointConnectionProperties are the properties of a private
// endpoint connection. PrivateLinkServiceConnectionState is required.
type PrivateEndpointConnectionProperties struct {
	// PrivateEndpoint is the connected private endpoint.
	PrivateEndpoint *PrivateEndpoint
	// PrivateLinkServiceConnectionState is the state of the connection.
	PrivateLinkServiceConnectionState *PrivateLinkServiceConnectionState

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p PrivateEndpointConnectionProperties) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteModel(&w, "privateEndpoint", p.PrivateEndpoint)
	pipeline.WriteModel(&w, "privateLinkServiceConnectionState", p.PrivateLinkServiceConnectionState)
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p PrivateEndpointConnectionProperties) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(p)
}

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *PrivateEndpointConnectionProperties) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PrivateEndpointConnectionProperties", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "privateEndpoint":
			return true, pipeline.DecodeModel(v, &p.PrivateEndpoint)
		case "privateLinkServiceConnectionState":
			return true, pipeline.DecodeModel(v, &p.PrivateLinkServiceConnectionState)
		}
		return false, nil
	})
}

// PrivateEndpoint is the private endpoint of a connection.
type PrivateEndpoint struct {
	// ID is the private endpoint's resource ID. Read-only.
	ID *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of e to b.
func (e PrivateEndpoint) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", e.ID)
	return w.Close(e.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (e PrivateEndpoint) MarshalJSON() ([]byte, error) { return pipeline.Marshal(e) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (e *PrivateEndpoint) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PrivateEndpoint", &e.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "id" {
			return true, pipeline.DecodeString(v, &e.ID)
		}
		return false, nil
	})
}

// PrivateLinkServiceConnectionState is the state of a private endpoint
// connection. Status and Description are required.
type PrivateLinkServiceConnectionState struct {
	// Status is the connection's status; set Approved or Rejected to
	// answer a Pending connection.
	Status *PrivateLinkServiceConnectionStatus
	// Description explains the state.
	Description *string
	// ActionsRequired says what the connection needs.
	ActionsRequired *string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of s to b.
func (s PrivateLinkServiceConnectionState) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "status", s.Status)
	pipeline.WriteString(&w, "description", s.Description)
	pipeline.WriteString(&w, "actionsRequired", s.ActionsRequired)
	return w.Close(s.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (s PrivateLinkServiceConnectionState) MarshalJSON() ([]byte, error) {
	return pipeline.Marshal(s)
}

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (s *PrivateLinkServiceConnectionState) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PrivateLinkServiceConnectionState", &s.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "status":
			return true, pipeline.DecodeString(v, &s.Status)
		case "description":
			return true, pipeline.DecodeString(v, &s.Description)
		case "actionsRequired":
			return true, pipeline.DecodeString(v, &s.ActionsRequired)
		}
		return false, nil
	})
}

// GroupIDInformation is a private link resource of a provisioning service:
// a group a private endpoint can connect to (the spec's GroupIdInformation).
type GroupIDInformation struct {
	// ID is the resource ID. Read-only.
	ID *string
	// Name is the resource name. Read-only.
	Name *string
	// Type is the resource type. Read-only.
	Type *string
	// Properties describe the group.
	Properties *GroupIDInformationProperties
	// SystemData is ARM's creation and modification metadata. Read-only.
	SystemData *SystemData

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of g to b.
func (g GroupIDInformation) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "id", g.ID)
	pipeline.WriteString(&w, "name", g.Name)
	pipeline.WriteString(&w, "type", g.Type)
	pipeline.WriteModel(&w, "properties", g.Properties)
	pipeline.WriteModel(&w, "systemData", g.SystemData)
	return w.Close(g.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (g GroupIDInformation) MarshalJSON() ([]byte, error) { return pipeline.Marshal(g) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (g *GroupIDInformation) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "GroupIDInformation", &g.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "id":
			return true, pipeline.DecodeString(v, &g.ID)
		case "name":
			return true, pipeline.DecodeString(v, &g.Name)
		case "type":
			return true, pipeline.DecodeString(v, &g.Type)
		case "properties":
			return true, pipeline.DecodeModel(v, &g.Properties)
		case "systemData":
			return true, pipeline.DecodeModel(v, &g.SystemData)
		}
		return false, nil
	})
}

// GroupIDInformationProperties describe a private link resource group.
type GroupIDInformationProperties struct {
	// GroupID is the group's ID.
	GroupID *string
	// RequiredMembers are the group's required members.
	RequiredMembers []string
	// RequiredZoneNames are the DNS zones the group requires.
	RequiredZoneNames []string

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of p to b.
func (p GroupIDInformationProperties) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteString(&w, "groupId", p.GroupID)
	pipeline.WriteSlice(&w, "requiredMembers", p.RequiredMembers, pipeline.StringValue[string])
	pipeline.WriteSlice(&w, "requiredZoneNames", p.RequiredZoneNames, pipeline.StringValue[string])
	return w.Close(p.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (p GroupIDInformationProperties) MarshalJSON() ([]byte, error) { return pipeline.Marshal(p) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (p *GroupIDInformationProperties) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "GroupIDInformationProperties", &p.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "groupId":
			return true, pipeline.DecodeString(v, &p.GroupID)
		case "requiredMembers":
			return true, pipeline.DecodeSlice(v, &p.RequiredMembers, pipeline.StringElem[string])
		case "requiredZoneNames":
			return true, pipeline.DecodeSlice(v, &p.RequiredZoneNames, pipeline.StringElem[string])
		}
		return false, nil
	})
}

// PrivateLinkResources are the private link resources of a provisioning
// service.
type PrivateLinkResources struct {
	// Value holds the resources.
	Value []GroupIDInformation

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// AppendJSON appends the JSON encoding of r to b.
func (r PrivateLinkResources) AppendJSON(b []byte) ([]byte, error) {
	w := pipeline.NewObjectWriter(b)
	pipeline.WriteSlice(&w, "value", r.Value, pipeline.ModelValue[GroupIDInformation])
	return w.Close(r.Unknown)
}

// MarshalJSON implements json.Marshaler.
func (r PrivateLinkResources) MarshalJSON() ([]byte, error) { return pipeline.Marshal(r) }

// UnmarshalJSON implements json.Unmarshaler; unknown members are kept in Unknown.
func (r *PrivateLinkResources) UnmarshalJSON(data []byte) error {
	return pipeline.DecodeObject(data, "PrivateLinkResources", &r.Unknown, func(name, v []byte) (bool, error) {
		if string(name) == "value" {
			return true, pipeline.DecodeSlice(v, &r.Value, pipeline.ModelElem[GroupIDInformation])
		}
		return false, nil
	})
}

// PrivateEndpointConnectionList is the answer of
// ListPrivateEndpointConnections: on the wire a bare JSON array, which its
// JSON methods read and write.
type PrivateEndpointConnectionList struct {
	// PrivateEndpointConnectionArray holds the connections.
	PrivateEndpointConnectionArray []PrivateEndpointConnection
}

// AppendJSON appends the connections to b as a JSON array (null when nil).
func (l PrivateEndpointConnectionList) AppendJSON(b []byte) ([]byte, error) {
	if l.PrivateEndpointConnectionArray == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i, c := range l.PrivateEndpointConnectionArray {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = c.AppendJSON(b); err != nil {
			return b, err
		}
	}
	return append(b, ']'), nil
}

// MarshalJSON implements json.Marshaler: the connections as a JSON array.
func (l PrivateEndpointConnectionList) MarshalJSON() ([]byte, error) { return pipeline.Marshal(l) }

// UnmarshalJSON implements json.Unmarshaler: it reads a JSON array of
// connections (or null).
func (l *PrivateEndpointConnectionList) UnmarshalJSON(data []byte) error {
	data = bytes.Trim(data, " \t\r\n")
	if !json.Valid(data) {
		return &pipeline.DecodeError{Model: "PrivateEndpointConnectionList", Msg: "not a single valid JSON document"}
	}
	if err := pipeline.DecodeSlice(data, &l.PrivateEndpointConnectionArray, pipeline.ModelElem[PrivateEndpointConnection]); err != nil {
		return &pipeline.DecodeError{Model: "PrivateEndpointConnectionList", Err: err}
	}
	return nil
}
