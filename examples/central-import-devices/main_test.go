package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestImportReportsEveryFailure(t *testing.T) {
	var out bytes.Buffer
	failed, err := run(context.Background(), &out, config{csv: "testdata/with-errors.csv", concurrency: 3, retries: 2})
	if err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if failed != 4 || !strings.Contains(text, "imported 2 of 6 rows") {
		t.Fatalf("failed = %d\n%s", failed, text)
	}
	for _, want := range []string{
		`line 3 ("bad-template"): IoT Central answered 422`,
		`line 4 (""): invalid: deviceID is required`,
		`line 5 ("good-02"): simulated "maybe" is not true or false`,
		`must be at most 128 characters long`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
}

func TestImportSampleRetriesThrottling(t *testing.T) {
	if testing.Short() {
		t.Skip("the sample waits for real Retry-After delays")
	}
	var out bytes.Buffer
	failed, err := run(context.Background(), &out, config{concurrency: 8, retries: 8})
	if err != nil || failed != 0 || !strings.Contains(out.String(), "imported 40 of 40 rows") {
		t.Fatalf("failed %d, %v\n%s", failed, err, out.String())
	}
}
