package wire

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type color string

type inner struct {
	Name    *string                    `json:"name,omitempty"`
	Count   *int32                     `json:"count,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

type outer struct {
	ID      *string                    `json:"id,omitempty"`
	Color   *color                     `json:"color,omitempty"`
	On      *bool                      `json:"on,omitempty"`
	Ratio   *float64                   `json:"ratio,omitempty"`
	Big     *int64                     `json:"big,omitempty"`
	When    *time.Time                 `json:"when,omitempty"`
	Expiry  *time.Time                 `json:"expiry,omitempty" format:"rfc1123"`
	Inner   *inner                     `json:"inner,omitempty"`
	List    []*inner                   `json:"list,omitempty"`
	Names   []string                   `json:"names,omitempty"`
	Tags    map[string]*string         `json:"tags,omitempty"`
	ByName  map[string]inner           `json:"byName,omitempty"`
	Raw     json.RawMessage            `json:"raw,omitempty"`
	Any     any                        `json:"any,omitempty"`
	Shape   shape                      `json:"shape,omitempty"`
	Shapes  []shape                    `json:"shapes,omitempty"`
	Self    *outer                     `json:"self,omitempty"`
	Plain   string                     `json:"plain"`
	Unknown map[string]json.RawMessage `json:"-"`
}

type shape interface{ isShape() }

type circle struct {
	Radius  *float64                   `json:"radius,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

type square struct {
	Kind    *string                    `json:"kind,omitempty"`
	Side    *int32                     `json:"side,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

type unknownShape struct {
	Kind    *string                    `json:"kind,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

func (*circle) isShape()       {}
func (*square) isShape()       {}
func (*unknownShape) isShape() {}

func init() {
	RegisterUnion[shape]("kind",
		func(kind string) shape {
			switch kind {
			case "circle":
				return &circle{}
			case "square":
				return &square{}
			default:
				return &unknownShape{}
			}
		},
		func(s shape) string {
			switch s.(type) {
			case *circle:
				return "circle"
			case *square:
				return "square"
			default:
				return ""
			}
		})
}

func ptr[T any](v T) *T { return &v }

// roundTrip decodes doc, re-encodes it and returns the decoded value and the
// encoding.
func roundTrip[T any](t *testing.T, doc string) (T, string) {
	t.Helper()
	var v T
	if err := Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("Unmarshal(%s): %v", doc, err)
	}
	out, err := Marshal(v)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return v, string(out)
}

func TestRoundTripKeepsEveryMember(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string // "" means identical to in
	}{
		{"scalars in declaration order", `{"id":"a","color":"blue","on":false,"ratio":0.5,"big":9007199254740993,"plain":""}`, ""},
		{"unknown at three levels", `{"inner":{"name":"n","zz":{"deep":[1,{"x":null}]}},"list":[{"count":2,"q":true}],"plain":"p","top":"t"}`, ""},
		{"empty non-nil slice and map survive", `{"list":[],"names":[],"tags":{},"plain":""}`, ""},
		{"null tag value kept", `{"tags":{"a":null,"b":"x"},"plain":""}`, ""},
		{"null known member dropped", `{"id":null,"inner":null,"plain":""}`, `{"plain":""}`},
		{"raw kept verbatim", `{"raw":{"b":1,"a":[true,null]},"plain":""}`, ""},
		{"any keeps exact numbers", `{"any":{"n":12345678901234567890,"f":1.50,"s":"x","l":[1,2]},"plain":""}`, `{"any":{"f":1.50,"l":[1,2],"n":12345678901234567890,"s":"x"},"plain":""}`},
		{"union kinds and unknown kind", `{"shape":{"kind":"circle","radius":2},"shapes":[{"kind":"square","side":3},{"kind":"hexagon","sides":6}],"plain":""}`, ""},
		{"recursive type", `{"self":{"self":{"id":"deep","plain":""},"plain":""},"plain":""}`, ""},
		{"time with zone kept as instant", `{"when":"2024-05-01T10:00:00.5+02:00","plain":""}`, ""},
		{"time without zone read as UTC", `{"when":"2024-05-01T10:00:00","plain":""}`, `{"when":"2024-05-01T10:00:00Z","plain":""}`},
		{"rfc1123 field", `{"expiry":"Sat, 31 Dec 2039 23:59:59 GMT","plain":""}`, ""},
		{"escapes", `{"id":"a\"b\\c\n\u0001é","plain":"\u00e9"}`, `{"id":"a\"b\\c\n\u0001é","plain":"é"}`},
		{"case-different member is unknown", `{"ID":"x","plain":""}`, `{"plain":"","ID":"x"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, got := roundTrip[outer](t, tt.in)
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want {
				t.Errorf("round trip\n got %s\nwant %s", got, want)
			}
			// A second round trip is identical to the first.
			if _, again := roundTrip[outer](t, got); again != got {
				t.Errorf("second round trip changed\n got %s\nwant %s", again, got)
			}
		})
	}
}

func TestDecodedValues(t *testing.T) {
	t.Parallel()
	v, _ := roundTrip[outer](t, `{"id":"a","inner":{"name":"n","x":1},"shape":{"kind":"square","side":3},"shapes":[{"kind":"hexagon"}],"when":"2024-05-01T10:00:00Z","plain":"p","top":[1]}`)
	want := outer{
		ID:      ptr("a"),
		Inner:   &inner{Name: ptr("n"), Unknown: map[string]json.RawMessage{"x": json.RawMessage("1")}},
		Shape:   &square{Kind: ptr("square"), Side: ptr[int32](3)},
		Shapes:  []shape{&unknownShape{Kind: ptr("hexagon")}},
		When:    ptr(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)),
		Plain:   "p",
		Unknown: map[string]json.RawMessage{"top": json.RawMessage("[1]")},
	}
	if diff := cmp.Diff(want, v); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestUnionWritesDiscriminator(t *testing.T) {
	t.Parallel()
	out, err := Marshal(outer{Shape: &circle{Radius: ptr(1.5)}, Shapes: []shape{&square{Side: ptr[int32](2)}}})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"shape":{"kind":"circle","radius":1.5},"shapes":[{"kind":"square","side":2}],"plain":""}`; string(out) != want {
		t.Errorf("got %s\nwant %s", out, want)
	}
	var s shape
	if err := Unmarshal([]byte(`{"kind":"circle","radius":3}`), &s); err != nil {
		t.Fatal(err)
	}
	if c, ok := s.(*circle); !ok || *c.Radius != 3 || c.Unknown != nil {
		t.Errorf("top-level union = %#v", s)
	}
}

func TestUnknownNeverShadowsDeclared(t *testing.T) {
	t.Parallel()
	out, err := Marshal(inner{Name: ptr("real"), Unknown: map[string]json.RawMessage{"name": json.RawMessage(`"stale"`), "b": json.RawMessage(" 2 "), "a": json.RawMessage(`1`)}})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"real","a":1,"b":2}`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
}

func TestDecodeErrorsNameTheField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"string for int", `{"inner":{"count":"3"}}`, "decode outer.inner: decode inner.count: want an integer, got a string"},
		{"fraction for int", `{"inner":{"count":1.5}}`, "inner.count: want an integer of 32 bits"},
		{"overflow", `{"inner":{"count":99999999999}}`, "inner.count: want an integer of 32 bits"},
		{"number for string", `{"id":5}`, "outer.id: want a string, got the number 5"},
		{"huge number quoted short", `{"id":` + strings.Repeat("9", 5000) + `}`, "got the number 999999999999999999999999…"},
		{"object for slice", `{"names":{}}`, "outer.names: want an array, got an object"},
		{"bad element", `{"names":["a",1]}`, "decode outer.names[1]: want a string"},
		{"bad time", `{"when":"yesterday"}`, `outer.when: want an RFC 3339 or RFC 1123 time, got "yesterday"`},
		{"not an object", `[1]`, "decode outer: want a JSON object, got an array"},
		{"syntax", `{"id":"a",}`, "invalid JSON at offset"},
		{"trailing", `{} x`, "after the value"},
		{"empty", ``, "empty input"},
		{"unterminated", `{"id":"a"`, "unterminated object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var v outer
			err := Unmarshal([]byte(tt.in), &v)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			if len(err.Error()) > 400 {
				t.Errorf("error is %d bytes long", len(err.Error()))
			}
		})
	}
}

func TestNestingLimit(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)
	var v outer
	var se *SyntaxError
	if err := Unmarshal([]byte(`{"raw":`+deep+`}`), &v); !errors.As(err, &se) || !strings.Contains(err.Error(), "nesting too deep") {
		t.Fatalf("err = %v, want nesting too deep", err)
	}
	var a any
	if err := Unmarshal([]byte(deep), &a); !errors.As(err, &se) {
		t.Fatalf("err = %v, want a syntax error", err)
	}
}

func TestEncodeRejectsWhatJSONCannotCarry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"NaN", outer{Ratio: ptr(math.NaN())}, "encode ratio: JSON has no NaN"},
		{"Inf nested", outer{List: []*inner{{}}, Self: &outer{Ratio: ptr(math.Inf(1))}}, "encode self.ratio: JSON has no +Inf"},
		{"invalid raw", outer{Raw: json.RawMessage(`{"a":`)}, "encode raw: invalid raw JSON"},
		{"invalid unknown", inner{Unknown: map[string]json.RawMessage{"x": json.RawMessage(`nope`)}}, "encode x: invalid raw JSON"},
		{"typed nil in union", outer{Shape: (*circle)(nil)}, "encode shape: a nil *wire.circle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Marshal(tt.v)
			var ue *UnsupportedValueError
			if !errors.As(err, &ue) || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestInvalidUTF8IsStable(t *testing.T) {
	t.Parallel()
	_, once := roundTrip[outer](t, "{\"id\":\"a\xffb\",\"plain\":\"\"}")
	if once != `{"id":"a`+"\uFFFD"+`b","plain":""}` {
		t.Errorf("got %q", once)
	}
}

func TestUnmarshalNeedsPointer(t *testing.T) {
	t.Parallel()
	var v outer
	if err := Unmarshal([]byte(`{}`), v); err == nil {
		t.Fatal("decode into a non-pointer succeeded")
	}
}

func TestDecodeLinearInSize(t *testing.T) {
	// Allocation per byte stays flat from 4 KiB to 400 KiB of unknown members.
	perByte := func(n int) float64 {
		doc := `{"plain":"","zz":[` + strings.Repeat(`{"a":"xxxxxxxx","b":[1,2,3]},`, n) + `1]}`
		allocs := testing.AllocsPerRun(3, func() {
			var v outer
			if err := Unmarshal([]byte(doc), &v); err != nil {
				t.Fatal(err)
			}
		})
		return (allocs + 1) / float64(len(doc))
	}
	if small, large := perByte(140), perByte(14000); large > 2*small {
		t.Errorf("allocations per byte grew from %.5f to %.5f", small, large)
	}
}
