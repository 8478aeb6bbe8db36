package main

import (
	"strings"
	"testing"
)

func TestReportPairsMedians(t *testing.T) {
	in := `goos: linux
BenchmarkOps/Get-seed/azclients-2   100  50 ns/op  10 B/op  1 allocs/op
BenchmarkOps/Get-seed/azclients-2   100  70 ns/op  10 B/op  1 allocs/op
BenchmarkOps/Get-seed/azclients-2   100  60 ns/op  10 B/op  1 allocs/op
BenchmarkOps/Get-seed/official-2    100  200 ns/op  20 B/op  4 allocs/op
BenchmarkOps/Get-seed/official-2    100  100 ns/op  20 B/op  4 allocs/op
BenchmarkOps/Get-seed/official-2    100  120 ns/op  20 B/op  4 allocs/op
BenchmarkLonely/azclients-2         100  1 ns/op
PASS`
	rows, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := report(&out, rows); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"BenchmarkOps/Get-seed", " 0.50x", " 0.25x"} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Lonely") {
		t.Errorf("an unpaired benchmark was reported:\n%s", got)
	}
	if err := report(&out, map[string][]sample{}); err == nil {
		t.Error("no error for an input without pairs")
	}
}
