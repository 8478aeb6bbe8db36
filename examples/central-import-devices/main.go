// Command central-import-devices creates IoT Central devices from a CSV
// file with bounded concurrency, a progress line, retries on throttling
// (429) and a final report of every row that failed, with its reason.
//
//	go run ./examples/central-import-devices                       # built-in sample, emulator
//	go run ./examples/central-import-devices -csv examples/central-import-devices/testdata/with-errors.csv
//	go run ./examples/central-import-devices -live -app https://myapp.azureiotcentral.com/api -csv devices.csv
//
// The CSV has a header row and the columns id, displayName, template and
// simulated (true or false). All workers share one iotcentral.Pacer: they
// keep together to -rate requests per second (default just under IoT
// Central's 20 per application), and a 429 holds every worker for its
// Retry-After. On the emulator the application enforces the limit, so
// -rate 0 makes the throttling and retries visible; emulator time runs 20
// times faster than wall time.
//
// With -live it authenticates with IOTCENTRAL_API_TOKEN when set, else
// with azidentity.NewDefaultAzureCredential. It exits 0 when every row was
// imported, 1 when some failed and 2 on bad usage.
package main

import (
	"context"
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/azclients/azclients/examples/internal/demo"
	"github.com/azclients/azclients/iotcentral"
	centralfake "github.com/azclients/azclients/iotcentral/fake"
)

//go:embed devices.csv
var sampleCSV string

// sampleTemplate is the template the sample rows use; on the emulator it
// is published before the import.
const sampleTemplate = "dtmi:azclients:import:Sensor;1"

type config struct {
	live        bool
	app, csv    string
	concurrency int
	retries     int
	rate        float64
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.live, "live", false, "import into a real IoT Central application instead of the emulator")
	flag.StringVar(&cfg.app, "app", os.Getenv(demo.EnvCentralApp), "IoT Central API URL for -live, https://<app>.azureiotcentral.com/api")
	flag.StringVar(&cfg.csv, "csv", "", "CSV file to import (default: a built-in sample of 40 devices)")
	flag.IntVar(&cfg.concurrency, "concurrency", 4, "devices created at the same time, 1 to 32")
	flag.IntVar(&cfg.retries, "retries", 6, "retries of a throttled (429) or failed (5xx) request")
	flag.Float64Var(&cfg.rate, "rate", 0.95*iotcentral.ApplicationRateLimit, "requests per second all workers keep to together (IoT Central allows 20 per application); 0 only shares each 429's Retry-After")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: central-import-devices [flags]\n\nCreates IoT Central devices from a CSV (id,displayName,template,simulated).\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || cfg.concurrency < 1 || cfg.concurrency > 32 || cfg.retries < 0 || (cfg.live && cfg.app == "") {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	failed, err := run(ctx, os.Stdout, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "central-import-devices:", demo.Describe(err))
		os.Exit(2)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// row is one device to create, with its line in the CSV.
type row struct {
	line   int
	id     string
	device iotcentral.Device
}

// failure is a row that was not imported.
type failure struct {
	line   int
	id     string
	reason string
}

// readRows parses the CSV; rows it cannot read become failures.
func readRows(r io.Reader) ([]row, []failure, error) {
	records, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("reading the CSV: %w", err)
	}
	if len(records) == 0 || strings.Join(records[0], ",") != "id,displayName,template,simulated" {
		return nil, nil, errors.New("the CSV must start with the header id,displayName,template,simulated")
	}
	var rows []row
	var bad []failure
	for i, rec := range records[1:] {
		line := i + 2
		simulated, err := strconv.ParseBool(rec[3])
		if err != nil {
			bad = append(bad, failure{line, rec[0], fmt.Sprintf("simulated %q is not true or false", rec[3])})
			continue
		}
		d := iotcentral.Device{DisplayName: to.Ptr(rec[1]), Simulated: to.Ptr(simulated)}
		if rec[2] != "" {
			d.Template = to.Ptr(rec[2])
		}
		rows = append(rows, row{line: line, id: rec[0], device: d})
	}
	return rows, bad, nil
}

func run(ctx context.Context, w io.Writer, cfg config) (int, error) {
	input := io.Reader(strings.NewReader(sampleCSV))
	if cfg.csv != "" {
		f, err := os.Open(cfg.csv)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		input = f
	}
	rows, failures, err := readRows(input)
	if err != nil {
		return 0, err
	}
	client, emu, stopClock, err := newClient(ctx, cfg)
	if err != nil {
		return 0, err
	}
	defer stopClock()

	parseFailures := len(failures)
	var done atomic.Int64
	var mu sync.Mutex
	work := make(chan row)
	var wg sync.WaitGroup
	for range cfg.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				_, err := client.Devices().Create(ctx, r.id, r.device, nil)
				if err != nil {
					mu.Lock()
					failures = append(failures, failure{r.line, r.id, reason(err)})
					mu.Unlock()
				}
				done.Add(1)
			}
		}()
	}
	progress := time.NewTicker(200 * time.Millisecond)
	defer progress.Stop()
	start := time.Now()
	go func() {
		last := int64(-1)
		for range progress.C {
			if n := done.Load(); n != last {
				fmt.Fprintf(w, "progress: %d/%d rows done\n", n, len(rows))
				last = n
			}
		}
	}()
feed:
	for _, r := range rows {
		select {
		case work <- r:
		case <-ctx.Done():
			break feed
		}
	}
	close(work)
	wg.Wait()
	progress.Stop()

	imported := len(rows) - (len(failures) - parseFailures)
	fmt.Fprintf(w, "imported %d of %d rows in %s; %d failed\n", imported, len(rows)+parseFailures, time.Since(start).Round(time.Millisecond), len(failures))
	if emu != nil {
		throttled := 0
		for _, r := range emu.Requests() {
			if r.Status == http.StatusTooManyRequests {
				throttled++
			}
		}
		fmt.Fprintf(w, "the application throttled %d requests (429); each was retried after its Retry-After\n", throttled)
	}
	sort.Slice(failures, func(i, j int) bool { return failures[i].line < failures[j].line })
	for _, f := range failures {
		fmt.Fprintf(w, "  line %d (%q): %s\n", f.line, f.id, f.reason)
	}
	return len(failures), ctx.Err()
}

// reason describes why a device was not created, without secrets.
func reason(err error) string {
	var ve *iotcentral.ValidationError
	if errors.As(err, &ve) {
		return "invalid: " + ve.Field + " " + ve.Rule
	}
	var se *iotcentral.ServiceError
	if errors.As(err, &se) {
		return fmt.Sprintf("IoT Central answered %d %s: %s", se.StatusCode, se.Code, se.Message)
	}
	return demo.Describe(err)
}

// newClient returns the client of the live application or of an emulator
// that enforces the 20 requests per second limit, with its clock running
// 20 times faster than wall time; stop ends the clock.
func newClient(ctx context.Context, cfg config) (*iotcentral.Client, *centralfake.Emulator, func(), error) {
	retry := policy.RetryOptions{MaxRetries: int32(cfg.retries), RetryDelay: 200 * time.Millisecond, MaxRetryDelay: 2 * time.Second}
	// One pacer for every worker: they keep to the application's limit
	// together, and a 429 holds them all for its Retry-After instead of
	// each worker meeting the limit on its own.
	pacer := iotcentral.NewPacer(&iotcentral.PacerOptions{RequestsPerSecond: cfg.rate})
	if cfg.live {
		opts := &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Retry: retry}, Pacer: pacer}
		if token := os.Getenv(demo.EnvCentralToken); token != "" {
			c, err := iotcentral.NewClientWithAPITokenString(cfg.app, token, opts)
			return c, nil, func() {}, err
		}
		target, err := demo.NewTarget(true)
		if err != nil {
			return nil, nil, nil, err
		}
		c, err := iotcentral.NewClient(cfg.app, target.Credential, opts)
		return c, nil, func() {}, err
	}
	emu := centralfake.NewEmulator(&centralfake.EmulatorOptions{RateLimit: centralfake.ApplicationRateLimit})
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				emu.Clock().Advance(time.Second)
			}
		}
	}()
	target, _ := demo.NewTarget(false)
	c, err := iotcentral.NewClient("https://import-demo.azureiotcentral.com/api", target.Credential, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: emu, Retry: retry}, Pacer: pacer})
	if err != nil {
		cancel()
		return nil, nil, nil, err
	}
	if _, err := c.DeviceTemplates().Create(ctx, sampleTemplate, iotcentral.DeviceTemplate{
		Types: []string{"ModelDefinition", "DeviceModel"}, CapabilityModel: []byte(`{"@id":"` + sampleTemplate + `","@type":"Interface","contents":[]}`),
	}, nil); err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return c, emu, cancel, nil
}
