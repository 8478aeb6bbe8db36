package iotcentral_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/iotcentral"
)

// throttleOnce answers the first request 429 with a long retry-after-ms and
// every later one 200.
type throttleOnce struct{ n atomic.Int64 }

func (t *throttleOnce) Do(req *http.Request) (*http.Response, error) {
	h := http.Header{"Content-Type": {"application/json"}}
	status := http.StatusOK
	if t.n.Add(1) == 1 {
		status = http.StatusTooManyRequests
		h.Set("retry-after-ms", "3600000")
	}
	return &http.Response{StatusCode: status, Header: h, Request: req, Body: io.NopCloser(strings.NewReader(`{"id":"d1"}`))}, nil
}

func TestPacerIsSharedByEveryClientGivenIt(t *testing.T) {
	t.Parallel()
	transport := &throttleOnce{}
	pacer := iotcentral.NewPacer(nil)
	newClient := func() *iotcentral.Client {
		c, err := iotcentral.NewClientWithAPITokenString("https://app.azureiotcentral.com/api", "SharedAccessSignature sr=a&sig=b&skn=c&se=1", &iotcentral.ClientOptions{
			ClientOptions: azcore.ClientOptions{Transport: transport, Retry: policy.RetryOptions{MaxRetries: -1}},
			Pacer:         pacer,
		})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	first, second := newClient(), newClient()
	if _, err := first.Devices().Get(context.Background(), "d1", nil); !iotcentral.HasCode(err) {
		t.Fatalf("first request: err = %v, want the 429", err)
	}
	// The other client now waits out the hour before sending: its context
	// ends first and nothing reaches the transport.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := second.Devices().Get(ctx, "d1", nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second client: err = %v, want it held until its deadline", err)
	}
	if got := transport.n.Load(); got != 1 {
		t.Errorf("the transport saw %d requests, want only the throttled one", got)
	}
}
