package fake_test

import (
	"context"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/google/go-cmp/cmp"

	"github.com/azclients/azclients/iotcentral"
	"github.com/azclients/azclients/iotcentral/fake"
)

// One ServerFactory transport answers every client of an iotcentral.Client.
func TestServerFactoryBacksEveryClient(t *testing.T) {
	t.Parallel()
	var calls []string
	srv := fake.ServerFactory{}
	srv.DevicesServer.Get = func(_ context.Context, id string, _ *iotcentral.DevicesClientGetOptions) (r azfake.Responder[iotcentral.DevicesClientGetResponse], e azfake.ErrorResponder) {
		calls = append(calls, "device "+id)
		r.SetResponse(http.StatusOK, iotcentral.DevicesClientGetResponse{Device: iotcentral.Device{ID: to.Ptr(id)}}, nil)
		return
	}
	srv.DeviceGroupsServer.Delete = func(_ context.Context, id string, _ *iotcentral.DeviceGroupsClientDeleteOptions) (r azfake.Responder[iotcentral.DeviceGroupsClientDeleteResponse], e azfake.ErrorResponder) {
		calls = append(calls, "delete group "+id)
		r.SetResponse(http.StatusNoContent, iotcentral.DeviceGroupsClientDeleteResponse{}, nil)
		return
	}
	srv.RolesServer.NewListPager = func(_ *iotcentral.RolesClientListOptions) (p azfake.PagerResponder[iotcentral.RolesClientListResponse]) {
		calls = append(calls, "roles")
		for _, name := range []string{"Administrator", "Operator"} {
			var page iotcentral.RolesClientListResponse
			page.Value = []iotcentral.Role{{DisplayName: to.Ptr(name)}}
			p.AddPage(http.StatusOK, page, nil)
		}
		return
	}
	srv.UsersServer.Get = func(_ context.Context, id string, _ *iotcentral.UsersClientGetOptions) (r azfake.Responder[iotcentral.UsersClientGetResponse], e azfake.ErrorResponder) {
		calls = append(calls, "user "+id)
		e.SetResponseError(http.StatusNotFound, iotcentral.ErrorCodeNotFound)
		return
	}
	c, err := iotcentral.NewClient("https://app.azureiotcentral.com/api", &azfake.TokenCredential{}, &iotcentral.ClientOptions{ClientOptions: azcore.ClientOptions{
		Transport: fake.NewServerFactoryTransport(&srv),
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d, err := c.Devices().Get(ctx, "d1", nil)
	if err != nil || *d.ID != "d1" {
		t.Fatalf("device %+v, %v", d, err)
	}
	if _, err := c.DeviceGroups().Delete(ctx, "g1", nil); err != nil {
		t.Fatal(err)
	}
	var roles []string
	for r, err := range c.Roles().ListIter(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		roles = append(roles, *r.DisplayName)
	}
	if _, err := c.Users().Get(ctx, "u1", nil); !iotcentral.IsNotFound(err) || !iotcentral.HasCode(err, iotcentral.ErrorCodeNotFound) {
		t.Errorf("user: %v, want the fake's 404", err)
	}
	_, err = c.Jobs().Get(ctx, "j1", nil)
	if err == nil || !strings.Contains(err.Error(), "JobsClient.Get") {
		t.Errorf("unset server field: %v, want an error naming JobsClient.Get", err)
	}
	if d := cmp.Diff([]string{"device d1", "delete group g1", "roles", "user u1"}, calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"Administrator", "Operator"}, roles); d != "" {
		t.Errorf("roles (-want +got):\n%s", d)
	}
}

// Every client method has a field of the same name on its server (an
// iterator is served by its pager's field, GetLatestCommandResponse by the
// command history pager), and every field's signature is made of exported
// types only, so go doc shows what to return.
func TestServerFieldsMirrorTheClients(t *testing.T) {
	t.Parallel()
	factory := reflect.TypeOf(fake.ServerFactory{})
	client := reflect.TypeOf(&iotcentral.Client{})
	for i := range factory.NumField() {
		server := factory.Field(i)
		name := strings.TrimSuffix(server.Name, "Server")
		accessor, ok := client.MethodByName(name)
		if !ok {
			t.Errorf("ServerFactory.%s: iotcentral.Client has no %s()", server.Name, name)
			continue
		}
		clientType := accessor.Type.Out(0)
		for j := range clientType.NumMethod() {
			m := clientType.Method(j).Name
			if strings.HasSuffix(m, "Iter") || m == "GetLatestCommandResponse" {
				continue
			}
			if _, ok := server.Type.FieldByName(m); !ok {
				t.Errorf("%s has no field for %s.%s", server.Name, clientType.Elem().Name(), m)
			}
		}
		for j := range server.Type.NumField() {
			f := server.Type.Field(j)
			if !f.IsExported() {
				continue
			}
			for _, typ := range signatureTypes(f.Type) {
				if !exported(typ) {
					t.Errorf("%s.%s uses the unexported type %s", server.Name, f.Name, typ)
				}
			}
		}
	}
}

// signatureTypes returns the parameter and result types of a func type.
func signatureTypes(fn reflect.Type) []reflect.Type {
	var out []reflect.Type
	for i := range fn.NumIn() {
		out = append(out, fn.In(i))
	}
	for i := range fn.NumOut() {
		out = append(out, fn.Out(i))
	}
	return out
}

// exported reports whether t, and every type it is made of, is exported
// or predeclared.
func exported(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return exported(t.Elem())
	case reflect.Map:
		return exported(t.Key()) && exported(t.Elem())
	}
	if t.PkgPath() == "" {
		return true
	}
	name, _, _ := strings.Cut(t.Name(), "[")
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}
