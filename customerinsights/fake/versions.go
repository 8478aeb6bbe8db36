package fake

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
)

// The one member-level difference between the published api-versions: in
// 2017-01-01 a participant property reference (of interactions and links)
// is {interactionPropertyName, profilePropertyName}; 2017-04-26 renamed
// it {sourcePropertyName, targetPropertyName}. The emulator stores the
// 2017-04-26 form and translates for 2017-01-01 requests.
const oldestAPIVersion = "2017-01-01"

var (
	toStored = map[string]string{"interactionPropertyName": "sourcePropertyName", "profilePropertyName": "targetPropertyName"}
	toOldest = map[string]string{"sourcePropertyName": "interactionPropertyName", "targetPropertyName": "profilePropertyName"}
)

// versioned serves a request of the oldest api-version through h in the
// stored form: the request body is translated in, the answer out. Other
// versions pass through.
func versioned(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("api-version") != oldestAPIVersion {
			h(w, r)
			return
		}
		if r.Body != nil {
			body, err := io.ReadAll(r.Body)
			if err == nil {
				body = renameReferences(body, toStored)
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		rec := httptest.NewRecorder()
		h(rec, r)
		body := renameReferences(rec.Body.Bytes(), toOldest)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(body)
	}
}

// renameReferences renames the members of every object in a
// "participantPropertyReferences" array, at any depth; a body that is not
// JSON is returned as is.
func renameReferences(body []byte, names map[string]string) []byte {
	if len(bytes.TrimSpace(body)) == 0 {
		return body
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return body
	}
	walkReferences(v, names)
	out, err := json.Marshal(v)
	if err != nil {
		return body
	}
	return out
}

func walkReferences(v any, names map[string]string) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkReferences(e, names)
		}
	case map[string]any:
		for k, e := range x {
			if refs, ok := e.([]any); ok && k == "participantPropertyReferences" {
				for _, ref := range refs {
					if m, ok := ref.(map[string]any); ok {
						for from, to := range names {
							if val, ok := m[from]; ok {
								delete(m, from)
								m[to] = val
							}
						}
					}
				}
			}
			walkReferences(e, names)
		}
	}
}
