package iotoperations

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/azclients/azclients/internal/testkit"
)

// specModels maps the model named by a spec example vector to a new value
// of it.
var specModels = map[string]func() any{
	"InstanceResource":              func() any { return new(InstanceResource) },
	"InstanceResourceListResult":    func() any { return new(InstanceResourceListResult) },
	"DataflowProfileResource":       func() any { return new(DataflowProfileResource) },
	"BrokerResource":                func() any { return new(BrokerResource) },
	"BrokerAuthorizationResource":   func() any { return new(BrokerAuthorizationResource) },
	"DataflowEndpointResource":      func() any { return new(DataflowEndpointResource) },
	"DataflowResource":              func() any { return new(DataflowResource) },
	"RegistryEndpointResource":      func() any { return new(RegistryEndpointResource) },
	"AkriConnectorTemplateResource": func() any { return new(AkriConnectorTemplateResource) },
}

// TestSpecExamples decodes the request and response bodies of the
// 2025-10-01 spec examples (17 of them: every endpoint kind with an
// example, one with an authentication method the enum does not list,
// dataflows, profiles, brokers, authorizations, instances and a page of
// them, registry endpoints, Akri templates) in testdata/spec-2025-10-01 into their models
// and checks that they encode back to the same JSON, and that the models
// declare every member the examples use (nothing lands in an Unknown map).
func TestSpecExamples(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("testdata", "spec-2025-10-01", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no spec examples: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var example struct {
				Model    string          `json:"model"`
				Request  json.RawMessage `json:"request"`
				Response json.RawMessage `json:"response"`
			}
			if err := json.Unmarshal(data, &example); err != nil {
				t.Fatal(err)
			}
			newModel, ok := specModels[example.Model]
			if !ok {
				t.Fatalf("unknown model %q", example.Model)
			}
			for name, body := range map[string]json.RawMessage{"request": example.Request, "response": example.Response} {
				if body == nil {
					continue
				}
				m := newModel()
				if err := json.Unmarshal(body, m); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				out, err := json.Marshal(m)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				testkit.SameJSON(t, out, body)
				if path := unknownMember(reflect.ValueOf(m), example.Model); path != "" {
					t.Errorf("%s: the model does not declare %s", name, path)
				}
			}
		})
	}
}

// unknownMember returns the path of the first member kept in an Unknown
// map anywhere in v, or "".
func unknownMember(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return unknownMember(v.Elem(), path)
	case reflect.Slice:
		for i := range v.Len() {
			if p := unknownMember(v.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if p := unknownMember(v.MapIndex(k), path+"."+k.String()); p != "" {
				return p
			}
		}
	case reflect.Struct:
		if u := v.FieldByName("Unknown"); u.IsValid() && u.Len() > 0 {
			for _, k := range u.MapKeys() {
				return path + "." + k.String()
			}
		}
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && f.Name != "Unknown" {
				if p := unknownMember(v.Field(i), path+"."+f.Name); p != "" {
					return p
				}
			}
		}
	}
	return ""
}
