package testkit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/azclients/azclients/internal/wire"
)

type Gadget struct {
	Name    *string                    `json:"name,omitempty"`
	When    *time.Time                 `json:"when,omitempty"`
	Parts   []*Part                    `json:"parts,omitempty"`
	ByKey   map[string]*Part           `json:"byKey,omitempty"`
	Shape   Shape                      `json:"shape,omitempty"`
	Raw     json.RawMessage            `json:"raw,omitempty"`
	Any     any                        `json:"any,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

func (m Gadget) MarshalJSON() ([]byte, error)     { return wire.Marshal(m) }
func (m *Gadget) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

type Part struct {
	Count   *int32                     `json:"count,omitempty"`
	Sub     *Part                      `json:"sub,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

type Shape interface{ isShape() }

type Square struct {
	Kind    *string                    `json:"kind,omitempty"`
	Side    *float64                   `json:"side,omitempty"`
	Unknown map[string]json.RawMessage `json:"-"`
}

func (*Square) isShape() {}

func init() {
	wire.RegisterUnion[Shape]("kind", func(string) Shape { return &Square{} }, func(Shape) string { return "square" })
}

func TestCheckModelsPasses(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\ntype Gadget struct{ Unknown map[string]any }\ntype Part struct{ Unknown map[string]any }\ntype Square struct{ Unknown map[string]any }\ntype notExported struct{ Unknown int }\n"
	if err := os.WriteFile(filepath.Join(dir, "models.go"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	CheckModels(t, dir, &Gadget{}, &Part{}, &Square{})
}

func TestModelNamesFindsEveryModel(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\ntype A struct{ Unknown map[string]any }\ntype B struct{ X int }\ntype c struct{ Unknown int }\n"
	if err := os.WriteFile(filepath.Join(dir, "m.go"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m_test.go"), []byte("package p\ntype T struct{ Unknown int }\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := modelNames(t, dir); len(got) != 1 || got[0] != "A" {
		t.Errorf("modelNames = %v, want [A]", got)
	}
}

func TestFillerSetsEveryField(t *testing.T) {
	f := filler{samples: []any{&Gadget{}, &Part{}, &Square{}}}
	var g Gadget
	f.fill(reflect.ValueOf(&g).Elem(), 0)
	v := reflect.ValueOf(g)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Errorf("field %s left zero", v.Type().Field(i).Name)
		}
	}
	sq, ok := g.Shape.(*Square)
	if !ok || sq.Kind == nil || *sq.Kind != "square" || sq.Side == nil {
		t.Errorf("union field = %#v, want a *Square whose discriminator is its kind", g.Shape)
	}
	if g.Parts[0].Sub == nil || g.Parts[0].Unknown == nil {
		t.Error("nested model not filled with unknown members")
	}
}
