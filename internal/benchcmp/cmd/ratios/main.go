// Command ratios reads `go test -bench` output on standard input and prints,
// for every benchmark that has an ".../azclients" and an ".../official"
// variant, the median time, bytes and allocations of each and their ratio
// (ours ÷ official). Medians over -count runs resist this machine's noise;
// run the variants interleaved in one process, as BenchmarkOps does.
//
//	cd internal/benchcmp && go test -run '^$' -bench . -benchmem -count 6 | go run ./cmd/ratios
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// sample is one benchmark line's measurements.
type sample struct{ ns, bytes, allocs float64 }

func main() {
	rows, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ratios:", err)
		os.Exit(1)
	}
	if err := report(os.Stdout, rows); err != nil {
		fmt.Fprintln(os.Stderr, "ratios:", err)
		os.Exit(1)
	}
}

// parse collects the samples of every benchmark by name (without the
// -GOMAXPROCS suffix).
func parse(r io.Reader) (map[string][]sample, error) {
	rows := map[string][]sample{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		var s sample
		for i := 2; i+1 < len(f); i++ {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				s.ns = v
			case "B/op":
				s.bytes = v
			case "allocs/op":
				s.allocs = v
			}
		}
		rows[name] = append(rows[name], s)
	}
	return rows, sc.Err()
}

func median(xs []sample, field func(sample) float64) float64 {
	v := make([]float64, len(xs))
	for i, x := range xs {
		v[i] = field(x)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func ratio(a, b float64) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", a/b)
}

func report(w io.Writer, rows map[string][]sample) error {
	var names []string
	for name := range rows {
		if base, ok := strings.CutSuffix(name, "/azclients"); ok {
			if _, paired := rows[base+"/official"]; paired {
				names = append(names, base)
			}
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("no azclients/official benchmark pairs in the input")
	}
	slices.Sort(names)
	fmt.Fprintf(w, "%-32s %6s %14s %14s %8s %10s %10s %8s\n", "benchmark", "runs", "ours ns/op", "official", "time", "ours alloc", "official", "allocs")
	ns := func(s sample) float64 { return s.ns }
	allocs := func(s sample) float64 { return s.allocs }
	for _, name := range names {
		ours, official := rows[name+"/azclients"], rows[name+"/official"]
		fmt.Fprintf(w, "%-32s %6d %14.0f %14.0f %8s %10.0f %10.0f %8s\n", name, min(len(ours), len(official)),
			median(ours, ns), median(official, ns), ratio(median(ours, ns), median(official, ns)),
			median(ours, allocs), median(official, allocs), ratio(median(ours, allocs), median(official, allocs)))
	}
	return nil
}
