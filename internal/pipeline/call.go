package pipeline

import (
	"context"
	"net/http"
)

// Call describes one request-response operation, for the many operations
// that are only "fill the path, maybe send a body, accept these statuses,
// decode the answer". Input validation stays with the caller, before Do.
type Call struct {
	// Op names the operation "<Client>.<Method>" (see Client.Start).
	Op string
	// Method and Template are the HTTP method and the path template;
	// Params fill the template (escaped and checked by Path).
	Method, Template string
	Params           []string
	// Query holds extra query parameters, in order: name, value, name, ...
	Query []string
	// Body, when not nil, is sent with ContentType (ContentTypeJSON when
	// empty).
	Body        any
	ContentType string
	// OK lists the accepted statuses; when empty, 204 for DELETE and 200
	// otherwise.
	OK []int
	// Out, when not nil, receives the decoded response body.
	Out any
	// Secret marks a call whose body or answer carries a secret: neither
	// is logged (see NoBodyLogging).
	Secret bool
}

// Do runs the call and returns the raw response (for headers and status).
func (x Call) Do(ctx context.Context, c *Client) (resp *http.Response, err error) {
	ctx, end := c.Start(ctx, x.Op)
	defer func() { end(err) }()
	path, err := Path(x.Template, x.Params...)
	if err != nil {
		return nil, err
	}
	req, err := c.NewRequest(ctx, x.Method, path)
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(x.Query); i += 2 {
		SetQuery(req, x.Query[i], x.Query[i+1])
	}
	if x.Body != nil {
		ct := x.ContentType
		if ct == "" {
			ct = ContentTypeJSON
		}
		if err := SetBody(req, x.Body, ct); err != nil {
			return nil, err
		}
	}
	ok := x.OK
	if len(ok) == 0 {
		ok = []int{http.StatusOK}
		if x.Method == http.MethodDelete {
			ok = []int{http.StatusNoContent}
		}
	}
	if x.Secret {
		NoBodyLogging(req)
	}
	resp, err = c.Send(req, ok...)
	if err != nil {
		return nil, err
	}
	if x.Out != nil {
		err = DecodeBody(resp, x.Out)
	}
	return resp, err
}
