package pipeline

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Unknown holds the JSON members of an object that its Go model does not
// declare, by member name, exactly as they arrived. Models keep them so that a
// GET → modify → PUT round trip writes back what this SDK version does not
// know about.
type Unknown = map[string]json.RawMessage

// DecodeObject decodes the JSON object in data member by member. field is
// called with each member's name and raw value and reports whether the model
// knows the member (models switch on string(name), which does not allocate); members it does not know are copied into *unknown. A JSON
// null leaves the model untouched, as encoding/json does. Errors name the
// model and the member.
func DecodeObject(data []byte, model string, unknown *Unknown, field func(name, value []byte) (bool, error)) error {
	i := skipSpace(data, 0)
	if i < len(data) && data[i] == 'n' {
		if _, err := trimValue(data); err != nil {
			return err
		}
		return nil
	}
	if i >= len(data) || data[i] != '{' {
		return &DecodeError{Model: model, Msg: "want a JSON object, got " + describe(data[i:])}
	}
	end, err := eachMember(data, i, 0, func(key []byte, esc bool, value []byte) error {
		name := key[1 : len(key)-1]
		if esc {
			name = []byte(unquote(key, true))
		}
		known, err := field(name, value)
		if err != nil {
			return &DecodeError{Model: model, Field: string(name), Err: err}
		}
		if !known {
			if *unknown == nil {
				*unknown = make(Unknown)
			}
			(*unknown)[string(name)] = append(json.RawMessage(nil), value...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if j := skipSpace(data, end); j != len(data) {
		return syntaxErr(j, "unexpected %q after the object", data[j])
	}
	return nil
}

// DecodeError reports a JSON value that does not fit its model.
type DecodeError struct {
	Model string // the Go model, e.g. "DataflowProfileResource"
	Field string // the JSON member name, when known
	Msg   string
	Err   error
}

func (e *DecodeError) Error() string {
	where := e.Model
	if e.Field != "" {
		where += "." + e.Field
	}
	if e.Err != nil {
		return "decode " + where + ": " + e.Err.Error()
	}
	return "decode " + where + ": " + e.Msg
}

func (e *DecodeError) Unwrap() error { return e.Err }

func describe(v []byte) string {
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	default:
		return "a number"
	}
}

func typeErr(want string, v []byte) error {
	return fmt.Errorf("want %s, got %s", want, describe(v))
}

func isNull(v []byte) bool { return len(v) == 4 && string(v) == "null" }

// DecodeString decodes a JSON string (or null) into a string-kinded pointer,
// including typed enums: an enum value this version does not list decodes
// as is.
func DecodeString[T ~string](v []byte, dst **T) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	s, err := decodeStr(v)
	if err != nil {
		return err
	}
	t := T(s)
	*dst = &t
	return nil
}

func decodeStr(v []byte) (string, error) {
	if len(v) == 0 || v[0] != '"' {
		return "", typeErr("a string", v)
	}
	end, esc, err := scanString(v, 0)
	if err != nil {
		return "", err
	}
	return unquote(v[:end], esc), nil
}

// DecodeBool decodes a JSON boolean (or null).
func DecodeBool(v []byte, dst **bool) error {
	switch string(v) {
	case "null":
		*dst = nil
	case "true", "false":
		b := v[0] == 't'
		*dst = &b
	default:
		return typeErr("a boolean", v)
	}
	return nil
}

// Integer is the set of integer kinds the models use.
type Integer interface {
	~int | ~int32 | ~int64
}

// DecodeInt decodes a JSON integer (or null) and rejects values that do not
// fit T.
func DecodeInt[T Integer](v []byte, dst **T) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	n, err := parseInt(v)
	if err != nil {
		return err
	}
	t := T(n)
	if int64(t) != n {
		return fmt.Errorf("%d does not fit in %T", n, t)
	}
	*dst = &t
	return nil
}

func parseInt(v []byte) (int64, error) {
	if len(v) == 0 || !(v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		return 0, typeErr("an integer", v)
	}
	neg := v[0] == '-'
	digits := v
	if neg {
		digits = v[1:]
	}
	var n uint64
	for _, c := range digits {
		if c < '0' || c > '9' || n > (math.MaxUint64-9)/10 {
			// fractions, exponents and huge values take the slow path
			f, err := strconv.ParseFloat(string(v), 64)
			if err != nil || f != math.Trunc(f) || f < math.MinInt64 || f >= math.MaxInt64 {
				return 0, fmt.Errorf("want an integer, got %s", v)
			}
			return int64(f), nil
		}
		n = n*10 + uint64(c-'0')
	}
	if len(digits) == 0 {
		return 0, typeErr("an integer", v)
	}
	if neg {
		if n > 1<<63 {
			return 0, fmt.Errorf("%s overflows int64", v)
		}
		return -int64(n), nil
	}
	if n > math.MaxInt64 {
		return 0, fmt.Errorf("%s overflows int64", v)
	}
	return int64(n), nil
}

// DecodeFloat decodes a JSON number (or null).
func DecodeFloat(v []byte, dst **float64) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	if len(v) == 0 || !(v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		return typeErr("a number", v)
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil {
		return err
	}
	*dst = &f
	return nil
}

// timeLayouts are tried in order: services differ in whether they send a zone
// and how many fractional digits; a time without a zone is taken as UTC.
var timeLayouts = [...]string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02"}

// DecodeTime decodes a JSON date-time string (or null), leniently.
func DecodeTime(v []byte, dst **time.Time) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	s, err := decodeStr(v)
	if err != nil {
		return err
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			*dst = &t
			return nil
		}
	}
	return fmt.Errorf("%q is not an RFC 3339 date-time", s)
}

// DecodeRaw keeps a member as raw JSON (a copy), for fields whose schema is
// open such as "any" or a capability model.
func DecodeRaw(v []byte, dst *json.RawMessage) error {
	*dst = append(json.RawMessage(nil), v...)
	return nil
}

// Unmarshaler is a model that decodes itself; every model's pointer type is
// one.
type Unmarshaler[T any] interface {
	*T
	json.Unmarshaler
}

// DecodeModel decodes a nested object (or null) into a newly allocated model.
func DecodeModel[T any, PT Unmarshaler[T]](v []byte, dst **T) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	m := new(T)
	if err := PT(m).UnmarshalJSON(v); err != nil {
		return err
	}
	*dst = m
	return nil
}

// DecodeSlice decodes a JSON array (or null) element by element with elem.
// An empty array decodes to an empty, non-nil slice so that it is written
// back as [] rather than dropped.
func DecodeSlice[T any](v []byte, dst *[]T, elem func([]byte, *T) error) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	if len(v) == 0 || v[0] != '[' {
		return typeErr("an array", v)
	}
	out := make([]T, 0, 4)
	_, err := eachElement(v, 0, 0, func(e []byte) error {
		var t T
		if err := elem(e, &t); err != nil {
			return fmt.Errorf("[%d]: %w", len(out), err)
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return err
	}
	*dst = out
	return nil
}

// DecodeMap decodes a JSON object (or null) into a map, value by value.
func DecodeMap[T any](v []byte, dst *map[string]T, elem func([]byte, *T) error) error {
	if isNull(v) {
		*dst = nil
		return nil
	}
	if len(v) == 0 || v[0] != '{' {
		return typeErr("an object", v)
	}
	out := make(map[string]T)
	_, err := eachMember(v, 0, 0, func(key []byte, esc bool, value []byte) error {
		var t T
		k := unquote(key, esc)
		if err := elem(value, &t); err != nil {
			return fmt.Errorf("[%q]: %w", k, err)
		}
		out[k] = t
		return nil
	})
	if err != nil {
		return err
	}
	*dst = out
	return nil
}

// StringElem decodes one string element of an array or map.
func StringElem[T ~string](v []byte, dst *T) error {
	s, err := decodeStr(v)
	*dst = T(s)
	return err
}

// ModelElem decodes one object element of an array or map.
func ModelElem[T any, PT Unmarshaler[T]](v []byte, dst *T) error {
	return PT(dst).UnmarshalJSON(v)
}

// RawElem keeps one element of an array or map as raw JSON.
func RawElem(v []byte, dst *json.RawMessage) error { return DecodeRaw(v, dst) }
