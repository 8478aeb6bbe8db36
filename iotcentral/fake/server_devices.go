package fake

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"

	"github.com/azclients/azclients/internal/fakeserver"
	"github.com/azclients/azclients/iotcentral"
)

// DevicesServer is a fake for iotcentral.DevicesClient: each field answers
// the client method of the same name (each iterator and GetLatestCommandResponse use the pager fields).
// Set the fields a test uses; a call to a nil field fails with an error
// naming it.
type DevicesServer struct {
	NewListPager func(options *iotcentral.DevicesClientListOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientListResponse])
	Get          func(ctx context.Context, deviceID string, options *iotcentral.DevicesClientGetOptions) (resp azfake.Responder[iotcentral.DevicesClientGetResponse], errResp azfake.ErrorResponder)
	Create       func(ctx context.Context, deviceID string, device iotcentral.Device, options *iotcentral.DevicesClientCreateOptions) (resp azfake.Responder[iotcentral.DevicesClientCreateResponse], errResp azfake.ErrorResponder)
	Update       func(ctx context.Context, deviceID string, patch iotcentral.Device, options *iotcentral.DevicesClientUpdateOptions) (resp azfake.Responder[iotcentral.DevicesClientUpdateResponse], errResp azfake.ErrorResponder)
	// Delete answers with HTTP status 204.
	Delete            func(ctx context.Context, deviceID string, options *iotcentral.DevicesClientDeleteOptions) (resp azfake.Responder[iotcentral.DevicesClientDeleteResponse], errResp azfake.ErrorResponder)
	GetAttestation    func(ctx context.Context, deviceID string, options *iotcentral.DevicesClientGetAttestationOptions) (resp azfake.Responder[iotcentral.DevicesClientGetAttestationResponse], errResp azfake.ErrorResponder)
	CreateAttestation func(ctx context.Context, deviceID string, attestation iotcentral.Attestation, options *iotcentral.DevicesClientCreateAttestationOptions) (resp azfake.Responder[iotcentral.DevicesClientCreateAttestationResponse], errResp azfake.ErrorResponder)
	UpdateAttestation func(ctx context.Context, deviceID string, patch iotcentral.Attestation, options *iotcentral.DevicesClientUpdateAttestationOptions) (resp azfake.Responder[iotcentral.DevicesClientUpdateAttestationResponse], errResp azfake.ErrorResponder)
	// DeleteAttestation answers with HTTP status 204.
	DeleteAttestation            func(ctx context.Context, deviceID string, options *iotcentral.DevicesClientDeleteAttestationOptions) (resp azfake.Responder[iotcentral.DevicesClientDeleteAttestationResponse], errResp azfake.ErrorResponder)
	GetCredentials               func(ctx context.Context, deviceID string, options *iotcentral.DevicesClientGetCredentialsOptions) (resp azfake.Responder[iotcentral.DevicesClientGetCredentialsResponse], errResp azfake.ErrorResponder)
	NewListComponentsPager       func(deviceID string, options *iotcentral.DevicesClientListComponentsOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientListComponentsResponse])
	NewListModulesPager          func(deviceID string, options *iotcentral.DevicesClientListModulesOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientListModulesResponse])
	NewListModuleComponentsPager func(deviceID, moduleName string, options *iotcentral.DevicesClientListModuleComponentsOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientListModuleComponentsResponse])
	GetProperties                func(ctx context.Context, target iotcentral.Target, options *iotcentral.DevicesClientGetPropertiesOptions) (resp azfake.Responder[iotcentral.DevicesClientGetPropertiesResponse], errResp azfake.ErrorResponder)
	// ReplaceProperties and UpdateProperties answer with HTTP status 202,
	// as the service does.
	ReplaceProperties func(ctx context.Context, target iotcentral.Target, properties iotcentral.DeviceProperties, options *iotcentral.DevicesClientReplacePropertiesOptions) (resp azfake.Responder[iotcentral.DevicesClientReplacePropertiesResponse], errResp azfake.ErrorResponder)
	UpdateProperties  func(ctx context.Context, target iotcentral.Target, patch iotcentral.DeviceProperties, options *iotcentral.DevicesClientUpdatePropertiesOptions) (resp azfake.Responder[iotcentral.DevicesClientUpdatePropertiesResponse], errResp azfake.ErrorResponder)
	GetTelemetryValue func(ctx context.Context, target iotcentral.Target, telemetryName string, options *iotcentral.DevicesClientGetTelemetryValueOptions) (resp azfake.Responder[iotcentral.DevicesClientGetTelemetryValueResponse], errResp azfake.ErrorResponder)
	// RunCommand answers with HTTP status 201, as the service does.
	RunCommand                func(ctx context.Context, target iotcentral.Target, commandName string, command iotcentral.DeviceCommand, options *iotcentral.DevicesClientRunCommandOptions) (resp azfake.Responder[iotcentral.DevicesClientRunCommandResponse], errResp azfake.ErrorResponder)
	NewCommandHistoryPager    func(target iotcentral.Target, commandName string, options *iotcentral.DevicesClientCommandHistoryOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientCommandHistoryResponse])
	NewListRelationshipsPager func(deviceID string, options *iotcentral.DevicesClientListRelationshipsOptions) (resp azfake.PagerResponder[iotcentral.DevicesClientListRelationshipsResponse])
	GetRelationship           func(ctx context.Context, deviceID, relationshipID string, options *iotcentral.DevicesClientGetRelationshipOptions) (resp azfake.Responder[iotcentral.DevicesClientGetRelationshipResponse], errResp azfake.ErrorResponder)
	CreateRelationship        func(ctx context.Context, deviceID, relationshipID string, relationship iotcentral.DeviceRelationship, options *iotcentral.DevicesClientCreateRelationshipOptions) (resp azfake.Responder[iotcentral.DevicesClientCreateRelationshipResponse], errResp azfake.ErrorResponder)
	UpdateRelationship        func(ctx context.Context, deviceID, relationshipID string, patch iotcentral.DeviceRelationship, options *iotcentral.DevicesClientUpdateRelationshipOptions) (resp azfake.Responder[iotcentral.DevicesClientUpdateRelationshipResponse], errResp azfake.ErrorResponder)
	// DeleteRelationship answers with HTTP status 204.
	DeleteRelationship func(ctx context.Context, deviceID, relationshipID string, options *iotcentral.DevicesClientDeleteRelationshipOptions) (resp azfake.Responder[iotcentral.DevicesClientDeleteRelationshipResponse], errResp azfake.ErrorResponder)
}

// DevicesServerTransport routes DevicesClient's requests to a
// DevicesServer. Use it as ClientOptions.Transport.
type DevicesServerTransport struct {
	t *fakeserver.Transport
}

// NewDevicesServerTransport returns a transport that answers DevicesClient's
// requests with srv.
func NewDevicesServerTransport(srv *DevicesServer) *DevicesServerTransport {
	return &DevicesServerTransport{fakeserver.NewTransport(devicesRoutes(srv))}
}

// Do implements policy.Transporter.
func (t *DevicesServerTransport) Do(req *http.Request) (*http.Response, error) { return t.t.Do(req) }

// segments returns the unescaped path segments after ".../api/devices",
// starting with the device ID.
func segments(req *http.Request) ([]string, error) {
	raw := req.URL.EscapedPath()
	i := strings.Index(raw, "/devices/")
	if i < 0 {
		return nil, fakeserver.NonRetriable(fmt.Errorf("fake: %s is not a device path", raw))
	}
	parts := strings.Split(raw[i+len("/devices/"):], "/")
	for j, p := range parts {
		u, err := url.PathUnescape(p)
		if err != nil {
			return nil, fakeserver.NonRetriable(err)
		}
		parts[j] = u
	}
	return parts, nil
}

// targetOf reads a capability request's path: the target, then the rest
// (for example ["properties"] or ["commands", "reboot"]).
func targetOf(req *http.Request) (iotcentral.Target, []string, error) {
	parts, err := segments(req)
	if err != nil {
		return iotcentral.Target{}, nil, err
	}
	t := iotcentral.Target{DeviceID: parts[0]}
	rest := parts[1:]
	if len(rest) >= 2 && rest[0] == "modules" {
		t.Module, rest = rest[1], rest[2:]
	}
	if len(rest) >= 2 && rest[0] == "components" {
		t.Component, rest = rest[1], rest[2:]
	}
	if len(rest) == 0 {
		return t, nil, fakeserver.NonRetriable(fmt.Errorf("fake: %s names no capability", req.URL.Path))
	}
	return t, rest, nil
}

// last returns the final rest segment (a telemetry or command name).
func last(rest []string) string { return rest[len(rest)-1] }

// on answers a request with call when fn is set, else fails naming op.
func on[T any](set bool, op string, req *http.Request, call func(parts []string) (azfake.Responder[T], azfake.ErrorResponder, error), statuses ...int) (*http.Response, error) {
	if !set {
		return nil, fakeserver.NotImplemented(op)
	}
	parts, err := segments(req)
	if err != nil {
		return nil, err
	}
	resp, errResp, err := call(parts)
	if err != nil {
		return nil, err
	}
	return fakeserver.Reply(req, resp, errResp, statuses...)
}

// onTarget is on for capability requests.
func onTarget[T any](set bool, op string, req *http.Request, call func(t iotcentral.Target, rest []string) (azfake.Responder[T], azfake.ErrorResponder, error), statuses ...int) (*http.Response, error) {
	if !set {
		return nil, fakeserver.NotImplemented(op)
	}
	t, rest, err := targetOf(req)
	if err != nil {
		return nil, err
	}
	resp, errResp, err := call(t, rest)
	if err != nil {
		return nil, err
	}
	return fakeserver.Reply(req, resp, errResp, statuses...)
}

func devicesRoutes(srv *DevicesServer) map[string]fakeserver.Handler {
	var (
		list    fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientListResponse]]
		history fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientCommandHistoryResponse]]
		rels    fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientListRelationshipsResponse]]

		components       fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientListComponentsResponse]]
		modules          fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientListModulesResponse]]
		moduleComponents fakeserver.Tracker[azfake.PagerResponder[iotcentral.DevicesClientListModuleComponentsResponse]]
	)
	ok, noContent := http.StatusOK, http.StatusNoContent
	return map[string]fakeserver.Handler{
		"DevicesClient.NewListPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewListPager")
			}
			return fakeserver.Page(&list, req, func() (azfake.PagerResponder[iotcentral.DevicesClientListResponse], error) {
				var o *iotcentral.DevicesClientListOptions
				if f, m, ob := listQuery(req); f != nil || m != nil || ob != nil {
					o = &iotcentral.DevicesClientListOptions{Filter: f, MaxPageSize: m, OrderBy: ob}
				}
				return srv.NewListPager(o), nil
			}, func(page *iotcentral.DevicesClientListResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.Get": func(req *http.Request) (*http.Response, error) {
			return on(srv.Get != nil, "DevicesClient.Get", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientGetResponse], azfake.ErrorResponder, error) {
				r, e := srv.Get(req.Context(), p[0], nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.Create": func(req *http.Request) (*http.Response, error) {
			return on(srv.Create != nil, "DevicesClient.Create", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientCreateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.Device](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientCreateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Create(req.Context(), p[0], body, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.Update": func(req *http.Request) (*http.Response, error) {
			return on(srv.Update != nil, "DevicesClient.Update", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientUpdateResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.Device](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientUpdateResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.Update(req.Context(), p[0], body, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.Delete": func(req *http.Request) (*http.Response, error) {
			return on(srv.Delete != nil, "DevicesClient.Delete", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientDeleteResponse], azfake.ErrorResponder, error) {
				r, e := srv.Delete(req.Context(), p[0], nil)
				return r, e, nil
			}, noContent)
		},
		"DevicesClient.GetAttestation": func(req *http.Request) (*http.Response, error) {
			return on(srv.GetAttestation != nil, "DevicesClient.GetAttestation", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientGetAttestationResponse], azfake.ErrorResponder, error) {
				r, e := srv.GetAttestation(req.Context(), p[0], nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.CreateAttestation": func(req *http.Request) (*http.Response, error) {
			return on(srv.CreateAttestation != nil, "DevicesClient.CreateAttestation", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientCreateAttestationResponse], azfake.ErrorResponder, error) {
				a, err := attestationBody(req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientCreateAttestationResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.CreateAttestation(req.Context(), p[0], a, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.UpdateAttestation": func(req *http.Request) (*http.Response, error) {
			return on(srv.UpdateAttestation != nil, "DevicesClient.UpdateAttestation", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientUpdateAttestationResponse], azfake.ErrorResponder, error) {
				a, err := attestationBody(req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientUpdateAttestationResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.UpdateAttestation(req.Context(), p[0], a, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.DeleteAttestation": func(req *http.Request) (*http.Response, error) {
			return on(srv.DeleteAttestation != nil, "DevicesClient.DeleteAttestation", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientDeleteAttestationResponse], azfake.ErrorResponder, error) {
				r, e := srv.DeleteAttestation(req.Context(), p[0], nil)
				return r, e, nil
			}, noContent)
		},
		"DevicesClient.GetCredentials": func(req *http.Request) (*http.Response, error) {
			return on(srv.GetCredentials != nil, "DevicesClient.GetCredentials", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientGetCredentialsResponse], azfake.ErrorResponder, error) {
				r, e := srv.GetCredentials(req.Context(), p[0], nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.NewListComponentsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListComponentsPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewListComponentsPager")
			}
			return fakeserver.Page(&components, req, func() (azfake.PagerResponder[iotcentral.DevicesClientListComponentsResponse], error) {
				p, err := segments(req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DevicesClientListComponentsResponse]{}, err
				}
				return srv.NewListComponentsPager(p[0], nil), nil
			}, func(page *iotcentral.DevicesClientListComponentsResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.NewListModulesPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListModulesPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewListModulesPager")
			}
			return fakeserver.Page(&modules, req, func() (azfake.PagerResponder[iotcentral.DevicesClientListModulesResponse], error) {
				p, err := segments(req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DevicesClientListModulesResponse]{}, err
				}
				return srv.NewListModulesPager(p[0], nil), nil
			}, func(page *iotcentral.DevicesClientListModulesResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.NewListModuleComponentsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListModuleComponentsPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewListModuleComponentsPager")
			}
			return fakeserver.Page(&moduleComponents, req, func() (azfake.PagerResponder[iotcentral.DevicesClientListModuleComponentsResponse], error) {
				p, err := segments(req)
				if err != nil || len(p) < 3 {
					return azfake.PagerResponder[iotcentral.DevicesClientListModuleComponentsResponse]{}, fakeserver.NonRetriable(fmt.Errorf("fake: %s is not a module components path", req.URL.Path))
				}
				return srv.NewListModuleComponentsPager(p[0], p[2], nil), nil
			}, func(page *iotcentral.DevicesClientListModuleComponentsResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.GetProperties": func(req *http.Request) (*http.Response, error) {
			return onTarget(srv.GetProperties != nil, "DevicesClient.GetProperties", req, func(t iotcentral.Target, _ []string) (azfake.Responder[iotcentral.DevicesClientGetPropertiesResponse], azfake.ErrorResponder, error) {
				r, e := srv.GetProperties(req.Context(), t, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.ReplaceProperties": func(req *http.Request) (*http.Response, error) {
			return onTarget(srv.ReplaceProperties != nil, "DevicesClient.ReplaceProperties", req, func(t iotcentral.Target, _ []string) (azfake.Responder[iotcentral.DevicesClientReplacePropertiesResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceProperties](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientReplacePropertiesResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.ReplaceProperties(req.Context(), t, body, nil)
				return r, e, nil
			}, http.StatusAccepted)
		},
		"DevicesClient.UpdateProperties": func(req *http.Request) (*http.Response, error) {
			return onTarget(srv.UpdateProperties != nil, "DevicesClient.UpdateProperties", req, func(t iotcentral.Target, _ []string) (azfake.Responder[iotcentral.DevicesClientUpdatePropertiesResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceProperties](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientUpdatePropertiesResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.UpdateProperties(req.Context(), t, body, nil)
				return r, e, nil
			}, http.StatusAccepted)
		},
		"DevicesClient.GetTelemetryValue": func(req *http.Request) (*http.Response, error) {
			return onTarget(srv.GetTelemetryValue != nil, "DevicesClient.GetTelemetryValue", req, func(t iotcentral.Target, rest []string) (azfake.Responder[iotcentral.DevicesClientGetTelemetryValueResponse], azfake.ErrorResponder, error) {
				r, e := srv.GetTelemetryValue(req.Context(), t, last(rest), nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.RunCommand": func(req *http.Request) (*http.Response, error) {
			return onTarget(srv.RunCommand != nil, "DevicesClient.RunCommand", req, func(t iotcentral.Target, rest []string) (azfake.Responder[iotcentral.DevicesClientRunCommandResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceCommand](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientRunCommandResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.RunCommand(req.Context(), t, last(rest), body, nil)
				return r, e, nil
			}, http.StatusCreated)
		},
		"DevicesClient.NewCommandHistoryPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewCommandHistoryPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewCommandHistoryPager")
			}
			return fakeserver.Page(&history, req, func() (azfake.PagerResponder[iotcentral.DevicesClientCommandHistoryResponse], error) {
				t, rest, err := targetOf(req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DevicesClientCommandHistoryResponse]{}, err
				}
				return srv.NewCommandHistoryPager(t, last(rest), nil), nil
			}, func(page *iotcentral.DevicesClientCommandHistoryResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.NewListRelationshipsPager": func(req *http.Request) (*http.Response, error) {
			if srv.NewListRelationshipsPager == nil {
				return nil, fakeserver.NotImplemented("DevicesClient.NewListRelationshipsPager")
			}
			return fakeserver.Page(&rels, req, func() (azfake.PagerResponder[iotcentral.DevicesClientListRelationshipsResponse], error) {
				p, err := segments(req)
				if err != nil {
					return azfake.PagerResponder[iotcentral.DevicesClientListRelationshipsResponse]{}, err
				}
				return srv.NewListRelationshipsPager(p[0], nil), nil
			}, func(page *iotcentral.DevicesClientListRelationshipsResponse, link string) { page.NextLink = &link })
		},
		"DevicesClient.GetRelationship": func(req *http.Request) (*http.Response, error) {
			return on(srv.GetRelationship != nil, "DevicesClient.GetRelationship", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientGetRelationshipResponse], azfake.ErrorResponder, error) {
				r, e := srv.GetRelationship(req.Context(), p[0], p[2], nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.CreateRelationship": func(req *http.Request) (*http.Response, error) {
			return on(srv.CreateRelationship != nil, "DevicesClient.CreateRelationship", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientCreateRelationshipResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceRelationship](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientCreateRelationshipResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.CreateRelationship(req.Context(), p[0], p[2], body, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.UpdateRelationship": func(req *http.Request) (*http.Response, error) {
			return on(srv.UpdateRelationship != nil, "DevicesClient.UpdateRelationship", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientUpdateRelationshipResponse], azfake.ErrorResponder, error) {
				body, err := fakeserver.Body[iotcentral.DeviceRelationship](req)
				if err != nil {
					return azfake.Responder[iotcentral.DevicesClientUpdateRelationshipResponse]{}, azfake.ErrorResponder{}, err
				}
				r, e := srv.UpdateRelationship(req.Context(), p[0], p[2], body, nil)
				return r, e, nil
			}, ok)
		},
		"DevicesClient.DeleteRelationship": func(req *http.Request) (*http.Response, error) {
			return on(srv.DeleteRelationship != nil, "DevicesClient.DeleteRelationship", req, func(p []string) (azfake.Responder[iotcentral.DevicesClientDeleteRelationshipResponse], azfake.ErrorResponder, error) {
				r, e := srv.DeleteRelationship(req.Context(), p[0], p[2], nil)
				return r, e, nil
			}, noContent)
		},
	}
}

// listQuery reads the preview list parameters back.
func listQuery(req *http.Request) (filter *string, maxPageSize *int32, orderBy *string) {
	q := req.URL.Query()
	if q.Has("filter") {
		f := q.Get("filter")
		filter = &f
	}
	if q.Has("orderby") {
		o := q.Get("orderby")
		orderBy = &o
	}
	var n int32
	if _, err := fmt.Sscan(q.Get("maxpagesize"), &n); err == nil {
		maxPageSize = &n
	}
	return filter, maxPageSize, orderBy
}

// attestationBody decodes a request's attestation.
func attestationBody(req *http.Request) (iotcentral.Attestation, error) {
	raw, err := fakeserver.Body[json.RawMessage](req)
	if err != nil {
		return nil, err
	}
	return unmarshalUnion[iotcentral.Attestation](raw)
}
