package fake

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/azclients/azclients/iotcentral"
)

// handlerTransport sends requests straight to an http.Handler, in process.
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) Do(req *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, req)
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}

// BenchmarkJobWait creates a job on 100 devices in batches of 10 and waits
// for it with BeginWait: 1 PUT and 11 polls per iteration.
func BenchmarkJobWait(b *testing.B) {
	data := newAdminData(groupDirectory{"g": devices(100)})
	routes := newAdminRoutes(data, time.Now, 100, "/api")
	c, err := iotcentral.NewClientWithAPITokenString("https://bench.azureiotcentral.com/api", "SharedAccessSignature sr=x&sig=y&skn=z&se=1",
		&iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{Transport: handlerTransport{routes.mux}}})
	if err != nil {
		b.Fatal(err)
	}
	jobs := c.Jobs()
	body := jobBody("g")
	body.Batch = &iotcentral.JobBatch{Type: to.Ptr(iotcentral.JobBatchTypeNumber), Value: to.Ptr(10.0)}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		id := fmt.Sprint("job-", i)
		if _, err := jobs.Create(ctx, id, body, nil); err != nil {
			b.Fatal(err)
		}
		poller, err := jobs.BeginWait(ctx, id, nil)
		if err != nil {
			b.Fatal(err)
		}
		res, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Microsecond})
		if err != nil || *res.Progress.Completed != 100 {
			b.Fatalf("%v %+v", err, res.Progress)
		}
	}
}
