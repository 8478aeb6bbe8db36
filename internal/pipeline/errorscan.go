package pipeline

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Error documents come from services, proxies and attackers alike: they
// may be megabytes long, nested 100,000 deep, truncated, or carry a
// megabyte-long number as their code. The scanner below walks only the
// members of the leading object (and of its "error" member), skipping every
// other value with a single linear pass that keeps no stack, so a document
// of any size costs time proportional to its length and memory for the
// few strings it keeps, each of them capped.

// Caps on what an error keeps from the document.
const (
	maxCodeLen    = 128      // bytes of an error code
	maxNumberLen  = 32       // digits of a numeric code
	maxTextLen    = 4 << 10  // bytes of a message, target, details text...
	maxNestedJSON = 64 << 10 // bytes of details/additionalInfo decoded
)

func docSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func docSkipSpace(b []byte, i int) int {
	for i < len(b) && docSpace(b[i]) {
		i++
	}
	return i
}

// docSkipString returns the index just past the string starting at b[i]
// (which is '"'), or -1 when it does not end.
func docSkipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// docSkipValue returns the index just past the JSON value starting at b[i],
// or -1 when it does not end. Brackets are counted, not matched: the
// values it skips are never trusted, only stepped over.
func docSkipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return docSkipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				if i = docSkipString(b, i); i < 0 {
					return -1
				}
				i--
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
		return -1
	}
	start := i
	for i < len(b) && !docSpace(b[i]) && b[i] != ',' && b[i] != '}' && b[i] != ']' {
		i++
	}
	if i == start {
		return -1
	}
	return i
}

// docMembers calls fn with the name and raw value of each member of the
// object that starts b (after white space), in order, until fn returns
// false, the object ends, or the bytes stop making sense. It reports
// whether b starts with an object and at least its first member (or its
// end) could be read. When the bytes stop inside an object member, fn
// still sees that member's value up to the end of b.
func docMembers(b []byte, fn func(name string, value []byte) bool) bool {
	i := docSkipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	read := false
	for i = docSkipSpace(b, i+1); i < len(b); {
		if b[i] == '}' {
			return true
		}
		if b[i] != '"' {
			return read
		}
		end := docSkipString(b, i)
		if end < 0 {
			return read
		}
		name := memberName(b[i:end])
		i = docSkipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return read
		}
		i = docSkipSpace(b, i+1)
		end = docSkipValue(b, i)
		if end < 0 {
			// A cut document: an object member still yields the members
			// that precede the cut.
			if i < len(b) && b[i] == '{' {
				fn(name, b[i:])
			}
			return read
		}
		read = true
		if !fn(name, b[i:end]) {
			return true
		}
		i = docSkipSpace(b, end)
		if i < len(b) && b[i] == ',' {
			i = docSkipSpace(b, i+1)
		}
	}
	return read
}

// memberName unquotes a member name and folds it to lower case, since
// names match without regard to case as encoding/json matches them; names
// longer than any the decoder looks for are not unquoted at all.
func memberName(quoted []byte) string {
	if len(quoted) > 64 {
		return ""
	}
	if bytes.IndexByte(quoted, '\\') < 0 {
		return strings.ToLower(string(quoted[1 : len(quoted)-1]))
	}
	var s string
	_ = json.Unmarshal(quoted, &s)
	return strings.ToLower(s)
}

// textValue returns the string value raw (a quoted JSON string) cut to at
// most max bytes on a rune boundary, or "" when raw is not a string. Only
// about max bytes of raw are ever unquoted.
func textValue(raw []byte, max int) string {
	if len(raw) < 2 || raw[0] != '"' {
		return ""
	}
	var s string
	if len(raw) <= max+2 {
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
		return ""
	}
	// Unquote a prefix: close it after the cut, backing off until the cut
	// is not inside an escape sequence.
	prefix := make([]byte, 0, max+8)
	for back := 0; back <= 6; back++ {
		prefix = append(append(prefix[:0], raw[:max+1-back]...), '"')
		if json.Unmarshal(prefix, &s) == nil {
			if t := truncate(s, max); t != s {
				return t
			}
			return s + "…"
		}
	}
	return ""
}

// truncate cuts s to at most max bytes on a rune boundary, marking the cut
// with "…" (which may take s up to max+3 bytes).
func truncate(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// numberPrefix returns raw, a JSON number, cut to maxNumberLen characters,
// or "" when raw is not a number.
func numberPrefix(raw []byte) string {
	if len(raw) == 0 || (raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')) {
		return ""
	}
	for _, c := range raw {
		if (c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E' {
			return ""
		}
	}
	if len(raw) > maxNumberLen {
		return string(raw[:maxNumberLen]) + "…"
	}
	return string(raw)
}

// codeValue reads an error code sent as a string or as a number (DPS sends
// numbers such as 404201).
func codeValue(raw []byte) string {
	if s := textValue(raw, maxCodeLen); s != "" {
		return s
	}
	return numberPrefix(raw)
}

// nestedValue decodes details or additionalInfo when they are small
// enough to be worth keeping; anything else is dropped.
func nestedValue(raw []byte, v any) {
	if len(raw) <= maxNestedJSON {
		_ = json.Unmarshal(raw, v)
	}
}

// detailText reads DPS's "details", a string in the spec; anything else is
// kept as compact JSON when small.
func detailText(raw []byte) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if raw[0] == '"' {
		return textValue(raw, maxTextLen)
	}
	if len(raw) > maxNestedJSON {
		return ""
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) == nil {
		return truncate(buf.String(), maxTextLen)
	}
	return ""
}

// decodeDocument fills e from an error document; it reports whether body
// was an object it could read.
func (e *ServiceError) decodeDocument(body []byte) bool {
	var flat, nested bool
	var flatCode, serviceCode, flatMessage, flatDetails []byte
	ok := docMembers(body, func(name string, value []byte) bool {
		switch name {
		case "error":
			nested = docMembers(value, e.errorMember) || nested
		case "code":
			flat, flatCode = true, value
		case "errorcode": // the DPS service API's {errorCode, trackingId, message}
			flat, serviceCode = true, value
		case "trackingid":
			if id := textValue(value, maxCodeLen); id != "" {
				e.RequestID = id
			}
		case "message":
			flat, flatMessage = true, value
		case "details":
			flat, flatDetails = true, value
		}
		return true
	})
	if !nested && flat {
		if flatCode == nil {
			flatCode = serviceCode
		}
		e.Code = codeValue(flatCode)
		e.Message = textValue(flatMessage, maxTextLen)
		e.DetailText = detailText(flatDetails)
	}
	return ok || nested
}

// errorMember reads one member of ARM's and IoT Central's "error" object.
func (e *ServiceError) errorMember(name string, value []byte) bool {
	switch name {
	case "code":
		e.Code = codeValue(value)
	case "message":
		e.Message = textValue(value, maxTextLen)
	case "target":
		e.Target = textValue(value, maxTextLen)
	case "details":
		nestedValue(value, &e.Details)
	case "additionalinfo":
		nestedValue(value, &e.AdditionalInfo)
	case "requestid":
		if id := textValue(value, maxCodeLen); id != "" {
			e.RequestID = id
		}
	case "time":
		e.Time = textValue(value, maxCodeLen)
	}
	return true
}
