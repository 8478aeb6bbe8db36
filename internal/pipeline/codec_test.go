package pipeline

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// widget exercises every codec helper the way a service model does.
type widget struct {
	Name     *string
	Kind     *widgetKind
	Count    *int32
	Big      *int64
	Ratio    *float64
	Enabled  *bool
	Created  *time.Time
	Sub      *widget
	Children []widget
	Labels   []widgetKind
	Tags     map[string]string
	Extra    json.RawMessage
	Unknown  map[string]json.RawMessage
}

type widgetKind string

func (w widget) AppendJSON(b []byte) ([]byte, error) {
	o := NewObjectWriter(b)
	WriteString(&o, "name", w.Name)
	WriteString(&o, "kind", w.Kind)
	WriteInt(&o, "count", w.Count)
	WriteInt(&o, "big", w.Big)
	o.Float("ratio", w.Ratio)
	o.Bool("enabled", w.Enabled)
	o.Time("created", w.Created)
	WriteModel(&o, "sub", w.Sub)
	WriteSlice(&o, "children", w.Children, ModelValue[widget])
	WriteSlice(&o, "labels", w.Labels, StringValue[widgetKind])
	WriteMap(&o, "tags", w.Tags, StringValue[string])
	o.Raw("extra", w.Extra)
	return o.Close(w.Unknown)
}

func (w widget) MarshalJSON() ([]byte, error) { return Marshal(w) }

func (w *widget) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, "widget", &w.Unknown, func(name, v []byte) (bool, error) {
		switch string(name) {
		case "name":
			return true, DecodeString(v, &w.Name)
		case "kind":
			return true, DecodeString(v, &w.Kind)
		case "count":
			return true, DecodeInt(v, &w.Count)
		case "big":
			return true, DecodeInt(v, &w.Big)
		case "ratio":
			return true, DecodeFloat(v, &w.Ratio)
		case "enabled":
			return true, DecodeBool(v, &w.Enabled)
		case "created":
			return true, DecodeTime(v, &w.Created)
		case "sub":
			return true, DecodeModel(v, &w.Sub)
		case "children":
			return true, DecodeSlice(v, &w.Children, ModelElem[widget])
		case "labels":
			return true, DecodeSlice(v, &w.Labels, StringElem[widgetKind])
		case "tags":
			return true, DecodeMap(v, &w.Tags, StringElem[string])
		case "extra":
			return true, DecodeRaw(v, &w.Extra)
		}
		return false, nil
	})
}

// parse turns JSON into an any tree for comparisons that ignore member order
// and white space.
func parse(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("invalid JSON %s: %v", data, err)
	}
	return v
}

func TestCodecRoundTripKeepsEveryMember(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
	}{
		{"empty object", `{}`},
		{"scalars", `{"name":"a","kind":"Brand-New-Kind","count":-7,"big":9007199254740993,"ratio":0.25,"enabled":false}`},
		{"empty slice and map are kept", `{"children":[],"labels":[],"tags":{}}`},
		{"nested with unknowns at every level", `{"sub":{"name":"s","future":{"x":[1,2]}},"children":[{"name":"c","z":null}],"top":true}`},
		{"escapes", `{"name":"quote\" slash\\ nl\n tab\t uni\u00e9 \ud83d\ude00 ctl\u0001","tags":{"k\"ey":"v"}}`},
		{"raw extra", `{"extra":{"deep":[{"a":1},"s",null,true]}}`},
		{"time", `{"created":"2024-08-09T18:13:29.389Z"}`},
		{"unknown escaped name", `{"n\u0061me2":1}`},
		{"floats", `{"ratio":1e-7}`},
		{"big float", `{"ratio":1.5e+300}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var w widget
			if err := json.Unmarshal([]byte(tt.in), &w); err != nil {
				t.Fatalf("decode: %v", err)
			}
			out, err := json.Marshal(w)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			if diff := cmp.Diff(parse(t, []byte(tt.in)), parse(t, out)); diff != "" {
				t.Errorf("round trip lost or changed members (-in +out):\n%s\nout: %s", diff, out)
			}
		})
	}
}

func TestDecodeNullLeavesFieldsUnset(t *testing.T) {
	t.Parallel()
	var w widget
	in := `{"name":null,"count":null,"sub":null,"children":null,"tags":null,"created":null,"enabled":null,"ratio":null}`
	if err := json.Unmarshal([]byte(in), &w); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(widget{}, w); diff != "" {
		t.Errorf("nulls should decode to absent fields (-want +got):\n%s", diff)
	}
	out, _ := json.Marshal(w)
	if string(out) != `{}` {
		t.Errorf("absent fields encoded as %s, want {}", out)
	}
}

func TestDecodeErrorsNameModelAndMember(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		wantSub string
	}{
		{`{"count":"7"}`, "widget.count: want an integer, got a string"},
		{`{"count":4294967296}`, "widget.count: 4294967296 does not fit in int32"},
		{`{"count":1.5}`, "widget.count: want an integer"},
		{`{"enabled":"yes"}`, "widget.enabled: want a boolean"},
		{`{"sub":[]}`, "widget.sub: decode widget: want a JSON object, got an array"},
		{`{"children":[{"count":true}]}`, "widget.children: [0]: decode widget.count"},
		{`{"created":"yesterday"}`, `widget.created: "yesterday" is not an RFC 3339 date-time`},
		{`{"tags":{"a":1}}`, `widget.tags: ["a"]: want a string`},
		{`[1]`, "want a JSON object, got an array"},
		{`{"name":"x"`, "unterminated object"},
		{`{"name":"x"}}`, "after the object"},
		{`{"name":"\x"}`, "invalid escape"},
		{`{"count":01}`, "expected ',' or '}'"},
		{`{"name":tru}`, "invalid literal"},
		{"{\"name\":\"a\x01\"}", "control character"},
		{`{"big":-9223372036854775809}`, "widget.big"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			var w widget
			err := w.UnmarshalJSON([]byte(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.wantSub) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.wantSub)
			}
		})
	}
}

func TestScannerAgreesWithEncodingJSON(t *testing.T) {
	t.Parallel()
	inputs := []string{
		`{}`, `{"a":1}`, `{"a":-0.5e+10}`, `{"a":-}`, `{"a":.5}`, `{"a":1.}`, `{"a":1e}`, `{"a":[1,]}`,
		`{"a":[,1]}`, `{,}`, `{"a" 1}`, `{"a":1,}`, `{"a":"\u12"}`, `{"a":"\u1234"}`, `{"a":nul}`,
		`{"a":[[[[]]]]}`, `{"a":{"b":{"c":{}}}}`, " \n{ \"a\" : [ true , false , null ] } \t", `{"a":"\/"}`,
		`{"a":1}x`, `{"a":0123}`, `{"a":-0}`, `{"a":1E5}`,
	}
	for _, in := range inputs {
		var w widget
		got := w.UnmarshalJSON([]byte(in)) == nil
		if want := json.Valid([]byte(in)); got != want {
			t.Errorf("%q: accepted = %v, encoding/json valid = %v", in, got, want)
		}
	}
}

func TestDeepNestingIsRejectedNotCrashing(t *testing.T) {
	t.Parallel()
	in := `{"extra":` + strings.Repeat("[", maxDepth+5) + strings.Repeat("]", maxDepth+5) + `}`
	var w widget
	if err := w.UnmarshalJSON([]byte(in)); err == nil || !strings.Contains(err.Error(), "nesting too deep") {
		t.Fatalf("error = %v, want nesting too deep", err)
	}
}

func TestEncodeInvalidRawIsAnError(t *testing.T) {
	t.Parallel()
	_, err := widget{Extra: json.RawMessage(`{"broken"`)}.AppendJSON(nil)
	if err == nil {
		t.Fatal("invalid raw JSON encoded without error")
	}
	out, err := json.Marshal(widget{Extra: json.RawMessage(" [1, 2] "), Name: new("\u2028<&>")})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"` + "\u2028" + `<&>","extra":[1, 2]}`; string(out) != want && !json.Valid(out) {
		t.Errorf("out = %s", out)
	}
}

func TestEncodeInvalidUTF8BecomesReplacementChar(t *testing.T) {
	t.Parallel()
	out, err := widget{Name: new("a\xffb")}.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"name":"a\ufffdb"}` {
		t.Errorf("out = %s", out)
	}
}

func TestLenientTimes(t *testing.T) {
	t.Parallel()
	tests := map[string]time.Time{
		`"2024-08-09T18:13:29.389Z"`:     time.Date(2024, 8, 9, 18, 13, 29, 389e6, time.UTC),
		`"2017-06-01T19:39:24.653"`:      time.Date(2017, 6, 1, 19, 39, 24, 653e6, time.UTC),
		`"2021-01-01T00:00:00+02:00"`:    time.Date(2020, 12, 31, 22, 0, 0, 0, time.UTC),
		`"2022-07-31"`:                   time.Date(2022, 7, 31, 0, 0, 0, 0, time.UTC),
		`"2017-09-01T00:00:00.0000000Z"`: time.Date(2017, 9, 1, 0, 0, 0, 0, time.UTC),
	}
	for in, want := range tests {
		var got *time.Time
		if err := DecodeTime([]byte(in), &got); err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		if !got.Equal(want) {
			t.Errorf("%s = %v, want %v", in, got, want)
		}
	}
}

// FuzzDecodeObject checks that the decoder never panics, accepts only valid
// JSON, and that whatever it accepts re-encodes to JSON that decodes to the
// same model.
func FuzzDecodeObject(f *testing.F) {
	for _, s := range []string{`{}`, `{"name":"a","sub":{"x":1},"children":[{}],"tags":{"a":"b"}}`, `{"extra":[1,{"a":null}]}`, `{"n\u0061me":"\ud800"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var w widget
		if err := w.UnmarshalJSON(data); err != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		out, err := w.AppendJSON(nil)
		if err != nil {
			// only a float that cannot be represented fails; nothing else may
			if w.Ratio == nil {
				t.Fatalf("re-encode failed: %v", err)
			}
			return
		}
		if !json.Valid(out) {
			t.Fatalf("re-encoded to invalid JSON %q", out)
		}
		var again widget
		if err := again.UnmarshalJSON(out); err != nil {
			t.Fatalf("re-decode of %q: %v", out, err)
		}
		out2, _ := again.AppendJSON(nil)
		if diff := cmp.Diff(parse(t, out), parse(t, out2)); diff != "" {
			t.Fatalf("encoding is not stable (-first +second):\n%s", diff)
		}
	})
}
