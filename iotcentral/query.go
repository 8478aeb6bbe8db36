package iotcentral

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/azclients/azclients/internal/pipeline"
	"github.com/azclients/azclients/internal/wire"
)

// QueryPreviewAPIVersion is the api-version that carries POST /query (and
// the other preview clients); pass it as ClientOptions.APIVersion.
const QueryPreviewAPIVersion = "2022-10-31-preview"

// QueryClient runs queries in the IoT Central query language over the
// application's devices and their telemetry and properties
// (https://aka.ms/iotcquery). It needs a preview api-version
// (QueryPreviewAPIVersion); with the stable one every call is a
// *ValidationError naming the version. Get one with Client.Query; it is
// safe for concurrent use.
type QueryClient struct {
	pl *pipeline.Client
}

// Query returns the client for queries.
func (c *Client) Query() *QueryClient { return &QueryClient{pl: c.pl} }

// QueryRow is one result row: column name ("$id", "$ts", a telemetry or
// property name, or an aggregate such as "avg_temperature") to value.
// Numbers are json.Number, so no digit is lost.
type QueryRow map[string]any

// String returns the value of a column as text ("" when absent).
func (r QueryRow) String(column string) string {
	switch v := r[column].(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	default:
		b, _ := json.Marshal(v)
		return string(b)
	}
}

// QueryRequest is the body of a query.
type QueryRequest struct {
	// Query is the query text, for example
	// "SELECT TOP 10 $id, temperature FROM dtmi:contoso:thermostat;1 WHERE temperature > 30". Required.
	Query *string `json:"query,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m QueryRequest) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members QueryRequest does not declare are kept in Unknown.
func (m *QueryRequest) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// QueryResponse holds the rows of a query.
type QueryResponse struct {
	// Results are the rows, in the order the query asked for.
	Results []QueryRow `json:"results,omitempty"`

	// Unknown holds JSON members this version does not model; they are written back.
	Unknown map[string]json.RawMessage `json:"-"`
}

// MarshalJSON encodes m with the lossless codec: unknown members are written back.
func (m QueryResponse) MarshalJSON() ([]byte, error) { return wire.Marshal(m) }

// UnmarshalJSON decodes data into m; members QueryResponse does not declare are kept in Unknown.
func (m *QueryResponse) UnmarshalJSON(data []byte) error { return wire.Unmarshal(data, m) }

// QueryClientRunOptions holds the optional parameters of QueryClient.Run;
// there are none yet.
type QueryClientRunOptions struct{}

// QueryClientRunResponse is the result of QueryClient.Run.
type QueryClientRunResponse struct {
	QueryResponse
}

// Run runs a query (Query_Run, POST /query, 2022-10-31-preview). The
// query's grammar and limits are the service's to check: a query it cannot
// run comes back as a *ServiceError.
// A service failure is a *ServiceError (errors.As also finds
// *azcore.ResponseError); an empty query or the stable api-version is a
// *ValidationError.
//
// https://learn.microsoft.com/rest/api/iotcentral/2022-10-31-previewdataplane/query/run
func (c *QueryClient) Run(ctx context.Context, query string, options *QueryClientRunOptions) (resp QueryClientRunResponse, err error) {
	var v pipeline.Validator
	checkPreview(&v, c.pl.APIVersion(), "QueryClient.Run")
	if strings.TrimSpace(query) == "" {
		v.Fail("query", query, "is required")
	}
	if err := v.Err(); err != nil {
		return resp, err
	}
	_, err = pipeline.Call{
		Op: "QueryClient.Run", Method: http.MethodPost, Template: "/query",
		Body: QueryRequest{Query: &query}, Out: &resp.QueryResponse,
	}.Do(ctx, c.pl)
	return resp, err
}

// checkPreview fails an operation that only preview api-versions carry:
// the stable version has no such path, and the service would answer 404.
func checkPreview(v *pipeline.Validator, apiVersion, op string) {
	if !strings.Contains(apiVersion, "preview") {
		v.Fail("ClientOptions.APIVersion", apiVersion, op+" needs a preview api-version such as "+QueryPreviewAPIVersion)
	}
}
