package adversarial_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"

	"github.com/azclients/azclients/customerinsights"
	"github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotoperations"
)

// linkTransport answers the first request with a page or an accepted
// operation whose link is the hostile one, answers anything after it with
// 200 {}, and records the URL of every request.
type linkTransport struct {
	first answer
	mu    sync.Mutex
	urls  []string
}

func (tr *linkTransport) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		_, _ = io.Copy(io.Discard, req.Body)
		_ = req.Body.Close()
	}
	tr.mu.Lock()
	n := len(tr.urls)
	tr.urls = append(tr.urls, req.URL.String())
	tr.mu.Unlock()
	a := answer{status: http.StatusOK, body: `{}`}
	if n == 0 {
		a = tr.first
	}
	resp := &http.Response{StatusCode: a.status, Status: fmt.Sprintf("%d %s", a.status, http.StatusText(a.status)),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{"Content-Type": {"application/json"}}, Request: req,
		Body: io.NopCloser(bytes.NewReader([]byte(a.body))), ContentLength: int64(len(a.body))}
	for k, v := range a.header {
		resp.Header[k] = v
	}
	return resp, nil
}

// linkShape is a call that follows a link the service sent: a pager's
// nextLink or a poller's polling header.
type linkShape struct {
	pkg, name string
	answer    func(link string) answer
	call      func(ctx context.Context, tr policy.Transporter) error
}

const linkSecret = "sig=LINK-SECRET-SIGNATURE"

// foreignLinks are links a client must not follow, by what is wrong with
// them; each carries linkSecret in its query.
func foreignLinks(endpoint string) map[string]string {
	host := strings.TrimPrefix(endpoint, "https://")
	host, _, _ = strings.Cut(host, "/")
	return map[string]string{
		"another host":            "https://evil.example/steal?" + linkSecret,
		"plain http":              "http://evil.example/steal?" + linkSecret,
		"plain http on our host":  "http://" + host + "/steal?" + linkSecret,
		"our host as a subdomain": "https://" + host + ".evil.example/steal?" + linkSecret,
		"userinfo before a host":  "https://" + host + "@evil.example/steal?" + linkSecret,
		"another port":            "https://" + host + ":8443/steal?" + linkSecret,
	}
}

func pageWithLink(link string) answer {
	return answer{status: http.StatusOK, body: `{"value":[],"nextLink":"` + link + `"}`}
}

var linkShapes = []linkShape{
	{pkg: "iotoperations", name: "nextLink", answer: pageWithLink, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotoperations.NewInstancesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
		p := c.NewListByResourceGroupPager("rg", nil)
		return nextPage(ctx, p.More, p.NextPage)
	}},
	{pkg: "iotoperations", name: "Azure-AsyncOperation", answer: func(link string) answer {
		return answer{status: http.StatusCreated, header: http.Header{"Azure-Asyncoperation": {link}}, body: `{"properties":{"provisioningState":"Accepted"}}`}
	}, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotoperations.NewInstancesClient(testSubscription, staticCredential{}, &iotoperations.ClientOptions{ClientOptions: armOptions(tr)})
		p, err := c.BeginCreateOrUpdate(ctx, "rg", "inst", iotoperations.InstanceResource{}, nil)
		if err != nil {
			return err
		}
		_, err = p.Poll(ctx)
		return err
	}},
	{pkg: "deviceprovisioning", name: "nextLink", answer: pageWithLink, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
		p := c.NewListByResourceGroupPager("rg", nil)
		return nextPage(ctx, p.More, p.NextPage)
	}},
	{pkg: "deviceprovisioning", name: "Location", answer: func(link string) answer {
		return answer{status: http.StatusAccepted, header: http.Header{"Location": {link}}}
	}, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := deviceprovisioning.NewProvisioningServicesClient(testSubscription, staticCredential{}, &deviceprovisioning.ClientOptions{ClientOptions: armOptions(tr)})
		p, err := c.BeginDelete(ctx, "rg", "dps1", nil)
		if err != nil {
			return err
		}
		_, err = p.Poll(ctx)
		return err
	}},
	{pkg: "customerinsights", name: "nextLink", answer: pageWithLink, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := customerinsights.NewHubsClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
		p := c.NewListByResourceGroupPager("rg", nil)
		return nextPage(ctx, p.More, p.NextPage)
	}},
	{pkg: "customerinsights", name: "Location", answer: func(link string) answer {
		return answer{status: http.StatusAccepted, header: http.Header{"Location": {link}}}
	}, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := customerinsights.NewProfilesClient(testSubscription, staticCredential{}, &customerinsights.ClientOptions{ClientOptions: armOptions(tr)})
		p, err := c.BeginCreateOrUpdate(ctx, "rg", "hub1", "profile1", customerinsights.ProfileResourceFormat{}, nil)
		if err != nil {
			return err
		}
		_, err = p.Poll(ctx)
		return err
	}},
	{pkg: "iotcentral", name: "nextLink", answer: pageWithLink, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotcentral.NewClient(iotCentralURL, staticCredential{}, &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
		p := c.Devices().NewListPager(nil)
		return nextPage(ctx, p.More, p.NextPage)
	}},
	{pkg: "iotcentral", name: "nextLink with an API token", answer: pageWithLink, call: func(ctx context.Context, tr policy.Transporter) error {
		c, _ := iotcentral.NewClientWithAPITokenString(iotCentralURL, "SharedAccessSignature sr=app&sig=TOKEN-SECRET", &iotcentral.ClientOptions{ClientOptions: dataPlaneOptions(tr)})
		p := c.Devices().NewListPager(nil)
		return nextPage(ctx, p.More, p.NextPage)
	}},
}

// TestForeignLinks answers each pager and poller with a link to another
// host, over plain http or on another port, and checks the client follows
// none: the call fails with an error naming the link's host but not its
// query, and nothing but the first request was sent.
func TestForeignLinks(t *testing.T) {
	t.Parallel()
	for _, shape := range linkShapes {
		endpoint := armHost
		if shape.pkg == "iotcentral" {
			endpoint = iotCentralURL
		}
		for what, link := range foreignLinks(endpoint) {
			t.Run(shape.pkg+"/"+shape.name+"/"+what, func(t *testing.T) {
				t.Parallel()
				tr := &linkTransport{first: shape.answer(link)}
				err := shape.call(context.Background(), tr)
				if err == nil {
					t.Fatalf("the link %s was followed (requests %q)", link, tr.urls)
				}
				u, perr := url.Parse(link)
				if perr != nil {
					t.Fatal(perr)
				}
				if !strings.Contains(err.Error(), u.Hostname()) {
					t.Errorf("the error does not name the link's host %s: %v", u.Hostname(), err)
				}
				if strings.Contains(err.Error(), linkSecret) || strings.Contains(err.Error(), "TOKEN-SECRET") {
					t.Errorf("the error shows the link's query: %v", err)
				}
				if len(tr.urls) != 1 {
					t.Errorf("%d requests sent, want only the first: %q", len(tr.urls), tr.urls)
				}
			})
		}
	}
}

// resetTransport answers the first request with first and fails every
// later one as net/http fails a connection reset: a *url.Error holding the
// request's full URL.
type resetTransport struct {
	first answer
	mu    sync.Mutex
	n     int
}

func (tr *resetTransport) Do(req *http.Request) (*http.Response, error) {
	tr.mu.Lock()
	tr.n++
	n := tr.n
	tr.mu.Unlock()
	if n > 1 {
		return nil, &url.Error{Op: req.Method, URL: req.URL.String(), Err: io.ErrUnexpectedEOF}
	}
	lt := &linkTransport{first: tr.first}
	return lt.Do(req)
}

// TestTransportErrorsRedactQueries follows links on the client's own host
// whose query holds a signature, and resets the connection: the error
// returned must not show the query.
func TestTransportErrorsRedactQueries(t *testing.T) {
	t.Parallel()
	for _, shape := range linkShapes {
		endpoint := armHost
		if shape.pkg == "iotcentral" {
			endpoint = iotCentralURL
		}
		link := endpoint + "/subscriptions/" + testSubscription + "/next?api-version=1&" + linkSecret
		t.Run(shape.pkg+"/"+shape.name, func(t *testing.T) {
			t.Parallel()
			tr := &resetTransport{first: shape.answer(link)}
			err := shape.call(context.Background(), tr)
			if err == nil {
				t.Fatal("the reset connection was not reported")
			}
			if tr.n != 2 {
				t.Fatalf("%d requests, want the first and the link (error %v)", tr.n, err)
			}
			if strings.Contains(err.Error(), "LINK-SECRET") {
				t.Errorf("the error shows the link's query: %v", err)
			}
			if !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Errorf("error %v does not wrap the transport's error", err)
			}
		})
	}
}
