package iotcentral

import (
	"encoding/json"
	"strings"

	"github.com/azclients/azclients/internal/wire"
)

// FileUploadState is the state of the file upload configuration.
type FileUploadState string

// Known FileUploadState values.
const (
	FileUploadStatePending   FileUploadState = "pending"
	FileUploadStateUpdating  FileUploadState = "updating"
	FileUploadStateDeleting  FileUploadState = "deleting"
	FileUploadStateSucceeded FileUploadState = "succeeded"
	FileUploadStateFailed    FileUploadState = "failed"
)

// PossibleFileUploadStateValues returns the known FileUploadState values.
func PossibleFileUploadStateValues() []FileUploadState {
	return []FileUploadState{FileUploadStatePending, FileUploadStateUpdating, FileUploadStateDeleting, FileUploadStateSucceeded, FileUploadStateFailed}
}

// FileUpload is the storage account devices upload files to. Its
// ConnectionString is a secret: String and GoString redact it, and the
// client never logs it.
type FileUpload struct {
	// Account is the storage account's name.
	Account *string `json:"account,omitempty"`
	// ConnectionString gives access to the storage account. Required.
	ConnectionString *string `json:"connectionString,omitempty"`
	// Container is the blob container files go to. Required.
	Container *string `json:"container,omitempty"`
	// SasTTL is how long a device's upload request stays valid, as an ISO
	// 8601 duration ("PT1H").
	SasTTL *string `json:"sasTtl,omitempty"`
	// State is the configuration's state. Read-only.
	State *FileUploadState `json:"state,omitempty"`
	// ETag guards updates.
	ETag *string `json:"etag,omitempty"`
	// ReadAccess lets users open uploaded files from the IoT Central UI.
	// Preview api-versions only (QueryPreviewAPIVersion): with the stable
	// one, setting it is a *ValidationError.
	ReadAccess *bool `json:"readAccess,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m FileUpload) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members FileUpload does not declare are kept in Unknown.
func (m *FileUpload) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// String shows the configuration with its connection string redacted.
func (m FileUpload) String() string {
	var b strings.Builder
	b.WriteString("FileUpload{")
	field := func(name string, v *string) {
		if v != nil {
			b.WriteString(name + ": " + *v + " ")
		}
	}
	field("Account", m.Account)
	if m.ConnectionString != nil {
		b.WriteString("ConnectionString: (redacted) ")
	}
	field("Container", m.Container)
	field("SasTTL", m.SasTTL)
	if m.State != nil {
		b.WriteString("State: " + string(*m.State) + " ")
	}
	return strings.TrimSuffix(b.String(), " ") + "}"
}

// GoString is String, for %#v.
func (m FileUpload) GoString() string { return m.String() }
