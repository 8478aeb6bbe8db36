package wire

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// codec is the cached encoder and decoder of one Go type (and, for times, one
// wire format).
type codec struct {
	enc func(b []byte, v reflect.Value) ([]byte, error)
	// dec decodes the value at d.pos into v, which is addressable.
	dec func(d *decoder, v reflect.Value) error
	// plan is set for planned structs.
	plan *structPlan
	// sizeHint is a little more than the last top-level encoding's size.
	sizeHint atomic.Int64
}

// field is one declared member of a struct plan.
type field struct {
	name      string
	index     int
	omitEmpty bool
	codec     *codec
	// key is `"name":`, pre-escaped.
	key []byte
}

// structPlan is the field plan of one model type.
type structPlan struct {
	typ    reflect.Type
	fields []field
	byName map[string]int
	// unknown is the index of the Unknown field, or -1.
	unknown int
}

type codecKey struct {
	t      reflect.Type
	format string
}

var (
	cache    sync.Map // codecKey → *codec
	buildMu  sync.Mutex
	building = map[codecKey]*codec{}
)

var (
	rawMessageType = reflect.TypeFor[json.RawMessage]()
	unknownType    = reflect.TypeFor[map[string]json.RawMessage]()
	timeType       = reflect.TypeFor[time.Time]()
	numberType     = reflect.TypeFor[json.Number]()
	unmarshalerT   = reflect.TypeFor[json.Unmarshaler]()
	marshalerT     = reflect.TypeFor[json.Marshaler]()
	appenderT      = reflect.TypeFor[interface {
		AppendJSON([]byte) ([]byte, error)
	}]()
)

// codecFor returns the cached codec of t in the given time format, building
// it (and the codecs of everything it contains) on first use. Recursive
// types get the codec under construction, which is complete by the time it
// runs.
func codecFor(t reflect.Type, format string) *codec {
	k := codecKey{t, format}
	if c, ok := cache.Load(k); ok {
		return c.(*codec)
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	return build(k)
}

func build(k codecKey) *codec {
	if c, ok := cache.Load(k); ok {
		return c.(*codec)
	}
	if c, ok := building[k]; ok {
		return c
	}
	c := &codec{}
	building[k] = c
	defer delete(building, k)
	makeCodec(c, k.t, k.format)
	cache.Store(k, c)
	return c
}

func makeCodec(c *codec, t reflect.Type, format string) {
	switch {
	case t == rawMessageType:
		c.enc, c.dec = encRaw, decRaw
		return
	case t == numberType:
		c.enc, c.dec = encNumber, decNumber
		return
	case t == timeType:
		c.enc, c.dec = timeEncoder(format), decTime
		return
	case t.Kind() == reflect.Struct && selfSerializing(t):
		c.enc, c.dec = encSelf, decUnmarshaler
		return
	case t.Kind() == reflect.Interface:
		if u, ok := unionFor(t); ok {
			c.enc, c.dec = u.encode, u.decode
			return
		}
		if t.NumMethod() == 0 {
			c.enc, c.dec = encAny, decAny
			return
		}
		c.enc = encMarshaler
		c.dec = func(d *decoder, v reflect.Value) error {
			return d.errorf("cannot decode into the interface %s: no union is registered for it", t)
		}
		return
	case t.Kind() != reflect.Struct && t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(unmarshalerT):
		c.enc, c.dec = encMarshaler, decUnmarshaler
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		elem := build(codecKey{t.Elem(), format})
		c.enc = func(b []byte, v reflect.Value) ([]byte, error) {
			if v.IsNil() {
				return append(b, "null"...), nil
			}
			return elem.enc(b, v.Elem())
		}
		c.dec = func(d *decoder, v reflect.Value) error {
			if d.null() {
				v.SetZero()
				return nil
			}
			if v.IsNil() {
				v.Set(reflect.New(t.Elem()))
			}
			return elem.dec(d, v.Elem())
		}
	case reflect.String:
		c.enc, c.dec = encString, decString
	case reflect.Bool:
		c.enc, c.dec = encBool, decBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.enc, c.dec = encInt, decInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		c.enc, c.dec = encUint, decUint
	case reflect.Float32, reflect.Float64:
		c.enc, c.dec = encFloat, decFloat
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			c.enc, c.dec = encBytes, decBytes
			return
		}
		sliceCodec(c, t, build(codecKey{t.Elem(), format}))
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			c.enc = func([]byte, reflect.Value) ([]byte, error) {
				return nil, &UnsupportedValueError{Msg: "map key type " + t.Key().String()}
			}
			c.dec = func(d *decoder, _ reflect.Value) error {
				return d.errorf("cannot decode into a map keyed by %s", t.Key())
			}
			return
		}
		mapCodec(c, t, build(codecKey{t.Elem(), format}))
	case reflect.Struct:
		p := planStruct(t)
		c.plan = p
		c.enc = func(b []byte, v reflect.Value) ([]byte, error) { return p.encode(b, v, nil) }
		c.dec = p.decode
	default:
		c.enc = func([]byte, reflect.Value) ([]byte, error) {
			return nil, &UnsupportedValueError{Msg: "type " + t.String()}
		}
		c.dec = func(d *decoder, _ reflect.Value) error { return d.errorf("cannot decode into %s", t) }
	}
}

// planStruct derives the field plan of a struct from its json tags.
func planStruct(t reflect.Type) *structPlan {
	p := &structPlan{typ: t, byName: map[string]int{}, unknown: -1}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "Unknown" && f.Type == unknownType {
			p.unknown = i
			continue
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fl := field{
			name:      name,
			index:     i,
			omitEmpty: hasOption(opts, "omitempty"),
			codec:     build(codecKey{f.Type, f.Tag.Get("format")}),
		}
		fl.key = append(appendString(nil, name), ':')
		p.byName[name] = len(p.fields)
		p.fields = append(p.fields, fl)
	}
	return p
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}

// union is a registered polymorphic interface.
type union struct {
	iface         reflect.Type
	discriminator string
	key           []byte // `"discriminator":`
	newKind       func(kind string) reflect.Value
	kindOf        func(v reflect.Value) string
}

var unions sync.Map // reflect.Type → *union

// RegisterUnion declares the polymorphic interface T, discriminated by the
// JSON member named discriminator. newKind returns a new pointer to the
// concrete struct for a kind (for a kind the package does not know, a new
// pointer to its Unknown<X> type, which declares the discriminator as a
// field so the kind is kept); kindOf returns the kind of a concrete value.
// When the concrete struct declares no field for the discriminator, or
// leaves it nil, the codec writes the member first with kindOf's value.
// Register each union once, in an init function of the package that
// declares it.
func RegisterUnion[T any](discriminator string, newKind func(kind string) T, kindOf func(T) string) {
	it := reflect.TypeFor[T]()
	if it.Kind() != reflect.Interface {
		panic("wire: RegisterUnion needs an interface type, got " + it.String())
	}
	u := &union{
		iface:         it,
		discriminator: discriminator,
		key:           append(appendString(nil, discriminator), ':'),
		newKind: func(kind string) reflect.Value {
			return reflect.ValueOf(newKind(kind))
		},
		kindOf: func(v reflect.Value) string { return kindOf(v.Interface().(T)) },
	}
	if _, loaded := unions.LoadOrStore(it, u); loaded {
		panic("wire: union " + it.String() + " registered twice")
	}
}

func unionFor(t reflect.Type) (*union, bool) {
	u, ok := unions.Load(t)
	if !ok {
		return nil, false
	}
	return u.(*union), true
}

// selfSerializing reports whether a struct writes its own JSON: it has an
// AppendJSON method, or it declares no json tag at all and implements
// json.Marshaler or json.Unmarshaler. A model (which has tags) is always
// planned, even though its MarshalJSON and UnmarshalJSON call this codec.
func selfSerializing(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	if pt.Implements(appenderT) {
		return true
	}
	if !pt.Implements(marshalerT) && !pt.Implements(unmarshalerT) {
		return false
	}
	for i := range t.NumField() {
		if _, ok := t.Field(i).Tag.Lookup("json"); ok {
			return false
		}
	}
	return true
}

// UnionKind returns the discriminator's JSON name of the union registered
// for the interface type iface and the kind of v, a value of it, for tests
// that build values.
func UnionKind(iface reflect.Type, v reflect.Value) (discriminator, kind string, ok bool) {
	u, ok := unionFor(iface)
	if !ok {
		return "", "", false
	}
	return u.discriminator, u.kindOf(v), true
}
