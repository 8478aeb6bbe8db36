package deviceprovisioning_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	dps "github.com/azclients/azclients/deviceprovisioning"
	"github.com/azclients/azclients/internal/pipeline"
)

// pages scripts a list of three pages at path: the first page is asked
// with firstMethod, the next ones follow nextLink with GET.
func pages(firstMethod, path string, items [3]string) []step {
	next := func(n int) string {
		return fmt.Sprintf(`,"nextLink":"%s%s?api-version=2022-12-12&$skiptoken=%d"`, armBase, path, n)
	}
	return []step{
		{method: firstMethod, path: path, status: http.StatusOK, body: `{"value":[` + items[0] + `]` + next(1) + `}`},
		{method: http.MethodGet, path: path, status: http.StatusOK, body: `{"value":[` + items[1] + `]` + next(2) + `}`},
		{method: http.MethodGet, path: path, status: http.StatusOK, body: `{"value":[` + items[2] + `],"nextLink":null}`},
	}
}

func named(names ...string) (out [3]string) {
	for i, n := range names {
		out[i] = `{"name":"` + n + `"}`
	}
	return out
}

func TestPagersFollowNextLinkOverThreePages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	subPath := "/subscriptions/" + subscriptionID + "/providers/Microsoft.Devices/provisioningServices"
	keys := [3]string{`{"keyName":"a","rights":"ServiceConfig"}`, `{"keyName":"b","rights":"DeviceConnect"},{"keyName":"c","rights":"EnrollmentRead"}`, ``}
	tests := []struct {
		name  string
		steps []step
		list  func(c *dps.ProvisioningServicesClient) ([]string, error)
		want  []string
	}{
		{"by resource group", pages(http.MethodGet, groupPath, named("a", "b", "c")), func(c *dps.ProvisioningServicesClient) (out []string, err error) {
			for s, err := range c.ListByResourceGroupIter(ctx, "rg", nil) {
				if err != nil {
					return out, err
				}
				out = append(out, *s.Name)
			}
			return out, nil
		}, []string{"a", "b", "c"}},
		{"by subscription", pages(http.MethodGet, subPath, named("x", "y", "z")), func(c *dps.ProvisioningServicesClient) (out []string, err error) {
			pager := c.NewListBySubscriptionPager(nil)
			for pager.More() {
				page, err := pager.NextPage(ctx)
				if err != nil {
					return out, err
				}
				for _, s := range page.Value {
					out = append(out, *s.Name)
				}
			}
			return out, nil
		}, []string{"x", "y", "z"}},
		{"keys: POST, then GET", pages(http.MethodPost, servicePath+"/listkeys", keys), func(c *dps.ProvisioningServicesClient) (out []string, err error) {
			for r, err := range c.ListKeysIter(ctx, "rg", "my-dps", nil) {
				if err != nil {
					return out, err
				}
				out = append(out, *r.KeyName+"="+string(*r.Rights))
			}
			return out, nil
		}, []string{"a=ServiceConfig", "b=DeviceConnect", "c=EnrollmentRead"}},
		{"valid SKUs", pages(http.MethodGet, servicePath+"/skus", named("S1", "S2", "S3")), func(c *dps.ProvisioningServicesClient) (out []string, err error) {
			for s, err := range c.ListValidSKUsIter(ctx, "rg", "my-dps", nil) {
				if err != nil {
					return out, err
				}
				out = append(out, string(*s.Name))
			}
			return out, nil
		}, []string{"S1", "S2", "S3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newScript(t, tt.steps...)
			got, err := tt.list(newClient(t, s))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("listed (-want +got):\n%s", diff)
			}
			reqs := s.Requests()
			if reqs[1].Query != "api-version=2022-12-12&$skiptoken=1" || reqs[2].Query != "api-version=2022-12-12&$skiptoken=2" {
				t.Errorf("next pages asked with %q, %q", reqs[1].Query, reqs[2].Query)
			}
		})
	}
}

func TestPagerStopsOnARepeatedNextLink(t *testing.T) {
	t.Parallel()
	loop := `{"value":[{"name":"a"}],"nextLink":"` + armBase + groupPath + `?page=2"}`
	s := newScript(t,
		step{method: http.MethodGet, path: groupPath, status: http.StatusOK, body: loop},
		step{method: http.MethodGet, path: groupPath, status: http.StatusOK, body: loop},
	)
	var err error
	n := 0
	for _, err = range newClient(t, s).ListByResourceGroupIter(context.Background(), "rg", nil) {
		if err != nil {
			break
		}
		n++
	}
	if !errors.Is(err, pipeline.ErrRepeatedNextLink) || n != 1 {
		t.Errorf("listed %d, then %v", n, err)
	}
}

func TestPagersValidateOnTheFirstPageWithoutSending(t *testing.T) {
	t.Parallel()
	s := newScript(t)
	c := newClient(t, s)
	ctx := context.Background()
	for name, next := range map[string]func() error{
		"by resource group": func() error { _, err := c.NewListByResourceGroupPager("", nil).NextPage(ctx); return err },
		"keys":              func() error { _, err := c.NewListKeysPager("rg", "..", nil).NextPage(ctx); return err },
		"valid SKUs":        func() error { _, err := c.NewListValidSKUsPager("rg", "", nil).NextPage(ctx); return err },
	} {
		if err := next(); !errors.Is(err, dps.ErrInvalidInput) {
			t.Errorf("%s: error %v, want a validation error", name, err)
		}
	}
	if _, err := newClientFor(t, "not-a-uuid", s).NewListBySubscriptionPager(nil).NextPage(ctx); !errors.Is(err, dps.ErrInvalidInput) {
		t.Errorf("by subscription: error %v, want a validation error", err)
	}
	if n := len(s.Requests()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}
