package emulator

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"
)

// Get returns the member of body at path (nested object members), or nil
// when body is not an object or a member is missing.
func Get(body json.RawMessage, path ...string) json.RawMessage {
	cur := body
	for _, name := range path {
		var obj map[string]json.RawMessage
		if json.Unmarshal(cur, &obj) != nil {
			return nil
		}
		v, ok := obj[name]
		if !ok {
			return nil
		}
		cur = v
	}
	return cur
}

// GetString returns the string member of body at path, or "".
func GetString(body json.RawMessage, path ...string) string {
	var s string
	_ = json.Unmarshal(Get(body, path...), &s)
	return s
}

// Set returns body with the member at path set to value (marshalled with
// encoding/json; a json.RawMessage is used as is). Missing or non-object
// intermediate members become objects; every other member is kept.
func Set(body json.RawMessage, value any, path ...string) json.RawMessage {
	if len(path) == 0 {
		out, err := json.Marshal(value)
		if err != nil {
			return body
		}
		return out
	}
	obj := map[string]json.RawMessage{}
	_ = json.Unmarshal(body, &obj)
	if obj == nil {
		obj = map[string]json.RawMessage{}
	}
	obj[path[0]] = Set(obj[path[0]], value, path[1:]...)
	out, _ := json.Marshal(obj)
	return out
}

// Delete returns body without the member at path.
func Delete(body json.RawMessage, path ...string) json.RawMessage {
	if len(path) == 0 {
		return body
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(body, &obj) != nil || obj == nil {
		return body
	}
	if len(path) == 1 {
		delete(obj, path[0])
	} else if v, ok := obj[path[0]]; ok {
		obj[path[0]] = Delete(v, path[1:]...)
	}
	out, _ := json.Marshal(obj)
	return out
}

// MergePatch applies an RFC 7396 JSON merge patch to target: object members
// of patch replace or (when null) remove members of target, recursively;
// any other patch replaces target.
func MergePatch(target, patch json.RawMessage) (json.RawMessage, error) {
	patch = bytes.TrimSpace(patch)
	if !json.Valid(patch) {
		return nil, errors.New("emulator: the merge patch is not valid JSON")
	}
	if len(patch) == 0 || patch[0] != '{' {
		return append(json.RawMessage(nil), patch...), nil
	}
	var p map[string]json.RawMessage
	if err := json.Unmarshal(patch, &p); err != nil {
		return nil, err
	}
	t := map[string]json.RawMessage{}
	if json.Unmarshal(target, &t) != nil || t == nil {
		t = map[string]json.RawMessage{}
	}
	for k, v := range p {
		if string(bytes.TrimSpace(v)) == "null" {
			delete(t, k)
			continue
		}
		merged, err := MergePatch(t[k], v)
		if err != nil {
			return nil, err
		}
		t[k] = merged
	}
	return json.Marshal(t)
}

// Actor is the identity the emulator records in ARM systemData.
const Actor = "emulator@example.com"

// SystemData returns ARM systemData for rec: created and last modified by
// Actor (a User) at the record's clock times.
func SystemData(rec Record) map[string]any {
	return map[string]any{
		"createdBy":          Actor,
		"createdByType":      "User",
		"createdAt":          rec.Created.UTC().Format(time.RFC3339Nano),
		"lastModifiedBy":     Actor,
		"lastModifiedByType": "User",
		"lastModifiedAt":     rec.Modified.UTC().Format(time.RFC3339Nano),
	}
}

// WriteJSON writes v as a JSON response with status. A json.RawMessage or
// []byte is written as is; nil writes no body.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	var body []byte
	switch b := v.(type) {
	case nil:
		w.WriteHeader(status)
		return
	case json.RawMessage:
		body = b
	case []byte:
		body = b
	default:
		var err error
		if body, err = json.Marshal(v); err != nil {
			http.Error(w, "emulator: cannot encode the response: "+err.Error(), http.StatusInternalServerError)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// ARMErrorBody is the default Options.ErrorBody: the ARM error shape
// {"error":{"code":...,"message":...}}.
func ARMErrorBody(status int, code, message string) []byte {
	b, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": message}})
	return b
}

// ReadJSON reads r's body, which must be a JSON document of at most 4 MiB.
func ReadJSON(r *http.Request) (json.RawMessage, error) {
	if r.Body == nil {
		return nil, errors.New("the request has no body")
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(http.MaxBytesReader(nil, r.Body, 4<<20))
	if err != nil {
		return nil, errors.New("the request body is too large or unreadable")
	}
	if n == 0 {
		return nil, errors.New("the request has no body")
	}
	if !json.Valid(buf.Bytes()) {
		return nil, errors.New("the request body is not valid JSON")
	}
	return buf.Bytes(), nil
}

// setRetryAfter sets Retry-After (whole seconds, rounded up) and, for a
// delay that is not whole seconds, retry-after-ms, which azcore prefers.
func setRetryAfter(h http.Header, d time.Duration) {
	if d <= 0 {
		return
	}
	secs := int((d + time.Second - 1) / time.Second)
	h.Set("Retry-After", strconv.Itoa(secs))
	if d%time.Second != 0 {
		h.Set("retry-after-ms", strconv.FormatInt(max(1, d.Milliseconds()), 10))
	}
}
