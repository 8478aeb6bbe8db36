package pipeline

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// Appender is a model that appends its own JSON encoding to a buffer; every
// model implements it so that nested models are written straight into their
// parent's buffer.
type Appender interface {
	AppendJSON(b []byte) ([]byte, error)
}

// ObjectWriter writes one JSON object member by member. Models build their
// AppendJSON with it: absent (nil) optional fields are skipped, empty but
// non-nil slices and maps are written, unknown members go last.
type ObjectWriter struct {
	b   []byte
	err error
}

// NewObjectWriter starts an object at the end of b.
func NewObjectWriter(b []byte) ObjectWriter {
	return ObjectWriter{b: append(b, '{')}
}

// Key writes a member name and the colon; the value must follow.
func (w *ObjectWriter) Key(name string) {
	if w.b[len(w.b)-1] != '{' {
		w.b = append(w.b, ',')
	}
	w.b = appendQuoted(w.b, name)
	w.b = append(w.b, ':')
}

// Close writes the unknown members in name order, ends the object and
// returns the buffer and the first error met.
func (w *ObjectWriter) Close(unknown Unknown) ([]byte, error) {
	if len(unknown) > 0 {
		names := make([]string, 0, len(unknown))
		for name := range unknown {
			names = append(names, name)
		}
		slices.Sort(names)
		for _, name := range names {
			w.Key(name)
			w.raw(unknown[name])
		}
	}
	w.b = append(w.b, '}')
	return w.b, w.err
}

func (w *ObjectWriter) raw(v json.RawMessage) {
	if len(v) == 0 {
		w.b = append(w.b, "null"...)
		return
	}
	trimmed, err := trimValue(v)
	if err != nil {
		w.fail(err)
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, trimmed...)
}

func (w *ObjectWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// Bool writes a boolean member when v is set.
func (w *ObjectWriter) Bool(name string, v *bool) {
	if v == nil {
		return
	}
	w.Key(name)
	w.b = strconv.AppendBool(w.b, *v)
}

// Float writes a number member when v is set.
func (w *ObjectWriter) Float(name string, v *float64) {
	if v == nil {
		return
	}
	w.Key(name)
	w.b = appendFloat(w.b, *v, w)
}

// Time writes an RFC 3339 date-time member when v is set.
func (w *ObjectWriter) Time(name string, v *time.Time) {
	if v == nil {
		return
	}
	w.Key(name)
	w.b = append(w.b, '"')
	w.b = v.AppendFormat(w.b, time.RFC3339Nano)
	w.b = append(w.b, '"')
}

// Raw writes a member holding raw JSON when v is non-nil; invalid JSON is an
// error rather than a corrupt document.
func (w *ObjectWriter) Raw(name string, v json.RawMessage) {
	if v == nil {
		return
	}
	w.Key(name)
	w.raw(v)
}

// Any writes a member holding an arbitrary Go value through encoding/json,
// for schemas that are open by design (a command's request payload).
func (w *ObjectWriter) Any(name string, v any) {
	if v == nil {
		return
	}
	w.Key(name)
	if a, ok := v.(Appender); ok {
		w.model(a)
		return
	}
	data, err := json.Marshal(v)
	if err != nil {
		w.fail(fmt.Errorf("%s: %w", name, err))
		data = []byte("null")
	}
	w.b = append(w.b, data...)
}

// Null writes an explicit null member, as JSON merge-patch uses to remove a
// value.
func (w *ObjectWriter) Null(name string) {
	w.Key(name)
	w.b = append(w.b, "null"...)
}

func (w *ObjectWriter) model(a Appender) {
	b, err := a.AppendJSON(w.b)
	if err != nil {
		w.fail(err)
	}
	w.b = b
}

// WriteString writes a string-kinded member (strings and typed enums) when v
// is set.
func WriteString[T ~string](w *ObjectWriter, name string, v *T) {
	if v == nil {
		return
	}
	w.Key(name)
	w.b = appendQuoted(w.b, string(*v))
}

// WriteInt writes an integer member when v is set.
func WriteInt[T Integer](w *ObjectWriter, name string, v *T) {
	if v == nil {
		return
	}
	w.Key(name)
	w.b = strconv.AppendInt(w.b, int64(*v), 10)
}

// WriteModel writes a nested model when v is set.
func WriteModel[T any, PT interface {
	*T
	Appender
}](w *ObjectWriter, name string, v *T) {
	if v == nil {
		return
	}
	w.Key(name)
	w.model(PT(v))
}

// WriteSlice writes an array member when s is non-nil (an empty slice is
// written as []), each element with elem.
func WriteSlice[T any](w *ObjectWriter, name string, s []T, elem func([]byte, T) ([]byte, error)) {
	if s == nil {
		return
	}
	w.Key(name)
	w.b = append(w.b, '[')
	for i, v := range s {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		b, err := elem(w.b, v)
		if err != nil {
			w.fail(fmt.Errorf("%s[%d]: %w", name, i, err))
		}
		w.b = b
	}
	w.b = append(w.b, ']')
}

// WriteMap writes an object member from a map when m is non-nil, in key
// order, each value with elem.
func WriteMap[T any](w *ObjectWriter, name string, m map[string]T, elem func([]byte, T) ([]byte, error)) {
	if m == nil {
		return
	}
	w.Key(name)
	inner := ObjectWriter{b: append(w.b, '{')}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		inner.Key(k)
		b, err := elem(inner.b, m[k])
		if err != nil {
			w.fail(fmt.Errorf("%s[%q]: %w", name, k, err))
		}
		inner.b = b
	}
	w.b = append(inner.b, '}')
}

// StringValue appends one string element; use it with WriteSlice and
// WriteMap.
func StringValue[T ~string](b []byte, v T) ([]byte, error) {
	return appendQuoted(b, string(v)), nil
}

// ModelValue appends one model element; use it with WriteSlice and WriteMap.
func ModelValue[T Appender](b []byte, v T) ([]byte, error) { return v.AppendJSON(b) }

// RawValue appends one raw JSON element; use it with WriteSlice and WriteMap.
func RawValue(b []byte, v json.RawMessage) ([]byte, error) {
	w := ObjectWriter{b: b}
	w.raw(v)
	return w.b, w.err
}

// Marshal returns the JSON encoding of a model, for MarshalJSON methods.
func Marshal(a Appender) ([]byte, error) {
	return a.AppendJSON(make([]byte, 0, 256))
}

const hexDigits = "0123456789abcdef"

// appendQuoted appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as
// with encoding/json; HTML characters are not escaped since these documents
// are never embedded in HTML.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat formats like encoding/json: shortest representation, exponent
// form only for very large or small magnitudes.
func appendFloat(b []byte, f float64, w *ObjectWriter) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.fail(fmt.Errorf("unsupported number %v", f))
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
