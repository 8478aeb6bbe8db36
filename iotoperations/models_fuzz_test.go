package iotoperations

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/azclients/azclients/internal/testkit"
)

// FuzzDataflowProfileResource checks that the resource decoder never
// panics and that whatever it accepts re-encodes to valid JSON that
// decodes to the same value.
func FuzzDataflowProfileResource(f *testing.F) {
	for _, file := range []string{
		"createorupdate_request.json", "createorupdate_response.json",
		"minimal_request.json", "minimal_response.json",
		"multi_request.json", "multi_response.json",
	} {
		f.Add(testkit.ReadVector(f, file))
	}
	f.Add([]byte(`{"properties":{"x":[1,{"y":null}],"healthState":"Degraded"},"z":"\u00e9","systemData":{"createdAt":"2024-08-09T18:13:29.3890000Z"}}`))
	f.Add([]byte(`{"properties":null,"extendedLocation":{"type":"EdgeZone"},"id":"\ud83d\ude00"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowProfileResource](t, data)
	})
}

// FuzzDataflowProfileListResult does the same for a list page.
func FuzzDataflowProfileListResult(f *testing.F) {
	f.Add([]byte(`{"value":[` + string(testkit.ReadVector(f, "minimal_response.json")) + `],"nextLink":"https://management.azure.com/x?$skiptoken=1"}`))
	f.Add([]byte(`{"value":[],"nextLink":null}`))
	f.Add([]byte(`{"value":[{},{"name":"a"}],"odata.count":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		testkit.CheckStable[DataflowProfileListResult](t, data)
	})
}

// FuzzErrorResponse checks that the error document decoder never panics
// and that its encoding is stable: what it accepts encodes to valid JSON
// that decodes and encodes to the same bytes. (ErrorDetail keeps
// additionalInfo.info as sent, spaces included, and encoding/json
// compacts it, so the first decoded value may differ from the second in
// white space only.) Input that is not valid UTF-8 re-encodes as U+FFFD,
// escaped the first time and literal the second: the same JSON value.
func FuzzErrorResponse(f *testing.F) {
	f.Add([]byte(`{"error":{"code":"NotFound","message":"m","target":"t","details":[{"code":"c"}],"additionalInfo":[{"type":"x","info":{ "a" : 1 }}]}}`))
	f.Add([]byte(`{"error":null,"other":[1,2]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var first ErrorResponse
		if first.UnmarshalJSON(data) != nil {
			return
		}
		enc1, err := first.MarshalJSON()
		if err != nil {
			t.Fatalf("decoded %q but cannot encode it: %v", data, err)
		}
		if !json.Valid(enc1) {
			t.Fatalf("re-encoded %q to invalid JSON %q", data, enc1)
		}
		var second ErrorResponse
		if err := second.UnmarshalJSON(enc1); err != nil {
			t.Fatalf("the re-encoding %q does not decode: %v", enc1, err)
		}
		enc2, err := second.MarshalJSON()
		if err != nil {
			t.Fatalf("cannot encode %q again: %v", enc1, err)
		}
		if utf8.Valid(data) {
			if !bytes.Equal(enc1, enc2) {
				t.Fatalf("encoding is not stable: %q then %q", enc1, enc2)
			}
			return
		}
		// invalid UTF-8 is escaped as \ufffd the first time and written as
		// U+FFFD the second: the same JSON value
		testkit.SameJSON(t, enc2, enc1)
	})
}
