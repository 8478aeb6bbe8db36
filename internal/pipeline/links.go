package pipeline

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// A service answer can point the client anywhere: a nextLink, an
// Azure-AsyncOperation, Location or Operation-Location header, the URLs
// inside a resume token. The client's credential policies would attach a
// bearer token or an API key to whatever URL they are given, so every
// request a Client sends must go to a host it trusts: the endpoint's host
// (ARM: the cloud's resource manager host), or one listed with
// WithAllowedHosts, over https. Plain http is accepted only when the caller
// already opted into credentials over http with
// ClientOptions.InsecureAllowCredentialWithHTTP.

// ErrUntrustedLink is matched by errors.Is for every *LinkError.
var ErrUntrustedLink = errors.New("link to an untrusted host")

// LinkError reports a URL the client refused to follow: its scheme is not
// https or its host is not one the client trusts. Nothing was sent. It
// names the link's scheme and host, never its path or query, which may
// carry signatures.
type LinkError struct {
	// Link names where the refused URL points: "scheme://host", or
	// "(unparsable)" for a URL that cannot be parsed.
	Link string
	// Trusted lists the hosts the client sends requests to.
	Trusted []string
	// Reason says which rule the link breaks.
	Reason string
}

// Error returns "refusing to follow a link to http://evil.example: ...".
func (e *LinkError) Error() string {
	return "refusing to follow a link to " + e.Link + ": " + e.Reason + " (trusted hosts: " + strings.Join(e.Trusted, ", ") + ")"
}

// Is makes errors.Is(err, ErrUntrustedLink) true.
func (e *LinkError) Is(target error) bool { return target == ErrUntrustedLink }

// Option configures a Client beyond its azcore options.
type Option func(*settings)

type settings struct {
	allowedHosts []string
}

// WithAllowedHosts trusts hosts besides the endpoint's: a proxy or a custom
// domain that the service's links point to. Each entry is a host name,
// with a port when the links carry one ("proxy.contoso.com",
// "proxy.contoso.com:8443"); names compare without regard to case. Links to
// these hosts must still use https (or http under
// InsecureAllowCredentialWithHTTP). The default trusts the endpoint's host
// only.
func WithAllowedHosts(hosts ...string) Option {
	return func(s *settings) { s.allowedHosts = append(s.allowedHosts, hosts...) }
}

// linkRule is the set of destinations a Client sends requests to.
type linkRule struct {
	hosts     []string // lower case; hosts[0] is the endpoint's
	allowHTTP bool
}

func newLinkRule(endpoint string, allowHTTP bool, opts []Option) (linkRule, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return linkRule{}, &ValidationError{Field: "endpoint", Value: quoteValue(redactURL(endpoint)), Rule: "must be an absolute URL"}
	}
	var s settings
	for _, o := range opts {
		o(&s)
	}
	rule := linkRule{hosts: []string{strings.ToLower(u.Host)}, allowHTTP: allowHTTP}
	for _, h := range s.allowedHosts {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" || strings.ContainsAny(h, "/?#@ ") {
			return linkRule{}, &ValidationError{Field: "AllowedHosts", Value: quoteValue(h), Rule: "must be a host name, with an optional port"}
		}
		if !slices.Contains(rule.hosts, h) {
			rule.hosts = append(rule.hosts, h)
		}
	}
	return rule, nil
}

// check returns a *LinkError unless u may be sent to.
func (r linkRule) check(u *url.URL) error {
	link := strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
	switch {
	case strings.EqualFold(u.Scheme, "https"):
	case strings.EqualFold(u.Scheme, "http") && r.allowHTTP:
	default:
		return &LinkError{Link: link, Trusted: r.hosts, Reason: "the scheme must be https"}
	}
	if u.User != nil {
		return &LinkError{Link: link, Trusted: r.hosts, Reason: "the link carries user information"}
	}
	if !slices.Contains(r.hosts, strings.ToLower(u.Host)) {
		return &LinkError{Link: link, Trusted: r.hosts, Reason: "the host is not one the client trusts"}
	}
	return nil
}

// checkRaw parses and checks a link sent by the service.
func (r linkRule) checkRaw(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return &LinkError{Link: "(unparsable)", Trusted: r.hosts, Reason: "the link is not an absolute URL"}
	}
	return r.check(u)
}

// Do implements policy.Policy: it refuses requests to untrusted hosts
// before any credential policy sees them, and redacts the query of every
// URL in the errors that come back.
func (r linkRule) Do(req *policy.Request) (*http.Response, error) {
	if err := r.check(req.Raw().URL); err != nil {
		return nil, err
	}
	resp, err := req.Next()
	return resp, RedactError(err)
}

// CheckLink reports, as a *LinkError, whether the client refuses to send
// requests to the absolute URL link (see WithAllowedHosts).
func (c *Client) CheckLink(link string) error { return c.links.checkRaw(link) }

// pollingHeaders are the response headers an azcore poller follows.
var pollingHeaders = []string{"Azure-AsyncOperation", "Operation-Location", "Location"}

// checkPollingHeaders refuses a first LRO response whose polling links
// point to an untrusted host, before a poller is built on them.
func (c *Client) checkPollingHeaders(resp *http.Response) error {
	if resp == nil {
		return nil
	}
	for _, h := range pollingHeaders {
		if v := resp.Header.Get(h); v != "" {
			if err := c.links.checkRaw(v); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkResumeToken checks the URLs inside an azcore resume token
// ({"type":..., "token":{"asyncURL":..., "locURL":..., ...}}) before a
// poller is rebuilt from it. A token that is not such a document is a
// *ValidationError; its value is never quoted, since it holds URLs.
func (c *Client) checkResumeToken(token string) error {
	var wrapper struct {
		Type  string                     `json:"type"`
		Token map[string]json.RawMessage `json:"token"`
	}
	if err := json.Unmarshal([]byte(token), &wrapper); err != nil || wrapper.Type == "" || wrapper.Token == nil {
		return &ValidationError{Field: "ResumeToken", Value: quoteValue(Secret{}), Rule: "must be a token returned by Poller.ResumeToken"}
	}
	for name, raw := range wrapper.Token {
		if !strings.HasSuffix(strings.ToLower(name), "url") {
			continue
		}
		var link string
		if json.Unmarshal(raw, &link) != nil {
			return &ValidationError{Field: "ResumeToken", Value: quoteValue(Secret{}), Rule: "must be a token returned by Poller.ResumeToken"}
		}
		if link == "" {
			continue
		}
		if err := c.links.checkRaw(link); err != nil {
			return err
		}
	}
	return nil
}
