package fake

import (
	"context"
	"errors"
	"net/http"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// QueryServer is a fake for iotcentral.QueryClient. Set the fields a test
// uses; a call to a nil field fails with an error naming it.
type QueryServer struct {
	// Run answers QueryClient.Run with the query's text.
	Run func(ctx context.Context, query string, options *iotcentral.QueryClientRunOptions) (resp azfake.Responder[iotcentral.QueryClientRunResponse], errResp azfake.ErrorResponder)
}

// QueryServerTransport routes QueryClient's requests to a QueryServer. Use
// it as ClientOptions.Transport.
type QueryServerTransport struct{ t *fakeserver.Transport }

// NewQueryServerTransport returns a transport that answers QueryClient's
// requests with srv.
func NewQueryServerTransport(srv *QueryServer) *QueryServerTransport {
	return &QueryServerTransport{fakeserver.NewTransport(queryRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *QueryServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

func queryRoutes(srv *QueryServer) map[string]fakeserver.Handler {
	return map[string]fakeserver.Handler{
		"QueryClient.Run": serve(func() bool { return srv.Run != nil }, "QueryClient.Run", "/query", http.StatusOK,
			func(req *http.Request, _ []string) (azfake.Responder[iotcentral.QueryClientRunResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.QueryRequest](req)
				if err == nil && body.Query == nil {
					err = fakeserver.NonRetriable(errors.New("fake: the query request has no query"))
				}
				if err != nil {
					return azfake.Responder[iotcentral.QueryClientRunResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Run(req.Context(), *body.Query, nil)
				return r, e, nil
			}),
	}
}
