package emulator

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/google/go-cmp/cmp"
)

const widgets = "/subscriptions/sub/resourceGroups/rg/providers/Test.Widgets/widgets"

// widgetService is a minimal ARM-style service on the emulator: PUT starts
// an Azure-AsyncOperation operation, DELETE a Location one, GET and LIST
// read the store.
func widgetService(t *testing.T, opts Options) (*Emulator, *[]string) {
	t.Helper()
	e := New(opts)
	var mu sync.Mutex
	var states []string
	e.Handle("PUT "+widgets+"/{name}", func(w http.ResponseWriter, r *http.Request) {
		body, err := ReadJSON(r)
		if err != nil {
			e.WriteError(w, http.StatusBadRequest, "InvalidBody", err.Error())
			return
		}
		key := r.URL.Path
		body = Set(body, "Accepted", "properties", "provisioningState")
		body = Set(body, r.PathValue("name"), "name")
		rec, _, err := e.Store().Put(key, body, r.Header.Get("If-Match"))
		if err != nil {
			e.WriteError(w, http.StatusPreconditionFailed, "PreconditionFailed", err.Error())
			return
		}
		op := e.StartOperation(r, OperationSpec{
			States: []string{"Accepted", "Provisioning"},
			OnPoll: func(s string) {
				mu.Lock()
				states = append(states, s)
				mu.Unlock()
				_, _ = e.Store().Update(key, func(b json.RawMessage) (json.RawMessage, error) {
					return Set(b, s, "properties", "provisioningState"), nil
				})
			},
		})
		e.Accept(w, r, op, http.StatusCreated, rec.Body, AsyncOperationHeader)
	})
	e.Handle("GET "+widgets+"/{name}", func(w http.ResponseWriter, r *http.Request) {
		rec, ok := e.Store().Get(r.URL.Path)
		if !ok {
			e.WriteError(w, http.StatusNotFound, "ResourceNotFound", "no widget "+r.PathValue("name"))
			return
		}
		w.Header().Set("ETag", rec.ETag)
		WriteJSON(w, http.StatusOK, Set(rec.Body, SystemData(rec), "systemData"))
	})
	e.Handle("DELETE "+widgets+"/{name}", func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path
		if _, ok := e.Store().Get(key); !ok {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		op := e.StartOperation(r, OperationSpec{Complete: func() (json.RawMessage, *OperationError) {
			_, err := e.Store().Delete(key, "")
			if err != nil {
				return nil, &OperationError{Code: "Gone", Message: err.Error()}
			}
			return nil, nil
		}})
		e.Accept(w, r, op, http.StatusAccepted, nil, LocationHeader)
	})
	e.Handle("GET "+widgets, func(w http.ResponseWriter, r *http.Request) {
		e.WriteStorePage(w, r, r.URL.Path, nil)
	})
	// The same list rendered whole and paged by WritePage.
	e.Handle("GET /whole"+widgets, func(w http.ResponseWriter, r *http.Request) {
		var items []json.RawMessage
		for _, rec := range e.Store().List(strings.TrimPrefix(r.URL.Path, "/whole")) {
			items = append(items, rec.Body)
		}
		e.WritePage(w, r, items)
	})
	return e, &states
}

func testPipeline(t *testing.T, transport policy.Transporter) runtime.Pipeline {
	t.Helper()
	c, err := azcore.NewClient("emulatortest", "v0.0.1", runtime.PipelineOptions{}, &policy.ClientOptions{
		Transport: transport,
		Retry:     policy.RetryOptions{RetryDelay: time.Millisecond, MaxRetryDelay: 5 * time.Millisecond, MaxRetries: 3},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c.Pipeline()
}

func send(t *testing.T, pl runtime.Pipeline, method, url string, body any) *http.Response {
	t.Helper()
	req, err := runtime.NewRequest(context.Background(), method, url)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		if err := runtime.MarshalAsJSON(req, body); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := pl.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

type widget struct {
	Name       string `json:"name"`
	Properties struct {
		Size              int    `json:"size"`
		ProvisioningState string `json:"provisioningState"`
	} `json:"properties"`
	SystemData map[string]string `json:"systemData"`
}

const base = "https://management.example.test"

func TestCreateThroughAzureAsyncOperation(t *testing.T) {
	t.Parallel()
	for _, polls := range []int{-1, 1, 3} {
		t.Run(strconv.Itoa(polls), func(t *testing.T) {
			t.Parallel()
			e, states := widgetService(t, Options{Polls: polls})
			pl := testPipeline(t, e)
			resp := send(t, pl, http.MethodPut, base+widgets+"/w1?api-version=1", map[string]any{"properties": map[string]any{"size": 3}})
			if resp.StatusCode != http.StatusCreated || !strings.HasPrefix(resp.Header.Get("Azure-AsyncOperation"), base+operationsPath) {
				t.Fatalf("PUT: %d, Azure-AsyncOperation %q", resp.StatusCode, resp.Header.Get("Azure-AsyncOperation"))
			}
			poller, err := runtime.NewPoller[widget](resp, pl, &runtime.NewPollerOptions[widget]{FinalStateVia: runtime.FinalStateViaAzureAsyncOp})
			if err != nil {
				t.Fatal(err)
			}
			got, err := poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != "w1" || got.Properties.Size != 3 || got.Properties.ProvisioningState != StatusSucceeded {
				t.Errorf("final resource = %+v", got)
			}
			if got.SystemData["createdBy"] != Actor || got.SystemData["createdAt"] != DefaultStart.Format(time.RFC3339Nano) {
				t.Errorf("systemData = %v", got.SystemData)
			}
			want := []string{StatusSucceeded}
			if polls > 0 {
				want = append(make([]string, 0), "Provisioning")
				for len(want) < polls {
					want = append(want, "Provisioning")
				}
				want = append(want, StatusSucceeded)
			}
			if d := cmp.Diff(want, *states); d != "" {
				t.Errorf("states (-want +got):\n%s", d)
			}
		})
	}
}

func TestDeleteThroughLocation(t *testing.T) {
	t.Parallel()
	e, _ := widgetService(t, Options{Polls: 2, RetryAfter: 20 * time.Millisecond})
	pl := testPipeline(t, e)
	if _, _, err := e.Store().Put(widgets+"/w1", json.RawMessage(`{"name":"w1"}`), ""); err != nil {
		t.Fatal(err)
	}
	resp := send(t, pl, http.MethodDelete, base+widgets+"/w1", nil)
	if resp.StatusCode != http.StatusAccepted || resp.Header.Get("retry-after-ms") != "20" || resp.Header.Get("Retry-After") != "1" {
		t.Fatalf("DELETE: %d %v", resp.StatusCode, resp.Header)
	}
	poller, err := runtime.NewPoller[struct{}](resp, pl, &runtime.NewPollerOptions[struct{}]{FinalStateVia: runtime.FinalStateViaLocation})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.Store().Get(widgets + "/w1"); ok {
		t.Error("the widget still exists after the delete finished")
	}
	var statuses []int
	for _, r := range e.Requests() {
		if strings.HasPrefix(r.Path, operationResultsPath) {
			statuses = append(statuses, r.Status)
		}
	}
	if d := cmp.Diff([]int{202, 202, 204}, statuses); d != "" {
		t.Errorf("Location polls (-want +got):\n%s", d)
	}
	if resp := send(t, pl, http.MethodDelete, base+widgets+"/w1", nil); resp.StatusCode != http.StatusNoContent {
		t.Errorf("second DELETE = %d, want 204", resp.StatusCode)
	}
}

func TestFailedOperation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		method string
		via    runtime.FinalStateVia
		path   string
	}{
		{"async operation", http.MethodPut, runtime.FinalStateViaAzureAsyncOp, "/w1"},
		{"location", http.MethodDelete, runtime.FinalStateViaLocation, "/w1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, _ := widgetService(t, Options{Polls: 1})
			pl := testPipeline(t, e)
			if _, _, err := e.Store().Put(widgets+tt.path, json.RawMessage(`{}`), ""); err != nil {
				t.Fatal(err)
			}
			e.Faults().Add(Fault{Kind: FaultFailOperation, Method: tt.method, Code: "QuotaExceeded", Message: "no capacity left"})
			resp := send(t, pl, tt.method, base+widgets+tt.path, map[string]any{})
			poller, err := runtime.NewPoller[widget](resp, pl, &runtime.NewPollerOptions[widget]{FinalStateVia: tt.via})
			if err != nil {
				t.Fatal(err)
			}
			_, err = poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
			var re *azcore.ResponseError
			if !errors.As(err, &re) || !strings.Contains(err.Error(), "QuotaExceeded") {
				t.Fatalf("PollUntilDone error = %v, want the operation's QuotaExceeded", err)
			}
			if e.Faults().Pending() != 0 {
				t.Error("the fault was not consumed")
			}
		})
	}
}

func TestPaging(t *testing.T) {
	t.Parallel()
	e, _ := widgetService(t, Options{PageSize: 4})
	for i := range 10 {
		if _, _, err := e.Store().Put(widgets+"/w"+strconv.Itoa(i), json.RawMessage(`{"name":"w`+strconv.Itoa(i)+`"}`), ""); err != nil {
			t.Fatal(err)
		}
	}
	// A grandchild is not a child of the collection.
	if _, _, err := e.Store().Put(widgets+"/w1/parts/p", json.RawMessage(`{}`), ""); err != nil {
		t.Fatal(err)
	}
	pl := testPipeline(t, e)
	type page struct {
		Value    []widget `json:"value"`
		NextLink *string  `json:"nextLink"`
	}
	tests := []struct {
		name  string
		query string
		sizes []int
	}{
		{"default size", widgets + "?api-version=1", []int{4, 4, 2}},
		{"maxpagesize", widgets + "?api-version=1&maxpagesize=3", []int{3, 3, 3, 1}},
		{"maxpagesize above the default", widgets + "?api-version=1&maxpagesize=50", []int{4, 4, 2}},
		{"whole list, default size", "/whole" + widgets + "?api-version=1", []int{4, 4, 2}},
		{"whole list, maxpagesize", "/whole" + widgets + "?api-version=1&maxpagesize=3", []int{3, 3, 3, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pager := runtime.NewPager(runtime.PagingHandler[page]{
				More: func(p page) bool { return p.NextLink != nil },
				Fetcher: func(ctx context.Context, p *page) (page, error) {
					url := base + tt.query
					if p != nil {
						if !strings.Contains(*p.NextLink, "api-version=1") {
							t.Errorf("nextLink %q lost the api-version", *p.NextLink)
						}
						url = *p.NextLink
					}
					var out page
					resp := send(t, pl, http.MethodGet, url, nil)
					return out, runtime.UnmarshalAsJSON(resp, &out)
				},
			})
			var sizes []int
			var names []string
			for pager.More() {
				p, err := pager.NextPage(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				sizes = append(sizes, len(p.Value))
				for _, w := range p.Value {
					names = append(names, w.Name)
				}
			}
			if d := cmp.Diff(tt.sizes, sizes); d != "" {
				t.Errorf("page sizes (-want +got):\n%s", d)
			}
			if len(names) != 10 || names[0] != "w0" || names[9] != "w9" {
				t.Errorf("items = %v", names)
			}
		})
	}
}

func TestEmptyPage(t *testing.T) {
	t.Parallel()
	e, _ := widgetService(t, Options{})
	resp := send(t, testPipeline(t, e), http.MethodGet, base+widgets, nil)
	b, _ := io.ReadAll(resp.Body)
	if string(b) != `{"value":[]}` {
		t.Errorf("empty list = %s", b)
	}
}
