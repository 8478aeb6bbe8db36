package wire

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Unmarshal decodes the JSON document data into v, a non-nil pointer.
// Members the target does not declare are kept in its Unknown map.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &DecodeError{Msg: fmt.Sprintf("decode needs a non-nil pointer, got %T", v)}
	}
	d := decoder{data: data}
	d.pos = skipSpace(data, 0)
	if d.pos >= len(data) {
		return &SyntaxError{Offset: d.pos, Msg: "empty input"}
	}
	if err := codecFor(rv.Elem().Type(), "").dec(&d, rv.Elem()); err != nil {
		return err
	}
	if j := skipSpace(data, d.pos); j != len(data) {
		return syntaxErr(j, "unexpected %q after the value", data[j])
	}
	return nil
}

// DecodeError reports a JSON value that does not fit its model; Model and
// Field say where.
type DecodeError struct {
	Model string // the Go type, e.g. "DataflowProfileResource"
	Field string // the JSON member name, when known
	Msg   string
	Err   error
}

func (e *DecodeError) Error() string {
	where := e.Model
	if e.Field != "" {
		if where != "" && e.Field[0] != '[' {
			where += "."
		}
		where += e.Field
	}
	what := e.Msg
	if e.Err != nil {
		what = e.Err.Error()
	}
	if where == "" {
		return what
	}
	return "decode " + where + ": " + what
}

// Unwrap returns the cause.
func (e *DecodeError) Unwrap() error { return e.Err }

// decoder walks one document; every codec reads the value at pos and leaves
// pos just past it.
type decoder struct {
	data  []byte
	pos   int
	depth int
}

func (d *decoder) errorf(format string, args ...any) error {
	return &DecodeError{Msg: fmt.Sprintf(format, args...)}
}

// null consumes a JSON null at pos and reports whether there was one.
func (d *decoder) null() bool {
	if d.pos+4 <= len(d.data) && string(d.data[d.pos:d.pos+4]) == "null" {
		d.pos += 4
		return true
	}
	return false
}

// raw validates the value at pos and returns it (a sub-slice of the input).
func (d *decoder) raw() ([]byte, error) {
	end, err := skipValue(d.data, d.pos, d.depth)
	if err != nil {
		return nil, err
	}
	v := d.data[d.pos:end]
	d.pos = end
	return v, nil
}

// mismatch reports a value of the wrong JSON type, quoting only a short
// prefix of it.
func (d *decoder) mismatch(want string) error {
	v, err := d.raw()
	if err != nil {
		return err
	}
	return &DecodeError{Msg: "want " + want + ", got " + describe(v)}
}

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
	}
	if len(v) > 24 {
		return "the number " + string(v[:24]) + "…"
	}
	return "the number " + string(v)
}

// str reads a JSON string at pos.
func (d *decoder) str() (string, bool, error) {
	if d.pos >= len(d.data) || d.data[d.pos] != '"' {
		return "", false, nil
	}
	end, escaped, err := scanString(d.data, d.pos)
	if err != nil {
		return "", true, err
	}
	lit := d.data[d.pos:end]
	d.pos = end
	body := lit[1 : len(lit)-1]
	if !escaped && (ascii(body) || utf8.Valid(body)) {
		return string(body), true, nil
	}
	return strings.ToValidUTF8(unquote(lit, true), "\uFFFD"), true, nil
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// number returns the number literal at pos.
func (d *decoder) number() ([]byte, error) {
	if d.pos >= len(d.data) || (d.data[d.pos] != '-' && (d.data[d.pos] < '0' || d.data[d.pos] > '9')) {
		return nil, nil
	}
	end, err := skipNumber(d.data, d.pos)
	if err != nil {
		return nil, err
	}
	n := d.data[d.pos:end]
	d.pos = end
	return n, nil
}

func decString(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	s, ok, err := d.str()
	if err != nil {
		return err
	}
	if !ok {
		return d.mismatch("a string")
	}
	v.SetString(s)
	return nil
}

func decBool(d *decoder, v reflect.Value) error {
	switch {
	case d.null():
	case bytes.HasPrefix(d.data[d.pos:], []byte("true")):
		d.pos += 4
		v.SetBool(true)
	case bytes.HasPrefix(d.data[d.pos:], []byte("false")):
		d.pos += 5
		v.SetBool(false)
	default:
		return d.mismatch("a boolean")
	}
	return nil
}

func decInt(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	n, err := d.number()
	if err != nil || n == nil {
		if err != nil {
			return err
		}
		return d.mismatch("an integer")
	}
	i, err := strconv.ParseInt(string(n), 10, v.Type().Bits())
	if err != nil {
		return &DecodeError{Msg: "want an integer of " + strconv.Itoa(v.Type().Bits()) + " bits, got " + describe(n)}
	}
	v.SetInt(i)
	return nil
}

func decUint(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	n, err := d.number()
	if err != nil || n == nil {
		if err != nil {
			return err
		}
		return d.mismatch("an unsigned integer")
	}
	i, err := strconv.ParseUint(string(n), 10, v.Type().Bits())
	if err != nil {
		return &DecodeError{Msg: "want an unsigned integer of " + strconv.Itoa(v.Type().Bits()) + " bits, got " + describe(n)}
	}
	v.SetUint(i)
	return nil
}

func decFloat(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	n, err := d.number()
	if err != nil || n == nil {
		if err != nil {
			return err
		}
		return d.mismatch("a number")
	}
	f, err := strconv.ParseFloat(string(n), v.Type().Bits())
	if err != nil {
		return &DecodeError{Msg: "number out of range: " + describe(n)}
	}
	v.SetFloat(f)
	return nil
}

func decNumber(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	n, err := d.number()
	if err != nil || n == nil {
		if err != nil {
			return err
		}
		return d.mismatch("a number")
	}
	v.SetString(string(n))
	return nil
}

func decRaw(d *decoder, v reflect.Value) error {
	raw, err := d.raw()
	if err != nil {
		return err
	}
	v.SetBytes(bytes.Clone(raw))
	return nil
}

func decBytes(d *decoder, v reflect.Value) error {
	if d.null() {
		v.SetZero()
		return nil
	}
	s, ok, err := d.str()
	if err != nil {
		return err
	}
	if !ok {
		return d.mismatch("a base64 string")
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return &DecodeError{Msg: "invalid base64"}
	}
	v.SetBytes(b)
	return nil
}

// timeLayouts are tried in order: RFC 3339 (with or without fraction), the
// same without a zone (UTC), and RFC 1123 as some services write it.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", http.TimeFormat, time.RFC1123, time.RFC1123Z}

func decTime(d *decoder, v reflect.Value) error {
	if d.null() {
		return nil
	}
	s, ok, err := d.str()
	if err != nil {
		return err
	}
	if !ok {
		return d.mismatch("a time string")
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			v.Set(reflect.ValueOf(t))
			return nil
		}
	}
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return &DecodeError{Msg: "want an RFC 3339 or RFC 1123 time, got " + strconv.Quote(s)}
}

func decUnmarshaler(d *decoder, v reflect.Value) error {
	raw, err := d.raw()
	if err != nil {
		return err
	}
	u, ok := v.Addr().Interface().(json.Unmarshaler)
	if !ok {
		return &DecodeError{Model: v.Type().Name(), Msg: "the type writes its own JSON but cannot read it"}
	}
	return u.UnmarshalJSON(raw)
}

// decAny decodes into an empty interface: objects as map[string]any,
// arrays as []any, numbers as json.Number.
func decAny(d *decoder, v reflect.Value) error {
	if d.null() {
		v.SetZero()
		return nil
	}
	x, err := d.anyValue()
	if err != nil {
		return err
	}
	v.Set(reflect.ValueOf(&x).Elem())
	return nil
}

func (d *decoder) anyValue() (any, error) {
	if d.pos >= len(d.data) {
		return nil, syntaxErr(d.pos, "unexpected end of input")
	}
	switch c := d.data[d.pos]; c {
	case '{':
		m := map[string]any{}
		err := d.object(func(name []byte) error {
			x, err := d.anyValue()
			m[string(name)] = x
			return err
		})
		return m, err
	case '[':
		s := []any{}
		err := d.array(func() error {
			x, err := d.anyValue()
			s = append(s, x)
			return err
		})
		return s, err
	case '"':
		s, _, err := d.str()
		return s, err
	case 't', 'f', 'n':
		raw, err := d.raw()
		if err != nil {
			return nil, err
		}
		switch string(raw) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, nil
	}
	n, err := d.number()
	if err != nil {
		return nil, err
	}
	if n == nil {
		return nil, syntaxErr(d.pos, "invalid character %q", d.data[d.pos])
	}
	return json.Number(n), nil
}

// object walks the members of the object at pos, calling member with each
// name while pos is at the member's value; member must consume the value.
func (d *decoder) object(member func(name []byte) error) error {
	if d.depth++; d.depth > maxDepth {
		return syntaxErr(d.pos, "nesting too deep")
	}
	defer func() { d.depth-- }()
	data := d.data
	i := skipSpace(data, d.pos+1)
	if i < len(data) && data[i] == '}' {
		d.pos = i + 1
		return nil
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return syntaxErr(i, "expected a member name")
		}
		end, escaped, err := scanString(data, i)
		if err != nil {
			return err
		}
		name := data[i+1 : end-1]
		if escaped || !ascii(name) && !utf8.Valid(name) {
			name = []byte(strings.ToValidUTF8(unquote(data[i:end], true), "\uFFFD"))
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return syntaxErr(i, "expected ':' after a member name")
		}
		d.pos = skipSpace(data, i+1)
		if err := member(name); err != nil {
			return err
		}
		i = skipSpace(data, d.pos)
		if i >= len(data) {
			return syntaxErr(i, "unterminated object")
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			d.pos = i + 1
			return nil
		default:
			return syntaxErr(i, "expected ',' or '}' in an object")
		}
	}
}

// array walks the elements of the array at pos, calling elem while pos is at
// each element; elem must consume it.
func (d *decoder) array(elem func() error) error {
	if d.depth++; d.depth > maxDepth {
		return syntaxErr(d.pos, "nesting too deep")
	}
	defer func() { d.depth-- }()
	data := d.data
	i := skipSpace(data, d.pos+1)
	if i < len(data) && data[i] == ']' {
		d.pos = i + 1
		return nil
	}
	for {
		d.pos = i
		if err := elem(); err != nil {
			return err
		}
		i = skipSpace(data, d.pos)
		if i >= len(data) {
			return syntaxErr(i, "unterminated array")
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case ']':
			d.pos = i + 1
			return nil
		default:
			return syntaxErr(i, "expected ',' or ']' in an array")
		}
	}
}

func sliceCodec(c *codec, t reflect.Type, elem *codec) {
	c.enc = func(b []byte, v reflect.Value) ([]byte, error) {
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = elem.enc(b, v.Index(i)); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	}
	c.dec = func(d *decoder, v reflect.Value) error {
		if d.null() {
			v.SetZero()
			return nil
		}
		if d.pos >= len(d.data) || d.data[d.pos] != '[' {
			return d.mismatch("an array")
		}
		v.Set(reflect.MakeSlice(t, 0, 0))
		n := 0
		return d.array(func() error {
			if n == v.Cap() {
				v.Grow(max(4, n))
			}
			v.SetLen(n + 1)
			n++
			if err := elem.dec(d, v.Index(n-1)); err != nil {
				return &DecodeError{Field: "[" + strconv.Itoa(n-1) + "]", Err: err}
			}
			return nil
		})
	}
}

func mapCodec(c *codec, t reflect.Type, elem *codec) {
	c.enc = func(b []byte, v reflect.Value) ([]byte, error) {
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		keys := v.MapKeys()
		sortKeys(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k.String())
			b = append(b, ':')
			var err error
			if b, err = elem.enc(b, v.MapIndex(k)); err != nil {
				return b, err
			}
		}
		return append(b, '}'), nil
	}
	c.dec = func(d *decoder, v reflect.Value) error {
		if d.null() {
			v.SetZero()
			return nil
		}
		if d.pos >= len(d.data) || d.data[d.pos] != '{' {
			return d.mismatch("an object")
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
		return d.object(func(name []byte) error {
			e := reflect.New(t.Elem()).Elem()
			if err := elem.dec(d, e); err != nil {
				return &DecodeError{Field: string(name), Err: err}
			}
			v.SetMapIndex(reflect.ValueOf(string(name)).Convert(t.Key()), e)
			return nil
		})
	}
}

// decode fills the struct v from the object at pos.
func (p *structPlan) decode(d *decoder, v reflect.Value) error {
	return p.decodeSkipping(d, v, "")
}

// decodeSkipping decodes like decode; a member named skip that the struct
// does not declare is dropped (a union's discriminator, implied by the
// concrete type) rather than kept in Unknown.
func (p *structPlan) decodeSkipping(d *decoder, v reflect.Value, skip string) error {
	if d.null() {
		return nil
	}
	if d.pos >= len(d.data) || d.data[d.pos] != '{' {
		err := d.mismatch("a JSON object")
		if de, ok := err.(*DecodeError); ok {
			de.Model = p.typ.Name()
		}
		return err
	}
	var unknown *map[string]json.RawMessage
	if p.unknown >= 0 {
		unknown = v.Field(p.unknown).Addr().Interface().(*map[string]json.RawMessage)
	}
	return d.object(func(name []byte) error {
		if i, ok := p.byName[string(name)]; ok {
			f := &p.fields[i]
			if err := f.codec.dec(d, v.Field(f.index)); err != nil {
				if de, ok := err.(*DecodeError); ok && de.Model == "" && strings.HasPrefix(de.Field, "[") {
					return &DecodeError{Model: p.typ.Name(), Field: string(name) + de.Field, Msg: de.Msg, Err: de.Err}
				}
				return &DecodeError{Model: p.typ.Name(), Field: string(name), Err: err}
			}
			return nil
		}
		raw, err := d.raw()
		if err != nil || unknown == nil || (skip != "" && string(name) == skip) {
			return err
		}
		if *unknown == nil {
			*unknown = make(map[string]json.RawMessage, 2)
		}
		(*unknown)[string(name)] = bytes.Clone(raw)
		return nil
	})
}

// decode picks the concrete type from the discriminator and decodes into it.
func (u *union) decode(d *decoder, v reflect.Value) error {
	if d.null() {
		v.SetZero()
		return nil
	}
	if d.pos >= len(d.data) || d.data[d.pos] != '{' {
		return d.mismatch("a JSON object")
	}
	start := d.pos
	kind := ""
	err := d.object(func(name []byte) error {
		if string(name) == u.discriminator && d.pos < len(d.data) && d.data[d.pos] == '"' {
			s, _, err := d.str()
			kind = s
			return err
		}
		_, err := d.raw()
		return err
	})
	if err != nil {
		return err
	}
	end := d.pos
	cv := u.newKind(kind)
	if cv.Kind() != reflect.Pointer || cv.IsNil() || cv.Elem().Kind() != reflect.Struct {
		return &DecodeError{Model: u.iface.Name(), Msg: "the union's newKind must return a pointer to a struct"}
	}
	d.pos = start
	c := codecFor(cv.Elem().Type(), "")
	if c.plan == nil {
		return &DecodeError{Model: u.iface.Name(), Msg: "the union's newKind must return a pointer to a model struct"}
	}
	if err := c.plan.decodeSkipping(d, cv.Elem(), u.discriminator); err != nil {
		return err
	}
	d.pos = end
	v.Set(cv)
	return nil
}
