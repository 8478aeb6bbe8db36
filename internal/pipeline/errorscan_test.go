package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// Hostile error documents, as issue 17 found them and worse.
var (
	bigMessage   = strings.Repeat("ü", 100<<10) // 200 KiB of two-byte runes
	bigDetails   = "[" + strings.Repeat(`{"code":"x","message":"y"},`, 400<<10) + `{"code":"last"}]`
	deepNesting  = strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	hugeNumber   = strings.Repeat("9", 1<<20)
	escapedTail  = strings.Repeat("a", maxTextLen-3) + `\u00fc\u00fc\u00fc`
	multibyteCut = strings.Repeat("€", maxTextLen) // three bytes each
)

func TestDecodeServiceErrorHostileDocuments(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		body        string
		wantCode    string
		wantMessage string // prefix
		wantDetails int
	}{
		{"code after a message over 64 KiB", `{"error":{"message":"` + bigMessage + `","code":"LateCode"}}`, "LateCode", "üü", 0},
		{"code after 10 MB of details", `{"error":{"details":` + bigDetails + `,"code":"AfterDetails","message":"m"}}`, "AfterDetails", "m", 0},
		{"small details are kept", `{"error":{"details":[{"code":"a"},{"code":"b"}],"code":"C"}}`, "C", "", 2},
		{"code after 100,000-deep nesting", `{"error":{"additionalInfo":` + deepNesting + `,"code":"Deep"}}`, "Deep", "", 0},
		{"deep nesting before a flat code", `{"junk":` + deepNesting + `,"code":"Flat"}`, "Flat", "", 0},
		{"document cut after its code", `{"error":{"code":"Cut","message":"abc`, "Cut", "", 0},
		{"trailing junk", `{"error":{"code":"First"}} {"error":{"code":"Second"}}`, "First", "", 0},
		{"a megabyte number as the code", `{"code":` + hugeNumber + `,"message":"m"}`, strings.Repeat("9", maxNumberLen) + "…", "m", 0},
		{"a megabyte string as the code", `{"error":{"code":"` + strings.Repeat("C", 1<<20) + `"}}`, strings.Repeat("C", maxCodeLen) + "…", "", 0},
		{"an escape at the cut", `{"error":{"code":"E","message":"` + escapedTail + `"}}`, "E", "aaa", 0},
		{"multi-byte runes at the cut", `{"error":{"code":"M","message":"` + multibyteCut + `"}}`, "M", "€€", 0},
		{"code of the wrong type", `{"error":{"code":{"a":1},"message":"m"}}`, "InternalServerError", "m", 0},
		{"null error member", `{"error":null,"code":"FlatAfterNull"}`, "FlatAfterNull", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := DecodeServiceError(http.StatusInternalServerError, nil, []byte(tt.body))
			if e.Code != tt.wantCode {
				t.Errorf("Code = %.80q, want %.80q", e.Code, tt.wantCode)
			}
			if !strings.HasPrefix(e.Message, tt.wantMessage) {
				t.Errorf("Message = %.80q, want prefix %q", e.Message, tt.wantMessage)
			}
			if len(e.Details) != tt.wantDetails {
				t.Errorf("%d details, want %d", len(e.Details), tt.wantDetails)
			}
			msg := e.Error()
			if !utf8.ValidString(msg) || !utf8.ValidString(e.Message) {
				t.Error("the error was cut inside a UTF-8 sequence")
			}
			if len(msg) > 2*maxTextLen+2*maxCodeLen {
				t.Errorf("Error() is %d bytes; the caps did not hold", len(msg))
			}
		})
	}
}

func TestExcerptAndQuotedValuesCutOnRuneBoundaries(t *testing.T) {
	t.Parallel()
	for _, body := range []string{strings.Repeat("€", 1000), strings.Repeat("a", 255) + strings.Repeat("日本", 200)} {
		e := DecodeServiceError(http.StatusBadGateway, nil, []byte(body))
		if !utf8.ValidString(e.Message) || !strings.HasSuffix(e.Message, "…") {
			t.Errorf("excerpt %q is not valid UTF-8 ending with …", e.Message)
		}
	}
	var v Validator
	v.Fail("name", strings.Repeat("a", 76)+strings.Repeat("€", 50), "is wrong")
	if err := v.Err(); !utf8.ValidString(err.Error()) {
		t.Errorf("validation error %q is not valid UTF-8", err)
	}
}

// TestErrorOverTheCapKeepsItsCodeThroughThePipeline sends a 10 MB error
// document whose code comes last: azcore buffers it, and the error keeps
// its code.
func TestErrorOverTheCapKeepsItsCodeThroughThePipeline(t *testing.T) {
	t.Parallel()
	body := `{"error":{"message":"` + bigMessage + `","details":` + bigDetails + `,"code":"ConflictingOperation"}}`
	rec := &recorder{answer: func(*http.Request) *http.Response { return jsonResponse(http.StatusConflict, body) }}
	c, err := NewARMClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec, Retry: noRetry()}}, "v1")
	if err != nil {
		t.Fatal(err)
	}
	req, err := c.NewRequest(context.Background(), http.MethodGet, "/things/a")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Send(req, http.StatusOK)
	var se *ServiceError
	if !errors.As(err, &se) || !HasCode(err, "ConflictingOperation") || se.StatusCode != http.StatusConflict {
		t.Fatalf("err = %.200v, want code ConflictingOperation", err)
	}
}

func BenchmarkDecodeServiceErrorHostile(b *testing.B) {
	for _, bm := range []struct{ name, body string }{
		{"10MB-details", `{"error":{"details":` + bigDetails + `,"code":"AfterDetails"}}`},
		{"100k-deep", `{"error":{"additionalInfo":` + deepNesting + `,"code":"Deep"}}`},
		{"1MB-number", `{"code":` + hugeNumber + `}`},
	} {
		body := []byte(bm.body)
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				DecodeServiceError(http.StatusInternalServerError, nil, body)
			}
		})
	}
}

// FuzzErrorScanAgreesWithEncodingJSON checks the scanner against
// encoding/json on every document encoding/json accepts: the code and the
// message it finds are the ones a full decode finds.
func FuzzErrorScanAgreesWithEncodingJSON(f *testing.F) {
	for _, s := range []string{
		`{"error":{"code":"X","message":"m"}}`, `{"code":404201,"message":"m"}`, `{"Error":{"Code":"Upper"}}`,
		`{"error":{"code":"a"},"error":{"message":"b"}}`, `{"code":"x","code":"y"}`, `{"error":{"code":"\u00fc\"q"}}`,
		`{"error":null,"code":"F"}`, `{"error":{"details":[{"code":"d"}],"code":"C"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var ref struct {
			Error *struct {
				Code    json.RawMessage `json:"code"`
				Message string          `json:"message"`
			} `json:"error"`
			Code    json.RawMessage `json:"code"`
			Message string          `json:"message"`
		}
		if !utf8.Valid(body) || strings.ContainsFunc(string(body), func(r rune) bool { return r >= utf8.RuneSelf }) ||
			json.Unmarshal(body, &ref) != nil {
			return
		}
		code, message := ref.Code, ref.Message
		if ref.Error != nil {
			code, message = ref.Error.Code, ref.Error.Message
		}
		var wantCode string
		if json.Unmarshal(code, &wantCode) != nil {
			wantCode = ""
			if n := bytes.TrimSpace(code); len(n) > 0 && (n[0] == '-' || n[0] >= '0' && n[0] <= '9') {
				wantCode = string(n)
			}
		}
		if wantCode == "" || len(wantCode) > maxNumberLen || len(message) > maxTextLen {
			return
		}
		e := DecodeServiceError(http.StatusBadRequest, nil, body)
		if e.Code != wantCode || e.Message != message {
			t.Fatalf("scan found code %q message %q; encoding/json found %q %q in %s", e.Code, e.Message, wantCode, message, body)
		}
	})
}
