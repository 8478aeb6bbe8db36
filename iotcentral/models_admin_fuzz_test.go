package iotcentral

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/internal/wire"
)

// checkStable is the property every decoder's fuzz target checks: what
// decodes re-encodes to valid JSON, which decodes again to a value that
// encodes to the same document.
func checkStable(t *testing.T, data []byte, roundTrip func([]byte) ([]byte, error)) {
	t.Helper()
	first, err := roundTrip(data)
	if err != nil {
		return // not a valid document for this model: fine, as long as it did not panic
	}
	if !json.Valid(first) {
		t.Fatalf("re-encoded to invalid JSON: %q", first)
	}
	second, err := roundTrip(first)
	if err != nil {
		t.Fatalf("the re-encoded document %q does not decode: %v", first, err)
	}
	var a, b any
	_ = json.Unmarshal(first, &a)
	_ = json.Unmarshal(second, &b)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("decode/encode is not stable (-first +second):\n%s", diff)
	}
}

// addSamples seeds a fuzz target with the request and response bodies of
// the admin samples.
func addSamples(f *testing.F) {
	f.Helper()
	files, _ := filepath.Glob("testdata/admin/*.json")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		var s struct {
			Parameters struct {
				Body json.RawMessage `json:"body"`
			} `json:"parameters"`
			Responses map[string]struct {
				Body json.RawMessage `json:"body"`
			} `json:"responses"`
		}
		if err := json.Unmarshal(data, &s); err != nil {
			f.Fatal(err)
		}
		if len(s.Parameters.Body) > 0 {
			f.Add([]byte(s.Parameters.Body))
		}
		for _, r := range s.Responses {
			if len(r.Body) > 0 {
				f.Add([]byte(r.Body))
			}
		}
	}
}

func FuzzUnmarshalJobData(f *testing.F) {
	for _, s := range []string{
		`{"type":"cloudProperty","target":"t","path":"p","value":{"a":[1,2]}}`,
		`{"type":"deviceTemplateMigration","template":"dtmi:x;2"}`,
		`{"type":"deviceManifestMigration","manifest":"m"}`,
		`{"type":"mystery","x":1}`, `{"type":null}`, `null`, `[]`, `{"type":"property","value":1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			d, err := unmarshalUnion[JobData](b)
			if err != nil {
				return nil, err
			}
			return wire.Marshal(&d)
		})
	})
}

func FuzzUnmarshalUser(f *testing.F) {
	for _, s := range []string{
		`{"type":"email","email":"a@b","roles":[{"role":"r","organization":"o"}]}`,
		`{"type":"servicePrincipal","tenantId":"t","objectId":"o","roles":[]}`,
		`{"type":"adGroup","tenantId":"t","objectId":"o"}`,
		`{"type":"managedIdentity","roles":[{}]}`, `{}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			u, err := unmarshalUnion[User](b)
			if err != nil {
				return nil, err
			}
			if u != nil {
				_ = u.Info()
			}
			return wire.Marshal(&u)
		})
	})
}

func FuzzUnmarshalJobScheduleEnd(f *testing.F) {
	for _, s := range []string{
		`{"type":"date","date":"2022-12-30"}`, `{"type":"date","date":"2022-12-31"}`,
		`{"type":"occurrences","occurrences":999}`, `{"type":"weekdays","days":[1]}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			e, err := unmarshalUnion[JobScheduleEnd](b)
			if err != nil {
				return nil, err
			}
			return wire.Marshal(&e)
		})
	})
}

func FuzzJob(f *testing.F) {
	addSamples(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			var j Job
			if err := j.UnmarshalJSON(b); err != nil {
				return nil, err
			}
			return wire.Marshal(j)
		})
	})
}

func FuzzScheduledJob(f *testing.F) {
	addSamples(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			var s ScheduledJob
			if err := s.UnmarshalJSON(b); err != nil {
				return nil, err
			}
			return wire.Marshal(s)
		})
	})
}

func FuzzParseRuleFiredEvent(f *testing.F) {
	files, _ := filepath.Glob("testdata/webhook/*.json")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"device":{"telemetry":{"c":{"t":{"min":1,"max":2,"count":3,"p99":4}},"d":{"x":7}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkStable(t, data, func(b []byte) ([]byte, error) {
			ev, err := ParseRuleFiredEvent(b)
			if err != nil {
				return nil, err
			}
			return wire.Marshal(ev)
		})
	})
}
