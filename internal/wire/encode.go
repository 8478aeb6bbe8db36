package wire

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// UnsupportedValueError reports a value JSON cannot carry (NaN, ±Inf, an
// invalid json.RawMessage), naming the field it was found in.
type UnsupportedValueError struct {
	Field string // dotted path of JSON member names, when known
	Msg   string
}

func (e *UnsupportedValueError) Error() string {
	if e.Field == "" {
		return "encode: " + e.Msg
	}
	return "encode " + e.Field + ": " + e.Msg
}

// within prefixes the error's field path with name.
func within(err error, name string) error {
	if u, ok := err.(*UnsupportedValueError); ok {
		if u.Field == "" || strings.HasPrefix(u.Field, "[") {
			u.Field = name + u.Field
		} else {
			u.Field = name + "." + u.Field
		}
	}
	return err
}

// Marshal returns the JSON encoding of v. Its buffer starts at the size
// the type's last encoding reached, so that a type encoded again grows it
// at most once.
func Marshal(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return []byte("null"), nil
	}
	c := codecFor(rv.Type(), "")
	b, err := c.enc(make([]byte, 0, max(512, int(c.sizeHint.Load()))), rv)
	if err == nil {
		c.sizeHint.Store(int64(len(b)) + int64(len(b))/8)
	}
	return b, err
}

// Append appends the JSON encoding of v to b.
func Append(b []byte, v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return append(b, "null"...), nil
	}
	return codecFor(rv.Type(), "").enc(b, rv)
}

// encode writes the struct v as an object; extra, when set, is a member
// written first (a union's discriminator).
func (p *structPlan) encode(b []byte, v reflect.Value, extra []byte) ([]byte, error) {
	b = append(b, '{')
	first := true
	if extra != nil {
		b = append(b, extra...)
		first = false
	}
	var err error
	for i := range p.fields {
		f := &p.fields[i]
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, f.key...)
		if b, err = f.codec.enc(b, fv); err != nil {
			return b, within(err, f.name)
		}
	}
	if p.unknown >= 0 {
		unknown := v.Field(p.unknown)
		if unknown.Len() > 0 {
			b, err = p.appendUnknown(b, unknown.Interface().(map[string]json.RawMessage), first)
		}
	}
	return append(b, '}'), err
}

// appendUnknown writes the unknown members in name order, skipping names the
// struct declares (the declared field wins).
func (p *structPlan) appendUnknown(b []byte, m map[string]json.RawMessage, first bool) ([]byte, error) {
	names := make([]string, 0, len(m))
	for name := range m {
		if _, declared := p.byName[name]; !declared {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendString(b, name)
		b = append(b, ':')
		var err error
		if b, err = appendRaw(b, m[name]); err != nil {
			return b, within(err, name)
		}
	}
	return b, nil
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	}
	return false
}

// encode writes a union value with its discriminator.
func (u *union) encode(b []byte, v reflect.Value) ([]byte, error) {
	if v.IsNil() {
		return append(b, "null"...), nil
	}
	cv := v.Elem()
	if cv.Kind() == reflect.Pointer {
		if cv.IsNil() {
			return b, &UnsupportedValueError{Msg: "a nil " + cv.Type().String() + " in the union " + u.iface.Name()}
		}
		cv = cv.Elem()
	}
	c := codecFor(cv.Type(), "")
	if c.plan == nil {
		return c.enc(b, cv)
	}
	var extra []byte
	i, declared := c.plan.byName[u.discriminator]
	if !declared || isEmpty(cv.Field(c.plan.fields[i].index)) {
		if kind := u.kindOf(v.Elem()); kind != "" {
			extra = appendString(append([]byte(nil), u.key...), kind)
		}
	}
	return c.plan.encode(b, cv, extra)
}

func encString(b []byte, v reflect.Value) ([]byte, error) {
	return appendString(b, v.String()), nil
}

func encBool(b []byte, v reflect.Value) ([]byte, error) {
	return strconv.AppendBool(b, v.Bool()), nil
}

func encInt(b []byte, v reflect.Value) ([]byte, error) {
	return strconv.AppendInt(b, v.Int(), 10), nil
}

func encUint(b []byte, v reflect.Value) ([]byte, error) {
	return strconv.AppendUint(b, v.Uint(), 10), nil
}

// encFloat formats like encoding/json: the shortest representation, with an
// exponent only for very large or small magnitudes.
func encFloat(b []byte, v reflect.Value) ([]byte, error) {
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, &UnsupportedValueError{Msg: "JSON has no " + strconv.FormatFloat(f, 'g', -1, 64)}
	}
	bits := v.Type().Bits()
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21)) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

func encRaw(b []byte, v reflect.Value) ([]byte, error) {
	if v.IsNil() {
		return append(b, "null"...), nil
	}
	return appendRaw(b, v.Bytes())
}

// appendRaw appends a raw JSON value after checking that it is exactly one
// valid value; surrounding white space is dropped.
func appendRaw(b, raw []byte) ([]byte, error) {
	if len(raw) == 0 {
		return append(b, "null"...), nil
	}
	v, err := trimValue(raw)
	if err != nil {
		return b, &UnsupportedValueError{Msg: "invalid raw JSON: " + err.Error()}
	}
	return append(b, v...), nil
}

func encBytes(b []byte, v reflect.Value) ([]byte, error) {
	if v.IsNil() {
		return append(b, "null"...), nil
	}
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, v.Bytes())
	return append(b, '"'), nil
}

func timeEncoder(format string) func([]byte, reflect.Value) ([]byte, error) {
	if format == "rfc1123" {
		return func(b []byte, v reflect.Value) ([]byte, error) {
			t := v.Interface().(time.Time)
			b = append(b, '"')
			b = t.UTC().AppendFormat(b, http.TimeFormat)
			return append(b, '"'), nil
		}
	}
	return func(b []byte, v reflect.Value) ([]byte, error) {
		t := v.Interface().(time.Time)
		b = append(b, '"')
		b = t.AppendFormat(b, time.RFC3339Nano)
		return append(b, '"'), nil
	}
}

type appender interface {
	AppendJSON([]byte) ([]byte, error)
}

// encSelf lets a self-serializing struct write itself.
func encSelf(b []byte, v reflect.Value) ([]byte, error) {
	p := v
	if v.CanAddr() {
		p = v.Addr()
	} else {
		p = reflect.New(v.Type())
		p.Elem().Set(v)
	}
	switch x := p.Interface().(type) {
	case appender:
		return x.AppendJSON(b)
	case json.Marshaler:
		out, err := x.MarshalJSON()
		if err != nil {
			return b, err
		}
		return appendRaw(b, out)
	}
	return encMarshaler(b, v)
}

// encMarshaler and encAny hand the value to encoding/json, which calls the
// models' MarshalJSON (and so this codec) for any model inside.
func encMarshaler(b []byte, v reflect.Value) ([]byte, error) {
	if (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && v.IsNil() {
		return append(b, "null"...), nil
	}
	out, err := json.Marshal(v.Interface())
	if err != nil {
		return b, &UnsupportedValueError{Msg: err.Error()}
	}
	return append(b, out...), nil
}

func encAny(b []byte, v reflect.Value) ([]byte, error) {
	if v.IsNil() {
		return append(b, "null"...), nil
	}
	e := v.Elem()
	return codecFor(e.Type(), "").enc(b, e)
}

func encNumber(b []byte, v reflect.Value) ([]byte, error) {
	n := v.String()
	if n == "" {
		return append(b, '0'), nil
	}
	if end, err := skipNumber([]byte(n), 0); err != nil || end != len(n) {
		return b, &UnsupportedValueError{Msg: "invalid json.Number " + strconv.Quote(truncate(n, 24))}
	}
	return append(b, n...), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as
// with encoding/json; HTML characters are not escaped since these documents
// are never embedded in HTML.
func appendString(b []byte, s string) []byte {
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

func sortKeys(keys []reflect.Value) {
	slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
}
